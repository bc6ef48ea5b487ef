// The production build served against a database that is missing, then empty (not
// migrated), then migrated, then broken under the running server: the reader gets a
// 503 page that says what to run, then the app, then the error page whose "Try again"
// works. Its own server (scripts/serve.ts) on another port, using the build the suite's web server made.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_UNAVAILABLE_PORT ?? 3197);
const BASE = `http://localhost:${PORT}`;
const bin = (name: string) => path.resolve("node_modules/.bin", name);

test.describe.configure({ mode: "serial" });
test.skip(({ isMobile }) => isMobile, "one server, checked once, in the desktop project");

let dir: string;
let file: string;
let server: ChildProcess | undefined;
let serverLog = "";

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "briefing-unavailable-"));
  file = path.join(dir, "briefing.db");
  server = spawn(bin("tsx"), ["scripts/serve.ts", "--port", String(PORT)], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, PORT: String(PORT) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  for (let i = 0; ; i++) {
    if (await fetch(BASE, { signal: AbortSignal.timeout(2_000) }).then(() => true, () => false)) break;
    if (i > 120 || server.exitCode !== null) throw new Error(`the server did not come up:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(() => {
  server?.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

async function expectUnavailable(problem: RegExp) {
  const page = await fetch(`${BASE}/articles/anything`);
  expect(page.status).toBe(503);
  expect(page.headers.get("content-type")).toContain("text/html");
  expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
  expect(page.headers.get("cache-control"), "no CDN may keep a 503").toBe("no-store");
  const html = await page.text();
  expect(html).toMatch(problem);
  expect(html).toContain("<code>npm run db:migrate</code>");
  // No stack trace, no Prisma error.
  expect(html).not.toMatch(/\bat .+\(.+:\d+:\d+\)|PrismaClient|SqliteError|node_modules/);

  const api = await fetch(`${BASE}/api/articles/anything`);
  expect(api.status).toBe(503);
  expect(((await api.json()) as { error: string }).error).toMatch(problem);
}

test("with no database file: 503 and what to run", async ({ page }) => {
  await expectUnavailable(/no database at .*briefing\.db: run/);

  const violations: string[] = [];
  page.on("console", (m) => void (/Content Security Policy/.test(m.text()) && violations.push(m.text())));
  const response = await page.goto(`${BASE}/`);
  expect(response?.status()).toBe(503);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Investor Briefing is not ready");
  await expect(page.getByRole("alert")).toContainText("npm run db:migrate");
  expect(violations).toEqual([]);
});

test("with an empty, unmigrated file: 503 and what to run", async () => {
  writeFileSync(file, "");
  await expectUnavailable(/the database at .*briefing\.db is not migrated: run/);
});

test("once migrated, the same server serves the app", async ({ page }) => {
  execFileSync(bin("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: "pipe" });
  const response = await page.goto(`${BASE}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Briefings" })).toBeVisible();
});

test("a failure under a running server shows the error page; its Try again button runs under the CSP", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => void (/Content Security Policy|Refused to/.test(m.text()) && problems.push(m.text())));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${BASE}/`);
  await expect(page.getByRole("heading", { level: 1, name: "Briefings" })).toBeVisible();

  // Break the database behind the server's back (it found it ready and does not look
  // again), then navigate client-side to a page that reads it.
  const sqlite = new Database(file);
  sqlite.exec("ALTER TABLE Article RENAME TO Article_away");
  await page.getByRole("link", { name: "Search" }).click();
  await page.getByRole("searchbox").fill("revenue");
  await page.getByRole("button", { name: "Search" }).click();
  const errorHeading = page.getByRole("heading", { name: "This page could not be shown" });
  await expect(errorHeading).toBeVisible();
  expect(await page.content()).not.toMatch(/SqliteError|PrismaClient|no such table/);
  sqlite.exec("ALTER TABLE Article_away RENAME TO Article");
  sqlite.close();

  // The button is a hydrated client component: clicking it asks the server again
  // (app/error.tsx: refresh, then reset), without a page error or a blocked script, and
  // with the database back the page recovers.
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(errorHeading).toBeHidden();
  expect(problems).toEqual([]);
  await page.reload();
  await expect(errorHeading).toBeHidden();
  await expect(page.locator("[data-search-article], [data-search-fact]").first().or(page.getByRole("heading", { name: /Facts \(\d+\)/ }))).toBeVisible();
});
