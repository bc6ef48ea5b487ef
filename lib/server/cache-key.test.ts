import { describe, expect, it } from "vitest";
import { KEPT_ROUTES, keptResponseKey, notKeepable, REQUEST_HEADERS } from "@/lib/server/cache-key";

const get = (url: string, headers: Record<string, string> = {}, method = "GET") => keptResponseKey({ url, method, headers });
const keyOf = (url: string, headers: Record<string, string> = {}) => {
  const decision = get(url, headers);
  return decision.kept ? decision.key : undefined;
};

describe("keptResponseKey", () => {
  it("keeps each route's example under its own address", () => {
    for (const route of KEPT_ROUTES) {
      expect(get(route.example), route.name).toEqual({ kept: true, cache: route.cache, key: route.example, route: route.name, url: route.example });
    }
  });

  it("keys a page on the query parameters it reads only, first value each, in one order", () => {
    expect(keyOf("/articles/a?x=1")).toBe("/articles/a");
    expect(keyOf("/articles/a?_rsc=abc")).toBe("/articles/a");
    expect(keyOf("/?utm_source=mail")).toBe("/");
    expect(keyOf("/feed.xml?x")).toBe("/feed.xml");
    expect(keyOf("/companies/BABA?utm=1&page=2&page=3")).toBe("/companies/BABA?page=2");
    expect(keyOf("/companies/BABA?x=1")).toBe("/companies/BABA");
    expect(keyOf("/search?x=1")).toBe("/search");
    expect(keyOf("/search?basis=guidance&zz=1&q=cloud+revenue")).toBe("/search?q=cloud+revenue&basis=guidance");
    expect(keyOf("/search?q=cloud%20revenue")).toBe("/search?q=cloud+revenue");
    // What Next is asked to render is the key's address.
    expect(get("/articles/a?x=1")).toMatchObject({ url: "/articles/a" });
  });

  it("keeps searches in their own cache", () => {
    expect(get("/search?q=cloud")).toMatchObject({ kept: true, cache: "searches" });
    expect(get("/articles/a")).toMatchObject({ kept: true, cache: "pages" });
  });

  it("keeps nothing else: APIs, unknown paths, dot segments, writes, overlong keys", () => {
    for (const url of ["/api/articles/x", "/articles/x/y", "/articles/", "/articles/..", "/_next/static/../x", "/articles/a#b", "/unknown", `/search?q=${"x".repeat(500)}`]) {
      expect(get(url).kept, url).toBe(false);
    }
    for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) expect(get("/", {}, method).kept, method).toBe(false);
    expect(get("/", {}, "HEAD").kept).toBe(true);
  });

  it("passes every request carrying a header that changes Next's answer (each rule's example)", () => {
    for (const rule of REQUEST_HEADERS.filter((r) => r.effect === "pass")) {
      const name = rule.name.replace(/\*$/, "example");
      expect(get("/articles/a", { [name]: rule.example }), name).toEqual({ kept: false, reason: `header ${name}` });
    }
    expect(get("/articles/a", { "x-nextjs-request-id": "1" }).kept).toBe(false);
  });

  it("keys bots apart (Next's own list), and keeps for headers that do not change the answer", () => {
    expect(keyOf("/articles/a", { "user-agent": "Twitterbot/1.0" })).toBe("/articles/a bot:html");
    expect(keyOf("/articles/a", { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)" })).toBe("/articles/a bot:dom");
    expect(keyOf("/articles/a", { "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0" })).toBe("/articles/a");
    for (const rule of REQUEST_HEADERS.filter((r) => r.effect === "same")) expect(keyOf("/", { [rule.name]: rule.example }), rule.name).toBe("/");
    expect(keyOf("/", { cookie: "theme=dark", accept: "text/html", "accept-encoding": "br", "if-none-match": '"x"' })).toBe("/");
  });
});

describe("notKeepable", () => {
  const html = Buffer.from("<!DOCTYPE html><html><body>briefing</body></html>");
  it("takes what a plain GET gets", () => {
    expect(notKeepable("article", 200, { "content-type": "text/html; charset=utf-8" }, html)).toBeUndefined();
    expect(notKeepable("feed", 200, { "content-type": "application/rss+xml; charset=utf-8" }, Buffer.from('<?xml version="1.0"?><rss/>'))).toBeUndefined();
    expect(notKeepable("robots", 200, { "content-type": "text/plain" }, Buffer.from("User-Agent: *\nAllow: /\n"))).toBeUndefined();
  });

  it("refuses another status, another type, a cookie, an empty or foreign body (a middleware prefetch's {})", () => {
    expect(notKeepable("article", 404, { "content-type": "text/html" }, html)).toBe("status 404");
    expect(notKeepable("article", 200, {}, Buffer.from("{}"))).toBe('content type ""');
    expect(notKeepable("article", 200, { "content-type": "text/x-component" }, Buffer.from("0:{}"))).toMatch(/content type/);
    expect(notKeepable("article", 200, { "content-type": "text/html" }, Buffer.from("{}"))).toBe("not the route's kind of body");
    expect(notKeepable("article", 200, { "content-type": "text/html", "set-cookie": "a=1" }, html)).toBe("sets a cookie");
    expect(notKeepable("sitemap", 200, { "content-type": "text/html" }, html)).toMatch(/content type/);
    expect(notKeepable("build file", 200, { "content-type": "application/javascript" }, Buffer.alloc(0))).toBe("empty body");
    // A search stopped at its deadline may succeed the next time: it is not kept.
    const tooSlow = Buffer.from('<!DOCTYPE html><html><body><div role="alert" data-search-too-slow="true">This search took too long</div></body></html>');
    expect(notKeepable("search", 200, { "content-type": "text/html" }, tooSlow)).toBe("an answer for this moment only");
  });
});
