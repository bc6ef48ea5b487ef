// Cross-source verification: the same claim reported by other articles either agrees,
// disagrees, or is a likely million/billion slip.
import type { CheckedFlag, Fact, FactRef, Figure, FlagFigure, FlagSource } from "@/lib/contract";
import { claimCheckedPeriod, claimGroup, placeClaims, storedClaimPeriod } from "@/lib/verify/claims";
import { figureInterval, figureMidpoint, figureText, intervalsOverlap, isSlipRatio, magnitudeRatio } from "@/lib/verify/figures";
import { metricKey, TRANSACTION_CLASSES } from "@/lib/verify/metrics";
import { type ReadPeriod, samePeriod } from "@/lib/verify/periods";
import { isParty, ownedName, sameSubject, subjectKey, SubjectIdentities } from "@/lib/verify/subjects";
import type { ClaimCheck, KnownEntity, SourcedFact, VerifyOptions } from "@/lib/verify/types";

/** Figures within this factor of each other count as the same order of magnitude. */
const SAME_MAGNITUDE = 10;
/** Quotes kept as a flag's evidence are cut around the figure beyond this many characters. */
const MAX_QUOTE = 280;
/** Conflict flags named one by one; the rest are counted in one more flag. */
const MAX_CONFLICT_FLAGS = 5;

interface Claim {
  source: SourcedFact;
  figure: Figure;
  /** The figure as a reader sees it in the quote, with its qualifier: "over $16 billion". */
  shown: string;
  /** Metric, unit, "per" and basis: claims are only compared within one group. */
  group: string;
  transaction: boolean;
  subjects: Set<string>;
  period: ReadPeriod;
  /** What the figure allows: see figureInterval. */
  interval: [number, number];
}

/**
 * One ClaimCheck per numeric fact (a fact with a figure), in input order. Two facts state
 * the same claim when they come from different articles and have the same metric (see
 * metrics.ts), subject (subjects.ts), period (periods.ts), basis (null read as
 * "reported", the usual reading of a figure in the news), unit and "per". Facts of the
 * same article are never compared with each other.
 *
 * - They agree when their intervals overlap (figures.ts) and, when both give a direction,
 *   it is the same. Otherwise each gets a "conflict" flag naming the other source.
 * - Likely million/billion slip: when two disagreeing figures are about 1,000 times apart
 *   (SLIP_RATIO), the one whose magnitude has fewer articles behind it also gets an
 *   "implausible" flag. Articles are counted on each side: the fact's own and those
 *   within a factor of 10 of it, against those about 1,000 times off. With one article
 *   on each side there is no telling which is right, so both are flagged, each naming
 *   the other.
 * - status: "conflict" when any source disagrees, else "corroborated" when one agrees,
 *   else "alone".
 */
export function verifyFacts(facts: SourcedFact[], options: VerifyOptions = {}): ClaimCheck[] {
  const identities = options.identities ?? new SubjectIdentities(options.entities);
  const entities = options.entities ?? {};
  const claimPeriods = claimPeriodsOf(facts, identities, entities);
  const claims = facts.flatMap((source) => {
    const claim = toClaim(source, claimPeriods.get(source) ?? null, identities, entities[source.slug] ?? []);
    return claim ? [claim] : [];
  });
  const claimOf = new Map(claims.map((claim) => [claim.source, claim]));
  // Same claim needs the same group and the same subjects (for a deal, a shared party; see
  // sameSubject), and a period that can match (see samePeriod): claims are looked up by
  // all three, so a check costs the claims that can match it, not its whole group. Peers
  // keep input order (the first conflicts are named).
  const order = new Map(claims.map((claim, i) => [claim, i]));
  const buckets = new Map<string, Claim[]>();
  const put = (bucket: string, claim: Claim) => {
    const list = buckets.get(bucket);
    if (list) list.push(claim);
    else buckets.set(bucket, [claim]);
  };
  /** A deal matches on any shared party; any other claim on its whole set of subjects. */
  const subjectKeys = (claim: Claim) => (claim.transaction ? [...claim.subjects] : [[...claim.subjects].sort().join("\u0000")]);
  for (const claim of claims) {
    if (claim.subjects.size === 0) continue;
    for (const subjects of subjectKeys(claim)) {
      const at = `${claim.group}\u0001${subjects}\u0001`;
      put(at + periodBucket(claim.period), claim);
      // An undated claim can match any dated day: all of those, in one more list.
      if (claim.period.key?.kind === "day") put(`${at}D*`, claim);
    }
  }
  const candidatesOf = (claim: Claim): Claim[] => {
    if (claim.subjects.size === 0) return [];
    const own = periodBucket(claim.period);
    // See samePeriod: an undated claim matches undated ones and days; a day matches that day and undated ones.
    const periods = own === "U" ? ["U", "D*"] : claim.period.key?.kind === "day" ? [own, "U"] : [own];
    const lists = subjectKeys(claim).flatMap((subjects) => periods.map((period) => buckets.get(`${claim.group}\u0001${subjects}\u0001${period}`) ?? []));
    const nonEmpty = lists.filter((list) => list.length > 0);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? [];
    return [...new Set(nonEmpty.flat())].sort((a, b) => order.get(a)! - order.get(b)!);
  };
  const numeric = facts.filter((source) => source.fact.figure !== null);

  return numeric.map((source) => {
    const claim = claimOf.get(source);
    const peers = claim ? candidatesOf(claim).filter((other) => other !== claim && sameClaim(claim, other, identities)) : [];
    if (!claim || peers.length === 0) {
      return { slug: source.slug, position: source.position, status: "alone", agreeing: [], disagreeing: [], flags: [] };
    }
    const agreeing: Claim[] = [];
    const disagreeing: Claim[] = [];
    for (const peer of peers) (figuresAgree(claim, peer) ? agreeing : disagreeing).push(peer);
    const flags: CheckedFlag[] = disagreeing.slice(0, MAX_CONFLICT_FLAGS).map((peer) => ({ kind: "conflict", check: "conflict", ...against(claim, peer) }));
    const unnamed = disagreeing.length - MAX_CONFLICT_FLAGS;
    if (unnamed > 0) flags.push({ kind: "conflict", check: "conflicts-unnamed", figure: flagFigure(claim), unnamed });
    const slip = slipFlag(claim, peers);
    if (slip) flags.push(slip);
    return {
      slug: source.slug,
      position: source.position,
      status: disagreeing.length ? "conflict" : agreeing.length ? "corroborated" : "alone",
      agreeing: agreeing.map((peer) => peer.source),
      disagreeing: disagreeing.map((peer) => peer.source),
      flags,
    };
  });
}

