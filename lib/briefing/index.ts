// How a briefing is laid out: citation numbers, the analyst's fact groups, and the
// article text cut into highlighted passages. Pure functions of stored facts.
import type { Fact, Span } from "@/lib/contract";

export interface Passage {
  /** The citation number a reader sees: [n], #cite-n. */
  n: number;
  start: number;
  end: number;
}

/** One number per distinct cited span, in reading order; facts citing one passage share it. */
export function numberCitations(facts: readonly Fact[]): { passages: Passage[]; citationOf: (fact: Fact) => number } {
  const spans = new Map<string, Span>();
  for (const f of facts) spans.set(f.cite.join(":"), f.cite);
  const ordered = [...spans.values()].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const passages = ordered.map(([start, end], i) => ({ n: i + 1, start, end }));
  const byKey = new Map(passages.map((p) => [`${p.start}:${p.end}`, p.n]));
  return { passages, citationOf: (fact) => byKey.get(fact.cite.join(":"))! };
}

/** The numbered passages of facts whose citation numbers were stored. */
export function passagesOf(facts: readonly { cite: Span; citation: number }[]): Passage[] {
  const byNumber = new Map(facts.map((f) => [f.citation, { n: f.citation, start: f.cite[0], end: f.cite[1] }]));
  return [...byNumber.values()].sort((a, b) => a.n - b.n);
}

export const FACT_GROUPS = [
  "Results",
  "Expectations",
  "Guidance and commitments",
  "Market reaction",
  "Deals and products",
  "Context",
] as const;
export type FactGroup = (typeof FACT_GROUPS)[number];

const MARKET_METRIC = /\b(share|stock|adr|market cap|valuation)/i;

/** The group an analyst would look for this fact in. */
export function groupOf(fact: Fact): FactGroup {
  if (fact.kind === "event") return "Deals and products";
  if (fact.kind === "statement") return "Context";
  if (fact.basis === "guidance") return "Guidance and commitments";
  if (fact.basis === "estimate" || fact.basis === "forecast" || fact.basis === "prior") return "Expectations";
  if (fact.metric && MARKET_METRIC.test(fact.metric) && /price|change|move|gain|rall/i.test(fact.metric)) return "Market reaction";
  if (fact.basis === "reported") return "Results";
  return "Context";
}

export function groupFacts<T extends Fact>(facts: readonly T[]): { group: FactGroup; facts: T[] }[] {
  return FACT_GROUPS.map((group) => ({ group, facts: facts.filter((f) => groupOf(f) === group) })).filter(
    (g) => g.facts.length > 0,
  );
}

/** A run of article text, or a highlighted passage holding nested runs. */
export type TextNode = string | { n: number; anchor: boolean; children: TextNode[] };

interface Piece extends Passage {
  /** True for the piece that holds the passage's start: it carries id="cite-n". */
  anchor: boolean;
}

/**
 * Splits the text into paragraphs (one per line) and each paragraph into runs and
 * highlighted passages. Contained passages nest; a passage that crosses a paragraph
 * or another passage is cut into pieces, only the first of which is the anchor, so
 * every passage is highlighted exactly where it stands and addressable once.
 */
export function layoutText(text: string, passages: readonly Passage[]): TextNode[][] {
  const paragraphs: TextNode[][] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    const end = start + line.length;
    if (line.trim()) {
      const pieces = passages
        .filter((p) => p.start < end && p.end > start)
        .map((p) => ({ ...p, anchor: p.start >= start, start: Math.max(p.start, start), end: Math.min(p.end, end) }));
      paragraphs.push(nest(text, start, end, sortPieces(pieces)));
    }
    start = end + 1;
  }
  return paragraphs;
}

function nest(text: string, from: number, to: number, pieces: Piece[]): TextNode[] {
  const nodes: TextNode[] = [];
  let pos = from;
  let rest = pieces;
  while (rest.length > 0) {
    const [p, ...others] = rest as [Piece, ...Piece[]];
    if (p.start > pos) nodes.push(text.slice(pos, p.start));
    const inside: Piece[] = [];
    const after: Piece[] = [];
    for (const q of others) {
      if (q.start >= p.end) after.push(q);
      else if (q.end <= p.end) inside.push(q);
      else {
        inside.push({ ...q, end: p.end });
        after.push({ ...q, start: p.end, anchor: false });
      }
    }
    nodes.push({ n: p.n, anchor: p.anchor, children: nest(text, p.start, p.end, inside) });
    pos = p.end;
    rest = sortPieces(after);
  }
  if (pos < to) nodes.push(text.slice(pos, to));
  return nodes;
}

function sortPieces(pieces: Piece[]): Piece[] {
  return pieces.sort((a, b) => a.start - b.start || b.end - a.end || a.n - b.n);
}
