// Two app servers over one PostgreSQL database (issue 14): each keeps pages and payloads in
// memory and clears them when the content version changes, so a seed run by a third process
// must show on both within 2 s, and after that neither may answer from what it kept before.
// A database of its own on the TEST_POSTGRES_URL server, migrated and seeded here; two
// scripts/serve.ts processes on free ports over the suite's production build (the one the
// shared web server builds); the seed through the real command, as an operator runs it.
// Skipped unless TEST_POSTGRES_URL names a server on which it may create a database.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { cacheBustingParam } from "../lib/server/cache-key";

const SERVER_URL = process.env.TEST_POSTGRES_URL?.trim();
const DATABASE = `briefing_e2e_servers_${process.pid}`;

test.describe.configure({ mode: "serial" });
test.skip(!SERVER_URL, "TEST_POSTGRES_URL is unset: no PostgreSQL server to run two servers on");
test.skip(({ isMobile }) => isMobile, "server behaviour: checked once, on the laptop");

/** The article re-seeded with a changed title and a new sentence. */
const CHANGED_SLUG = "ark-invest-buys-alibaba";
const RUN = Date.now().toString(36);
const NEW_SLUG = `vellmar-freight-results-${RUN}`;
const NEW_TITLE = `Vellmar Freight beats estimates ${RUN}`;
const CHANGED_TITLE_MARK = `(revised ${RUN})`;
const CHANGED_SENTENCE = `Vellmar Freight noted the purchase in a filing ${RUN}.`;

interface AppServer {
  name: string;
  origin: string;
  process: ChildProcess;
  output: string;
  /** When each render of home began (its --log-renders line arrived), performance.now(). */
  homeRenderedAt: number[];
}

const children = new Set<ChildProcess>();
const servers: AppServer[] = [];
let workDir = "";

function databaseUrl(name: string): string {
  const url = new URL(SERVER_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Stops a child and everything it started (each runs in a process group of its own). */
function stopGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Gone already.
  }
}
// Should the worker exit without running afterAll, no server outlives it.
const stopAllNow = () => children.forEach((child) => stopGroup(child, "SIGKILL"));
process.once("exit", stopAllNow);

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(path.resolve("node_modules/.bin", command), args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as net.AddressInfo;
  probe.close();
  await once(probe, "close");
  return port;
}

/** Runs a command on the test's database to its end (stopped with the others should the test end first). */
async function runToEnd(command: string, args: string[]): Promise<void> {
  const child = start(command, args, { DATABASE_URL: databaseUrl(DATABASE) });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  expect(code, `${command} ${args.join(" ")}:\n${output}`).toBe(0);
}

async function startServer(name: string): Promise<AppServer> {
  const port = await freePort();
  const child = start("tsx", ["scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1", "--log-renders"], {
    DATABASE_URL: databaseUrl(DATABASE),
    PORT: String(port),
    NODE_ENV: "production",
  });
  const server: AppServer = { name, origin: `http://127.0.0.1:${port}`, process: child, output: "", homeRenderedAt: [] };
  child.stdout!.on("data", (chunk: Buffer) => (server.output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    server.output += text;
    for (const line of text.split("\n")) if (line.startsWith("serve: render GET / (as ")) server.homeRenderedAt.push(performance.now());
  });
  return server;
}