/**
 * Every subject key (before names merge into identities) the claim of `fact` can be about:
 * its subject, the name after a possessive in it, and the parties its passage names. Each
 * subject identity verifyFacts gives the claim is the identity of one of these keys, so
 * two claims that match always share a key's identity. Depends on the article alone.
 */
export function claimPartyKeys(fact: Fact, entities: readonly KnownEntity[]): string[] {
  const keys = new Set<string>();
  if (fact.subject) {
    keys.add(subjectKey(fact.subject));
    const owned = ownedName(fact.subject);
    if (owned) keys.add(subjectKey(owned));
  }
  if (!readsNamedParties(fact)) return [...keys];
  for (const entity of entities) {
    if (isParty(entity) && entity.mentions.some(([start, end]) => start >= fact.cite[0] && end <= fact.cite[1])) keys.add(subjectKey(entity.name));
  }
  return [...keys];
}

/**
 * Whether the claim of `fact` reads the parties its passage names (as toClaim does): a
 * deal's, or a fact's that names no subject. Only for such facts do their article's
 * entities and mentions count in a check, once the claim period is given
 * (SourcedFact.claimPeriod; else claimPeriodsOf reads them to place the fact).
 */
export function readsNamedParties(fact: Pick<Fact, "subject" | "metric">): boolean {
  const metric = metricKey(fact.metric);
  return !fact.subject || (metric !== null && TRANSACTION_CLASSES.has(metric.metricClass));
}

/**
 * Each numeric fact's claim period (lib/verify/claims.ts: storedClaimPeriod): as stored
 * (SourcedFact.claimPeriod), or else placed among the facts given here about its subject, as
 * the claim view places a company's facts (placeClaims): those whose claims are read for
 * one subject (claimSubject).
 */
function claimPeriodsOf(facts: readonly SourcedFact[], identities: SubjectIdentities, entities: Readonly<Record<string, readonly KnownEntity[]>>): Map<SourcedFact, string | null> {
  const out = new Map<SourcedFact, string | null>();
  const bySubject = new Map<string, SourcedFact[]>();
  for (const source of facts) {
    if (source.fact.figure === null) continue;
    if (source.claimPeriod !== undefined) {
      out.set(source, source.claimPeriod);
      continue;
    }
    const identity = claimSubject(source.fact, identities.namedAmong(entities[source.slug] ?? [], source.fact.cite), identities);
    if (identity !== null) {
      const list = bySubject.get(identity);
      if (list) list.push(source);
      else bySubject.set(identity, [source]);
    }
  }
  for (const list of bySubject.values()) placeClaims(list).claims.forEach((claim, i) => out.set(list[i]!, storedClaimPeriod(claim)));
  return out;
}

/**
 * The subject identity a fact's claim is placed for (placeClaims reads its company's facts
 * together): its subject's, or, when it names none, the one party its passage names (as
 * toClaim stands it in); null when neither.
 */
export function claimSubject(fact: Pick<Fact, "subject">, named: ReadonlySet<string>, identities: SubjectIdentities): string | null {
  if (fact.subject) return identities.identity(fact.subject);
  return named.size === 1 ? [...named][0]! : null;
}

