import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { ResponseCache, sendCached } from "@/lib/server/response-cache";
import { collectResponse, sendBody } from "@/lib/server/responses";

/** A page big enough to be worth compressing. */
const page = (text: string) => Buffer.from(`<!doctype html><p>${text.repeat(2000)}</p>`);

describe("ResponseCache", () => {

  it("stores a 200 page with a gzip copy and an ETag, and drops per-response headers", async () => {
    const cache = new ResponseCache(1e6);
    const shared = "public, max-age=0, s-maxage=2, stale-while-revalidate=8";
    const stored = (await cache.store("/a", cache.epoch, 200, { "content-type": "text/html", date: "x", "content-length": "9", "cache-control": shared }, page("a")))!;
    expect(cache.get("/a")).toBe(stored);
    expect(gunzipSync(stored.gzip!).equals(stored.body)).toBe(true);
    expect(brotliDecompressSync(stored.brotli!).equals(stored.body)).toBe(true);
    expect(stored.brotli!.length).toBeLessThan(stored.gzip!.length);
    expect(stored.etag).toMatch(/^"[\w-]{27}"$/);
    expect(stored.headers).toEqual({ "content-type": "text/html", "cache-control": shared });
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
    const one = new ResponseCache(1e9);
    await one.store("/x", 0, 200, {}, page("x"));
    const cache = new ResponseCache(one.sizeBytes * 2.5);
    await cache.store("/a", cache.epoch, 200, {}, page("x"));
    await cache.store("/b", cache.epoch, 200, {}, page("x"));
    cache.get("/a"); // now /b is the least recently used
    await cache.store("/c", cache.epoch, 200, {}, page("x"));
    expect([cache.get("/a") !== undefined, cache.get("/b") !== undefined, cache.get("/c") !== undefined]).toEqual([true, false, true]);
  });

  it("counts an entry's key and headers, not only its bodies (a flood of long addresses with tiny bodies stays bounded)", async () => {
    const cache = new ResponseCache(64 * 1024);
    const headers = { "content-type": "text/html", "content-security-policy": "x".repeat(2_000) };
    for (let i = 0; i < 200; i++) await cache.store(`/search?q=${"k".repeat(300)}${i}`, cache.epoch, 200, headers, Buffer.from("<p>1</p>"));
    expect(cache.sizeBytes).toBeLessThanOrEqual(64 * 1024);
    expect(cache.size).toBeLessThan(20);
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

describe("a kept RSC payload", () => {
  it("is compressed and ETagged as a page is, and keeps Next's Vary beside Accept-Encoding", async () => {
    const cache = new ResponseCache(1e6);
    const flight = Buffer.from(`0:{"b":"build"}\n${'1:["$","p",null,{"children":"briefing"}]\n'.repeat(200)}`);
    const vary = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
    const stored = (await cache.store("/articles/a router:\n=1", 0, 200, { "content-type": "text/x-component", vary, "cache-control": "private, no-cache, no-store" }, flight))!;
    expect(stored.brotli!.length).toBeLessThan(flight.length / 10);
    const base = await serve((req, res) => sendCached(req, res, stored));
    const response = await fetch(base, { headers: { "accept-encoding": "br" } });
    expect(response.headers.get("content-type")).toBe("text/x-component");
    expect(response.headers.get("content-encoding")).toBe("br");
    expect(response.headers.get("vary")).toBe(`${vary}, Accept-Encoding`);
    expect(response.headers.get("etag")).toBe(stored.etag);
    expect(await response.text()).toBe(flight.toString());
    expect((await fetch(base, { headers: { "if-none-match": stored.etag } })).status).toBe(304);
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
