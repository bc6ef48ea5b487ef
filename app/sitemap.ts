import type { MetadataRoute } from "next";
import { listArticleAddresses } from "@/lib/queries";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl();
  const { articles, tickers } = await listArticleAddresses();
  return [
    { url: new URL("/", site).href, changeFrequency: "hourly" },
    ...articles.map((a) => ({ url: new URL(`/articles/${a.slug}`, site).href, lastModified: a.updatedAt })),
    ...tickers.map((t) => ({ url: new URL(`/companies/${encodeURIComponent(t)}`, site).href })),
  ];
}
