import type { MetadataRoute } from "next";
import { listArticleAddresses } from "@/lib/queries";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

// Claim views (/companies/[ticker]/claims/[claim]) are not listed: a claim's id is read from
// its company's claims (lib/claim-queries.ts: its newest periods, up to 3,500 figures a
// company), so listing them means that read for every ticker on each request (the bench's
// 300 companies: up to a million fact rows) and a URL per claim. Each company page, which is
// listed, links its scorecard's claims.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl();
  const { articles, tickers } = await listArticleAddresses();
  return [
    { url: new URL("/", site).href, changeFrequency: "hourly" },
    ...articles.map((a) => ({ url: new URL(`/articles/${a.slug}`, site).href, lastModified: a.updatedAt })),
    ...tickers.map((t) => ({ url: new URL(`/companies/${encodeURIComponent(t)}`, site).href })),
  ];
}
