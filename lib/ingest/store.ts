// The seed's store: the one interface through which the seed command writes its rows
// (articles with their entities, facts and claim index, and the cross-source verdicts and
// flags) and the checks read them back, with one implementation per engine:
// ./store-sqlite.ts (better-sqlite3) and ./store-postgres.ts (pg).
//
// Why not Prisma here: seeding through Prisma's JS engine (a $transaction per article with
// createMany per table) ran at 13 articles/s, about 57% of the CPU in the engine itself.
// The drivers Prisma's adapters use, with statements of our own, write the same rows about
// 20 times faster. Prisma keeps the schema, the migrations and every page query; the
// stores write exactly the columns it defines.
import { createHash } from "node:crypto";
import type { CheckedFlag, Flag } from "@/lib/contract";
import { databaseTarget } from "@/lib/db/engine";
import type { QuoteSelector } from "@/lib/ingest/anchors";
import type { PreparedArticle } from "@/lib/ingest/prepare";
import type { KnownEntity } from "@/lib/verify";
import { ownedName, subjectKey } from "@/lib/verify/subjects";

/** `replaced`: the slug was stored from another file, whose article this one replaced. */
export type StoreOutcome = "stored" | "updated" | "replaced" | "unchanged";

export type Fact = PreparedArticle["facts"][number];

/**
 * Fact's stored columns, with how each comes from the article's fact: the one place to
 * add a column (and in prisma/schema.prisma). The statement's parameters are named after them.
 */
export function factColumns(articleId: number, position: number, citation: number, quote: QuoteSelector, f: Fact) {
  return {
    articleId,
    position,
    citation,
    quoteExact: quote.exact,
    quotePrefix: quote.prefix,
    quoteSuffix: quote.suffix,
    kind: f.kind,
    statement: f.statement,
    metric: f.metric,
    basis: f.basis,
    subject: f.subject,
    period: f.period,
    citeStart: f.cite[0],
    citeEnd: f.cite[1],
    figureStart: f.figure?.span[0] ?? null,
    figureEnd: f.figure?.span[1] ?? null,
    value: f.figure?.value ?? null,
    high: f.figure?.high ?? null,
    unit: f.figure?.unit ?? null,
    per: f.figure?.per ?? null,
    qualifier: f.figure?.qualifier ?? null,
    change: f.figure?.change ?? null,
  };
}
export const FACT_COLUMNS = Object.keys(factColumns(0, 0, 0, { exact: "", prefix: "", suffix: "" }, { cite: [0, 0] } as unknown as Fact));

/** A flag's row: its evidence as fields; words only for a flag that has no evidence fields (see Flag in schema.prisma). */
export function flagColumns(flag: Flag | CheckedFlag) {
  return {
    kind: flag.kind,
    reason: flag.check ? null : "reason" in flag ? flag.reason : null,
    evidenceSlug: flag.evidence?.slug ?? null,
    evidencePosition: flag.evidence?.position ?? null,
    evidenceCitation: flag.evidence?.citation ?? null,
    check: flag.check ?? null,
    ...figureColumns("", flag.figure),
    ...figureColumns("other", flag.other),
    ...figureColumns("base", flag.base),
    otherPublisher: flag.otherSource?.publisher ?? null,
    otherTitle: flag.otherSource?.title ?? null,
    otherPublishedAt: flag.otherSource?.publishedAt ?? null,
    otherQuote: flag.otherSource?.quote ?? null,
    ratio: flag.ratio ?? null,
    spread: flag.spread ?? null,
    computed: flag.computed ?? null,
    ownSources: flag.sources?.own ?? null,
    otherSources: flag.sources?.other ?? null,
    unnamed: flag.unnamed ?? null,
  };
}
/**
 * A digest of a check as stored: its verdict and its flags, in order (Fact.checkDigest).
 * Equal digests: the rows a write would give (flagColumns of the same flags) are the ones
 * stored, so the write is skipped. The flags as JSON, not their columns: flagColumns cost
 * 0.7 s over the 91,000 checks of 500 articles into 40,000, and two equal flags give the
 * same JSON (the checks build them alike; a difference in key order only costs a write).
 */
export function checkDigest(verdict: string, flags: readonly CheckedFlag[]): string {
  // 96 bits: no two checks of one fact collide in practice.
  return createHash("sha1").update(flags.length === 0 ? verdict : `${verdict}\u0000${JSON.stringify(flags)}`).digest("base64").slice(0, 16);
}

/** Flag's stored columns past factId and origin, in the order flagColumns gives them (rows are bound by position). */
export const FLAG_COLUMNS = Object.keys(flagColumns({ kind: "conflict", check: "conflict" }));

