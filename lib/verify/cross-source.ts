// Cross-source verification: the same claim reported by other articles either agrees,
// disagrees, or is a likely million/billion slip.
import type { Figure, Flag } from "@/lib/contract";
import { formatDate } from "@/lib/format";
import { figureInterval, figureText, intervalsOverlap, isSlipRatio, magnitudeRatio } from "@/lib/verify/figures";
import { metricKey, TRANSACTION_CLASSES } from "@/lib/verify/metrics";
import { samePeriod } from "@/lib/verify/periods";
import { sameSubject, SubjectIdentities } from "@/lib/verify/subjects";
import type { ClaimCheck, SourcedFact, VerifyOptions } from "@/lib/verify/types";

/** Figures within this factor of each other count as the same order of magnitude. */
const SAME_MAGNITUDE = 10;
/** Quotes in reasons are cut around the figure beyond this many characters. */
const MAX_QUOTE = 280;

interface Claim {
  source: SourcedFact;
  figure: Figure;
  text: string;
  metric: string;
  transaction: boolean;
  subjects: Set<string>;
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
  const identities = new SubjectIdentities(options.entities);
  const claims = facts.flatMap((source) => {
    const claim = toClaim(source, identities);
    return claim ? [claim] : [];
  });
  const numeric = facts.filter((source) => source.fact.figure !== null);

  return numeric.map((source) => {
    const claim = claims.find((c) => c.source === source);
    const peers = claim ? claims.filter((other) => other !== claim && sameClaim(claim, other, identities)) : [];
    if (!claim || peers.length === 0) {
      return { slug: source.slug, position: source.position, status: "alone", agreeing: [], disagreeing: [], flags: [] };
    }
    const agreeing = peers.filter((peer) => figuresAgree(claim, peer));
    const disagreeing = peers.filter((peer) => !agreeing.includes(peer));
    const flags: Flag[] = disagreeing.map((peer) => ({ kind: "conflict", reason: conflictReason(claim, peer) }));
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

function toClaim(source: SourcedFact, identities: SubjectIdentities): Claim | null {
  const { fact } = source;
  const metric = metricKey(fact.metric);
  if (!fact.figure || !metric) return null;
  const transaction = TRANSACTION_CLASSES.has(metric.metricClass);
  const named = identities.namedIn(source.slug, fact.cite);
  const own = fact.subject ? identities.identity(fact.subject) : null;
  // See sameSubject: a deal's parties are everyone named; otherwise the subject, or those named when there is none.
  const subjects = transaction ? new Set([...(own ? [own] : []), ...named]) : own ? new Set([own]) : named;
  return {
    source,
    figure: fact.figure,
    text: figureText(fact.figure, source.quote, fact.cite[0]),
    metric: metric.key,
    transaction,
    subjects,
  };
}

function sameClaim(a: Claim, b: Claim, identities: SubjectIdentities): boolean {
  const factA = a.source.fact;
  const factB = b.source.fact;
  return (
    a.source.slug !== b.source.slug &&
    a.metric === b.metric &&
    a.figure.unit.toUpperCase() === b.figure.unit.toUpperCase() &&
    (a.figure.per ?? "") === (b.figure.per ?? "") &&
    (factA.basis ?? "reported") === (factB.basis ?? "reported") &&
    samePeriod(
      { period: factA.period, publishedAt: a.source.publishedAt },
      { period: factB.period, publishedAt: b.source.publishedAt },
    ) &&
    sameSubject(a.subjects, b.subjects, a.transaction, (identity) => identities.isCompany(identity))
  );
}

function figuresAgree(a: Claim, b: Claim): boolean {
  if (a.figure.change && b.figure.change && a.figure.change !== b.figure.change) return false;
  return intervalsOverlap(figureInterval(a.figure, a.text), figureInterval(b.figure, b.text));
}

function slipFlag(claim: Claim, peers: Claim[]): Flag | null {
  const slipped = peers.filter((peer) => isSlipRatio(magnitudeRatio(claim.figure, peer.figure)));
  if (slipped.length === 0) return null;
  const near = peers.filter((peer) => magnitudeRatio(claim.figure, peer.figure) <= SAME_MAGNITUDE);
  const ownSide = new Set([claim.source.slug, ...near.map((peer) => peer.source.slug)]).size;
  const otherSide = new Set(slipped.map((peer) => peer.source.slug)).size;
  if (ownSide > otherSide) return null;
  const comparisons = slipped
    .map((peer) => {
      const size = Math.abs(claim.figure.value) > Math.abs(peer.figure.value) ? "larger" : "smaller";
      return `about 1,000 times ${size} than the ${peer.text} ${sourceName(peer.source)} reports (“${excerpt(peer)}”)`;
    })
    .join(", and ");
  const tally = ownSide < otherSide ? ` ${otherSide} of ${otherSide + ownSide} sources give the other magnitude.` : "";
  return {
    kind: "implausible",
    reason: `Likely million/billion slip: ${claim.text} is ${comparisons}.${tally}`,
  };
}

function conflictReason(claim: Claim, peer: Claim): string {
  const direction = claim.figure.change && peer.figure.change && claim.figure.change !== peer.figure.change;
  const ours = direction ? `${claim.text} (${claim.figure.change})` : claim.text;
  const theirs = direction ? `${peer.text} (${peer.figure.change})` : peer.text;
  return `This article says ${ours}; ${sourceName(peer.source)} reports ${theirs}: “${excerpt(peer)}”`;
}

/** "Reuters (September 23, 2025)"; the title stands in for a missing publisher. */
function sourceName(source: SourcedFact): string {
  const name = source.publisher ?? `“${source.title}”`;
  return source.publishedAt ? `${name} (${formatDate(source.publishedAt)})` : name;
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
