// The RSS feed's XML, from the briefings the home page lists (app/feed.xml/route.ts reads them).
import { formatFigure, publishedDate } from "@/lib/briefing/format";
import type { BriefingSummary } from "@/lib/queries";
import { SITE_NAME } from "@/lib/site";

/**
 * Characters XML 1.0 does not allow even escaped: C0 controls but tab, line feed and
 * carriage return; lone surrogates; U+FFFE and U+FFFF. One of them in a title made the
 * whole feed unreadable to every feed reader, so they are dropped.
 */
const NOT_XML = /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|\p{Cs}/gu;
const ESCAPES: Readonly<Record<string, string>> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/** Any text as XML character data or an attribute value. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, "").replace(/[<>&'"]/g, (c) => ESCAPES[c]!);
}

/** RSS 2.0: the briefings, newest first, each with its headline figures. */
export function rssFeed(site: URL, briefings: readonly BriefingSummary[]): string {
  const items = briefings.map((b) => {
    const link = new URL(`/articles/${b.slug}`, site).href;
    const figures = b.headlines.map((f) => `${f.figure ? formatFigure(f.figure) + ": " : ""}${f.statement}`).join("; ");
    const date = b.publishedAt ? publishedDate(b.publishedAt) : null;
    return [
      "<item>",
      `<title>${xmlText(b.title)}</title>`,
      `<link>${xmlText(link)}</link>`,
      `<guid isPermaLink="true">${xmlText(link)}</guid>`,
      date ? `<pubDate>${date.toUTCString()}</pubDate>` : "",
      `<description>${xmlText(figures || `${b.factCount} cited facts`)}</description>`,
      b.publisher ? `<source url="${xmlText(link)}">${xmlText(b.publisher)}</source>` : "",
      "</item>",
    ].join("");
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>${xmlText(SITE_NAME)}</title>
<link>${xmlText(site.href)}</link>
<atom:link href="${xmlText(new URL("/feed.xml", site).href)}" rel="self" type="application/rss+xml"/>
<description>Financial news in numbers, every figure cited.</description>
<language>en</language>
${items.join("\n")}
</channel></rss>
`;
}
