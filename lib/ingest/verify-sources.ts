// Cross-source verification inside ingest: every numeric fact against the same claim in
// the other articles. A new article can change an old one's verdict, so after each seed
// run the checks are recomputed for all stored articles and replace the previous ones.
import type { ContractArticle, Flag } from "@/lib/contract";
import { entityFromRow, factFromRow, FLAG_SELECT } from "@/lib/contract-rows";
import type { PrismaClient } from "@/lib/db";
import { numberCitations } from "@/lib/briefing";
import { verifyFacts, type ClaimCheck, type SourcedFact } from "@/lib/verify";

type Article = Pick<ContractArticle, "slug" | "title" | "publisher" | "publishedAt" | "text" | "entities" | "facts">;

const key = (slug: string, position: number) => `${slug}#${position}`;
const ID_BATCH = 500;

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
 */
export async function reverifyStoredArticles(prisma: PrismaClient, write: boolean): Promise<Map<string, ClaimCheck>> {
  const rows = await prisma.article.findMany({
    select: {
      slug: true,
      title: true,
      publisher: true,
      publishedAt: true,
      text: true,
      entities: { orderBy: { position: "asc" }, include: { tickers: { select: { symbol: true } }, mentions: { select: { start: true, end: true } } } },
      facts: {
        orderBy: { position: "asc" },
        include: { flags: { where: { origin: "article" }, select: FLAG_SELECT, orderBy: { id: "asc" } } },
      },
    },
  });
  const articles = rows.map((a) => ({ ...a, entities: a.entities.map(entityFromRow), facts: a.facts.map(factFromRow) }));
  const checks = checkAcrossSources(articles);
  if (!write) return checks;
  const factIds = new Map(rows.flatMap((a) => a.facts.map((f) => [key(a.slug, f.position), f.id] as const)));

  await prisma.$transaction(async (tx) => {
    await tx.flag.deleteMany({ where: { origin: "sources" } });
    await tx.fact.updateMany({ data: { verdict: null } });
    for (const verdict of ["corroborated", "conflict", "alone"] as const) {
      const ids = [...checks.values()].filter((c) => c.status === verdict).map((c) => factIds.get(key(c.slug, c.position))!);
      // SQLite bounds the parameters of one statement.
      for (let i = 0; i < ids.length; i += ID_BATCH) {
        await tx.fact.updateMany({ where: { id: { in: ids.slice(i, i + ID_BATCH) } }, data: { verdict } });
      }
    }
    await tx.flag.createMany({
      data: [...checks.values()].flatMap((c) => c.flags.map((flag) => ({ factId: factIds.get(key(c.slug, c.position))!, origin: "sources", ...flagColumns(flag) }))),
    });
  });
  return checks;
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
