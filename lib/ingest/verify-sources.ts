// Cross-source verification inside ingest: every numeric fact against the same claim in
// the other articles. A new article can change an old one's verdict, so after a seed run
// the checks are recomputed for every stored fact that run could have affected: the facts
// that share a claim group and a subject with a fact it wrote or replaced, and the facts
// about a subject whose identity its entity lists changed (see checkStoredArticles).
import type { ContractArticle, Fact } from "@/lib/contract";
import { numberCitations } from "@/lib/briefing";
import { withWords } from "@/lib/briefing/flag-words";
import { factFromRow } from "@/lib/contract/rows";
import { fixedIdentities, placeStoredClaims, type IdentityReader } from "@/lib/ingest/claim-placement";
import {
  checkDigest,
  entitySubjectKeys,
  withTickers,
  type ArticleRecord,
  type ClaimKey,
  type EntityNames,
  type EntityRows,
  type KeyLookup,
  type SeedStore,
  type StoredCheck,
} from "@/lib/ingest/store";
import { startTsWorker } from "@/lib/ingest/workers";
import {
  CLAIM_PERIOD_VERSION,
  claimPeriodCandidates,
  claimPeriodKey,
  readsNamedParties,
  SubjectIdentities,
  verifyFacts,
  type ClaimCheck,
  type KnownEntity,
  type SourcedFact,
} from "@/lib/verify";

type Article = Pick<ContractArticle, "slug" | "title" | "publisher" | "publishedAt" | "text" | "entities" | "facts"> & {
  /** The stored citation number of each fact, when stored (kept across re-seeds, so not always 1, 2, 3…). */
  citations?: readonly number[];
};

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
      return check ? { ...fact, verdict: check.status, flags: [...fact.flags, ...check.flags.map(withWords)] } : fact;
    }),
  };
}

/** A stored entity as the checks read it (mentions read apart, for the articles checked). */
type StoredEntity = KnownEntity & { id: number };
/** Entity lists by article id: what subject identities come from. */
type EntityLists = Map<number, StoredEntity[]>;

/** The entities of `rows` by article id, each list in its article's order. */
function byArticle(rows: EntityRows): EntityLists {
  const lists: EntityLists = new Map();
  for (const e of withTickers(rows)) {
    const entity: StoredEntity = { id: e.id, name: e.name, kind: e.kind as KnownEntity["kind"], tickers: e.tickers, mentions: [] };
    const list = lists.get(e.articleId);
    if (list) list.push(entity);
    else lists.set(e.articleId, [entity]);
  }
  return lists;
}

/**
 * Subject identities from only the stored entities some keys can be merged with: each key's
 * whole identity, read through EntityKey (the entities with one of its keys, then those
 * sharing a key with one of them, until no new key turns up). An identity read so is the
 * one a SubjectIdentities over every entity of the store gives, so a check that asks only
 * about read keys gets the answers a check over all names gets, at the cost of what it reads.
 */
/** The entity list the names read by key are added to (no article's: SubjectIdentities.namedIn is not asked about them). */
const READ_BY_KEY = "#by-key";

class ReadIdentities implements IdentityReader {
  /** The entity names read (their JSON): an identity is read once. */
  private readonly names = new Set<string>();
  private readonly reached = new Set<string>();
  /** The identities of the entities read, grown as they are read (never rebuilt). */
  private readonly now = new SubjectIdentities();
  /** The same with the articles of `previous` holding the lists given there instead: the identities before the run. */
  private readonly before: SubjectIdentities;

  /**
   * `previous`: the entity lists of the versions a run replaced, or empty for the articles
   * it added, by article id; their keys must be reached before `identitiesBefore` is read.
   */
  constructor(
    private readonly store: SeedStore,
    private readonly previous: ReadonlyMap<number, readonly KnownEntity[]>,
  ) {
    this.before = new SubjectIdentities(Object.fromEntries([...previous].map(([articleId, list]) => [`#${articleId}`, list])));
    this.previousArticles = [...previous.keys()];
  }

  private readonly previousArticles: number[];

