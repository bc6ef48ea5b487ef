// Where each stored fact's claim is, before the checks read it: its company's facts placed
// together (lib/verify: placeClaims, with the fiscal calendar any of them states and each
// article's quarter), stored on the fact (Fact.claimPeriod) and in the claim index
// (ClaimParty.period), so that the claim view and the checks read one identity.
import { factFromRow } from "@/lib/contract/rows";
import type { CalendarVoteCounts, ClaimKey, ClaimPlacement, FactPlacementRecord, FactRecord, SeedStore } from "@/lib/ingest/store";
import {
  calendarOfVotes,
  calendarVotes,
  claimPeriodKey,
  claimsByCalendar,
  claimSubject,
  ownedName,
  type PlacedSource,
  storedClaimPeriod,
  subjectKey,
  type SubjectIdentities,
} from "@/lib/verify";

/** What placing a run's subjects moved: facts whose claim changed, their articles, and their claim keys from before. */
export interface MovedClaims {
  articles: number[];
  before: ClaimKey[];
}

/**
 * Subject identities read as far as a step needs: the keys it asks about are reached first
 * (on an incremental check, only the entities they can be merged with are read).
 */
export interface IdentityReader {
  reach(keys: Iterable<string>): Promise<void>;
  identities(): SubjectIdentities;
}

/** Identities over every stored entity: nothing more to read. */
export function fixedIdentities(identities: SubjectIdentities): IdentityReader {
  return { reach: async () => {}, identities: () => identities };
}

/**
 * What a seed run wrote, for placing only its own facts: the articles it stored or updated,
 * and the subjects to place whole (their identity changed, or the run replaced some of their
 * facts, so the facts stored before may have been placed with another calendar).
 */
export interface PlacementRun {
  articles: ReadonlySet<number>;
  whole: ReadonlySet<string>;
}

/**
 * Places the claims of `subjects` (subject identities; null: every subject the claim index
 * names) and stores every placement that changed (all of them with `all`). A subject's
 * facts are placed together: a new article that states the fiscal calendar moves the
 * company's quarters in every other article. With `run`, a subject not to be placed whole
 * places only the run's facts when their calendar votes leave the company's calendar as the
 * stored facts' votes give it (a stored fact's claim reads only the calendar and its own
 * article's facts), and all of them otherwise.
 */
