import { formatFigure, publishedDate } from "@/lib/format";
import { listBriefings } from "@/lib/queries";
import { SITE_NAME, siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/** RSS 2.0: the briefings, newest first, each with its headline figures. */
export async function GET() {
  const site = siteUrl();
  const briefings = await listBriefings();
  const items = briefings.map((b) => {
    const link = new URL(`/articles/${b.slug}`, site).href;
    const figures = b.headlines.map((f) => `${f.figure ? formatFigure(f.figure) + ": " : ""}${f.statement}`).join("; ");
    const date = b.publishedAt ? publishedDate(b.publishedAt) : null;
    return [
      "<item>",
      `<title>${escapeXml(b.title)}</title>`,
      `<link>${escapeXml(link)}</link>`,
      `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
      date ? `<pubDate>${date.toUTCString()}</pubDate>` : "",
      `<description>${escapeXml(figures || `${b.factCount} cited facts`)}</description>`,
      b.publisher ? `<source url="${escapeXml(link)}">${escapeXml(b.publisher)}</source>` : "",
      "</item>",
    ].join("");
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>${SITE_NAME}</title>
<link>${escapeXml(site.href)}</link>
<atom:link href="${escapeXml(new URL("/feed.xml", site).href)}" rel="self" type="application/rss+xml"/>
<description>Financial news in numbers, every figure cited.</description>
<language>en</language>
${items.join("\n")}
</channel></rss>
`;
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
