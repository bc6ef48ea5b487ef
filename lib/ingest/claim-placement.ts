// Where each stored fact's claim is, before the checks read it: its company's facts placed
// together (lib/verify: placeClaims, with the fiscal calendar any of them states and each
// article's quarter), stored on the fact (Fact.claimPeriod) and in the claim index
// (ClaimParty.period), so that the claim view and the checks read one identity.
import { factFromRow } from "@/lib/contract/rows";
import type { ClaimKey, ClaimPlacement, FactPlacementRecord, FactRecord, SeedStore } from "@/lib/ingest/store";
import {
  calendarOfVotes,
  calendarVotes,
  claimPeriodKey,
  claimsByCalendar,
  claimSubject,
  type PlacedSource,
  storedClaimPeriod,
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
  for (const subject of queue) {
    if (done.has(subject)) continue;
    done.add(subject);
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
    const read = async (list: readonly FactPlacementRecord[]): Promise<{ records: FactRecord[]; sources: PlacedSource[] }> => {
      const records = await store.factsById(list.map((row) => row.id));
      const missing = [...new Set(records.map((row) => row.articleId))].filter((id) => !slugs.has(id));
      for (const article of await store.articlesById(missing)) slugs.set(article.id, { slug: article.slug, publishedAt: article.publishedAt });
      return { records, sources: records.map((row) => ({ ...slugs.get(row.articleId)!, fact: factFromRow({ ...row, verdict: null, flags: [] }), quote: row.quote })) };
    };
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
    const placements: ClaimPlacement[] = [];
    const place = (row: FactRecord, claimPeriod: string | null, calendarVote: number) => {
      if (!all && claimPeriod === row.claimPeriod && calendarVote === row.calendarVote) return;
      const { publishedAt } = slugs.get(row.articleId)!;
      placements.push({ factId: row.id, claimPeriod, indexPeriod: claimPeriodKey(row.period, publishedAt, row.quote, claimPeriod), calendarVote });
      if (claimPeriod === row.claimPeriod) return;
      movedArticles.add(row.articleId);
      moved.before.push(...(keys.get(row.id) ?? []));
    };
    const claims = claimsByCalendar(sources, fiscalYearEnd);
    records.forEach((row, i) => place(row, storedClaimPeriod(claims[i]!), votes[i] ?? 0));
    // A fact in no company's claims: read whole only to be written.
    for (const row of (await read(none.filter((row) => all || row.claimPeriod !== null || row.calendarVote !== 0))).records) place(row, null, 0);
    await store.writeClaimPlacements(placements);
  }
  moved.articles = [...movedArticles];
  return moved;
}