type FigureColumns<P extends string> = {
  [K in "value" | "high" | "unit" | "per" | "change" | "written" as P extends "" ? K : `${P}${Capitalize<K>}`]: K extends "value" | "high" ? number | null : string | null;
};

function figureColumns<P extends "" | "other" | "base">(prefix: P, figure: Flag["figure"]): FigureColumns<P> {
  const name = (column: string) => (prefix ? `${prefix}${column[0]!.toUpperCase()}${column.slice(1)}` : column);
  const values = { value: figure?.value ?? null, high: figure?.high ?? null, unit: figure?.unit ?? null, per: figure?.per ?? null, change: figure?.change ?? null, written: figure?.written ?? null };
  return Object.fromEntries(Object.entries(values).map(([column, value]) => [name(column), value])) as FigureColumns<P>;
}

/** A claim-index row: the fact's comparison group, one name it may be about, and its period (claimPeriodKey; null: not filled yet). */
export interface ClaimKey {
  group: string;
  party: string;
  period: string | null;
}

/** A claim-index lookup: a party, in one group or (without) any, in some periods or (without) any. */
export interface KeyLookup {
  party: string;
  group?: string;
  periods?: readonly string[];
}

/** An entity as subject identities read it: its name, kind and tickers. */
export type EntityNames = Pick<KnownEntity, "name" | "kind" | "tickers">;

/** An entity's names as entityNamesByKeys reads them: `outside`, whether an article outside those it was asked about gives them. */
export interface KeyedEntityNames extends EntityNames {
  outside: boolean;
}

/** Rows of entity names with their tickers joined by TICKER_JOINER (as the stores' queries give them), each name once. */
export function keyedEntityNames(rows: readonly { name: string; kind: string; tickers: string | null; outside: number | boolean }[]): KeyedEntityNames[] {
  const out = new Map<string, KeyedEntityNames>();
  for (const row of rows) {
    const tickers = row.tickers ? row.tickers.split(TICKER_JOINER) : [];
    const signature = [row.kind, row.name, ...tickers].join(TICKER_JOINER);
    const seen = out.get(signature);
    // A name found by keys of two chunks comes back twice.
    if (seen) seen.outside ||= Boolean(row.outside);
    else out.set(signature, { name: row.name, kind: row.kind as EntityNames["kind"], tickers, outside: Boolean(row.outside) });
  }
  return [...out.values()];
}

/** Joins an entity's ticker symbols in one column of entityNamesByKeys' queries (a character no symbol has). */
export const TICKER_JOINER = "\u001f";

/**
 * The subject keys of an entity's names: of its name, of the name after a possessive, of
 * each ticker. The keys SubjectIdentities merges for it (lib/verify/subjects.ts; a test
 * keeps the two in step), stored as EntityKey rows for the checks to find entities by.
 */
export function entitySubjectKeys(entity: Pick<KnownEntity, "name" | "tickers">): string[] {
  const owned = ownedName(entity.name);
  return [...new Set([entity.name, ...(owned ? [owned] : []), ...entity.tickers].map(subjectKey).filter(Boolean))];
}

/** Entities with their tickers, as the stores read them for the checks. */
export interface EntityRows {
  entities: EntityRecord[];
  tickers: { entityId: number; symbol: string }[];
}

/** Each entity of `rows`, in their order, with its tickers. */
export function withTickers(rows: EntityRows): (EntityRecord & { tickers: string[] })[] {
  const tickersOf = new Map<number, string[]>();
  for (const t of rows.tickers) {
    const list = tickersOf.get(t.entityId);
    if (list) list.push(t.symbol);
    else tickersOf.set(t.entityId, [t.symbol]);
  }
  return rows.entities.map((e) => ({ ...e, tickers: tickersOf.get(e.id) ?? [] }));
}

/** The entities of `rows` as subject identities read them. */
export function entityNames(rows: EntityRows): EntityNames[] {
  return withTickers(rows).map((e) => ({ name: e.name, kind: e.kind as EntityNames["kind"], tickers: e.tickers }));
}

/** What a write changed, for the cross-source checks to follow up on. */
export interface StoreResult {
  outcome: StoreOutcome;
  articleId: number;
  /** The claim keys of the facts the write replaced (none for a new article). */
  replaced: ClaimKey[];
  /** The entity list of the version the write replaced (none for a new article). */
  replacedEntities: EntityNames[];
  /** Citation numbers of the previous version whose quote is no longer in the text. */
  droppedCitations: number[];
  /** The file the article was stored from before, when it was another. */
  previousSource?: string;
}

