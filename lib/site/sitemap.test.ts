import { describe, expect, it } from "vitest";
import { SITEMAP_URLS, sitemapIndex, sitemapPages, urlSet } from "@/lib/site/sitemap";

describe("sitemap XML", () => {
  it("takes one file up to the protocol's 50,000 addresses, then a page per 50,000", () => {
    expect(SITEMAP_URLS).toBe(50_000);
    expect([0, 1, 50_000, 50_001, 100_000, 100_001].map((n) => sitemapPages(n))).toEqual([1, 1, 1, 2, 2, 3]);
  });

  it("escapes addresses and writes each entry's fields", () => {
    expect(urlSet([{ url: "https://x.example/a?b=1&c=2", lastModified: new Date("2026-12-03T10:00:00Z"), changeFrequency: "hourly" }])).toContain(
      "<url><loc>https://x.example/a?b=1&amp;c=2</loc><lastmod>2026-12-03T10:00:00.000Z</lastmod><changefreq>hourly</changefreq></url>",
    );
    const index = sitemapIndex(["https://x.example/sitemap.xml?page=1", "https://x.example/sitemap.xml?page=2"]);
    expect(index).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(index.match(/<sitemap><loc>[^<]+<\/loc><\/sitemap>/g)).toHaveLength(2);
  });
});
