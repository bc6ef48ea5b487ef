// The server's cache and its HTTP answers, over real sockets against scripts/serve.ts and
// Next's handler on the production build: no header makes the server keep another answer
// than a plain GET's, no client that leaves makes an address hang, and bad requests get
// 4xx, not 500; a link's prefetch and a client navigation are served from memory, each
// under its own router state, until the seed commits. A server of its own, on a copy of
// the browser tests' database, so that this file decides what its cache holds (a write
// to the copy clears it, as a seed does); it says what it renders (--log-renders).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { NOT_SHARED, SHARING } from "../lib/server/cache-control";
import { cacheBustingParam, REQUEST_HEADERS } from "../lib/server/cache-key";
import { E2E_DATABASE } from "../playwright.config";

test.skip(({ isMobile }) => isMobile, "server behaviour: checked once, on the laptop");
test.describe.configure({ mode: "serial" });

const COPY = path.resolve(path.dirname(E2E_DATABASE), "http-cache.db");
const ARTICLES = ["alibaba-ai-push", "alibaba-apsara-ai-spending", "alibaba-june-quarter-results", "ark-invest-buys-alibaba", "us-hyperscalers-ai-capex"];
/** Every kind of kept answer: pages, a company, a search, the feeds. */
const KEPT = ["/", "/feed.xml", "/sitemap.xml", "/robots.txt", "/companies/BABA", "/search?q=cloud", `/articles/${ARTICLES[0]}`];

let server: ChildProcess | undefined;
let port = 0;
let output = "";

async function freePort(): Promise<number> {
  const probe = net.createServer().listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port: free } = probe.address() as net.AddressInfo;
  probe.close();
  return free;
}

test.beforeAll(async ({ request }) => {
  test.setTimeout(120_000);
  await request.get("/"); // the shared server has built and seeded by now
  const source = new Database(path.resolve(E2E_DATABASE), { readonly: true });
  await source.backup(COPY);
  source.close();
  port = await freePort();
  server = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/serve.ts", "--port", String(port), "--hostname", "127.0.0.1", "--log-renders"], {
    env: { ...process.env, DATABASE_URL: `file:${COPY}`, PORT: String(port) },
  });
  server.stdout!.on("data", (c: Buffer) => (output += c));
  server.stderr!.on("data", (c: Buffer) => (output += c));
  await expect.poll(() => output, { timeout: 90_000 }).toMatch(/ready on/);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

/** A writer's commit, bumping the content version as a seed does; then until the server has dropped what it keeps. */
async function clearCache(): Promise<void> {
  const db = new Database(COPY);
  db.exec(`UPDATE "ContentVersion" SET version = version + 1 WHERE id = 1`);
  db.close();
  await serverHasSeenTheCopy();
}

/**
 * Until the server says it is at the copy's content version (it looks twice a second), by
 * when it has dropped what it kept before: waiting a fixed second for each of the 50-odd
 * commits here was most of this file's time.
 */
async function serverHasSeenTheCopy(): Promise<void> {
  const db = new Database(COPY, { readonly: true });
  const { version } = db.prepare(`SELECT version FROM "ContentVersion" WHERE id = 1`).get() as { version: number };
  db.close();
  const seen = () => Math.max(-1, ...[...output.matchAll(/^serve: content version (\d+)$/gm)].map((m) => Number(m[1])));
  await expect.poll(seen, { timeout: 10_000, intervals: [20] }).toBeGreaterThanOrEqual(version);
}

interface Answer {
  status: number;
  type: string;
  etag: string;
  allow: string;
  location: string;
  cacheControl: string;
  cdnCacheControl: string;
  vary: string;
  body: Buffer;
}