/** A stored fact as the cross-source checks read it. */
export interface FactRecord {
  id: number;
  articleId: number;
  position: number;
  citation: number;
  kind: string;
  statement: string;
  metric: string | null;
  basis: string | null;
  subject: string | null;
  period: string | null;
  citeStart: number;
  citeEnd: number;
  figureStart: number | null;
  figureEnd: number | null;
  value: number | null;
  high: number | null;
  unit: string | null;
  per: string | null;
  qualifier: string | null;
  change: string | null;
  /** The cited passage (text.slice(citeStart, citeEnd)), read from the fact's quote selector. */
  quote: string;
  /** Its claim's period (lib/verify: storedClaimPeriod); null until placed, or in no company's claims. */
  claimPeriod: string | null;
  /** Its fiscal-calendar vote as placed with claimPeriod (Fact.calendarVote): a month, 0 for none; null until placed. */
  calendarVote: number | null;
  /** The digest of its stored check (Fact.checkDigest, checkDigest); null: none stored with one. */
  checkDigest: string | null;
}

/** A fact as claim placement first reads it: whose it is (subject), and where it was placed. */
export type FactPlacementRecord = Pick<FactRecord, "id" | "articleId" | "subject" | "claimPeriod" | "calendarVote">;

/**
 * The calendar votes (Fact.calendarVote) of the facts in the claim index, counted, for
 * telling whether a run moves a company's fiscal calendar without reading its facts: those
 * with a subject counted by subject and vote; those without one listed with their parties
 * (their company is the one party they name, lib/verify: claimSubject).
 */
export interface CalendarVoteCounts {
  bySubject: { subject: string; calendarVote: number | null; facts: number }[];
  unnamed: { id: number; articleId: number; calendarVote: number | null; parties: string[] }[];
}

/** Where one fact's claim is: its claim period (Fact.claimPeriod; null: in none) and its claim-index period (ClaimParty.period). */
export interface ClaimPlacement {
  factId: number;
  claimPeriod: string | null;
  indexPeriod: string;
  /** Its fiscal-calendar vote (Fact.calendarVote): a month, 0 for none. */
  calendarVote: number;
}

/** An article as the cross-source checks read it: its text stays in the database. */
export interface ArticleRecord {
  id: number;
  slug: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
}

export interface EntityRecord {
  id: number;
  articleId: number;
  name: string;
  kind: string;
}

/** A check's outcome for one stored fact. */
export interface StoredCheck {
  factId: number;
  verdict: string;
  flags: CheckedFlag[];
  /** checkDigest of verdict and flags, stored with them. */
  digest: string;
}

/**
 * The contract both engines' stores keep (lib/ingest/*.test.ts run it on each):
 * - storeArticle writes one article with its entities, facts and claim keys all or nothing,
 *   and marks the cross-source checks stale in the same transaction;
 * - what is written is visible to other processes once committed, `onCommit` runs after
 *   each commit, and each commit bumps the content version servers poll;
 * - inOneTransaction runs a check pass's writes atomically, one pass at a time per database.
 */
