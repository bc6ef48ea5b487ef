// The reads of a company's claims: its scorecard and each claim's view. Kept apart from
// lib/queries.ts (the other reads) to keep changes there and here apart; the same rules hold:
// pages only read, and these are Prisma queries, the same on SQLite and PostgreSQL.
import "server-only";
import { cache } from "react";
import { factFromRow } from "@/lib/contract/rows";
import { db } from "@/lib/db";
import { mostCommon } from "@/lib/queries";
import { type ClaimSource, type CompanyClaims, companyClaims } from "@/lib/verify";

/**
 * The newest numeric facts about a company its claims are read from: a scorecard's few
 * periods come from the latest ones, and the cost of a page must not grow with the corpus.
 */
export const CLAIM_FACTS = 2_000;

/** The company's claims (lib/verify/claims.ts), from its newest CLAIM_FACTS numeric facts; null for an unknown ticker. */
export const getCompanyClaims = cache(async (ticker: string): Promise<(CompanyClaims & { symbol: string; name: string }) | null> => {
  const symbol = ticker.toUpperCase();
  const entities = await db().entity.findMany({ where: { tickers: { some: { symbol } } }, select: { name: true } });
  if (entities.length === 0) return null;
  const names = [...new Set(entities.map((e) => e.name))];
  // The same facts as the company page's: its ticker as subject, or a name an entity with the ticker bears.
  const rows = await db().fact.findMany({
    where: { value: { not: null }, OR: [{ subject: symbol }, { subject: { in: names } }] },
    orderBy: [{ article: { publishedAt: { sort: "desc", nulls: "last" } } }, { articleId: "desc" }, { position: "asc" }],
    take: CLAIM_FACTS,
    include: { article: { select: { slug: true, title: true, publisher: true, publishedAt: true } } },
  });
  const sources: ClaimSource[] = rows.map(({ article, ...row }) => {
    // Flags are the page's concern, not the claim's: a claim's verdict is read from its figures.
    const fact = factFromRow({ ...row, flags: [] });
    return { ...article, position: row.position, citation: row.citation, fact, quote: row.quoteExact ?? fact.statement };
  });
  return { symbol, name: mostCommon(entities.map((e) => e.name)), ...companyClaims(sources) };
});
export type CompanyClaimsRead = NonNullable<Awaited<ReturnType<typeof getCompanyClaims>>>;