  /** Reads the identities of `keys` that are not read yet. */
  async reach(keys: Iterable<string>): Promise<void> {
    let frontier = [...new Set(keys)].filter((k) => k !== "" && !this.reached.has(k));
    while (frontier.length > 0) {
      for (const k of frontier) this.reached.add(k);
      const next = new Set<string>();
      // Each name once, however many articles repeat it: the identities are the same.
      for (const { outside, ...names } of await this.store.entityNamesByKeys(frontier, this.previousArticles)) {
        const signature = JSON.stringify(names);
        if (this.names.has(signature)) continue;
        this.names.add(signature);
        for (const k of entitySubjectKeys(names)) if (!this.reached.has(k)) next.add(k);
        const entity = { ...names, mentions: [] };
        this.now.add(READ_BY_KEY, [entity]);
        // Before the run, only articles other than those it replaced or added gave it.
        if (outside) this.before.add(READ_BY_KEY, [entity]);
      }
      frontier = [...next];
    }
  }

  /** The identities of the keys read, by every stored entity list. */
  identities(): SubjectIdentities {
    return this.now;
  }

  /** The identities of the keys read as they were before the run. */
  identitiesBefore(): SubjectIdentities {
    return this.before;
  }
}

/** What a seed run wrote, for checkStoredArticles. */
export interface RunChanges {
  /** Articles stored or updated. */
  changed: number[];
  /** Claim keys of the facts the updates replaced. */
  replaced: ClaimKey[];
  /**
   * The entity lists of the versions the updates replaced, by article id (an added article
   * had none); null to check every stored fact.
   */
  replacedEntities: [number, EntityNames[]][] | null;
}

/**
 * Recomputes and stores the checks of every fact the run could have affected, and returns
 * the checks of the numeric facts of `reportArticles` (for the report). The result equals
 * a check over the whole store: a fact's check reads only its claim, the claims it matches
 * (same group, a shared subject identity) and the subject identities, so a fact outside
 * the set below has the same matches, read the same way, as before the run.
 *
 * - every numeric fact of a changed article (and of `reportArticles`);
 * - every fact sharing a group and a key of the same identity (before or after the run)
 *   with a fact written or replaced;
 * - every fact with a key whose identity (its names, whether it is a company, whether it
 *   is known at all) differs before and after.
 *
 * Claims only match within their group, so the work goes one group at a time (memory
 * stays that of the largest group, not the store's). Each target is checked against every
 * fact of its group sharing an identity with it, found through the claim index, in the
 * store's order (article, then position), which is a full check's order.
 */
export function checkStoredArticles(
  store: SeedStore,
  changes: RunChanges,
  reportArticles: readonly number[],
  write: boolean,
): Promise<Map<string, ClaimCheck>> {
  return write ? store.inOneTransaction(() => checkPass(store, changes, reportArticles, true)) : checkPass(store, changes, reportArticles, false);
}

/** A check pass to run on a worker thread: checkStoredArticles' arguments, the store by its URL. */
export interface CheckJob {
  database: string;
  changes: RunChanges;
  reportArticles: readonly number[];
  write: boolean;
}

/**
 * checkStoredArticles on a worker thread with a heap of its own, capped: the pass makes
 * a lot of short-lived garbage, which V8 let grow until the seed peaked at 840 MB when it
 * checked 10,000 articles on the main thread; capped (210 MB there), it is collected
 * sooner, in the same CPU time, and the peak was 410 MB. The cap grows with the store, as
 * what the pass holds does (the claim index, the entities). The store's connection must
 * have committed: the worker writes on its own.
 */
export function checkOnWorker(job: CheckJob, storedArticles: number): Promise<Map<string, ClaimCheck>> {
  const heapMb = CHECK_HEAP_MB + Math.ceil(storedArticles / 200);
  return new Promise((resolve, reject) => {
    const worker = startTsWorker("./check-worker.ts", heapMb, job);
    let result: Map<string, ClaimCheck> | null = null;
    worker.on("message", (checks: Map<string, ClaimCheck>) => (result = checks));
    worker.on("error", reject);
    worker.on("exit", (code) => (result ? resolve(result) : reject(new Error(`the cross-source check worker stopped (exit ${code})`))));
  });
}
const CHECK_HEAP_MB = 160;

