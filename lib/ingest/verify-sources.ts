// Cross-source verification inside ingest: every numeric fact against the same claim in
// the other articles. A new article can change an old one's verdict, so after each seed
// run the checks are recomputed for all stored articles and replace the previous ones.
import type { ContractArticle, Flag } from "@/lib/contract";
import { entityFromRow, factFromRow, FLAG_SELECT } from "@/lib/contract-rows";
import type { PrismaClient } from "@/lib/db";
import { numberCitations } from "@/lib/briefing";
import { verifyFacts, type ClaimCheck, type SourcedFact } from "@/lib/verify";

type Article = Pick<ContractArticle, "slug" | "title" | "publisher" | "publishedAt" | "text" | "entities" | "facts"> & {
  /** The stored citation number of each fact, when stored (kept across re-seeds, so not always 1, 2, 3…). */
  citations?: readonly number[];
};

const key = (slug: string, position: number) => `${slug}#${position}`;
const WRITE_BATCH = 500;

/** The checks for every numeric fact of these articles, keyed by slug#position. */
export function checkAcrossSources(articles: readonly Article[]): Map<string, ClaimCheck> {
  const sourced: SourcedFact[] = articles.flatMap((a) =>
    a.facts.map((fact, position) => ({
      slug: a.slug,
      title: a.title,
      publisher: a.publisher,
      publishedAt: a.publishedAt,
      position,
      fact,
      quote: a.text.slice(...fact.cite),
    })),
  );
  const entities = Object.fromEntries(articles.map((a) => [a.slug, a.entities]));
  const citations = new Map(
    articles.map((a) => {
      if (a.citations) return [a.slug, a.citations];
      const { citationOf } = numberCitations(a.facts);
      return [a.slug, a.facts.map(citationOf)];
    }),
  );
  const checks = verifyFacts(sourced, { entities });
  for (const check of checks) {
    for (const flag of check.flags) {
      if (flag.evidence) flag.evidence.citation = citations.get(flag.evidence.slug)?.[flag.evidence.position];
    }
  }
  return new Map(checks.map((c) => [key(c.slug, c.position), c]));
}

/** The article's facts with their verdicts and cross-source flags added. */
export function withSourceChecks<T extends Article>(article: T, checks: Map<string, ClaimCheck>): T {
  return {
    ...article,
    facts: article.facts.map((fact, position) => {
      const check = checks.get(key(article.slug, position));
      return check ? { ...fact, verdict: check.status, flags: [...fact.flags, ...check.flags] } : fact;
    }),
  };
}

/**
 * Recomputes the checks over every stored article and, when `write` (some article
 * changed), replaces the stored ones; a run that changed nothing writes nothing.
 * Reads each table whole and writes in batches: nested includes and long IN lists
 * exceed SQLite's limit on bound parameters once there are a few hundred articles.
 */
export async function reverifyStoredArticles(prisma: PrismaClient, write: boolean): Promise<Map<string, ClaimCheck>> {
  const [articleRows, entityRows, tickers, mentions, factRows, flagRows] = await Promise.all([
    prisma.article.findMany({ select: { id: true, slug: true, title: true, publisher: true, publishedAt: true, text: true } }),
    prisma.entity.findMany({ orderBy: [{ articleId: "asc" }, { position: "asc" }] }),
    prisma.ticker.findMany({ select: { entityId: true, symbol: true } }),
    prisma.mention.findMany({ select: { entityId: true, start: true, end: true }, orderBy: { id: "asc" } }),
    prisma.fact.findMany({ orderBy: [{ articleId: "asc" }, { position: "asc" }] }),
    prisma.flag.findMany({ where: { origin: "article" }, select: { factId: true, ...FLAG_SELECT }, orderBy: { id: "asc" } }),
  ]);
  const tickersOf = groupBy(tickers, (t) => t.entityId);
  const mentionsOf = groupBy(mentions, (m) => m.entityId);
  const flagsOf = groupBy(flagRows, (f) => f.factId);
  const entitiesOf = groupBy(entityRows, (e) => e.articleId);
  const factsOf = groupBy(factRows, (f) => f.articleId);
  const articles = articleRows.map((a) => ({
    ...a,
    entities: (entitiesOf.get(a.id) ?? []).map((e) => entityFromRow({ ...e, tickers: tickersOf.get(e.id) ?? [], mentions: mentionsOf.get(e.id) ?? [] })),
    facts: (factsOf.get(a.id) ?? []).map((f) => factFromRow({ ...f, flags: flagsOf.get(f.id) ?? [] })),
    citations: (factsOf.get(a.id) ?? []).map((f) => f.citation),
  }));
  const checks = checkAcrossSources(articles);
  if (!write) return checks;

  const slugOf = new Map(articleRows.map((a) => [a.id, a.slug]));
  const factIds = new Map(factRows.map((f) => [key(slugOf.get(f.articleId)!, f.position), f.id]));
  const flags = [...checks.values()].flatMap((c) =>
    c.flags.map((flag) => ({ factId: factIds.get(key(c.slug, c.position))!, origin: "sources", ...flagColumns(flag) })),
  );
  await prisma.$transaction(async (tx) => {
    await tx.flag.deleteMany({ where: { origin: "sources" } });
    await tx.fact.updateMany({ data: { verdict: null } });
    for (const verdict of ["corroborated", "conflict", "alone"] as const) {
      const ids = [...checks.values()].filter((c) => c.status === verdict).map((c) => factIds.get(key(c.slug, c.position))!);
      for (const batch of batches(ids)) await tx.fact.updateMany({ where: { id: { in: batch } }, data: { verdict } });
    }
    for (const batch of batches(flags)) await tx.flag.createMany({ data: batch });
  });
  return checks;
}

function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(keyOf(row));
    if (group) group.push(row);
    else groups.set(keyOf(row), [row]);
  }
  return groups;
}

/** Slices small enough for one statement's bound parameters. */
function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += WRITE_BATCH) yield items.slice(i, i + WRITE_BATCH);
}

export function flagColumns(flag: Flag) {
  return {
    kind: flag.kind,
    reason: flag.reason,
    evidenceSlug: flag.evidence?.slug ?? null,
    evidencePosition: flag.evidence?.position ?? null,
    evidenceCitation: flag.evidence?.citation ?? null,
  };
}
