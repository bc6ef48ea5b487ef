// What a claim is: (subject, measure, canonical period, basis). Its facts are the figures
// each article gives for it. The cross-source checks compare facts within one claim group
// (claimGroup); a company's claims (companyClaims) are the same facts read with their
// article's context: the fiscal calendar an article states, and the quarter an earnings
// story is about for the figures it gives without repeating it. Pure.
import type { Basis, Fact, Figure } from "@/lib/contract";
import { isCurrencyUnit } from "@/lib/contract";
import {
  type CanonicalPeriod,
  canonicalPeriod,
  comparePeriods,
  fiscalYearEndIn,
  parseMonth,
  type PeriodContext,
  periodId,
  periodFromId,
  periodLabel,
} from "@/lib/verify/canonical-periods";
import { dayOf, type ReadPeriod, readPeriod, UNDATED_WINDOW_DAYS } from "@/lib/verify/periods";
import { figureInterval, figureMidpoint, figureText, intervalsOverlap } from "@/lib/verify/figures";
import { metricKey } from "@/lib/verify/metrics";

/**
 * The group a fact's claim is compared within (metric, unit, "per", basis), or null when
 * the fact states no comparable claim. Depends on the fact alone.
 */
export function claimGroup(fact: Fact): string | null {
  const metric = metricKey(fact.metric);
  if (!fact.figure || !metric) return null;
  // Index points are a move ("fell 367.17 points") or a level ("to 33,684.53"), which the
  // metric key does not tell apart ("index change" and "index level" share it): a move has a
  // direction or is named a change; the level a move arrives at has no direction.
  const points = fact.figure.unit === "points" ? (fact.figure.change !== null || INDEX_MOVE_RE.test(fact.metric ?? "") ? "move" : "level") : "";
  return [metric.key, fact.figure.unit.toUpperCase(), points, fact.figure.per ?? "", fact.basis ?? "reported"].join("\u0000");
}

const INDEX_MOVE_RE = /\b(?:change|move|gain|loss|rise|fall|decline|drop)\b/i;

/**
 * The period the cross-source checks compare (periods.ts: samePeriod), with a calendar
 * quarter's missing year placed as canonicalPeriod places it: "the second quarter" in an
 * article of July 2025 is Q2 2025, not the second quarter of any year. A period whose own
 * passage states the fiscal calendar is placed by it, as companyClaims places it: "its
 * fiscal first quarter ended June 30" is the calendar Q2 that "the April–June quarter" is.
 * Depends on the fact and its article's date alone (the claim index stores it).
 */
export function checkedPeriod(period: string | null, publishedAt: string | null, quote = ""): ReadPeriod {
  const read = readPeriod({ period, publishedAt });
  const fiscalYearEnd = ownFiscalYearEnd(period, quote);
  if (fiscalYearEnd !== null) {
    const placed = canonicalPeriod(period, { publishedAt, fiscalYearEnd });
    if (placed.kind === "span" && placed.months === 3) {
      const end = parseMonth(placed.end);
      const month = (end % 12) + 1;
      // A fiscal quarter that is no calendar quarter (a year ending in January) is compared by its canonical id.
      const key = month % 3 === 0 ? { kind: "quarter" as const, quarter: month / 3, year: Math.floor(end / 12) } : { kind: "words" as const, words: periodId(placed) };
      return { ...read, key };
    }
  }
  if (read.key?.kind !== "quarter" || read.key.year !== null) return read;
  const canonical = canonicalPeriod(period, { publishedAt });
  if (canonical.kind !== "span" || canonical.months !== 3) return read;
  const end = parseMonth(canonical.end);
  if ((end % 12) + 1 !== read.key.quarter * 3) return read;
  return { ...read, key: { ...read.key, year: Math.floor(end / 12) } };
}

/**
 * The period the checks compare a fact by: its claim's, when it has one (storedClaimPeriod),
 * so that it is compared with exactly the figures of that claim (in its group and subject)
 * and with no figure outside it; else checkedPeriod. A claim's period is a word key of its
 * own ("claim 3m-2025-06"), which samePeriod matches only to the same. But a day: an
 * undated report of the days after it (in no claim: its period is stated nowhere) is still
 * of the same event ("bought $16 billion of stock" the day after "on Monday, Sept. 22"), so a
 * day is compared as checkedPeriod reads it (samePeriod: the day, and undated figures of
 * the week after).
 */
