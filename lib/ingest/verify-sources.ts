// Cross-source verification inside ingest: every numeric fact against the same claim in
// the other articles. A new article can change an old one's verdict, so after a seed run
// the checks are recomputed for every stored fact that run could have affected: the facts
// that share a claim group and a subject with a fact it wrote or replaced, and the facts
// about a subject whose identity its entity lists changed (see checkStoredArticles).
import type { ContractArticle, Fact } from "@/lib/contract";
import { numberCitations } from "@/lib/briefing";
import { factFromRow } from "@/lib/contract-rows";
import type { ClaimKey, EntityRecord, SeedStore, StoredCheck } from "@/lib/ingest/store";
import { SubjectIdentities, verifyFacts, type ClaimCheck, type KnownEntity, type SourcedFact } from "@/lib/verify";

type Article = Pick<ContractArticle, "slug" | "title" | "publisher" | "publishedAt" | "text" | "entities" | "facts">;

const key = (slug: string, position: number) => `${slug}#${position}`;

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

/** Entity names, kinds and tickers by article id: what subject identities come from. */
export type EntityNames = Map<number, (KnownEntity & { id: number })[]>;

export function readEntityNames(store: SeedStore): EntityNames {
  const { entities, tickers } = store.allEntityNames();
  const tickersOf = new Map<number, string[]>();
  for (const t of tickers) {
    const list = tickersOf.get(t.entityId);
    if (list) list.push(t.symbol);
    else tickersOf.set(t.entityId, [t.symbol]);
  }
  const byArticle: EntityNames = new Map();
  for (const e of entities) {
    const entity = toKnown(e, tickersOf.get(e.id) ?? []);
    const list = byArticle.get(e.articleId);
    if (list) list.push(entity);
    else byArticle.set(e.articleId, [entity]);
  }
  return byArticle;
}

function toKnown(e: EntityRecord, tickers: string[]): KnownEntity & { id: number } {
  return { id: e.id, name: e.name, kind: e.kind as KnownEntity["kind"], tickers, mentions: [] };
}

/** What a seed run wrote, for checkStoredArticles. */
export interface RunChanges {
  /** Articles stored or updated. */
  changed: number[];
  /** Claim keys of the facts the updates replaced. */
  replaced: ClaimKey[];
  /** Entity names before the run; null to check every stored fact. */
  before: EntityNames | null;
}

/**
 * Recomputes and stores the checks of every fact the run could have affected, and returns
 * the checks of those facts and of the facts of `alsoArticles` (for the report). The
 * result equals a check over the whole store: a fact's check reads only its claim, the
 * claims it matches (same group, a shared subject identity) and the subject identities,
 * so a fact outside the set below has the same matches, read the same way, as before.
 *
 * - every numeric fact of a changed article;
 * - every fact sharing a group and a key of the same identity (before or after the run)
 *   with a fact written or replaced;
 * - every fact with a key whose identity (its names, whether it is a company, whether it
 *   is known at all) differs before and after.
 *
 * Each of those is checked against every fact sharing its group and identity, read from
 * the claim index, in the store's order (article, then position): a full check's order.
 */
export function checkStoredArticles(
  store: SeedStore,
  changes: RunChanges,
  alsoArticles: readonly number[],
  write: boolean,
): Map<string, ClaimCheck> {
  const after = readEntityNames(store);
  const identities = identitiesOf(after);
  let targets: Set<number>;
  const full = changes.before === null;
  if (full) {
    targets = new Set(store.allNumericFactIds());
  } else {
    const before = identitiesOf(changes.before!);
    targets = new Set<number>();
    for (const articleId of [...changes.changed, ...alsoArticles]) for (const id of store.numericFactIdsOfArticle(articleId)) targets.add(id);
    const written = changes.changed.flatMap((articleId) => store.numericFactIdsOfArticle(articleId).flatMap((id) => store.claimKeysOfFact(id)));
    const looked = new Set<string>();
    for (const { group, party } of [...changes.replaced, ...written]) {
      for (const k of new Set([...before.keysOf(party), ...identities.keysOf(party)])) {
        const lookup = `${group}\u0001${k}`;
        if (looked.has(lookup)) continue;
        looked.add(lookup);
        for (const id of store.factIdsByKey(k, group)) targets.add(id);
      }
    }
    for (const k of new Set([...before.knownKeys(), ...identities.knownKeys()])) {
      if (before.describe(k) !== identities.describe(k)) for (const id of store.factIdsByKey(k)) targets.add(id);
    }
  }

  // The facts to read: the targets and every fact that can match one of them.
  const read = new Set(targets);
  if (!full) {
    const looked = new Set<string>();
    for (const id of targets) {
      for (const { group, party } of store.claimKeysOfFact(id)) {
        for (const k of identities.keysOf(party)) {
          const lookup = `${group}\u0001${k}`;
          if (looked.has(lookup)) continue;
          looked.add(lookup);
          for (const peer of store.factIdsByKey(k, group)) read.add(peer);
        }
      }
    }
  }
  const facts = store.factsById([...read]).sort((a, b) => a.articleId - b.articleId || a.position - b.position);
  const articleIds = [...new Set(facts.map((f) => f.articleId))];
  const articles = new Map(store.articlesById(articleIds).map((a) => [a.id, a]));

  // Identities from every article's names; the mentions (which parties a passage names)
  // only for the articles read.
  const mentionsOf = new Map<number, [number, number][]>();
  for (const m of store.mentionsOfArticles(articleIds)) {
    const list = mentionsOf.get(m.entityId);
    if (list) list.push([m.start, m.end]);
    else mentionsOf.set(m.entityId, [[m.start, m.end]]);
  }
  const entities: Record<string, KnownEntity[]> = {};
  const slugOf = new Map<number, string>();
  for (const [articleId, list] of after) {
    const article = articles.get(articleId);
    // An article not read needs no slug of its own: only its names count.
    const slug = article?.slug ?? `#${articleId}`;
    slugOf.set(articleId, slug);
    entities[slug] = article ? list.map((e) => ({ ...e, mentions: mentionsOf.get(e.id) ?? [] })) : list;
  }

  const citations = new Map<string, number>();
  const sourced: SourcedFact[] = facts.map((row) => {
    const article = articles.get(row.articleId)!;
    const fact: Fact = factFromRow({ ...row, verdict: null, flags: [] } as Parameters<typeof factFromRow>[0]);
    citations.set(key(article.slug, row.position), row.citation);
    return {
      slug: article.slug,
      title: article.title,
      publisher: article.publisher,
      publishedAt: article.publishedAt,
      position: row.position,
      fact,
      quote: article.text.slice(...fact.cite),
    };
  });
  const idOf = new Map(facts.map((row) => [key(articles.get(row.articleId)!.slug, row.position), row.id]));
  const checks = verifyFacts(sourced, { entities });
  const result = new Map<string, ClaimCheck>();
  const stored: StoredCheck[] = [];
  for (const check of checks) {
    const factId = idOf.get(key(check.slug, check.position))!;
    if (!targets.has(factId)) continue;
    for (const flag of check.flags) {
      if (flag.evidence) flag.evidence.citation = citations.get(key(flag.evidence.slug, flag.evidence.position));
    }
    result.set(key(check.slug, check.position), check);
    stored.push({ factId, verdict: check.status, flags: check.flags });
  }
  if (write) store.writeChecks(stored, true);
  return result;
}

function identitiesOf(names: EntityNames): SubjectIdentities {
  return new SubjectIdentities(Object.fromEntries([...names].map(([articleId, list]) => [`#${articleId}`, list])));
}