/** Claims in different buckets never have the same period (see samePeriod). */
function periodBucket(period: ReadPeriod): string {
  const key = period.key;
  if (key === null) return "U";
  switch (key.kind) {
    case "day":
      return `D:${key.iso}`;
    case "quarter":
      return `Q:${key.quarter}`;
    case "words":
      return `W:${key.words}`;
  }
}

function toClaim(source: SourcedFact, claimPeriod: string | null, identities: SubjectIdentities, entities: readonly KnownEntity[]): Claim | null {
  const { fact } = source;
  const metric = metricKey(fact.metric);
  const group = claimGroup(fact);
  if (!fact.figure || !metric || group === null) return null;
  const transaction = TRANSACTION_CLASSES.has(metric.metricClass);
  // See sameSubject: a deal's parties are everyone named; otherwise the subject, or those named when there is none.
  const named = readsNamedParties(fact) ? identities.namedAmong(entities, fact.cite) : new Set<string>();
  const own = fact.subject ? identities.identity(fact.subject) : null;
  const subjects = transaction ? new Set([...(own ? [own] : []), ...named]) : own ? new Set([own]) : named;
  const text = figureText(fact.figure, source.quote, fact.cite[0]);
  return {
    source,
    figure: fact.figure,
    shown: shownFigure(fact.figure, text),
    group,
    transaction,
    subjects,
    interval: figureInterval(fact.figure, text),
    period: claimCheckedPeriod(claimPeriod, fact.period, source.publishedAt, source.quote),
  };
}

function sameClaim(a: Claim, b: Claim, identities: SubjectIdentities): boolean {
  return (
    a.source.slug !== b.source.slug &&
    a.group === b.group &&
    samePeriod(a.period, b.period) &&
    sameSubject(a.subjects, b.subjects, a.transaction, (identity) => identities.isCompany(identity))
  );
}

function figuresAgree(a: Claim, b: Claim): boolean {
  if (a.figure.change && b.figure.change && a.figure.change !== b.figure.change) return false;
  return intervalsOverlap(a.interval, b.interval);
}

function slipFlag(claim: Claim, peers: Claim[]): CheckedFlag | null {
  const slipped = peers.filter((peer) => isSlipRatio(magnitudeRatio(claim.figure, peer.figure)));
  if (slipped.length === 0) return null;
  const near = peers.filter((peer) => magnitudeRatio(claim.figure, peer.figure) <= SAME_MAGNITUDE);
  const ownSide = new Set([claim.source.slug, ...near.map((peer) => peer.source.slug)]).size;
  const otherSide = new Set(slipped.map((peer) => peer.source.slug)).size;
  if (ownSide > otherSide) return null;
  return { kind: "implausible", check: "magnitude-slip", ...against(claim, slipped[0]!), sources: { own: ownSide, other: otherSide } };
}

/** The evidence of `claim` held against `peer`: both figures, the other source, how far apart. */
function against(claim: Claim, peer: Claim): Pick<CheckedFlag, "evidence" | "figure" | "other" | "otherSource" | "ratio" | "spread"> {
  const ratio = magnitudeRatio(claim.figure, peer.figure);
  return {
    evidence: refTo(peer),
    figure: flagFigure(claim),
    other: flagFigure(peer),
    otherSource: sourceOf(peer),
    // No ratio against a zero: JSON and the database have no Infinity.
    ...(Number.isFinite(ratio) ? { ratio } : {}),
    spread: Math.abs(figureMidpoint(claim.figure) - figureMidpoint(peer.figure)),
  };
}

function refTo(peer: Claim): FactRef {
  return { slug: peer.source.slug, position: peer.source.position };
}

function flagFigure(claim: Claim): FlagFigure {
  const { value, high, unit, per, change } = claim.figure;
  return { value, high, unit, per, change, written: claim.shown };
}

function sourceOf(peer: Claim): FlagSource {
  const { publisher, title, publishedAt } = peer.source;
  return { publisher, title, publishedAt, quote: excerpt(peer) };
}

function shownFigure(figure: Figure, text: string): string {
  const qualifier = figure.qualifier;
  return qualifier && !text.toLowerCase().includes(qualifier) ? `${qualifier} ${text}` : text;
}

/** The quote, cut to a window around the figure when long. */
function excerpt(claim: Claim): string {
  const { quote, fact } = claim.source;
  const compact = quote.replace(/\s+/g, " ").trim();
  if (compact.length <= MAX_QUOTE) return compact;
  const at = Math.max(0, claim.figure.span[0] - fact.cite[0]);
  const start = Math.max(0, at - MAX_QUOTE / 2);
  const end = Math.min(quote.length, start + MAX_QUOTE);
  return `${start > 0 ? "…" : ""}${quote.slice(start, end).replace(/\s+/g, " ").trim()}${end < quote.length ? "…" : ""}`;
}
