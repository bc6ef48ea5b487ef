import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKey, ResponseCache, searchCacheKey, sendCached } from "@/lib/server/response-cache";
import { collectResponse, sendBody } from "@/lib/server/responses";

/** A page big enough to be worth compressing. */
const page = (text: string) => Buffer.from(`<!doctype html><p>${text.repeat(2000)}</p>`);

function request(url: string, headers: Record<string, string> = {}, method = "GET"): IncomingMessage {
  return { url, method, headers } as IncomingMessage;
}

describe("cacheKey", () => {
  it("keeps pages every reader shares and the build's static files", async () => {
    for (const url of ["/", "/articles/alibaba-ai-push", "/companies/BABA", "/companies/BABA?page=2", "/feed.xml", "/sitemap.xml", "/robots.txt", "/_next/static/chunks/a.js"]) {
      expect(cacheKey(request(url)), url).toBe(url);
    }
  });

  it("never keeps searches, APIs, query strings, navigations (RSC payloads) or writes", async () => {
    expect(cacheKey(request("/search?q=cloud"))).toBeUndefined();
    expect(cacheKey(request("/api/articles/x"))).toBeUndefined();
    expect(cacheKey(request("/articles/x?utm=1"))).toBeUndefined();
    expect(cacheKey(request("/companies/BABA?page=2&utm=1"))).toBeUndefined();
    expect(cacheKey(request("/companies/BABA?page=02"))).toBeUndefined();
    expect(cacheKey(request("/articles/x/y"))).toBeUndefined();
    expect(cacheKey(request("/articles/x", { rsc: "1" }))).toBeUndefined();
    expect(cacheKey(request("/articles/x", { "next-router-prefetch": "1" }))).toBeUndefined();
    expect(cacheKey(request("/articles/x", {}, "POST"))).toBeUndefined();
  });
});

describe("searchCacheKey", () => {
  it("keeps searches apart from pages, and only plain GETs of sensible length", () => {
    expect(searchCacheKey(request("/search?q=cloud"))).toBe("/search?q=cloud");
    expect(cacheKey(request("/search?q=cloud"))).toBeUndefined();
    expect(searchCacheKey(request("/search"))).toBeUndefined();
    expect(searchCacheKey(request(`/search?q=${"x".repeat(500)}`))).toBeUndefined();
    expect(searchCacheKey(request("/search?q=cloud", { rsc: "1" }))).toBeUndefined();
    expect(searchCacheKey(request("/articles/x"))).toBeUndefined();
  });
});

