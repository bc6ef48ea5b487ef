// The sitemap's XML (app/sitemap.xml/route.ts reads the addresses). The protocol allows 50,000
// URLs a file (sitemaps.org): past that, /sitemap.xml is an index of numbered pages, each a
// slice of one fixed order (home, articles by slug, companies by ticker).
import { xmlText } from "@/lib/site/feed";

export const SITEMAP_URLS = 50_000;

export interface SitemapEntry {
  url: string;
  lastModified?: Date;
  changeFrequency?: "hourly";
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

export function urlSet(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `<url><loc>${xmlText(e.url)}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ""}${e.changeFrequency ? `<changefreq>${e.changeFrequency}</changefreq>` : ""}</url>`,
  );
  return `${HEAD}<urlset ${NS}>\n${urls.join("\n")}\n</urlset>\n`;
}

export function sitemapIndex(pages: readonly string[]): string {
  return `${HEAD}<sitemapindex ${NS}>\n${pages.map((p) => `<sitemap><loc>${xmlText(p)}</loc></sitemap>`).join("\n")}\n</sitemapindex>\n`;
}

/** How many sitemap pages `total` addresses take: one file up to the limit, else an index of pages. */
export function sitemapPages(total: number): number {
  return Math.max(1, Math.ceil(total / SITEMAP_URLS));
}