export function claimCheckedPeriod(claimPeriod: string | null | undefined, period: string | null, publishedAt: string | null, quote = ""): ReadPeriod {
  const kind = claimPeriod ? periodFromId(claimPeriod).kind : "unknown";
  if (kind !== "unknown" && kind !== "day") return { ...readPeriod({ period, publishedAt }), key: { kind: "words", words: `claim ${claimPeriod}` } };
  return checkedPeriod(period, publishedAt, quote);
}

/** The fiscal calendar a fact's own period and passage state, for a period that needs one to be placed; null otherwise. */
function ownFiscalYearEnd(period: string | null, quote: string): number | null {
  if (period === null || !FISCAL_WORDS_RE.test(period)) return null;
  return fiscalYearEndIn(`${period} ${quote}`);
}

const FISCAL_WORDS_RE = /\bfiscal\b|\bfy\b|\b(?:first|second|third|fourth) quarter\b|\bq[1-4]\b|\b[1-4]q\b/i;

// --- Measures ---------------------------------------------------------------------------

/** What a figure measures, in any unit of one kind: revenue in yuan and in dollars is one measure. */
export interface Measure {
  /** URL-safe: "revenue", "eps", "revenue-cloud.pct". */
  id: string;
  label: string;
  /** Position among the named measures (the scorecard's rows); null for the others. */
  rank: number | null;
}

interface NamedMeasure {
  id: string;
  label: string;
  /** A metric as the extractor writes it, with the figure's "per" and unit, that is this measure. */
  example: [metric: string, per: string | null, unit: string];
  is: (key: { metricClass: string; scope: string }, per: string | null, money: boolean) => boolean;
}

/** The measures a company scorecard shows, in its row order. */
export const NAMED_MEASURES: readonly NamedMeasure[] = [
  { id: "revenue", label: "Revenue", example: ["revenue", null, "USD"], is: (key, per, money) => money && per === null && key.metricClass === "revenue" && key.scope === "" },
  {
    id: "eps",
    label: "EPS",
    example: ["earnings per share", "share", "USD"],
    is: (key, per, money) => money && (per === "share" || key.scope.split(",").includes("eps")) && (key.metricClass === "profit" || key.scope === "eps"),
  },
  { id: "net-income", label: "Net income", example: ["net income", null, "USD"], is: (key, per, money) => money && per === null && key.metricClass === "profit" && key.scope === "net" },
  { id: "operating-income", label: "Operating income", example: ["operating income", null, "USD"], is: (key, per, money) => money && per === null && key.metricClass === "profit" && key.scope === "operating" },
  { id: "profit", label: "Profit", example: ["profit", null, "USD"], is: (key, per, money) => money && per === null && key.metricClass === "profit" && key.scope === "" },
  { id: "capital-spending", label: "Capital spending", example: ["capital spending", null, "USD"], is: (key, per, money) => money && per === null && key.metricClass === "investment" && key.scope === "" },
];

/** Metric classes of flows over a period (what an earnings story reports for its quarter), besides the named measures ("EPS"). */
const PERIODIC_CLASSES = new Set(["revenue", "profit", "investment"]);

function unitKind(figure: Figure): string {
  return isCurrencyUnit(figure.unit) ? "money" : figure.unit === "%" ? "pct" : figure.unit === "pp" ? "pp" : figure.unit;
}

/** The measure a fact's figure gives, null when its metric says nothing comparable. */
export function measureOf(fact: Pick<Fact, "metric" | "figure">): Measure | null {
  const key = metricKey(fact.metric);
  if (!key || !fact.figure) return null;
  const money = isCurrencyUnit(fact.figure.unit);
  const rank = NAMED_MEASURES.findIndex((measure) => measure.is(key, fact.figure!.per, money));
  if (rank >= 0) return { id: NAMED_MEASURES[rank]!.id, label: NAMED_MEASURES[rank]!.label, rank };
  const words = [key.metricClass, ...key.scope.split(",").filter(Boolean)].join("-").replace(/[^a-z0-9-]+/g, "-");
  const per = fact.figure.per ? `-per-${fact.figure.per.toLowerCase().replace(/[^a-z0-9]+/g, "-")}` : "";
  const label = `${(fact.metric ?? key.metricClass).replace(/^./, (c) => c.toUpperCase())}${fact.figure.per ? ` per ${fact.figure.per}` : ""}`;
  return { id: `${words}${per}.${unitKind(fact.figure)}`, label, rank: null };
}