async function checkPass(store: SeedStore, changes: RunChanges, reportArticles: readonly number[], write: boolean): Promise<Map<string, ClaimCheck>> {
  // Lookups go by period: every claim-index row must have one, by today's rules.
  const refilled = (await store.fillClaimPeriods(CLAIM_PERIOD_VERSION, claimPeriodKey)) > 0;
  await store.fillEntityKeys();
  /** Entity lists with their mentions for the articles checked: read whole for a check of everything, else per batch. */
  let entityLists: (articleIds: readonly number[]) => Promise<EntityLists>;
  let identities: SubjectIdentities;
  /** Targets by claim group; numeric facts in no group state no comparable claim. */
  const targets = new Map<string, Set<number>>();
  const ungrouped = new Set<number>();
  /** What else to read in each group: the targets' possible matches. */
  const peers = new Map<string, Set<number>>();
  const addTo = (map: Map<string, Set<number>>, group: string, id: number) => {
    const set = map.get(group);
    if (set) set.add(id);
    else map.set(group, new Set([id]));
  };

  const replacedEntities = changes.replacedEntities;
  // Periods refilled by new rules can move any claim: then every stored fact is checked.
  const wholesale = replacedEntities === null || refilled;
  /** Wholesale: each group's facts split into sets that share no identity (see below). */
  const indexRows = new Map<string, { facts: number[]; roots: number[] }>();
  if (wholesale) {
    const lists = byArticle(await store.allEntityNames());
    identities = new SubjectIdentities(Object.fromEntries([...lists].map(([articleId, list]) => [`#${articleId}`, list])));
    entityLists = async () => lists;
    // Each fact's claim, as the claim view reads it (lib/ingest/claim-placement.ts).
    await placeStoredClaims(store, fixedIdentities(identities), null, refilled);
    if (write) await store.clearAllChecks();
    // Every fact, from the claim index. Two facts can only match when they share a group
    // and an identity, so each group is cut along identities into batches that can be
    // checked apart: memory follows a batch, not the store.
    const rootIds = new Map<string, number>();
    const rows = indexRows;
    for await (const [factId, group, party] of store.iterateClaimKeys()) {
      const identity = identities.identity(party);
      let root = rootIds.get(identity);
      if (root === undefined) rootIds.set(identity, (root = rootIds.size));
      let list = rows.get(group);
      if (!list) rows.set(group, (list = { facts: [], roots: [] }));
      list.facts.push(factId);
      list.roots.push(root);
    }
    // The batches list each group's facts (see below): the set of targets stays empty here.
    for (const group of rows.keys()) targets.set(group, new Set());
    for (const id of await store.numericFactIdsWithoutClaim()) ungrouped.add(id);
  } else {
    // Each read below takes every fact or key of its step at once: on PostgreSQL, a round
    // trip per chunk, not per fact and key.
    entityLists = async (articleIds) => byArticle(await store.entitiesOfArticles(articleIds));
    // Only the identities the run can have changed, and those of the keys it wrote or
    // replaced, are read: those of the names of its articles' entity lists, now and before.
    // Any other identity is the same before and after the run.
    const previous = new Map<number, KnownEntity[]>(changes.changed.map((articleId) => [articleId, []]));
    for (const [articleId, list] of replacedEntities) previous.set(articleId, list.map((e) => ({ ...e, mentions: [] })));
    const readIdentities = new ReadIdentities(store, previous);
    const ownLists = byArticle(await store.entitiesOfArticles(changes.changed));
    const runKeys = [...changes.replaced, ...(await writtenKeys(store, changes.changed))];
    await readIdentities.reach([
      ...[...ownLists.values(), ...previous.values()].flatMap((list) => list.flatMap((e) => entitySubjectKeys(e))),
      ...runKeys.map((k) => k.party),
    ]);
    // Each fact's claim, as the claim view reads it (lib/ingest/claim-placement.ts): a fact
    // whose claim the run moved is checked as one it wrote, and its old keys as replaced ones.
    const { subjects, whole } = runSubjects(readIdentities.identitiesBefore(), readIdentities.identities(), runKeys, changes.replaced);
    const moved = await placeStoredClaims(store, readIdentities, subjects, false, { articles: new Set(changes.changed), whole });
    changes = { ...changes, changed: [...new Set([...changes.changed, ...moved.articles])], replaced: [...changes.replaced, ...moved.before] };
    const ids = new Set<number>();
    const read = [...new Set([...changes.changed, ...reportArticles])];
    const numeric = await store.numericFactIdsOfArticles(read);
    for (const articleId of read) for (const id of numeric.get(articleId) ?? []) ids.add(id);
    const writtenIds = changes.changed.flatMap((articleId) => numeric.get(articleId) ?? []);
    const writtenKeysOf = await store.claimKeysOfFacts(writtenIds);
    const written = writtenIds.flatMap((id) => writtenKeysOf.get(id) ?? []);
    await readIdentities.reach([...changes.replaced, ...written].map((k) => k.party));
    const identitiesBefore = readIdentities.identitiesBefore();
    // One identity set, grown by each read below (ReadIdentities).
    identities = readIdentities.identities();
    const lookups: KeyLookup[] = [];
    const looked = new Set<string>();
    // Only facts in a period that can match (claimPeriodCandidates) can have their check changed.
    for (const { group, party, period } of [...changes.replaced, ...written]) {
      const periods = periodsMatching(period);
      for (const k of new Set([...identitiesBefore.keysOf(party), ...identities.keysOf(party)])) {
        const lookup = `${group}\u0001${k}\u0001${period ?? ""}`;
        if (looked.has(lookup)) continue;
        looked.add(lookup);
        lookups.push({ party: k, group, periods });
      }
    }
    for (const k of new Set([...identitiesBefore.knownKeys(), ...identities.knownKeys()])) {
      if (identitiesBefore.describe(k) !== identities.describe(k)) lookups.push({ party: k });
    }
    for (const found of await store.factIdsByKeys(lookups)) for (const id of found) ids.add(id);
    const keysOf = await store.claimKeysOfFacts([...ids]);
    await readIdentities.reach([...keysOf.values()].flatMap((keys) => keys.map((k) => k.party)));
    const peerLookups: (KeyLookup & { group: string })[] = [];
    const peerLooked = new Set<string>();
    for (const id of ids) {
      const keys = keysOf.get(id) ?? [];
      if (keys.length === 0) ungrouped.add(id);
      for (const { group, party, period } of keys) {
        addTo(targets, group, id);
        const periods = periodsMatching(period);
        for (const k of identities.keysOf(party)) {
          const lookup = `${group}\u0001${k}\u0001${period ?? ""}`;
          if (peerLooked.has(lookup)) continue;
          peerLooked.add(lookup);
          peerLookups.push({ party: k, group, periods });
        }
      }
    }
    (await store.factIdsByKeys(peerLookups)).forEach((found, i) => {
      for (const peer of found) addTo(peers, peerLookups[i]!.group, peer);
    });
    // A check reads the identity of each key of every fact it compares (claimPartyKeys):
    // the peers' keys too.
    const peerIds = new Set<number>();
    for (const set of peers.values()) for (const id of set) if (!ids.has(id)) peerIds.add(id);
    const peerKeys = await store.claimKeysOfFacts([...peerIds]);
    await readIdentities.reach([...peerKeys.values()].flatMap((keys) => keys.map((k) => k.party)));
  }

  const reportSet = new Set(reportArticles);
  const cache: PassCache = { articles: new Map(), withMentions: new Map() };
  const result = new Map<string, ClaimCheck>();
  const stored: StoredCheck[] = [];
  const keep = (check: ClaimCheck, articleId: number) => {
    if (reportSet.has(articleId)) result.set(key(check.slug, check.position), check);
  };
  // A check that comes out as stored (most of those a run re-checks) is not written again:
  // its digest against the stored one, read with the fact's row.
  const storeIfChanged = (factId: number, verdict: string, flags: ClaimCheck["flags"], storedDigest: string | null) => {
    const digest = checkDigest(verdict, flags);
    if (digest !== storedDigest) stored.push({ factId, verdict, flags, digest });
  };
  for (const [group, groupTargets] of targets) {
    const rows = indexRows.get(group);
    indexRows.delete(group);
    const batches = rows
      ? batchesByIdentity(rows.facts, rows.roots)
      : [{ targets: groupTargets, read: [...new Set([...groupTargets, ...(peers.get(group) ?? [])])] }];
    for (const { targets: batchTargets, read } of batches) {
      for (const { check, factId, articleId, storedDigest } of await checkGroup(store, read, entityLists, identities, cache)) {
        if (!batchTargets.has(factId)) continue;
        keep(check, articleId);
        storeIfChanged(factId, check.status, check.flags, storedDigest);
      }
      if (write) {
        await store.writeChecks(stored, false, wholesale);
        stored.length = 0;
      }
    }
  }
  // A numeric fact with no comparable claim stands alone (as verifyFacts finds it).
  for (const chunk of chunks([...ungrouped])) {
    const rows = await store.factsById(chunk);
    const slugs = new Map((await store.articlesById([...new Set(rows.map((r) => r.articleId))])).map((a) => [a.id, a.slug]));
    for (const row of rows) {
      keep({ slug: slugs.get(row.articleId)!, position: row.position, status: "alone", agreeing: [], disagreeing: [], flags: [] }, row.articleId);
      storeIfChanged(row.id, "alone", [], row.checkDigest);
    }
  }
  if (write) await store.writeChecks(stored, true, wholesale);
  return result;
}