export interface SeedStore {
  storeArticle(article: PreparedArticle): Promise<StoreResult>;
  /** Commits the articles written so far (both stores commit them in batches). */
  commit(): Promise<void>;
  /** Commits, then closes the connection. */
  close(): Promise<void>;
  /** Whether articles were written since the cross-source checks last completed. */
  checksStale(): Promise<boolean>;
  articleCount(): Promise<number>;
  /** Every entity's name and kind with its tickers: what subject identities are built from (a check of every fact). */
  allEntityNames(): Promise<EntityRows>;
  /**
   * The names (name, kind, tickers) of the entities with any of these subject keys
   * (EntityKey), each once however many articles give it, and whether an article outside
   * `articles` gives it: a check of some facts reads only the entities their subjects can be
   * merged with, and a name most articles repeat is read as one row. Many keys at once: on
   * PostgreSQL, a round trip per chunk.
   */
  entityNamesByKeys(keys: readonly string[], articles: readonly number[]): Promise<KeyedEntityNames[]>;
  /** The entities of these articles, in each article's order, with their tickers. */
  entitiesOfArticles(articleIds: readonly number[]): Promise<EntityRows>;
  /**
   * Gives every entity without EntityKey rows its keys by entitySubjectKeys, unless SeedState
   * ENTITY_KEYS_KEY says it was done: entities stored before the table. Returns how many it read.
   */
  fillEntityKeys(): Promise<number>;
  /**
   * For each lookup, at its index: the ids of the facts indexed under its group and party,
   * or under the party in any group; with `periods` (at most MAX_PERIOD_CANDIDATES), only
   * those stored under one of them. Many lookups at once: on PostgreSQL, a round trip per
   * chunk, not per lookup.
   */
  factIdsByKeys(lookups: readonly KeyLookup[]): Promise<number[][]>;
  /**
   * Gives every claim-index row its period (ClaimParty.period) by `keyOf` (the fact's period
   * as written, its article's date, its passage) unless SeedState CLAIM_PERIODS_KEY already says
   * `version`: rows from before the column, or from other rules, are computed again. Then
   * records `version`. Returns how many facts it filled.
   */
  fillClaimPeriods(version: string, keyOf: (period: string | null, publishedAt: string | null, quote: string) => string): Promise<number>;
  /** Stores where each fact's claim is (lib/ingest/claim-placement.ts), in a transaction of its own or the pass's. */
  writeClaimPlacements(placements: readonly ClaimPlacement[]): Promise<void>;
  /** The claim keys of each fact, by fact id (a fact with none is missing). */
  claimKeysOfFacts(factIds: readonly number[]): Promise<Map<number, ClaimKey[]>>;
  /** The ids of each article's numeric facts, by article id (an article with none is missing). */
  numericFactIdsOfArticles(articleIds: readonly number[]): Promise<Map<number, number[]>>;
  /** [factId, group, party] of every claim-index row, streamed. */
  iterateClaimKeys(): AsyncIterable<[number, string, string]>;
  /** Numeric facts with no claim-index row: no comparable claim. */
  numericFactIdsWithoutClaim(): Promise<number[]>;
  factsById(ids: readonly number[]): Promise<FactRecord[]>;
  /** What claim placement reads of every fact of a subject (the rest only of those it places). */
  factPlacements(ids: readonly number[]): Promise<FactPlacementRecord[]>;
  /** The claim-indexed facts' calendar votes, counted (one aggregate read, no fact row). */
  calendarVoteCounts(): Promise<CalendarVoteCounts>;
  articlesById(ids: readonly number[]): Promise<ArticleRecord[]>;
  mentionsOfArticles(articleIds: readonly number[]): Promise<{ entityId: number; start: number; end: number }[]>;
  /**
   * Replaces the verdict and the cross-source flags of each checked fact (their old flags
   * already gone when `flagsCleared`), and clears the stale mark when `complete`.
   */
  writeChecks(checks: readonly StoredCheck[], complete: boolean, flagsCleared?: boolean): Promise<void>;
  /** Before a check of every fact: no cross-source flag or verdict is left from before. */
  clearAllChecks(): Promise<void>;
  /**
   * Runs a check pass's writes (writeChecks, clearAllChecks) in one transaction, one pass
   * per database at a time: readers see the checks from before the pass until all of the
   * new ones are in.
   */
  inOneTransaction<T>(pass: () => Promise<T>): Promise<T>;
}

/** The SeedState key of the stale mark (see checksStale). */
export const STALE_KEY = "sourceChecks";
/** The SeedState key saying every entity has its EntityKey rows (see fillEntityKeys). */
export const ENTITY_KEYS_KEY = "entityKeys";
/** The SeedState key of the rules ClaimParty.period was filled by (see fillClaimPeriods). */
export const CLAIM_PERIODS_KEY = "claimPeriods";

/**
 * Opens the store of an existing, migrated database, for the engine its URL names.
 * `onCommit` runs after each commit: what was written before it is in the database from then on.
 */
export async function openSeedStore(url: string, onCommit: () => void = () => {}): Promise<SeedStore> {
  const target = databaseTarget(url);
  if (target.engine === "postgres") {
    const { PostgresSeedStore } = await import("@/lib/ingest/store-postgres");
    return PostgresSeedStore.open(target.url, onCommit);
  }
  const { SqliteSeedStore } = await import("@/lib/ingest/store-sqlite");
  return new SqliteSeedStore(target.file, onCommit);
}

/** Fact-and-party rows (in fact order) as one entry per fact, its parties together (calendarVoteCounts). */
export function unnamedFacts(rows: readonly { id: number; articleId: number; calendarVote: number | null; party: string }[]): CalendarVoteCounts["unnamed"] {
  const out: CalendarVoteCounts["unnamed"] = [];
  for (const { party, ...fact } of rows) {
    const last = out.at(-1);
    if (last?.id === fact.id) last.parties.push(party);
    else out.push({ ...fact, parties: [party] });
  }
  return out;
}