export async function placeStoredClaims(
  store: SeedStore,
  reader: IdentityReader,
  subjects: Iterable<string> | null,
  all: boolean,
  run: PlacementRun | null = null,
): Promise<MovedClaims> {
  const queue = new Set<string>();
  if (subjects === null) for await (const [, , party] of store.iterateClaimKeys()) queue.add(reader.identities().identity(party));
  else for (const subject of subjects) queue.add(subject);
  const done = new Set<string>();
  const moved: MovedClaims = { articles: [], before: [] };
  const movedArticles = new Set<number>();
  const slugs = new Map<number, { slug: string; publishedAt: string | null }>();
  const read = async (list: readonly FactPlacementRecord[]): Promise<{ records: FactRecord[]; sources: PlacedSource[] }> => {
    const records = await store.factsById(list.map((row) => row.id));
    const missing = [...new Set(records.map((row) => row.articleId))].filter((id) => !slugs.has(id));
    for (const article of await store.articlesById(missing)) slugs.set(article.id, { slug: article.slug, publishedAt: article.publishedAt });
    return { records, sources: records.map((row) => ({ ...slugs.get(row.articleId)!, fact: factFromRow({ ...row, verdict: null, flags: [] }), quote: row.quote })) };
  };
  const placements: ClaimPlacement[] = [];
  const place = (row: FactRecord, claimPeriod: string | null, calendarVote: number, keys: ReadonlyMap<number, ClaimKey[]>) => {
    if (!all && claimPeriod === row.claimPeriod && calendarVote === row.calendarVote) return;
    const { publishedAt } = slugs.get(row.articleId)!;
    placements.push({ factId: row.id, claimPeriod, indexPeriod: claimPeriodKey(row.period, publishedAt, row.quote, claimPeriod), calendarVote });
    if (claimPeriod === row.claimPeriod) return;
    movedArticles.add(row.articleId);
    moved.before.push(...(keys.get(row.id) ?? []));
  };
  // With a run: its own facts by company, and the stored facts' votes counted, so that a
  // company whose calendar the run leaves as it is has only the run's facts read.
  const fresh = run ? await RunFacts.read(store, reader, run) : null;
  if (fresh) {
    for (const subject of fresh.bySubject.keys()) queue.add(subject);
    for (const row of (await read(fresh.none.filter((row) => all || row.claimPeriod !== null || row.calendarVote !== 0))).records) place(row, null, 0, fresh.keys);
  }
  for (const subject of queue) {
    if (done.has(subject)) continue;
    done.add(subject);
    if (fresh && !run!.whole.has(subject)) {
      const { records, sources } = await read(fresh.bySubject.get(subject) ?? []);
      const votes = calendarVotes(sources);
      const storedVotes = await fresh.storedVotes(subject);
      const fiscalYearEnd = calendarOfVotes([...storedVotes, ...votes]);
      if (fiscalYearEnd === calendarOfVotes(storedVotes)) {
        const claims = claimsByCalendar(sources, fiscalYearEnd);
        records.forEach((row, i) => place(row, storedClaimPeriod(claims[i]!), votes[i] ?? 0, fresh.keys));
        await store.writeClaimPlacements(placements.splice(0));
        continue;
      }
      // The run's votes move the company's calendar: every fact of it is placed again, below.
    }
    const ids = [...new Set((await store.factIdsByKeys(reader.identities().keysOf(subject).map((party) => ({ party })))).flat())];
    if (ids.length === 0) continue;
    const keys = await store.claimKeysOfFacts(ids);
    // Whose each fact is, first: the rest of a fact is read only when it is placed.
    const rows = await store.factPlacements(ids);
    // Every party these facts name (their subjects' keys among them), by its whole identity.
    await reader.reach([...keys.values()].flat().map((key) => key.party));
    const identities = reader.identities();
    // The facts read for this subject that are another's (a deal's other party) are placed with theirs.
    const own: FactPlacementRecord[] = [];
    const none: FactPlacementRecord[] = [];
    for (const row of rows) {
      const named = new Set((keys.get(row.id) ?? []).map((key) => identities.identity(key.party)));
      const of = claimSubject(row, named, identities);
      if (of === subject) own.push(row);
      else if (of === null) none.push(row);
      else if (!done.has(of)) queue.add(of);
    }
    const stored = run && !run.whole.has(subject) ? own.filter((row) => !run.articles.has(row.articleId)) : null;
    // Only the run's facts, when every stored one has its vote (and the calendar holds, below).
    const freshOnly = stored !== null && stored.every((row) => row.calendarVote !== null);
    let { records, sources } = await read(freshOnly ? own.filter((row) => run!.articles.has(row.articleId)) : own);
    let votes = calendarVotes(sources);
    let fiscalYearEnd = calendarOfVotes(votes);
    if (freshOnly) {
      const storedVotes = stored!.map((row) => row.calendarVote || null);
      fiscalYearEnd = calendarOfVotes([...storedVotes, ...votes]);
      if (fiscalYearEnd !== calendarOfVotes(storedVotes)) {
        // The run's votes move the company's calendar: every fact of it is placed again.
        ({ records, sources } = await read(own));
        votes = calendarVotes(sources);
      }
    }
    const claims = claimsByCalendar(sources, fiscalYearEnd);
    records.forEach((row, i) => place(row, storedClaimPeriod(claims[i]!), votes[i] ?? 0, keys));
    // A fact in no company's claims: read whole only to be written.
    for (const row of (await read(none.filter((row) => all || row.claimPeriod !== null || row.calendarVote !== 0))).records) place(row, null, 0, keys);
    await store.writeClaimPlacements(placements.splice(0));
  }
  await store.writeClaimPlacements(placements.splice(0));
  moved.articles = [...movedArticles];
  return moved;
}

/** The count key of facts with no vote yet (Fact.calendarVote NULL): no month is negative. */
const UNPLACED = -1;

/**
 * A run's claim-indexed facts by company (claimSubject), and the calendar votes of the
 * facts stored before it, counted in SQL (calendarVoteCounts): a company's stored votes are
 * known without reading its fact rows. `read` gives null when some stored fact has no vote
 * yet (placed before the votes): then every touched company is placed whole.
 */
