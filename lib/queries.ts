// The reads the pages make. Pages only read; everything here returns what was stored.
import "server-only";
import type { ContractArticle } from "@/lib/contract";
import { entityFromRow, factFromRow } from "@/lib/contract-rows";
import { db } from "@/lib/db";

/** Numeric facts shown under each briefing on the home page. */
const HEADLINE_FIGURES = 3;

export async function listBriefings() {
  const articles = await db().article.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { ingestedAt: "desc" }],
    select: {
      slug: true,
      title: true,
      publisher: true,
      publishedAt: true,
      text: true,
      facts: {
        where: { value: { not: null } },
        orderBy: { position: "asc" },
        take: HEADLINE_FIGURES,
        include: { flags: { select: { kind: true, reason: true } } },
      },
      _count: { select: { facts: true } },
    },
  });
  return articles.map(({ text, facts, _count, ...article }) => ({
    ...article,
    factCount: _count.facts,
    headlines: facts.map((row) => ({ fact: factFromRow(row), quote: text.slice(row.citeStart, row.citeEnd) })),
  }));
}
export type BriefingSummary = Awaited<ReturnType<typeof listBriefings>>[number];

export async function getBriefing(slug: string) {
  const article = await db().article.findUnique({
    where: { slug },
    include: {
      facts: { orderBy: { position: "asc" }, include: { flags: { select: { kind: true, reason: true } } } },
      entities: {
        orderBy: { position: "asc" },
        include: { tickers: { select: { symbol: true } }, mentions: { select: { start: true, end: true } } },
      },
    },
  });
  if (!article) return null;
  const contract: Omit<ContractArticle, "source"> = {
    slug: article.slug,
    title: article.title,
    publisher: article.publisher,
    url: article.url,
    publishedAt: article.publishedAt,
    text: article.text,
    entities: article.entities.map(entityFromRow),
    facts: article.facts.map(factFromRow),
  };
  return { ...contract, ingestedAt: article.ingestedAt, updatedAt: article.updatedAt };
}
export type Briefing = NonNullable<Awaited<ReturnType<typeof getBriefing>>>;

/** Just what the page metadata needs. */
export async function getBriefingMeta(slug: string) {
  return db().article.findUnique({ where: { slug }, select: { title: true, publisher: true, publishedAt: true } });
}