async function waitUntilUp(server: AppServer): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!/ready on/.test(server.output)) {
    if (server.process.exitCode !== null || Date.now() > deadline) throw new Error(`${server.name} did not come up:\n${server.output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The router headers Chromium sends to prefetch a page from home, with the `_rsc` Next expects for them. */
const PREFETCH = { rsc: "1", "next-router-prefetch": "1", "next-router-state-tree": "%5B%22%22%2C%7B%7D%2Cnull%2C%22metadata-only%22%5D", "next-url": "/" };
/** A click on a link from home: a navigation's payload, under home's router state. */
const NAVIGATION = { rsc: "1", "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}, null, null, 0] }, null, null, 16])), "next-url": "/" };

function payloadPath(target: string, headers: Record<string, string>): string {
  return `${target}?_rsc=${cacheBustingParam(headers["next-router-prefetch"], headers["next-router-segment-prefetch"], headers["next-router-state-tree"], headers["next-url"])}`;
}

interface Probe {
  what: string;
  path: string;
  headers: Record<string, string>;
  /** What the fresh answer holds. */
  fresh: string | string[];
}

const isFresh = (probe: Probe, answer: { status: number; body: string } | undefined) =>
  answer?.status === 200 && [probe.fresh].flat().every((text) => answer.body.includes(text));

const PROBES: Probe[] = [
  { what: "home lists the new article and the changed title", path: "/", headers: {}, fresh: [NEW_TITLE, CHANGED_TITLE_MARK] },
  { what: "the changed article's page", path: `/articles/${CHANGED_SLUG}`, headers: {}, fresh: CHANGED_SENTENCE },
  { what: "the changed article's navigation payload", path: payloadPath(`/articles/${CHANGED_SLUG}`, NAVIGATION), headers: NAVIGATION, fresh: CHANGED_SENTENCE },
  { what: "the changed article's prefetch payload", path: payloadPath(`/articles/${CHANGED_SLUG}`, PREFETCH), headers: PREFETCH, fresh: CHANGED_TITLE_MARK },
  { what: "the new article's page", path: `/articles/${NEW_SLUG}`, headers: {}, fresh: NEW_TITLE },
];

async function fetchText(server: AppServer, target: string, headers: Record<string, string>): Promise<{ status: number; type: string; body: string }> {
  const response = await fetch(server.origin + target, { headers, redirect: "manual", signal: AbortSignal.timeout(10_000) });
  return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
}

/** What is fresh on `server`: the probes whose answer holds the new content. */
async function freshProbes(server: AppServer): Promise<Set<string>> {
  const fresh = new Set<string>();
  for (const probe of PROBES) {
    const answer = await fetchText(server, probe.path, probe.headers).catch(() => undefined);
    if (isFresh(probe, answer)) fresh.add(probe.what);
  }
  return fresh;
}

/** How many times `server` had Next render `target` (its --log-renders lines). */
const rendersOf = (server: AppServer, target: string) => server.output.split("\n").filter((line) => line.startsWith(`serve: render GET ${target} `)).length;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const started = performance.now();
  const step = (what: string) => console.log(`two servers: ${what} at ${((performance.now() - started) / 1000).toFixed(1)} s`);
  workDir = mkdtempSync(path.join(tmpdir(), "briefing-two-servers-"));
  cpSync("content/articles", path.join(workDir, "articles"), { recursive: true });
  await onServer(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await onServer(`CREATE DATABASE "${DATABASE}"`);
  await runToEnd("prisma", ["migrate", "deploy"]);
  step("migrated");
  // The servers load the build while the content is seeded (they answer what is committed).
  servers.push(await startServer("server A"), await startServer("server B"));
  await runToEnd("tsx", ["scripts/seed.ts", path.join(workDir, "articles")]);
  step("seeded");
  await Promise.all(servers.map(waitUntilUp));
  step("both servers up");
});

test.afterAll(async () => {
  const exits = [...children].map((child) => (child.exitCode === null && child.signalCode === null ? once(child, "exit") : Promise.resolve()));
  for (const child of children) stopGroup(child);
  const killLater = setTimeout(stopAllNow, 5_000);
  await Promise.all(exits);
  clearTimeout(killLater);
  process.off("exit", stopAllNow);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  if (SERVER_URL) await onServer(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
});

test("a seed by a third process shows on both servers within 2 s, and neither serves a kept page or payload after it", async ({ page }) => {
  test.setTimeout(120_000);
  const warm = [
    { path: "/", headers: {} },
    { path: `/articles/${CHANGED_SLUG}`, headers: {} },
    { path: payloadPath(`/articles/${CHANGED_SLUG}`, PREFETCH), headers: PREFETCH },
    { path: payloadPath(`/articles/${CHANGED_SLUG}`, NAVIGATION), headers: NAVIGATION },
  ];
  // Warm: each address rendered once, then answered from memory (no second render).
  for (const server of servers) {
    for (const { path: target, headers } of warm) {
      for (let i = 0; i < 2; i++) {
        const answer = await fetchText(server, target, headers);
        expect(answer.status, `${server.name} ${target}`).toBe(200);
        expect(answer.type, `${server.name} ${target}`).toMatch(Object.keys(headers).length ? /^text\/x-component/ : /^text\/html/);
        expect(answer.body, `${server.name} ${target}: the old version`).not.toContain(CHANGED_SENTENCE);
      }
      expect(rendersOf(server, target), `${server.name} ${target}: rendered once, then kept`).toBe(1);
    }
    // A reader on each server, in Chromium.
    await page.goto(`${server.origin}/`);
    await expect(page.locator(`a[href="/articles/${CHANGED_SLUG}"]`).first()).toBeVisible();
    await expect(page.getByText(NEW_TITLE)).toHaveCount(0);
  }
  for (const server of servers) expect(await freshProbes(server), `${server.name} before the seed`).toEqual(new Set());

  // The seed: a new article and a changed version of one the servers keep, in one run of the
  // real command, a third process. Its line for a file is printed once that file is committed.
  const folder = path.join(workDir, "articles");
  writeFileSync(path.join(workDir, `${NEW_SLUG}.md`), `---\ntitle: ${NEW_TITLE}\npublisher: Freight Wire\npublishedAt: 2099-06-01\n---\n\nVellmar Freight said revenue rose 7% to $512 million in the June quarter, ahead of the $498 million analysts expected.\n`);
  const changedFile = path.join(folder, `${CHANGED_SLUG}.md`);
  const original = readFileSync(changedFile, "utf8");
  const changed = original.replace(/^title: "(.*)"$/m, `title: "$1 ${CHANGED_TITLE_MARK}"`).replace(/\n---\n\n/, `\n---\n\n${CHANGED_SENTENCE}\n`);
  expect(changed).toContain(CHANGED_TITLE_MARK);
  expect(changed).toContain(CHANGED_SENTENCE);
  writeFileSync(changedFile, changed);

  const seed = start("tsx", ["scripts/seed.ts", path.join(workDir, `${NEW_SLUG}.md`), changedFile], { DATABASE_URL: databaseUrl(DATABASE) });
  let seedOutput = "";
  let committedAt = 0;
  seed.stdout!.on("data", (chunk: Buffer) => {
    seedOutput += chunk.toString();
    if (!committedAt && (seedOutput.match(/^(?:stored|updated|replaced) /gm)?.length ?? 0) >= 2) committedAt = performance.now();
  });
  seed.stderr!.on("data", (chunk: Buffer) => (seedOutput += chunk.toString()));
  const seedExit = once(seed, "exit");

  // From the moment both files are committed: each server polled until every probe is fresh.
  while (!committedAt) {
    if (seed.exitCode !== null) throw new Error(`the seed ended without committing both files:\n${seedOutput}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  // Every probe on its own, as readers ask at once: when its answer was first the new one
  // (in hand), and when the last request that got the old one was sent.
  const lastStaleSent = servers.map(() => 0);
  const firstFresh = await Promise.all(
    servers.map((server, i) =>
      Promise.all(
        PROBES.map(async (probe) => {
          while (performance.now() - committedAt < 10_000) {
            const sent = performance.now() - committedAt;
            const answer = await fetchText(server, probe.path, probe.headers).catch(() => undefined);
            if (isFresh(probe, answer)) return performance.now() - committedAt;
            lastStaleSent[i] = Math.max(lastStaleSent[i]!, sent);
            await new Promise((r) => setTimeout(r, 100));
          }
          return Infinity;
        }),
      ),
    ),
  );
  const tookMs = firstFresh.map((times) => Math.max(...times));
  // The server's first render of home after the commit: by then it had dropped what it kept.
  const noticed = servers.map((server) => server.homeRenderedAt.find((t) => t >= committedAt));
  const detail = servers
    .map((server, i) => `${server.name} (cache cleared by ${noticed[i] === undefined ? "?" : Math.round(noticed[i] - committedAt)} ms, last old answer to a request sent at ${Math.round(lastStaleSent[i]!)} ms): ${PROBES.map((p, j) => `${p.what} ${Math.round(firstFresh[i]![j]!)} ms`).join(", ")}`)
    .join("; ");
  console.log(`two servers: new content after the commit: ${detail}`);
  const [code] = await seedExit;
  expect(code, seedOutput).toBe(0);
  expect(seedOutput).toMatch(new RegExp(`^stored .*-> /articles/${NEW_SLUG}`, "m"));
  expect(seedOutput).toMatch(new RegExp(`^(?:updated|replaced) .*-> /articles/${CHANGED_SLUG}`, "m"));
  test.info().annotations.push({ type: "fresh after the commit", description: detail });
  // Within 2 s of the commit no request gets the old version: the last that did was sent
  // before then (every later one, on every address, got the new one). When the new answer
  // arrives also counts the render's time, which is the machine's load: seen from 1.0 s on a
  // busy machine to 4 s at load 29 on 2 cores (the caches cleared within 80 to 230 ms).
  for (const [i, ms] of lastStaleSent.entries()) expect(ms, `${servers[i]!.name}: the old version to no request sent 2 s after the commit (${detail})`).toBeLessThan(2_000);
  for (const [i, ms] of tookMs.entries()) expect(ms, `${servers[i]!.name}: every address answered with the new version (${detail})`).toBeLessThan(10_000);

  // After that, never the old version: each address several times on each server, HTML and
  // payloads, answered from memory or rendered afresh.
  for (let round = 0; round < 5; round++) {
    for (const server of servers) {
      for (const { path: target, headers } of [...warm, { path: `/articles/${NEW_SLUG}`, headers: {} }]) {
        const answer = await fetchText(server, target, headers);
        expect(answer.status, `${server.name} ${target}`).toBe(200);
        if (target === "/") expect(answer.body, `${server.name} home, round ${round}`).toContain(NEW_TITLE);
        if (target.startsWith(`/articles/${CHANGED_SLUG}`)) expect(answer.body, `${server.name} ${target}, round ${round}`).toContain(CHANGED_TITLE_MARK);
      }
      expect(await freshProbes(server), `${server.name}, round ${round}`).toEqual(new Set(PROBES.map((p) => p.what)));
    }
    await new Promise((r) => setTimeout(r, 300));
  }

  // A reader on each server, in Chromium: home lists the new article on A, and a click from
  // home (a client navigation, a payload) shows the changed text on B.
  const [a, b] = servers as [AppServer, AppServer];
  await page.goto(`${a.origin}/`);
  await page.locator(`a[href="/articles/${NEW_SLUG}"]`).first().click();
  await page.waitForURL(`${a.origin}/articles/${NEW_SLUG}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEW_TITLE);
  await page.goto(`${b.origin}/`);
  const navigation = page.waitForRequest((r) => r.url().includes(`/articles/${CHANGED_SLUG}?_rsc=`) && r.headers()["rsc"] === "1" && !r.headers()["next-router-prefetch"]);
  await page.locator(`a[href="/articles/${CHANGED_SLUG}"]`).first().click();
  await navigation;
  await page.waitForURL(`${b.origin}/articles/${CHANGED_SLUG}`);
  await expect(page.locator("[data-article-text]")).toContainText(CHANGED_SENTENCE);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(CHANGED_TITLE_MARK);
  for (const server of servers) expect(server.output, server.name).not.toMatch(/Error:|TypeError|unhandled/i);
});