describe("ResponseCache", () => {

  it("stores a 200 page with a gzip copy and an ETag, and drops per-response headers", async () => {
    const cache = new ResponseCache(1e6);
    const stored = (await cache.store("/a", cache.epoch, 200, { "content-type": "text/html", date: "x", "content-length": "9", "cache-control": "private, no-store" }, page("a")))!;
    expect(cache.get("/a")).toBe(stored);
    expect(gunzipSync(stored.gzip!).equals(stored.body)).toBe(true);
    expect(brotliDecompressSync(stored.brotli!).equals(stored.body)).toBe(true);
    expect(stored.brotli!.length).toBeLessThan(stored.gzip!.length);
    expect(stored.etag).toMatch(/^"[\w-]{27}"$/);
    expect(stored.headers).toEqual({ "content-type": "text/html", "cache-control": "public, max-age=0, must-revalidate" });
  });

  it("keeps a build file's own caching headers", async () => {
    const cache = new ResponseCache(1e6);
    const stored = (await cache.store("/_next/static/a.js", cache.epoch, 200, { "cache-control": "public, max-age=31536000, immutable" }, page("js")))!;
    expect(stored.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("refuses errors and a render that began before the last clear", async () => {
    const cache = new ResponseCache(1e6);
    expect(await cache.store("/a", cache.epoch, 500, {}, page("error"))).toBeUndefined();
    expect(await cache.store("/a", cache.epoch, 404, {}, page("missing"))).toBeUndefined();
    const before = cache.epoch;
    cache.clear();
    expect(await cache.store("/a", before, 200, {}, page("old data"))).toBeUndefined();
    expect(cache.get("/a")).toBeUndefined();
    expect(await cache.store("/a", cache.epoch, 200, {}, page("new data"))).toBeDefined();
  });

  it("clear empties it", async () => {
    const cache = new ResponseCache(1e6);
    await cache.store("/a", cache.epoch, 200, {}, page("a"));
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.get("/a")).toBeUndefined();
  });

  it("stays within its byte budget by dropping the least recently used", async () => {
    const one = page("x");
    const size = one.length + ((await new ResponseCache(1e9).store("/x", 0, 200, {}, one))!.gzip?.length ?? 0) + ((await new ResponseCache(1e9).store("/x", 0, 200, {}, one))!.brotli?.length ?? 0);
    const cache = new ResponseCache(size * 2.5);
    await cache.store("/a", cache.epoch, 200, {}, page("x"));
    await cache.store("/b", cache.epoch, 200, {}, page("x"));
    cache.get("/a"); // now /b is the least recently used
    await cache.store("/c", cache.epoch, 200, {}, page("x"));
    expect([cache.get("/a") !== undefined, cache.get("/b") !== undefined, cache.get("/c") !== undefined]).toEqual([true, false, true]);
  });
});

// A real HTTP server on a loopback port: the code under test writes real responses.
let server: ReturnType<typeof createServer> | undefined;
afterEach(() => server?.close());

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  server = createServer(handler);
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("sendCached", () => {
  it("answers brotli or gzip to those who accept it, plain to others, 304 to a matching If-None-Match", async () => {
    const cache = new ResponseCache(1e6);
    const stored = (await cache.store("/a", 0, 200, { "content-type": "text/html; charset=utf-8", vary: "rsc" }, page("briefing")))!;
    const base = await serve((req, res) => sendCached(req, res, stored));

    const brotli = await fetch(base, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(await brotli.text()).toBe(stored.body.toString());
    const zipped = await fetch(base, { headers: { "accept-encoding": "gzip" } });
    expect(zipped.headers.get("content-encoding")).toBe("gzip");
    expect(zipped.headers.get("vary")).toBe("rsc, Accept-Encoding");
    expect(await zipped.text()).toBe(stored.body.toString()); // fetch decompresses
    const plain = await fetch(base, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(Number(plain.headers.get("content-length"))).toBe(stored.body.length);
    const again = await fetch(base, { headers: { "if-none-match": stored.etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("collectResponse", () => {
  it("hands a response written in pieces (writeHead, write, end) to finish whole, nothing sent before", async () => {
    let finished = "";
    const base = await serve((req, res) => {
      collectResponse(res, () => true, (body) => {
        finished = body.toString();
        expect(res.headersSent).toBe(false);
        res.setHeader("X-Finished", "yes");
        sendBody(req, res, body);
      });
      res.writeHead(201, { "Content-Type": "text/html" });
      res.write("<p>one ");
      res.write(Buffer.from("two "));
      res.end("three</p>");
    });
    const response = await fetch(base);
    expect(response.status).toBe(201);
    expect(response.headers.get("x-finished")).toBe("yes");
    expect(await response.text()).toBe("<p>one two three</p>");
    expect(finished).toBe("<p>one two three</p>");
  });

  it("lets what it does not want pass straight through, headers and all", async () => {
    const base = await serve((_req, res) => {
      collectResponse(res, (r) => String(r.getHeader("content-type")).startsWith("text/html"), () => {
        throw new Error("not collected");
      });
      res.setHeader("Content-Type", "image/png");
      res.writeHead(200);
      res.write(Buffer.from([1, 2]));
      res.end(Buffer.from([3]));
    });
    const response = await fetch(base);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });
});