// --- A company's claims -----------------------------------------------------------------

/** A stored fact about the company, with its article and quote. */
export interface ClaimSource {
  /** Its claim's period as stored (Fact.claimPeriod: storedClaimPeriod); null or absent when not stored yet. */
  claimPeriod?: string | null;
  slug: string;
  position: number;
  citation: number;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  fact: Fact;
  /** text.slice(...fact.cite). */
  quote: string;
}

/** One source's figure for a claim. */
export interface ClaimFigure {
  source: ClaimSource;
  figure: Figure;
  /** The figure as its passage writes it: "247.65 billion yuan". */
  written: string;
  /** text: the fact states the period; article: its article's quarter, the fact states none. */
  periodFrom: "text" | "article";
}

/**
 * conflict: figures from two articles disagree, as the cross-source checks find it (they
 * never compare an article with itself); inconsistent: only one article's own figures
 * disagree (a segment's revenue read as the group's, say): no source contradicts another.
 */
export type ClaimVerdict = "corroborated" | "conflict" | "inconsistent" | "alone";

/** Whether a claim's figures disagree, between sources or within one: which is right is not for a page to say. */
export function figuresDisagree(claim: Pick<Claim, "verdict">): boolean {
  return claim.verdict === "conflict" || claim.verdict === "inconsistent";
}

export interface Claim {
  /** "revenue.3m-2025-06.reported": unique among the company's claims, safe in a URL. */
  id: string;
  measure: Measure;
  period: CanonicalPeriod;
  periodLabel: string;
  basis: Basis;
  figures: ClaimFigure[];
  /** Distinct articles behind it. */
  sources: number;
  /**
   * Two figures in one unit disagree when their intervals do not overlap (lib/verify/figures.ts):
   * see ClaimVerdict. Figures in different units (yuan and dollars) are never compared:
   * corroborated needs two articles in one unit.
   */
  verdict: ClaimVerdict;
  /** The unit most figures are in, and the figure most others agree with in it. */
  unit: string;
  /** Each unit's figures and articles, `unit` first: each is compared only within its own. */
  units: { unit: string; figures: number; sources: number }[];
  value: Figure;
  /** The figures in `unit` that agree with each other, one side each: one side unless disputed. */
  sides: { figure: Figure; sources: number }[];
  /** Largest minus smallest midpoint in `unit`, and that as % of the smallest (null when zero). */
  spread: { absolute: number; percent: number | null };
}

export interface CompanyClaims {
  /** The month (1-12) the company's fiscal year ends in, as its articles state; null when none does. */
  fiscalYearEnd: number | null;
  /** The passage that says so. */
  fiscalSource: { slug: string; citation: number } | null;
  /** Newest period first; within a period, named measures first. */
  claims: Claim[];
  /** Figures whose period neither their text nor their article gives. */
  unplaced: number;
}

export function claimId(measure: Measure, period: CanonicalPeriod, basis: Basis): string {
  return `${measure.id}.${periodId(period)}.${basis}`;
}

/** Words in a passage that name a period of its own ("Q3", "the September quarter", "2026"), which then is not the article's quarter. */
const OWN_PERIOD_RE = /\b(?:19|20)\d{2}\b|\bq[1-4]\b|\b[1-4]q\b|\bhalf\b|\bfull[- ]year\b|\bannual(?:ly)?\b|\b(?:this|next) year\b/i;
/** "the quarter", "in the quarter" refer to the article's; any other word before "quarter" names one. */
const QUARTER_NAMED_RE = /\b([a-z-]+) quarter\b/gi;
const ANAPHORIC = new Set(["the", "this", "that", "its", "a", "each", "per"]);

