// The reads of a company's claims: its scorecard and each claim's view. Kept apart from
// lib/queries.ts (the other reads) to keep changes there and here apart; the same rules hold:
// pages only read, and these are Prisma queries, the same on SQLite and PostgreSQL.
import "server-only";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import { factFromRow } from "@/lib/contract/rows";
import { db } from "@/lib/db";
import { mostCommon } from "@/lib/queries";
import { boundSql } from "@/lib/search/bound";
import { aboutCompany } from "@/lib/search/sql";
import { type ClaimSource, type CompanyClaims, companyClaims } from "@/lib/verify";

/**
 * How many of a company's newest numeric facts choose the claims read: a scorecard's few
 * periods come from the latest ones, and the cost of a page must not grow with the corpus.
 */
export const CLAIM_FACTS = 2_000;

/**
 * The company's claims (lib/verify/claims.ts), each in the claim the checks placed it in
 * (Fact.claimPeriod), read whole: every figure of each period its newest CLAIM_FACTS numeric
 * facts are in, so that no claim shows fewer sources than the checks compared. Null for an
 * unknown ticker.
 */
type PublishedRow = { articleId: number; position: number; article: { publishedAt: string | null } };

/** The order the newest facts were read in: publication date (undated last), article, position. */
function newestFirst(a: PublishedRow, b: PublishedRow): number {
  const [x, y] = [a.article.publishedAt, b.article.publishedAt];
  const byDate = x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? 1 : -1;
  return byDate || b.articleId - a.articleId || a.position - b.position;
}

export const getCompanyClaims = cache((ticker: string) => readCompanyClaims(ticker));

/** getCompanyClaims, from a company's newest `newestFacts` (exported for its test). */
export async function readCompanyClaims(ticker: string, newestFacts = CLAIM_FACTS): Promise<(CompanyClaims & { symbol: string; name: string }) | null> {
  const symbol = ticker.toUpperCase();
  const entities = await db().entity.findMany({ where: { tickers: { some: { symbol } } }, select: { name: true } });
  if (entities.length === 0) return null;
  // The company page's facts, by its one definition (aboutCompany), newest first.
  const about = boundSql(aboutCompany(symbol));
  const newest = await db().$queryRaw<{ id: bigint | number; claimPeriod: string | null }[]>`
      SELECT f.id, f."claimPeriod" FROM "Fact" f JOIN "Article" a ON a.id = f."articleId"
      WHERE ${about} AND f.value IS NOT NULL
      ORDER BY a."publishedAt" DESC NULLS LAST, f."articleId" DESC, f.position ASC
      LIMIT ${newestFacts}`;
  const periods = [...new Set(newest.flatMap((r) => (r.claimPeriod === null ? [] : [r.claimPeriod])))];
  // The rest of those periods' figures: older articles' sources of the same claims.
  const older =
    newest.length < newestFacts || periods.length === 0
      ? []
      : await db().$queryRaw<{ id: bigint | number }[]>`
      SELECT f.id FROM "Fact" f WHERE ${about} AND f.value IS NOT NULL AND f."claimPeriod" IN (${Prisma.join(periods)})`;
  const ids = [...new Set([...newest, ...older].map((r) => Number(r.id)))];
  const rows = (
    await db().fact.findMany({
      where: { id: { in: ids } },
      include: { article: { select: { slug: true, title: true, publisher: true, publishedAt: true } } },
    })
  ).sort(newestFirst);
  const sources: ClaimSource[] = rows.map(({ article, ...row }) => {
    // Flags are the page's concern, not the claim's: a claim's verdict is read from its figures.
    const fact = factFromRow({ ...row, flags: [] });
    return { ...article, position: row.position, citation: row.citation, fact, quote: row.quoteExact ?? fact.statement, claimPeriod: row.claimPeriod };
  });
  return { symbol, name: mostCommon(entities.map((e) => e.name)), ...companyClaims(sources) };
}
export type CompanyClaimsRead = NonNullable<Awaited<ReturnType<typeof getCompanyClaims>>>;