class RunFacts {
  private constructor(
    readonly keys: ReadonlyMap<number, ClaimKey[]>,
    readonly bySubject: ReadonlyMap<string, FactPlacementRecord[]>,
    /** The run's facts in no company's claims. */
    readonly none: readonly FactPlacementRecord[],
    private readonly reader: IdentityReader,
    /** Stored vote counts by subject, and each subject's keys (its own and its owner's, as claimPartyKeys gives them). */
    private readonly counts: ReadonlyMap<string, Map<number, number>>,
    private readonly subjectsByKey: ReadonlyMap<string, string[]>,
    private readonly unnamedByParty: ReadonlyMap<string, CalendarVoteCounts["unnamed"]>,
  ) {}

  static async read(store: SeedStore, reader: IdentityReader, run: PlacementRun): Promise<RunFacts | null> {
    const ids = [...(await store.numericFactIdsOfArticles([...run.articles])).values()].flat();
    const keys = await store.claimKeysOfFacts(ids);
    const rows = await store.factPlacements([...keys.keys()]);
    const { bySubject: stored, unnamed } = await store.calendarVoteCounts();
    // The counts are of every fact; the run's own are taken off (as they are stored now).
    const counts = new Map<string, Map<number, number>>();
    for (const { subject, calendarVote, facts } of stored) {
      let votes = counts.get(subject);
      if (!votes) counts.set(subject, (votes = new Map()));
      votes.set(calendarVote ?? UNPLACED, facts);
    }
    for (const row of rows) {
      if (row.subject === null) continue;
      const votes = counts.get(row.subject)!;
      const vote = row.calendarVote ?? UNPLACED;
      votes.set(vote, votes.get(vote)! - 1);
    }
    const storedUnnamed = unnamed.filter((fact) => !run.articles.has(fact.articleId));
    const unplaced = [...counts.values()].some((votes) => (votes.get(UNPLACED) ?? 0) > 0) || storedUnnamed.some((fact) => fact.calendarVote === null);
    if (unplaced) return null;
    const subjectsByKey = new Map<string, string[]>();
    for (const subject of counts.keys()) {
      const owned = ownedName(subject);
      for (const key of new Set([subjectKey(subject), ...(owned ? [subjectKey(owned)] : [])])) {
        const list = subjectsByKey.get(key);
        if (list) list.push(subject);
        else subjectsByKey.set(key, [subject]);
      }
    }
    const unnamedByParty = new Map<string, CalendarVoteCounts["unnamed"]>();
    for (const fact of storedUnnamed) {
      for (const party of fact.parties) {
        const list = unnamedByParty.get(party);
        if (list) list.push(fact);
        else unnamedByParty.set(party, [fact]);
      }
    }
    await reader.reach([...keys.values()].flat().map((key) => key.party));
    const identities = reader.identities();
    const bySubject = new Map<string, FactPlacementRecord[]>();
    const none: FactPlacementRecord[] = [];
    for (const row of rows) {
      const of = claimSubject(row, new Set((keys.get(row.id) ?? []).map((key) => identities.identity(key.party))), identities);
      if (of === null) none.push(row);
      else {
        const list = bySubject.get(of);
        if (list) list.push(row);
        else bySubject.set(of, [row]);
      }
    }
    return new RunFacts(keys, bySubject, none, reader, counts, subjectsByKey, unnamedByParty);
  }

  /** The votes of the facts stored before the run that are `subject`'s (claimSubject), a month or null (0 stored) each. */
  async storedVotes(subject: string): Promise<(number | null)[]> {
    const keys = this.reader.identities().keysOf(subject);
    const subjects = new Set(keys.flatMap((key) => this.subjectsByKey.get(key) ?? []));
    const unnamed = new Set(keys.flatMap((key) => this.unnamedByParty.get(key) ?? []));
    // Every name these facts give, by its whole identity (as placing them whole reads them).
    await this.reader.reach([...[...subjects].flatMap((name) => [subjectKey(name), ...(ownedName(name) ? [subjectKey(ownedName(name)!)] : [])]), ...[...unnamed].flatMap((fact) => fact.parties)]);
    const identities = this.reader.identities();
    const votes: (number | null)[] = [];
    for (const name of subjects) {
      if (identities.identity(name) !== subject) continue;
      for (const [vote, facts] of this.counts.get(name)!) for (let i = 0; i < facts; i++) votes.push(vote || null);
    }
    for (const fact of unnamed) {
      const named = new Set(fact.parties.map((party) => identities.identity(party)));
      if (named.size === 1 && named.has(subject)) votes.push(fact.calendarVote || null);
    }
    return votes;
  }
}