function namesOwnPeriod(quote: string): boolean {
  return OWN_PERIOD_RE.test(quote) || [...quote.matchAll(QUARTER_NAMED_RE)].some((match) => !ANAPHORIC.has((match[1] ?? "").toLowerCase()));
}

// --- A claim's identity: one function for the claim view and the checks ----------------

/** What places a fact's claim besides the fact itself: its article and its company. */
export interface ClaimContext {
  publishedAt: string | null;
  /** The one quarter its article's reported figures about the company state (articleQuarter); null when none or several. */
  articleQuarter: CanonicalPeriod | null;
  /** The month the company's fiscal year ends in, as its articles state (fiscalCalendar); null when none does. */
  fiscalYearEnd: number | null;
}

/** A fact's claim: (measure, canonical period, basis); the subject is the company it is read for. */
export interface ClaimIdentity {
  /** claimId: "revenue.3m-2025-06.reported". */
  id: string;
  measure: Measure;
  period: CanonicalPeriod;
  basis: Basis;
  /** text: the fact states the period; article: its article's quarter, the fact states none. */
  from: "text" | "article";
}

/** A fact with its article, as a claim is read from it. */
export type PlacedSource = Pick<ClaimSource, "slug" | "publishedAt" | "fact" | "quote">;

/** The period a fact's own text gives, read with the calendar its own passage states before the company's. */
function statedPeriod(source: PlacedSource, fiscalYearEnd: number | null): CanonicalPeriod {
  const { period } = source.fact;
  return canonicalPeriod(period, { publishedAt: source.publishedAt, fiscalYearEnd: ownFiscalYearEnd(period, source.quote) ?? fiscalYearEnd } satisfies PeriodContext);
}

/**
 * The claim of one fact of a company, or null when it states no comparable figure. A fact
 * that states no period takes its article's quarter when it measures a flow over a period
 * (revenue, profit, spending), is reported or estimated in a currency, and its passage names
 * no period of its own: "Analysts had expected 252.9 billion yuan" in a story on the June
 * quarter. A period nothing places is { kind: "unknown" }: the fact is in no claim.
 */
export function claimIdentity(source: PlacedSource, context: ClaimContext): ClaimIdentity | null {
  const { fact } = source;
  const measure = measureOf(fact);
  if (!measure) return null;
  const basis = fact.basis ?? "reported";
  const metric = metricKey(fact.metric)!;
  const inherits =
    fact.period === null &&
    context.articleQuarter !== null &&
    (basis === "reported" || basis === "estimate") &&
    (PERIODIC_CLASSES.has(metric.metricClass) || measure.rank !== null) &&
    isCurrencyUnit(fact.figure!.unit) &&
    !namesOwnPeriod(source.quote);
  const period = inherits ? context.articleQuarter! : statedPeriod(source, context.fiscalYearEnd);
  return { id: claimId(measure, period, basis), measure, period, basis, from: inherits ? "article" : "text" };
}

/** The one quarter the reported figures of one article's facts (about one company) state; null when none or several. */
export function articleQuarter(sources: readonly PlacedSource[], fiscalYearEnd: number | null): CanonicalPeriod | null {
  const quarters = new Map<string, CanonicalPeriod>();
  for (const source of sources) {
    if (source.fact.figure === null || (source.fact.basis ?? "reported") !== "reported") continue;
    const period = statedPeriod(source, fiscalYearEnd);
    if (period.kind === "span" && period.months === 3) quarters.set(periodId(period), period);
  }
  return quarters.size === 1 ? [...quarters.values()][0]! : null;
}

/**
 * The fiscal year's last month most passages about the company give (see FISCAL_RULES),
 * with the first source giving it; a passage may need its own quarter to say it, read
 * without a calendar.
 */
export function fiscalCalendar<S extends PlacedSource>(sources: readonly S[]): { fiscalYearEnd: number | null; source: S | null } {
  const votes = calendarVotes(sources);
  const fiscalYearEnd = calendarOfVotes(votes);
  return { fiscalYearEnd, source: fiscalYearEnd === null ? null : sources[votes.indexOf(fiscalYearEnd)]! };
}

