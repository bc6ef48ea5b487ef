// Flagged figures grouped by the claim they dispute: the facts a conflict or a slip links
// (each flag names the other source's fact), one group per connected set, its figures
// split into the sides that agree among themselves. The home page lists them.
import type { Flag, Figure } from "@/lib/contract";
import { formatFigure } from "@/lib/briefing/format";
import { flagWords } from "@/lib/briefing/flag-words";

/** A flagged fact with where it was published, as the grouping reads it. */
export interface FlaggedFact {
  slug: string;
  position: number;
  citation: number;
  statement: string;
  subject: string | null;
  metric: string | null;
  period: string | null;
  figure: Figure | null;
  quote: string;
  article: { title: string; publisher: string | null; publishedAt: string | null };
  flags: Flag[];
}

/** Figures of a dispute that agree with each other. */
export interface DisputeSide {
  /** Each distinct figure as written, with the first passage writing it: "about $16.3 million". */
  values: { written: string; slug: string; citation: number }[];
  /** Articles behind this side. */
  sources: number;
  facts: FlaggedFact[];
}

/**
 * One item of "figures to check". With sides: sources disagree on one claim (each side's
 * figures agree). Without (a figure flagged within its own article, or by a flag stored
 * before flags named their evidence): the flag's words.
 */
export interface Dispute {
  /** slug#position of its first fact: stable across renders. */
  key: string;
  /** What the claim is about: "Ark Invest stock purchase". */
  topic: string;
  sides: DisputeSide[];
  /** A side is about 1,000 times another: a likely million/billion slip. */
  slip: boolean;
  facts: FlaggedFact[];
  /** For an item without sides: each flag of its fact in words. */
  notes: string[];
}

const refKey = (slug: string, position: number) => `${slug}#${position}`;

/** A flag that links its fact with the other source's fact it names. */
function linksTo(flag: Flag): string | null {
  if (!flag.evidence || (flag.kind !== "conflict" && flag.kind !== "implausible")) return null;
  return refKey(flag.evidence.slug, flag.evidence.position);
}

/**
 * The disputes among `facts`, in the order their first fact comes in `facts`, at most
 * `limit`. Facts are linked by their flags' evidence (either way); a fact whose links lead
 * only to facts not given still makes an item of its own.
 */
export function groupDisputes(facts: readonly FlaggedFact[], limit: number): Dispute[] {
  const byKey = new Map(facts.map((fact) => [refKey(fact.slug, fact.position), fact]));
  const parent = new Map([...byKey.keys()].map((key) => [key, key]));
  const root = (key: string): string => {
    let at = key;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(key, at);
    return at;
  };
  /** Pairs that disagree, "a\u0000b" both ways. */
  const disagree = new Set<string>();
  for (const [key, fact] of byKey) {
    for (const flag of fact.flags) {
      const other = linksTo(flag);
      if (other === null || !byKey.has(other) || other === key) continue;
      parent.set(root(key), root(other));
      disagree.add(`${key}\u0000${other}`).add(`${other}\u0000${key}`);
    }
  }
  const groups = new Map<string, FlaggedFact[]>();
  for (const [key, fact] of byKey) {
    const group = groups.get(root(key));
    if (group) group.push(fact);
    else groups.set(root(key), [fact]);
  }
  return [...groups.values()].slice(0, limit).map((group) => toDispute(group, disagree));
}

function toDispute(group: FlaggedFact[], disagree: Set<string>): Dispute {
  const first = group[0]!;
  // Named after the fact most flags link (the one the others dispute): subjects differ across sources ("ARKF", "Ark Invest").
  const degree = new Map<string, number>();
  for (const pair of disagree) {
    const from = pair.slice(0, pair.indexOf("\u0000"));
    degree.set(from, (degree.get(from) ?? 0) + 1);
  }
  const links = (fact: FlaggedFact) => degree.get(refKey(fact.slug, fact.position)) ?? 0;
  const hub = group.reduce((best, fact) => (links(fact) > links(best) ? fact : best), first);
  const topic = [hub.subject, hub.metric, hub.period].filter(Boolean).join(" ") || hub.statement;
  const base = { key: refKey(first.slug, first.position), topic, facts: group };
  if (group.length === 1) return { ...base, sides: [], slip: false, notes: first.flags.map(flagWords) };
  // Sides: smallest figure first, each fact joins the first side it disagrees with no one of.
  const sides: FlaggedFact[][] = [];
  const ordered = [...group].sort((a, b) => magnitude(a) - magnitude(b));
  for (const fact of ordered) {
    const key = refKey(fact.slug, fact.position);
    const side = sides.find((members) => members.every((member) => !disagree.has(`${key}\u0000${refKey(member.slug, member.position)}`)));
    if (side) side.push(fact);
    else sides.push([fact]);
  }
  const slip = group.some((fact) => fact.flags.some((flag) => flag.check === "magnitude-slip" || (flag.kind === "implausible" && flag.evidence)));
  return {
    ...base,
    // The side fewest sources back first (the figure in doubt), then the larger figure.
    sides: sides.map(toSide).sort((a, b) => a.sources - b.sources || magnitude(b.facts[0]!) - magnitude(a.facts[0]!)),
    slip,
    notes: [],
  };
}

function toSide(facts: FlaggedFact[]): DisputeSide {
  const values: DisputeSide["values"] = [];
  for (const fact of facts) {
    const written = writtenFigure(fact);
    if (!values.some((value) => value.written === written)) values.push({ written, slug: fact.slug, citation: fact.citation });
  }
  return { values, sources: new Set(facts.map((fact) => fact.slug)).size, facts };
}

/** The figure as the flags read it in its passage ("over $16 billion"), else in full words. */
function writtenFigure(fact: FlaggedFact): string {
  const written = fact.flags.find((flag) => flag.figure?.written)?.figure?.written;
  return written ?? (fact.figure ? formatFigure(fact.figure) : fact.statement);
}

function magnitude(fact: FlaggedFact): number {
  const figure = fact.figure;
  if (!figure) return 0;
  return Math.abs(figure.high === null ? figure.value : (figure.value + figure.high) / 2);
}
