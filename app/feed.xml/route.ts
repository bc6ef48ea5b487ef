import { rssFeed } from "@/lib/site/feed";
import { listBriefings } from "@/lib/queries";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

/** RSS 2.0: the briefings, newest first, each with its headline figures. */
export async function GET() {
  const xml = rssFeed(siteUrl(), await listBriefings());
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
