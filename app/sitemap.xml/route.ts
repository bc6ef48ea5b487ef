import { countSitemapAddresses, listSitemapAddresses } from "@/lib/queries";
import { siteUrl } from "@/lib/site";
import { SITEMAP_URLS, sitemapIndex, sitemapPages, urlSet } from "@/lib/site/sitemap";

export const dynamic = "force-dynamic";

// Claim views (/companies/[ticker]/claims/[claim]) are not listed: a claim's id is read from
// its company's claims (lib/claim-queries.ts: its newest periods, up to 3,500 figures a
// company), so listing them means that read for every ticker on each request (the bench's
// 300 companies: up to a million fact rows) and a URL per claim. Each company page, which is
// listed, links its scorecard's claims.
const XML_HEADERS = { "Content-Type": "application/xml; charset=utf-8" };

/** /sitemap.xml: every address, or past 50,000 of them an index of /sitemap.xml?page=N (1-based). */
export async function GET(request: Request) {
  const site = siteUrl();
  const asked = new URL(request.url).searchParams.get("page");
  const counts = await countSitemapAddresses();
  const pages = sitemapPages(1 + counts.articles + counts.companies);
  if (asked === null && pages > 1) {
    const links = Array.from({ length: pages }, (_, i) => new URL(`/sitemap.xml?page=${i + 1}`, site).href);
    return new Response(sitemapIndex(links), { headers: XML_HEADERS });
  }
  const page = asked === null ? 1 : /^[1-9][0-9]{0,5}$/.test(asked) ? Number(asked) : 0;
  if (page < 1 || page > pages) return new Response("No such sitemap page\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { home, articles, tickers } = await listSitemapAddresses((page - 1) * SITEMAP_URLS, SITEMAP_URLS, counts.articles);
  const xml = urlSet([
    ...(home ? [{ url: new URL("/", site).href, changeFrequency: "hourly" as const }] : []),
    ...articles.map((a) => ({ url: new URL(`/articles/${a.slug}`, site).href, lastModified: a.updatedAt })),
    ...tickers.map((t) => ({ url: new URL(`/companies/${encodeURIComponent(t)}`, site).href })),
  ]);
  return new Response(xml, { headers: XML_HEADERS });
}