/**
 * Each source's vote for its company's fiscal calendar (fiscalCalendar): the month its
 * passage says the fiscal year ends in, or null. A vote reads only the fact and the other
 * facts of its article about the company (for the article's quarter), so a stored vote
 * (Fact.calendarVote) holds while the company's facts in that article do.
 */
export function calendarVotes(sources: readonly PlacedSource[]): (number | null)[] {
  const quarters = articleQuarters(sources, null);
  return sources.map((source) => {
    if (source.fact.figure === null) return null;
    // "The quarter, the first of its fiscal year": the quarter is its article's.
    const quarter = claimIdentity(source, { publishedAt: source.publishedAt, articleQuarter: quarters.get(source.slug) ?? null, fiscalYearEnd: null })?.period ?? statedPeriod(source, null);
    return fiscalYearEndIn(`${source.fact.period ?? ""} ${source.quote}`, quarter);
  });
}

/** The company's fiscal calendar from its facts' votes (calendarVotes): the month most give, the earliest on a tie; null when none does. */
export function calendarOfVotes(votes: Iterable<number | null>): number | null {
  const counts = new Map<number, number>();
  for (const month of votes) if (month !== null) counts.set(month, (counts.get(month) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : null;
}

/**
 * The claim of each of one company's facts (claimIdentity), in input order: the company's
 * fiscal calendar first (fiscalCalendar), then each article's quarter by it (articleQuarter).
 * What the claim view shows and what the checks compare; stored on the fact (Fact.claimPeriod).
 */
export function placeClaims(sources: readonly PlacedSource[]): { fiscalYearEnd: number | null; claims: (ClaimIdentity | null)[] } {
  const { fiscalYearEnd } = fiscalCalendar(sources);
  return { fiscalYearEnd, claims: claimsByCalendar(sources, fiscalYearEnd) };
}

/**
 * The claims of some of a company's facts by its fiscal calendar, in input order: each of
 * their articles' facts about the company must be among them (for the article's quarter).
 */
export function claimsByCalendar(sources: readonly PlacedSource[], fiscalYearEnd: number | null): (ClaimIdentity | null)[] {
  const quarters = articleQuarters(sources, fiscalYearEnd);
  return sources.map((source) =>
    source.fact.figure === null ? null : claimIdentity(source, { publishedAt: source.publishedAt, articleQuarter: quarters.get(source.slug) ?? null, fiscalYearEnd }),
  );
}

/** Each article's quarter (articleQuarter), by slug. */
function articleQuarters(sources: readonly PlacedSource[], fiscalYearEnd: number | null): Map<string, CanonicalPeriod | null> {
  const bySlug = new Map<string, PlacedSource[]>();
  for (const source of sources) {
    const list = bySlug.get(source.slug);
    if (list) list.push(source);
    else bySlug.set(source.slug, [source]);
  }
  return new Map([...bySlug].map(([slug, list]) => [slug, articleQuarter(list, fiscalYearEnd)]));
}

/** What Fact.claimPeriod stores for a claim: its period's id ("3m-2025-06"); "unknown" for a fact in no claim. */
export function storedClaimPeriod(identity: ClaimIdentity | null): string {
  return periodId(identity?.period ?? { kind: "unknown" });
}

/**
 * The claim of a fact whose period was stored (storedClaimPeriod), read back; null when it
 * is in none. The period is read from its id (periodFromId).
 */
export function storedClaimIdentity(fact: Fact, claimPeriod: string): ClaimIdentity | null {
  const measure = measureOf(fact);
  if (!measure) return null;
  const period = periodFromId(claimPeriod);
  const basis = fact.basis ?? "reported";
  return { id: claimId(measure, period, basis), measure, period, basis, from: fact.period === null ? "article" : "text" };
}

/**
 * Every claim the facts make about one company. Each figure's claim is the one stored with
 * it (ClaimSource.claimPeriod, written by the checks' pass through placeClaims) or, when any
 * is not stored, placeClaims over these facts: the same function either way.
 */
export function companyClaims(sources: readonly ClaimSource[]): CompanyClaims {
  const numeric = sources.filter((source) => source.fact.figure !== null);
  const calendar = fiscalCalendar(numeric);
  const fiscalYearEnd = calendar.fiscalYearEnd;
  const fiscalSource = calendar.source ? { slug: calendar.source.slug, citation: calendar.source.citation } : null;
  // A figure that measures nothing comparable is in no claim and placed nowhere.
  const stored = numeric.every((source) => typeof source.claimPeriod === "string" || measureOf(source.fact) === null);
  const identities = stored ? numeric.map((source) => storedClaimIdentity(source.fact, source.claimPeriod!)) : placeClaims(numeric).claims;
  const groups = new Map<string, { measure: Measure; period: CanonicalPeriod; basis: Basis; figures: ClaimFigure[] }>();
  let unplaced = 0;
  numeric.forEach((source, i) => {
    const identity = identities[i];
    if (!identity) return;
    if (identity.period.kind === "unknown") {
      unplaced++;
      return;
    }
    const figure = source.fact.figure!;
    const entry = { source, figure, written: figureText(figure, source.quote, source.fact.cite[0]), periodFrom: identity.from };
    const group = groups.get(identity.id);
    if (group) group.figures.push(entry);
    else groups.set(identity.id, { measure: identity.measure, period: identity.period, basis: identity.basis, figures: [entry] });
  });
  const claims = [...groups.entries()].map(([id, group]) => toClaim(id, group, fiscalYearEnd));
  claims.sort(
    (a, b) =>
      comparePeriods(a.period, b.period) ||
      (a.measure.rank ?? 99) - (b.measure.rank ?? 99) ||
      a.measure.id.localeCompare(b.measure.id) ||
      BASIS_ORDER.indexOf(a.basis) - BASIS_ORDER.indexOf(b.basis),
  );
  return { fiscalYearEnd, fiscalSource, claims, unplaced };
}

const BASIS_ORDER: readonly Basis[] = ["reported", "estimate", "guidance", "forecast", "prior"];

function toClaim(id: string, group: { measure: Measure; period: CanonicalPeriod; basis: Basis; figures: ClaimFigure[] }, fiscalYearEnd: number | null): Claim {
  const { figures } = group;
  figures.sort((a, b) => (b.source.publishedAt ?? "").localeCompare(a.source.publishedAt ?? "") || a.source.slug.localeCompare(b.source.slug) || a.source.position - b.source.position);
  const byUnit = new Map<string, ClaimFigure[]>();
  for (const figure of figures) byUnit.set(figure.figure.unit, [...(byUnit.get(figure.figure.unit) ?? []), figure]);
  const [unit, inUnit] = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
  const intervals = (list: ClaimFigure[]) => list.map((f) => figureInterval(f.figure, f.written, true));
  /** Some two figures of one unit disagree, from different articles or (acrossArticles false) from the same one. */
  const disagree = (acrossArticles: boolean) =>
    [...byUnit.values()].some((list) => {
      const all = intervals(list);
      const apart = (i: number, j: number) => (list[i]!.source.slug !== list[j]!.source.slug) === acrossArticles;
      return all.some((a, i) => all.some((b, j) => j > i && apart(i, j) && !intervalsOverlap(a, b)));
    });
  const conflict = disagree(true);
  const inconsistent = !conflict && disagree(false);
  const sources = new Set(figures.map((f) => f.source.slug)).size;
  // Figures in different currencies are never compared (no rate is known to the news): one
  // article in yuan and another in dollars corroborate nothing.
  const units = [...byUnit.entries()]
    .map(([unit, list]) => ({ unit, figures: list.length, sources: new Set(list.map((f) => f.source.slug)).size }))
    .sort((a, b) => (a.unit === unit ? -1 : b.unit === unit ? 1 : b.figures - a.figures || a.unit.localeCompare(b.unit)));
  const corroborated = units.some((u) => u.sources > 1);
  // The figures of the main unit in sides that agree (each with the first figure of its
  // side), the side with most articles first, then the newest.
  const sides: { figure: Figure; interval: [number, number]; slugs: Set<string> }[] = [];
  const own = intervals(inUnit);
  inUnit.forEach((entry, i) => {
    const interval = own[i]!;
    const side = sides.find((s) => intervalsOverlap(s.interval, interval));
    if (side) side.slugs.add(entry.source.slug);
    else sides.push({ figure: entry.figure, interval, slugs: new Set([entry.source.slug]) });
  });
  sides.sort((a, b) => b.slugs.size - a.slugs.size);
  const value = sides[0]!.figure;
  const midpoints = inUnit.map((f) => figureMidpoint(f.figure) * (f.figure.change === "down" ? -1 : 1));
  const low = Math.min(...midpoints);
  const absolute = Math.max(...midpoints) - low;
  return {
    id,
    measure: group.measure,
    period: group.period,
    periodLabel: periodLabel(group.period, fiscalYearEnd),
    basis: group.basis,
    figures,
    sources,
    verdict: conflict ? "conflict" : inconsistent ? "inconsistent" : corroborated ? "corroborated" : "alone",
    unit,
    units,
    value,
    sides: sides.map((side) => ({ figure: side.figure, sources: side.slugs.size })),
    spread: { absolute, percent: low === 0 ? null : (absolute / Math.abs(low)) * 100 },
  };
}

// --- The claim index's period -----------------------------------------------------------

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The rules of claimPeriodKey and placeClaims: stored beside the keys (SeedState), so that
 * keys and claim periods written by other rules are computed again before they are used.
 * Bump it with any change to what checkedPeriod, samePeriod or placeClaims reads.
 */
export const CLAIM_PERIOD_VERSION = "4";

/**
 * The period a fact's claim-index rows are stored under (ClaimParty.period), from its period
 * as checked (claimCheckedPeriod: its claim's period when it has one, "W:claim 3m-2025-06";
 * else checkedPeriod, which reads its passage `quote` for a fiscal calendar): "Q:2:2025", "D:2025-07-14", "W:2026", "U:2025-07-15" (stated
 * nowhere: its article's day), "U" (nor has its article a date: it matches nothing), "*"
 * (a quarter without a year, a day that is no calendar day: may match anything).
 * Two facts samePeriod accepts always have keys within each other's claimPeriodCandidates.
 */
export function claimPeriodKey(period: string | null, publishedAt: string | null, quote = "", claimPeriod: string | null = null): string {
  const read = claimCheckedPeriod(claimPeriod, period, publishedAt, quote);
  const key = read.key;
  if (key === null) return read.written === null ? "U" : `U:${isoDay(read.written)}`;
  switch (key.kind) {
    case "day":
      return canonicalDay(key.iso) ? `D:${key.iso}` : "*";
    case "quarter":
      return key.year === null ? "*" : `Q:${key.quarter}:${key.year}`;
    case "words":
      return `W:${key.words}`;
  }
}

function canonicalDay(iso: string): boolean {
  const day = dayOf(iso);
  return day !== null && isoDay(day) === iso;
}

/** The most keys claimPeriodCandidates gives (an undated fact: 15 undated days, 8 dated ones, "*"). */
export const MAX_PERIOD_CANDIDATES = 24;

/**
 * The claim-index periods of every fact samePeriod could find in the same period as a fact
 * stored under `key`; null when any could ("*"). See samePeriod: an undated figure matches
 * undated ones written within UNDATED_WINDOW_DAYS and a day in the week before its own; a
 * day matches that day and undated figures of the week after it; a quarter its year's and
 * those without a year; words the same words. "*" is in every list.
 */
export function claimPeriodCandidates(key: string): string[] | null {
  if (key === "*") return null;
  if (key === "U") return [];
  const window = Array.from({ length: UNDATED_WINDOW_DAYS + 1 }, (_, k) => k * DAY_MS);
  if (key.startsWith("U:")) {
    const written = dayOf(key.slice(2))!;
    return [
      ...[...window.slice(1).reverse().map((d) => -d), ...window].map((d) => `U:${isoDay(written + d)}`),
      ...window.map((d) => `D:${isoDay(written - d)}`),
      "*",
    ];
  }
  if (key.startsWith("D:")) {
    const day = dayOf(key.slice(2))!;
    return [key, ...window.map((d) => `U:${isoDay(day + d)}`), "*"];
  }
  return [key, "*"];
}