function send(target: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: target, method, headers, timeout: 15_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode!,
          type: String(res.headers["content-type"] ?? ""),
          etag: String(res.headers.etag ?? ""),
          allow: String(res.headers.allow ?? ""),
          location: String(res.headers.location ?? ""),
          cacheControl: String(res.headers["cache-control"] ?? ""),
          cdnCacheControl: String(res.headers["cdn-cache-control"] ?? ""),
          vary: String(res.headers.vary ?? ""),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${target}: no answer in 15 s`)));
    req.on("error", reject);
    req.end();
  });
}

test("no request header makes the server keep another answer than a plain GET's", async () => {
  test.setTimeout(180_000);
  await clearCache();
  const plain = new Map<string, Answer>();
  for (const target of KEPT) plain.set(target, await send(target));
  for (const [target, answer] of plain) expect(answer.status, target).toBe(200);

  const rules = REQUEST_HEADERS.map((rule) => ({ name: rule.name.replace(/\*$/, "example"), value: rule.example }));
  for (const { name, value } of rules) {
    await clearCache();
    // The poisoning request first, to each address not yet kept; then a reader's plain GET.
    for (const target of KEPT) await send(target, { [name]: value });
    for (const target of KEPT) {
      const after = await send(target);
      const before = plain.get(target)!;
      const what = `${target} after a request with ${name}: ${value}`;
      expect(after.status, what).toBe(before.status);
      expect(after.type, what).toBe(before.type);
      expect(after.body.equals(before.body), `${what}: got ${after.body.length} bytes, not the page's ${before.body.length}`).toBe(true);
    }
  }
});

