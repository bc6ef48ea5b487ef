// The reads of a company's claims: its scorecard and each claim's view. Kept apart from
// lib/queries.ts (the other reads) to keep changes there and here apart; the same rules hold:
// pages only read, and these are Prisma queries, the same on SQLite and PostgreSQL.
import "server-only";
import { cache } from "react";
import { factFromRow } from "@/lib/contract/rows";
import { db } from "@/lib/db";
import { mostCommon } from "@/lib/queries";
import { boundSql } from "@/lib/search/bound";
import { aboutCompany } from "@/lib/search/sql";
import { type ClaimSource, type CompanyClaims, companyClaims } from "@/lib/verify";

/**
 * The newest numeric facts about a company its claims are read from: a scorecard's few
 * periods come from the latest ones, and the cost of a page must not grow with the corpus.
 */
export const CLAIM_FACTS = 2_000;

/**
 * The company's claims (lib/verify/claims.ts), from its newest CLAIM_FACTS numeric facts, each
 * in the claim the checks placed it in (Fact.claimPeriod); null for an unknown ticker.
 */
export const getCompanyClaims = cache(async (ticker: string): Promise<(CompanyClaims & { symbol: string; name: string }) | null> => {
  const symbol = ticker.toUpperCase();
  const entities = await db().entity.findMany({ where: { tickers: { some: { symbol } } }, select: { name: true } });
  if (entities.length === 0) return null;
  // The company page's facts, by its one definition (aboutCompany), newest first.
  const about = boundSql(aboutCompany(symbol));
  const ids = (
    await db().$queryRaw<{ id: bigint | number }[]>`
      SELECT f.id FROM "Fact" f JOIN "Article" a ON a.id = f."articleId"
      WHERE ${about} AND f.value IS NOT NULL
      ORDER BY a."publishedAt" DESC NULLS LAST, f."articleId" DESC, f.position ASC
      LIMIT ${CLAIM_FACTS}`
  ).map((r) => Number(r.id));
  const order = new Map(ids.map((id, i) => [id, i]));
  const rows = (
    await db().fact.findMany({
      where: { id: { in: ids } },
      include: { article: { select: { slug: true, title: true, publisher: true, publishedAt: true } } },
    })
  ).sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const sources: ClaimSource[] = rows.map(({ article, ...row }) => {
    // Flags are the page's concern, not the claim's: a claim's verdict is read from its figures.
    const fact = factFromRow({ ...row, flags: [] });
    return { ...article, position: row.position, citation: row.citation, fact, quote: row.quoteExact ?? fact.statement, claimPeriod: row.claimPeriod };
  });
  return { symbol, name: mostCommon(entities.map((e) => e.name)), ...companyClaims(sources) };
});
export type CompanyClaimsRead = NonNullable<Awaited<ReturnType<typeof getCompanyClaims>>>;
