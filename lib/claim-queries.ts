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
import { type ClaimSource, type CompanyClaims, companyClaims, comparePeriods, periodFromId, periodId } from "@/lib/verify";

/**
 * The most figures a company's claims are read from: its newest periods, whole, while they
 * hold no more than this, so that the cost of a page does not grow with the corpus.
 */
export const CLAIM_FACTS = 3_000;

/** How many of the newest figures in no period are read for the fiscal calendar their passages may state. */
const CALENDAR_FACTS = 500;

/** Fact.claimPeriod of a figure the checks could place in no period. */
const UNPLACED = periodId({ kind: "unknown" });

type PublishedRow = { articleId: number; position: number; article: { publishedAt: string | null } };

/** Newest first: publication date (undated last), article, position. */
function newestFirst(a: PublishedRow, b: PublishedRow): number {
  const [x, y] = [a.article.publishedAt, b.article.publishedAt];
  const byDate = x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? 1 : -1;
  return byDate || b.articleId - a.articleId || a.position - b.position;
}

/**
 * The company's claims (lib/verify/claims.ts), each in the claim the checks placed it in
 * (Fact.claimPeriod), from its newest periods: every figure of each, so that no claim shows
 * fewer sources than the checks compared, and no period is skipped between two shown. Null
 * for an unknown ticker.
 */
export const getCompanyClaims = cache((ticker: string) => readCompanyClaims(ticker));

/** getCompanyClaims, with the figures' budget as a parameter (for its test). */
export async function readCompanyClaims(ticker: string, budget = CLAIM_FACTS): Promise<(CompanyClaims & { symbol: string; name: string }) | null> {
  const symbol = ticker.toUpperCase();
  const entities = await db().entity.findMany({ where: { tickers: { some: { symbol } } }, select: { name: true } });
  if (entities.length === 0) return null;
  // The company page's facts, by its one definition (aboutCompany), counted by claim period.
  const about = boundSql(aboutCompany(symbol));
  const counts = await db().$queryRaw<{ period: string; n: bigint | number }[]>`
      SELECT f."claimPeriod" AS period, COUNT(*) AS n FROM "Fact" f
      WHERE ${about} AND f.value IS NOT NULL AND f."claimPeriod" IS NOT NULL GROUP BY f."claimPeriod"`;
  const unplaced = Number(counts.find((c) => c.period === UNPLACED)?.n ?? 0);
  const placed = counts.filter((c) => c.period !== UNPLACED).sort((a, b) => comparePeriods(periodFromId(a.period), periodFromId(b.period)));
  const periods: string[] = [];
  let figures = 0;
  for (const { period, n } of placed) {
    if (periods.length > 0 && figures + Number(n) > budget) break;
    periods.push(period);
    figures += Number(n);
  }
  const inPeriods =
    periods.length === 0
      ? []
      : await db().$queryRaw<{ id: bigint | number }[]>`
      SELECT f.id FROM "Fact" f WHERE ${about} AND f.value IS NOT NULL AND f."claimPeriod" IN (${Prisma.join(periods)})`;
  // The newest figures in no period too: their passages may state the fiscal calendar.
  const inNone = await db().$queryRaw<{ id: bigint | number }[]>`
      SELECT f.id FROM "Fact" f JOIN "Article" a ON a.id = f."articleId"
      WHERE ${about} AND f.value IS NOT NULL AND (f."claimPeriod" IS NULL OR f."claimPeriod" = ${UNPLACED})
      ORDER BY a."publishedAt" DESC NULLS LAST, f."articleId" DESC, f.position ASC
      LIMIT ${Math.min(budget, CALENDAR_FACTS)}`;
  const ids = [...inPeriods, ...inNone].map((r) => Number(r.id));
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
  return { symbol, name: mostCommon(entities.map((e) => e.name)), ...companyClaims(sources), unplaced };
}
export type CompanyClaimsRead = NonNullable<Awaited<ReturnType<typeof getCompanyClaims>>>;