/** The claim keys of the numeric facts of these articles. */
async function writtenKeys(store: SeedStore, articleIds: readonly number[]): Promise<ClaimKey[]> {
  const numeric = await store.numericFactIdsOfArticles(articleIds);
  return [...(await store.claimKeysOfFacts(articleIds.flatMap((articleId) => numeric.get(articleId) ?? []))).values()].flat();
}

/**
 * The subject identities whose claims a run can have moved: those of the keys it wrote or
 * replaced (`keys`, `replaced` among them), and those whose names changed; `whole`, those to
 * place whole (placeStoredClaims): whose names changed, or whose facts the run replaced.
 */
function runSubjects(
  before: SubjectIdentities,
  identities: SubjectIdentities,
  keys: readonly ClaimKey[],
  replaced: readonly ClaimKey[],
): { subjects: Set<string>; whole: Set<string> } {
  const renamed = [...new Set([...before.knownKeys(), ...identities.knownKeys()])].filter((k) => before.describe(k) !== identities.describe(k));
  const whole = new Set([...renamed, ...replaced.map((key) => key.party)].map((party) => identities.identity(party)));
  return { subjects: new Set([...keys.map((key) => key.party), ...renamed].map((party) => identities.identity(party))), whole };
}

/** The claim-index periods to look a fact stored under `period` up by; undefined: every period (a row not filled, or "*"). */
function periodsMatching(period: string | null): readonly string[] | undefined {
  if (period === null) return undefined;
  let periods = PERIODS_MATCHING.get(period);
  if (periods === undefined) {
    if (PERIODS_MATCHING.size >= 50_000) PERIODS_MATCHING.clear();
    PERIODS_MATCHING.set(period, (periods = claimPeriodCandidates(period) ?? null));
  }
  return periods ?? undefined;
}
/** periodsMatching's answers by period (claimPeriodCandidates is pure): a pass asks about the same periods for many keys. */
const PERIODS_MATCHING = new Map<string, readonly string[] | null>();