test("a client that resets while it waits behind a render leaves no address hanging", async () => {
  test.setTimeout(120_000);
  await clearCache();
  const targets = [...ARTICLES.map((a) => `/articles/${a}`), "/companies/BABA", "/search?q=revenue", "/search?q=cloud+guidance", "/search?q=alibaba", "/"];
  for (const target of targets) {
    // A HEAD renders and keeps nothing; a GET waits behind it and its client resets.
    const renderer = send(target, {}, "HEAD");
    await new Promise((r) => setTimeout(r, 2));
    const waiter = net.connect(port, "127.0.0.1", () => {
      waiter.write(`GET ${target} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
      setTimeout(() => waiter.resetAndDestroy(), 5);
    });
    waiter.on("error", () => {});
    expect((await renderer).status, target).toBe(200);
  }
  await new Promise((r) => setTimeout(r, 100));
  const hung: string[] = [];
  for (const target of targets) {
    const answer = await send(target).catch(() => undefined);
    if (answer?.status !== 200) hung.push(target);
  }
  expect(hung).toEqual([]);
});

test("an unknown query string is served from the page's own entry, not rendered again", async () => {
  await clearCache();
  const first = await send(`/articles/${ARTICLES[1]}`);
  const tagged = await send(`/articles/${ARTICLES[1]}?x=1`);
  expect(tagged.etag).toBe(first.etag);
  expect(tagged.body.equals(first.body)).toBe(true);
  // The other way round: what the tagged address renders is the plain address's page.
  const taggedFirst = await send(`/articles/${ARTICLES[2]}?utm_source=mail&x=1`);
  expect(taggedFirst.body.toString()).not.toContain("utm_source");
  expect((await send(`/articles/${ARTICLES[2]}`)).etag).toBe(taggedFirst.etag);
  // A company page keeps its page number; a search its own words only.
  expect((await send("/companies/BABA?x=1")).etag).toBe((await send("/companies/BABA")).etag);
  expect((await send("/search?zz=9&q=cloud")).etag).toBe((await send("/search?q=cloud")).etag);
});

test("malformed percent-encoding is a 400 and methods other than GET and HEAD a 405, never a 500", async () => {
  for (const target of ["/companies/%", "/articles/%E0%A4%A", "/api/articles/%", "/%"]) {
    expect((await send(target)).status, target).toBe(400);
  }
  for (const target of ["/", `/articles/${ARTICLES[0]}`, "/search?q=cloud", "/feed.xml", `/api/articles/${ARTICLES[0]}`]) {
    for (const method of ["TRACE", "POST", "PUT", "DELETE", "PATCH"]) {
      const answer = await send(target, {}, method);
      expect(answer.status, `${method} ${target}`).toBe(405);
      expect(answer.allow, `${method} ${target}`).toBe("GET, HEAD");
    }
  }
  expect((await send(`/articles/${ARTICLES[0]}`, {}, "HEAD")).status).toBe(200);
  expect(output).not.toMatch(/URIError|TypeError/);
});

/** The request Chromium sends for `target` with these router headers: its `_rsc` is their hash. */
function routerRequest(target: string, headers: Record<string, string>): [string, Record<string, string>] {
  const rsc = cacheBustingParam(headers["next-router-prefetch"] as "1" | undefined, headers["next-router-segment-prefetch"], headers["next-router-state-tree"], headers["next-url"]);
  return [`${target}?_rsc=${rsc}`, headers];
}

/** The router state Next sends from a page (home, or an article's). */
const stateTree = (slug?: string) =>
  encodeURIComponent(
    JSON.stringify(
      slug
        ? ["", { children: ["articles", { children: [["slug", slug, "d", null], { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0] }, null, null, 0] }, null, null, 16]
        : ["", { children: ["__PAGE__", {}, null, null, 0] }, null, null, 16],
    ),
  );

/** How many times the server has had Next render `target` (its --log-renders lines). */
const rendersOf = (target: string) => output.split("\n").filter((line) => line.startsWith(`serve: render GET ${target} `)).length;

test("a prefetch and a navigation are served from memory the second time, each for its own router state, until the seed commits", async () => {
  await clearCache();
  const target = `/articles/${ARTICLES[3]}`;
  const requests = {
    prefetch: routerRequest(target, { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree", "next-url": "/" }),
    "prefetch of the page": routerRequest(target, { rsc: "1", "next-router-prefetch": "1", "next-router-state-tree": "%5B%22%22%2C%7B%7D%2Cnull%2C%22metadata-only%22%5D", "next-url": "/" }),
    "navigation from home": routerRequest(target, { rsc: "1", "next-router-state-tree": stateTree(), "next-url": "/" }),
    "navigation from another article": routerRequest(target, { rsc: "1", "next-router-state-tree": stateTree(ARTICLES[4]), "next-url": `/articles/${ARTICLES[4]}` }),
  };
  const first = new Map<string, Answer>();
  for (const [name, [url, headers]] of Object.entries(requests)) {
    const answer = await send(url, headers);
    expect(answer.status, name).toBe(200);
    expect(answer.type, name).toMatch(/^text\/x-component/);
    first.set(name, answer);
    const again = await send(url, headers);
    expect(again.body.equals(answer.body), `${name}: the kept payload is the one rendered for it`).toBe(true);
    expect(again.etag, name).toMatch(/^"/);
    expect(rendersOf(url), `${name}: rendered once`).toBe(1);
  }
  // Each router state gets its own payload: Next sends only what that router lacks.
  const bodies = new Set([...first.values()].map((a) => a.body.toString("base64")));
  expect(bodies.size).toBe(first.size);
  expect((await send(target)).type).toMatch(/^text\/html/);

  // The same prefetch from another page: `_rsc` differs, the payload does not (Next deletes next-url here).
  const [elsewhere, elsewhereHeaders] = routerRequest(target, { ...requests.prefetch[1], "next-url": `/articles/${ARTICLES[0]}` });
  expect((await send(elsewhere, elsewhereHeaders)).body.equals(first.get("prefetch")!.body)).toBe(true);
  expect(rendersOf(elsewhere)).toBe(0);
  // A wrong `_rsc` is Next's to answer: a redirect to the right one, never a kept payload.
  const wrong = await send(`${target}?_rsc=wrong`, requests.prefetch[1]);
  expect(wrong.status).toBe(307);
  expect(wrong.location).toBe(requests.prefetch[0]);

  await clearCache();
  for (const [name, [url, headers]] of Object.entries(requests)) {
    expect((await send(url, headers)).status, name).toBe(200);
    expect(rendersOf(url), `${name}: rendered again after the commit`).toBe(2);
  }
});

test("answers carry Cache-Control a CDN can honour: pages and payloads briefly, build files for a year, searches and errors never shared", async () => {
  await clearCache();
  const pages = ["/", `/articles/${ARTICLES[0]}`, "/companies/BABA", "/feed.xml", "/sitemap.xml", "/robots.txt"];
  for (const target of pages) {
    const rendered = await send(target);
    const fromMemory = await send(target);
    const revalidated = await send(target, { "if-none-match": fromMemory.etag });
    expect(revalidated.status, target).toBe(304);
    for (const answer of [rendered, fromMemory, revalidated]) {
      expect(answer.cacheControl, target).toBe(SHARING.content.header);
      expect(answer.cdnCacheControl, target).toBe(SHARING.content.cdn);
    }
    expect(fromMemory.etag, target).toBe(rendered.etag);
  }
  // A payload is shared as its page, under its `_rsc` address and Next's Vary.
  const [payloadUrl, payloadHeaders] = routerRequest(`/articles/${ARTICLES[0]}`, { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree", "next-url": "/" });
  for (let i = 0; i < 2; i++) {
    const payload = await send(payloadUrl, payloadHeaders);
    expect(payload.type).toMatch(/^text\/x-component/);
    expect(payload.cacheControl).toBe(SHARING.content.header);
    expect(payload.cdnCacheControl).toBe(SHARING.content.cdn);
    expect(payload.vary).toMatch(/\brsc\b.*next-router-state-tree/);
  }
  const home = (await send("/")).body.toString();
  const buildFile = /\/_next\/static\/[^"']+\.js/.exec(home)?.[0];
  expect(buildFile).toBeDefined();
  for (let i = 0; i < 2; i++) expect((await send(buildFile!)).cacheControl).toBe(SHARING.immutable.header);
  for (let i = 0; i < 2; i++) expect((await send("/search?q=cloud")).cacheControl).toBe(SHARING.private.header);
  // Never shared: a 404, a refused method, a bad address, what the server does not keep.
  const missing = await send("/articles/no-such-article");
  expect(missing.status).toBe(404);
  expect(missing.cacheControl).toBe(NOT_SHARED);
  expect(missing.cdnCacheControl).toBe("");
  expect((await send("/", {}, "POST")).cacheControl).toBe(NOT_SHARED);
  expect((await send("/%")).cacheControl).toBe(NOT_SHARED);
  for (const target of [`/api/articles/${ARTICLES[0]}`, `/articles/${ARTICLES[0]}/facts.csv`]) {
    const answer = await send(target);
    expect(answer.status, target).toBe(200);
    expect(answer.cacheControl, target).not.toMatch(/public|s-maxage/);
  }
});

test("a browser asks again for a payload after a commit, however soon: no stale copy from its own cache", async ({ page }) => {
  const slug = ARTICLES[4];
  const [url, headers] = routerRequest(`/articles/${slug}`, { rsc: "1", "next-router-state-tree": stateTree(), "next-url": "/" });
  const retitle = async (suffix: string) => {
    const db = new Database(COPY);
    db.prepare(`UPDATE "Article" SET title = replace(title, ' (corrected)', '') || ? WHERE slug = ?`).run(suffix, slug);
    db.close();
    await clearCache();
  };
  await page.goto(`http://127.0.0.1:${port}/`);
  // As the router fetches it on a client navigation.
  const fetchPayload = () => page.evaluate(([target, sent]) => fetch(target, { headers: sent }).then((r) => r.text()), [url, headers] as const);
  try {
    expect(await fetchPayload()).not.toContain("(corrected)");
    await retitle(" (corrected)");
    expect(await fetchPayload()).toContain("(corrected)");
  } finally {
    await retitle("");
  }
});

test("a client navigation after a re-seed shows the new text, not a kept payload", async ({ page }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(path.join(tmpdir(), "briefing-navigation-"));
  const file = path.join(dir, "harrow-freight-update.md");
  const version = (sentence: string) => `---\ntitle: Harrow Freight update\npublisher: Freight Wire\npublishedAt: 2099-01-01\n---\n\n${sentence}\n`;
  const seed = () => {
    const run = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/seed.ts", file], { env: { ...process.env, DATABASE_URL: `file:${COPY}` }, encoding: "utf8" });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  };
  const origin = `http://127.0.0.1:${port}`;
  /** Home, then a click on the briefing's title: a client navigation (an RSC request). */
  const navigate = async () => {
    await page.goto(`${origin}/`);
    const navigation = page.waitForRequest((r) => r.url().includes("/articles/harrow-freight-update?_rsc=") && r.headers()["rsc"] === "1" && !r.headers()["next-router-prefetch"]);
    await page.locator('a[href="/articles/harrow-freight-update"]').first().click();
    await navigation;
    await page.waitForURL(`${origin}/articles/harrow-freight-update`);
  };
  try {
    writeFileSync(file, version("Harrow Freight said revenue rose 4% to $210 million in 2098."));
    seed();
    await serverHasSeenTheCopy();
    await navigate();
    await expect(page.locator("[data-article-text]")).toContainText("$210 million");
    await navigate(); // now from memory
    await expect(page.locator("[data-article-text]")).toContainText("$210 million");

    writeFileSync(file, version("Harrow Freight said revenue rose 9% to $225 million in 2098."));
    seed();
    await serverHasSeenTheCopy();
    await navigate();
    await expect(page.locator("[data-article-text]")).toContainText("$225 million");
    await expect(page.locator("[data-article-text]")).not.toContainText("$210 million");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
