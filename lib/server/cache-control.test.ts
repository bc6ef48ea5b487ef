import { describe, expect, it } from "vitest";
import { KEPT_ROUTES, keptResponseKey, notKeepable } from "@/lib/server/cache-key";
import { keptCacheHeaders, NOT_SHARED, SHARED_MAX_AGE_SECONDS, SHARING, STALE_WHILE_REVALIDATE_SECONDS } from "@/lib/server/cache-control";

const kept = (url: string, headers: Record<string, string> = {}) => {
  const decision = keptResponseKey({ method: "GET", url, headers });
  if (!decision.kept) throw new Error(`${url} is not kept: ${decision.reason}`);
  return decision;
};
const html = Buffer.from("<!DOCTYPE html><html></html>");

describe("caching headers for a CDN", () => {
  it("gives each kind's example its headers: pages shared briefly, searches private, build files for a year", () => {
    for (const [sharing, { example }] of Object.entries(SHARING)) expect(kept(example).sharing, example).toBe(sharing);
    expect(keptCacheHeaders(kept("/articles/a"), undefined)).toEqual({
      "Cache-Control": `public, max-age=0, s-maxage=${SHARED_MAX_AGE_SECONDS}`,
      "CDN-Cache-Control": `public, max-age=${SHARED_MAX_AGE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`,
    });
    expect(keptCacheHeaders(kept("/_next/static/chunks/main.js"), undefined)).toEqual({ "Cache-Control": "public, max-age=31536000, immutable" });
    expect(keptCacheHeaders(kept("/search?q=cloud"), undefined)).toEqual({ "Cache-Control": "private, no-cache" });
  });

  it("keeps stale-while-revalidate out of what browsers read: they would answer a payload from their cache, stale", () => {
    for (const { header } of Object.values(SHARING)) expect(header).not.toMatch(/stale-while-revalidate/);
    expect(SHARING.content.header).toMatch(/\bmax-age=0\b/);
  });

  it("shares every page's RSC payload as its page, and only the build's files for long", () => {
    const payload = kept("/articles/a?_rsc=", { rsc: "1" });
    expect(payload.payload).toBe(true);
    expect(keptCacheHeaders(payload, undefined)["Cache-Control"]).toBe(SHARING.content.header);
    for (const route of KEPT_ROUTES) {
      const expected = route.name === "build file" ? "immutable" : route.name === "search" ? "private" : "content";
      expect(route.sharing, route.name).toBe(expected);
    }
  });

  it("shares no answer a kept route refuses to keep: a 404, an error, a search stopped at its deadline", () => {
    const article = kept("/articles/missing");
    for (const status of [404, 500, 503]) {
      const refused = notKeepable(article, status, { "content-type": "text/html" }, html);
      expect(keptCacheHeaders(article, refused), String(status)).toEqual({ "Cache-Control": NOT_SHARED });
    }
    const search = kept("/search?q=cloud");
    const slow = notKeepable(search, 200, { "content-type": "text/html" }, Buffer.from("<!DOCTYPE html><p data-search-too-slow>"));
    expect(slow).toBeDefined();
    expect(keptCacheHeaders(search, slow)).toEqual({ "Cache-Control": NOT_SHARED });
    expect(NOT_SHARED).toBe("no-store");
  });
});