/** Facts to check per batch of a wholesale check (short of one identity with more). */
const BATCH_FACTS = 5_000;

/**
 * The facts of one group (each listed once per identity it may be about, with that
 * identity's number in `roots`) in batches to check apart: each fact is checked in the
 * batch of the first identity it is listed with, and each batch reads, besides its own
 * facts, every fact sharing an identity with one of them: all the matches they can have.
 */
function batchesByIdentity(facts: readonly number[], roots: readonly number[]): { targets: Set<number>; read: number[] }[] {
  const factsOf = new Map<number, number[]>();
  const rootsOf = new Map<number, number[]>();
  facts.forEach((fact, i) => {
    const root = roots[i]!;
    const list = factsOf.get(root);
    if (list) list.push(fact);
    else factsOf.set(root, [fact]);
    const own = rootsOf.get(fact);
    if (own) own.push(root);
    else rootsOf.set(fact, [root]);
  });
  const homeFacts = new Map<number, number[]>();
  for (const [fact, own] of rootsOf) {
    const list = homeFacts.get(own[0]!);
    if (list) list.push(fact);
    else homeFacts.set(own[0]!, [fact]);
  }
  const batches: { targets: Set<number>; read: number[] }[] = [];
  let targets: number[] = [];
  const flush = () => {
    if (targets.length === 0) return;
    const read = new Set<number>();
    for (const fact of targets) for (const root of rootsOf.get(fact)!) for (const other of factsOf.get(root)!) read.add(other);
    batches.push({ targets: new Set(targets), read: [...read] });
    targets = [];
  };
  for (const list of homeFacts.values()) {
    if (targets.length > 0 && targets.length + list.length > BATCH_FACTS) flush();
    for (const fact of list) targets.push(fact);
  }
  flush();
  return batches;
}

