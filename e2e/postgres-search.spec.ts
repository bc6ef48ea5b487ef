// The search page on PostgreSQL: `npm start -- --fresh` against a PostgreSQL database (drop,
// create, migrate, seed the sample content, serve with the suite's build), then a reader's
// search shows ranked facts and articles with the matched words highlighted, and hostile
// input and content stay text. Its own server on another port; skipped unless
// TEST_POSTGRES_URL names a server on which it may create a database (as the unit tests').
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";

const SERVER_URL = process.env.TEST_POSTGRES_URL?.trim();
const PORT = Number(process.env.E2E_POSTGRES_PORT ?? 3196);
const BASE = `http://localhost:${PORT}`;
const DATABASE = `briefing_e2e_search_${process.pid}`;

test.describe.configure({ mode: "serial" });
test.skip(!SERVER_URL, "TEST_POSTGRES_URL is unset: no PostgreSQL server to test on");
test.skip(({ isMobile }) => isMobile, "one server, checked once, in the desktop project");

let server: ChildProcess | undefined;
let serverLog = "";

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // --fresh drops and creates the database: it need not exist, and is emptied if it does.
  server = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/start.ts", "--fresh"], {
    env: { ...process.env, DATABASE_URL: databaseUrl(DATABASE), PORT: String(PORT) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (serverLog += chunk.toString()));
  for (let i = 0; ; i++) {
    if (await fetch(BASE, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false)) break;
    if (i > 600 || server.exitCode !== null) throw new Error(`npm start on PostgreSQL did not come up:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 250));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  if (!SERVER_URL) return;
  const client = new pg.Client({ connectionString: databaseUrl("postgres") });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await client.end();
});

test("npm start -- --fresh migrates and seeds a PostgreSQL database", () => {
  expect(serverLog).toMatch(/seed the sample content/);
  expect(serverLog).not.toMatch(/not available/);
});

test("a reader's search shows facts and articles with the matched words highlighted", async ({ page }) => {
  await page.goto(`${BASE}/search`);
  await page.getByRole("searchbox").fill("cloud revenue");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=cloud\+revenue/);
  await expect(page.locator("[data-search-unavailable]")).toHaveCount(0);
  await expect(page.locator("[data-search-fact]").first()).toBeVisible();
  await expect(page.locator("[data-search-fact] mark").first()).toHaveText(/^(cloud|revenue)/i);
  await expect(page.locator("[data-search-article]").first()).toBeVisible();
  await expect(page.locator("[data-search-article] mark").first()).toHaveText(/^(cloud|revenue)/i);
  // The last word as a prefix, as on SQLite.
  await page.goto(`${BASE}/search?q=alib`);
  await expect(page.locator("[data-search-article] mark").first()).toHaveText(/^alib/i);
  // The filters apply: no fact about an unknown company.
  await page.goto(`${BASE}/search?q=cloud&basis=estimate&company=ZZZZ`);
  await expect(page.getByRole("heading", { name: "Facts (0)" })).toBeVisible();
});

test("hostile input is searched as words, hostile content shown as text, and nothing of either runs", async ({ page }) => {
  const seed = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/seed.ts", "e2e/fixtures/hostile-article.md"], {
    env: { ...process.env, DATABASE_URL: databaseUrl(DATABASE) },
    encoding: "utf8",
  });
  expect(seed.status, seed.stdout + seed.stderr).toBe(0);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const inputs = [`"><script>window.__pwned=1</script>`, `cloud & !revenue | (ai <-> chips) 'x':*`, "revenue or -cloud", "' OR 1=1 --", "x".repeat(5_000), "阿里巴巴 Zürich €"];
  for (const q of inputs) {
    const response = await page.goto(`${BASE}/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q.slice(0, 40)).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
    await expect(page.getByRole("heading", { name: /^Facts \(\d+\)$/ })).toBeVisible();
  }
  // The article's script, found by its words: marked, and shown as the text it is. The
  // server learns of the seed's commit within a second (its cache is cleared).
  await expect(async () => {
    await page.goto(`${BASE}/search?q=body-script`);
    await expect(page.locator("[data-search-article]").first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  const hit = page.locator("[data-search-article]").first();
  await expect(hit.locator("mark").first()).toHaveText(/^(body|script)/i);
  await expect(hit).toContainText("window.__pwned");
  expect(await hit.locator("script, img, svg, iframe").count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
