import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param.js";
import { describe, expect, it } from "vitest";
import { cacheBustingParam, KEPT_ROUTES, keptResponseKey, notKeepable, REQUEST_HEADERS } from "@/lib/server/cache-key";

const get = (url: string, headers: Record<string, string> = {}, method = "GET") => keptResponseKey({ url, method, headers });
const keyOf = (url: string, headers: Record<string, string> = {}) => {
  const decision = get(url, headers);
  return decision.kept ? decision.key : undefined;
};

describe("keptResponseKey", () => {
  it("keeps each route's example under its own address", () => {
    for (const route of KEPT_ROUTES) {
      expect(get(route.example), route.name).toEqual({ kept: true, cache: route.cache, sharing: route.sharing, key: route.example, route: route.name, url: route.example, payload: false });
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

  it("keys a page's RSC payloads on the router headers Next's Vary names, one entry whatever page the router is on", () => {
    const prefetch = { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" };
    const tree = encodeURIComponent(JSON.stringify(["", { children: ["articles", { children: [["slug", "a", "d", null], { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0] }, null, null, 0] }, null, null, 16]));
    const navigation = { rsc: "1", "next-router-state-tree": tree };
    const rsc = (headers: Record<string, string>) => cacheBustingParam(headers["next-router-prefetch"], headers["next-router-segment-prefetch"], headers["next-router-state-tree"], headers["next-url"]);

    const fromHome = { ...prefetch, "next-url": "/" };
    const decision = get(`/companies/BABA?page=2&_rsc=${rsc(fromHome)}`, fromHome);
    expect(decision).toEqual({
      kept: true,
      cache: "pages",
      sharing: "content",
      key: "/companies/BABA?page=2 router:\n=1\n=1\n=/_tree\n-",
      route: "company",
      // Next checks `_rsc`: it stays in what Next renders, and out of the key.
      url: `/companies/BABA?page=2&_rsc=${rsc(fromHome)}`,
      payload: true,
    });
    // The page the router is on changes `_rsc`, not the payload: the same entry.
    const fromArticle = { ...prefetch, "next-url": "/articles/a" };
    expect(keyOf(`/companies/BABA?page=2&_rsc=${rsc(fromArticle)}`, fromArticle)).toBe(decision.kept && decision.key);
    // Each payload its own entry: the HTML, a prefetch, and navigations from two router states.
    const keys = new Set([
      keyOf("/articles/b"),
      keyOf(`/articles/b?_rsc=${rsc(prefetch)}`, prefetch),
      keyOf(`/articles/b?_rsc=${rsc(navigation)}`, navigation),
      keyOf(`/articles/b?_rsc=${rsc({ ...navigation, "next-router-state-tree": "%5B%22%22%5D" })}`, { ...navigation, "next-router-state-tree": "%5B%22%22%5D" }),
    ]);
    expect(keys.size).toBe(4);
    expect([...keys].every(Boolean)).toBe(true);
    expect(get(`/?_rsc=${rsc(prefetch)}`, prefetch)).toMatchObject({ kept: true, payload: true, url: `/?_rsc=${rsc(prefetch)}` });
  });

  it("passes an RSC request whose `_rsc` is not its headers' hash (Next redirects it), and router headers where no payload is kept", () => {
    const prefetch = { rsc: "1", "next-router-prefetch": "1" };
    expect(get("/articles/a?_rsc=wrong", prefetch)).toEqual({ kept: false, reason: "_rsc does not match the router headers" });
    expect(get("/articles/a", prefetch)).toEqual({ kept: false, reason: "_rsc does not match the router headers" });
    // With no router header but `rsc`, Next expects an empty `_rsc`.
    expect(get("/articles/a?_rsc=", { rsc: "1" })).toMatchObject({ kept: true, url: "/articles/a?_rsc=" });
    expect(get("/articles/a", { rsc: "1" }).kept).toBe(false);
    expect(get("/articles/a?_rsc=x", { rsc: "1", "next-router-prefetch": "0" })).toEqual({ kept: false, reason: "next-router-prefetch 0" });
    expect(get("/feed.xml", { rsc: "1" })).toEqual({ kept: false, reason: "router headers on a route without a payload" });
    expect(get("/articles/a", { rsc: "1", "next-router-state-tree": "x".repeat(3_000) })).toEqual({ kept: false, reason: "router headers too long" });
  });

  it("computes `_rsc` as Next does", async () => {
    const cases: ["0" | "1" | "2" | "3" | undefined, string | undefined, string | undefined, string | undefined][] = [
      ["1", "/_tree", undefined, "/"],
      ["1", undefined, "%5B%22%22%2C%7B%7D%2Cnull%2C%22metadata-only%22%5D", "/articles/a"],
      [undefined, undefined, "%5B%22%22%5D", undefined],
      ["0", undefined, undefined, undefined],
      [undefined, undefined, undefined, undefined],
      ["2", "/children/__PAGE__", undefined, undefined],
    ];
    for (const args of cases) expect(cacheBustingParam(...args), JSON.stringify(args)).toBe(await computeCacheBustingSearchParam(...args));
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
  const page = (route: string) => ({ route, payload: false });
  const payload = (route: string) => ({ route, payload: true });
  const html = Buffer.from("<!DOCTYPE html><html><body>briefing</body></html>");
  it("takes what a plain GET gets", () => {
    expect(notKeepable(page("article"), 200, { "content-type": "text/html; charset=utf-8" }, html)).toBeUndefined();
    expect(notKeepable(page("feed"), 200, { "content-type": "application/rss+xml; charset=utf-8" }, Buffer.from('<?xml version="1.0"?><rss/>'))).toBeUndefined();
    expect(notKeepable(page("robots"), 200, { "content-type": "text/plain" }, Buffer.from("User-Agent: *\nAllow: /\n"))).toBeUndefined();
  });

  it("takes a page's RSC payload for an RSC request only, and nothing whose Vary names a header not in the key", () => {
    const vary = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
    const flight = Buffer.from('0:{"b":"build","f":[]}\n');
    expect(notKeepable(payload("article"), 200, { "content-type": "text/x-component", vary }, flight)).toBeUndefined();
    expect(notKeepable(payload("search"), 200, { "content-type": "text/x-component" }, flight)).toBeUndefined();
    expect(notKeepable(payload("article"), 200, { "content-type": "text/html" }, html)).toMatch(/content type/);
    expect(notKeepable(page("article"), 200, { "content-type": "text/x-component" }, flight)).toMatch(/content type/);
    expect(notKeepable(payload("article"), 200, { "content-type": "text/x-component" }, Buffer.from("{}"))).toBe("not the route's kind of body");
    expect(notKeepable(payload("feed"), 200, { "content-type": "text/x-component" }, flight)).toBe("no payload on route feed");
    // Next adds Next-Url to Vary where an interception route could answer: not in the key, so not kept.
    expect(notKeepable(payload("article"), 200, { "content-type": "text/x-component", vary: `${vary}, next-url` }, flight)).toBe("varies on next-url, not in the key");
    expect(notKeepable(page("article"), 200, { "content-type": "text/html", vary: "Cookie" }, html)).toBe("varies on cookie, not in the key");
    expect(notKeepable(page("article"), 200, { "content-type": "text/html", vary: `${vary}, Accept-Encoding` }, html)).toBeUndefined();
  });

  it("refuses another status, another type, a cookie, an empty or foreign body (a middleware prefetch's {})", () => {
    expect(notKeepable(page("article"), 404, { "content-type": "text/html" }, html)).toBe("status 404");
    expect(notKeepable(page("article"), 200, {}, Buffer.from("{}"))).toBe('content type ""');
    expect(notKeepable(page("article"), 200, { "content-type": "text/x-component" }, Buffer.from("0:{}"))).toMatch(/content type/);
    expect(notKeepable(page("article"), 200, { "content-type": "text/html" }, Buffer.from("{}"))).toBe("not the route's kind of body");
    expect(notKeepable(page("article"), 200, { "content-type": "text/html", "set-cookie": "a=1" }, html)).toBe("sets a cookie");
    expect(notKeepable(page("sitemap"), 200, { "content-type": "text/html" }, html)).toMatch(/content type/);
    expect(notKeepable(page("build file"), 200, { "content-type": "application/javascript" }, Buffer.alloc(0))).toBe("empty body");
    // A search stopped at its deadline may succeed the next time: it is not kept.
    const tooSlow = Buffer.from('<!DOCTYPE html><html><body><div role="alert" data-search-too-slow="true">This search took too long</div></body></html>');
    expect(notKeepable(page("search"), 200, { "content-type": "text/html" }, tooSlow)).toBe("an answer for this moment only");
  });
});