/** The checks of the facts `ids` (of one claim group, with all their possible matches) against each other. */
async function checkGroup(
  store: SeedStore,
  ids: readonly number[],
  entityLists: (articleIds: readonly number[]) => Promise<EntityLists>,
  identities: SubjectIdentities,
  cache: PassCache,
) {
  const { withMentions } = cache;
  const facts = (await store.factsById(ids)).sort((a, b) => a.articleId - b.articleId || a.position - b.position);
  const articleIds = [...new Set(facts.map((f) => f.articleId))];
  // Most articles have claims in many groups: each is read once per pass, up to a bound.
  if (cache.articles.size + articleIds.length > PASS_CACHE_ARTICLES) {
    cache.articles.clear();
    withMentions.clear();
  }
  for (const article of await store.articlesById(articleIds.filter((id) => !cache.articles.has(id)))) cache.articles.set(article.id, article);
  const articles = cache.articles;
  // Identities from every article's names; which parties a passage names, from the
  // mentions of the articles read: only of those with a fact whose claim reads them (most
  // facts name their subject, and then neither entities nor mentions count).
  const naming = new Set(facts.filter((row) => readsNamedParties(row)).map((row) => row.articleId));
  const missing = [...naming].filter((id) => !withMentions.has(id));
  const mentionsOf = new Map<number, [number, number][]>();
  for (const m of await store.mentionsOfArticles(missing)) {
    const list = mentionsOf.get(m.entityId);
    if (list) list.push([m.start, m.end]);
    else mentionsOf.set(m.entityId, [[m.start, m.end]]);
  }
  const names = await entityLists(missing);
  for (const articleId of missing) {
    withMentions.set(articleId, (names.get(articleId) ?? []).map((e) => ({ ...e, mentions: mentionsOf.get(e.id) ?? [] })));
  }
  const entities: Record<string, readonly KnownEntity[]> = {};
  for (const articleId of naming) entities[articles.get(articleId)!.slug] = withMentions.get(articleId)!;
  const citations = new Map<string, number>();
  const idOf = new Map<string, { factId: number; articleId: number; storedDigest: string | null }>();
  const sourced: SourcedFact[] = facts.map((row) => {
    const article = articles.get(row.articleId)!;
    const fact: Fact = factFromRow(Object.assign(row, { verdict: null, flags: [] }));
    citations.set(key(article.slug, row.position), row.citation);
    idOf.set(key(article.slug, row.position), { factId: row.id, articleId: row.articleId, storedDigest: row.checkDigest });
    return {
      slug: article.slug,
      title: article.title,
      publisher: article.publisher,
      publishedAt: article.publishedAt,
      position: row.position,
      fact,
      quote: row.quote,
      claimPeriod: row.claimPeriod,
    };
  });
  return verifyFacts(sourced, { entities, identities }).map((check) => {
    for (const flag of check.flags) {
      if (flag.evidence) flag.evidence.citation = citations.get(key(flag.evidence.slug, flag.evidence.position));
    }
    return { check, ...idOf.get(key(check.slug, check.position))! };
  });
}

/** What one pass reads once for all groups: articles and their entity lists with mentions. */
interface PassCache {
  articles: Map<number, ArticleRecord>;
  withMentions: Map<number, KnownEntity[]>;
}
/** A few hundred bytes each with their entities: 20,000 are some 10 MB. */
const PASS_CACHE_ARTICLES = 20_000;

function* chunks<T>(items: readonly T[], size = 500): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
