// Citations that survive re-seeding a changed article. Each cited passage is stored as a
// text quote selector (the W3C Web Annotation model: the exact quote plus the text just
// before and after it) next to its offsets and its citation number. On a re-seed the old
// selectors are found again in the new text: a passage found again keeps its number, a
// new passage gets a number never used in the article, and a passage whose quote is gone
// takes its number with it. So a saved link (/articles/x#cite-3) lands on the passage it
// was saved for, or on nothing, never on another passage. Pure functions; no I/O.
import { numberCitations } from "@/lib/briefing";
import type { Fact, Span } from "@/lib/contract";

/** W3C TextQuoteSelector: https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Characters of context kept either side of a quote. */
export const QUOTE_CONTEXT = 32;

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The selector of `text.slice(start, end)`; the context never splits a surrogate pair. */
export function quoteSelector(text: string, [start, end]: Span): QuoteSelector {
  let from = Math.max(0, start - QUOTE_CONTEXT);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + QUOTE_CONTEXT);
  if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) };
}

/**
 * The text with every run of whitespace collapsed to one space, and for each of its
 * characters the span of the original it stands for: a re-wrapped line or a CRLF does
 * not make a quote "gone".
 */
function collapseWhitespace(text: string): { flat: string; from: number[]; to: number[] } {
  let flat = "";
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < text.length; ) {
    let j = i + 1;
    if (/\s/.test(text[i]!)) {
      while (j < text.length && /\s/.test(text[j]!)) j++;
      flat += " ";
    } else {
      flat += text[i];
    }
    from.push(i);
    to.push(j);
    i = j;
  }
  return { flat, from, to };
}

const flatten = (s: string) => s.replace(/\s+/g, " ");

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A quote found in the text: where, and how many characters of its context agree. */
interface Located {
  span: Span;
  context: number;
}

/**
 * Finds selectors' quotes in one text (collapsed once for all of them). A quote found
 * once is that passage. A quote found several times is the occurrence whose
 * surroundings agree most with the stored prefix and suffix; among equally agreeing
 * ones, the nearest to `hintStart` (its old offset); two equally near are ambiguous
 * (null): a wrong passage is worse than none.
 */
function quoteFinder(text: string): (selector: QuoteSelector, hintStart: number) => Located | null {
  const { flat, from, to } = collapseWhitespace(text);
  return (selector, hintStart) => {
    const exact = flatten(selector.exact);
    if (!exact.trim()) return null;
    const prefix = flatten(selector.prefix);
    const suffix = flatten(selector.suffix);
    const found: (Located & { distance: number })[] = [];
    for (let at = flat.indexOf(exact); at !== -1; at = flat.indexOf(exact, at + 1)) {
      const end = at + exact.length;
      found.push({
        span: [from[at]!, to[end - 1]!],
        context:
          commonSuffixLength(prefix, flat.slice(Math.max(0, at - prefix.length), at)) +
          commonPrefixLength(suffix, flat.slice(end, end + suffix.length)),
        distance: Math.abs(from[at]! - hintStart),
      });
    }
    const best = Math.max(...found.map((f) => f.context));
    const [nearest, runnerUp] = found.filter((f) => f.context === best).sort((a, b) => a.distance - b.distance);
    if (!nearest || (runnerUp && runnerUp.distance === nearest.distance)) return null;
    return { span: nearest.span, context: nearest.context };
  };
}

/** Where the selector's quote is in `text` now, or null when it is gone or ambiguous. */
export function resolveQuote(text: string, selector: QuoteSelector, hintStart: number): Span | null {
  return quoteFinder(text)(selector, hintStart)?.span ?? null;
}

/** A cited passage as stored: its number, where it was, and its selector. */
export interface StoredAnchor {
  citation: number;
  cite: Span;
  selector: QuoteSelector;
}

/** The stored columns of a fact's citation. */
export interface AnchorRow {
  citation: number;
  citeStart: number;
  citeEnd: number;
  quoteExact: string | null;
  quotePrefix: string | null;
  quoteSuffix: string | null;
}

/**
 * One anchor per stored citation number. Rows stored before selectors were (null quote
 * columns) get theirs from the text they were cited in.
 */
export function storedAnchors(oldText: string, rows: readonly AnchorRow[]): StoredAnchor[] {
  const anchors = new Map<number, StoredAnchor>();
  for (const row of rows) {
    if (anchors.has(row.citation)) continue;
    const cite: Span = [row.citeStart, row.citeEnd];
    const selector =
      row.quoteExact !== null
        ? { exact: row.quoteExact, prefix: row.quotePrefix ?? "", suffix: row.quoteSuffix ?? "" }
        : quoteSelector(oldText, cite);
    anchors.set(row.citation, { citation: row.citation, cite, selector });
  }
  return [...anchors.values()].sort((a, b) => a.citation - b.citation);
}

/** What a seed stores for the citations of an article's facts. */
export interface CitationPlan {
  /** Per fact, in the facts' order: its passage's citation number. */
  citations: number[];
  /** Per fact: its passage's selector in the new text. */
  selectors: QuoteSelector[];
  /** The highest number now ever given in the article (Article.maxCitation). */
  maxCitation: number;
  /** Old citation numbers whose quote is no longer in the text; their facts are gone. */
  dropped: number[];
  /** Old citation numbers whose quote is still there but that no new fact cites. */
  retired: number[];
}

/**
 * Numbers the passages of an article's newly extracted facts. First seed (`previous`
 * null): 1, 2, 3… in reading order. Re-seed: a passage that an old anchor resolves to
 * exactly keeps that anchor's number; new passages get numbers above every number the
 * article ever had, in reading order; the numbers of old passages not found are never
 * given again.
 */
export function planCitations(
  text: string,
  facts: readonly Fact[],
  previous: { anchors: readonly StoredAnchor[]; maxCitation: number } | null,
): CitationPlan {
  const { passages } = numberCitations(facts);
  const key = ([start, end]: Span) => `${start}:${end}`;
  const numberOf = new Map<string, number>();
  const dropped: number[] = [];
  const retired: number[] = [];
  let max = 0;
  if (previous) {
    const cited = new Set(passages.map((p) => key([p.start, p.end])));
    const find = quoteFinder(text);
    // Each passage of the new text goes to the old anchor whose context agrees best:
    // when a repeated sentence lost one of its occurrences, the anchor of the one that
    // is left keeps it. Equal claims are ambiguous, and neither anchor keeps it.
    const claims = new Map<string, { citation: number; context: number }[]>();
    for (const anchor of previous.anchors) {
      max = Math.max(max, anchor.citation);
      const found = find(anchor.selector, anchor.cite[0]);
      if (!found) dropped.push(anchor.citation);
      else claims.set(key(found.span), [...(claims.get(key(found.span)) ?? []), { citation: anchor.citation, context: found.context }]);
    }
    for (const [passage, rivals] of claims) {
      const best = Math.max(...rivals.map((r) => r.context));
      const winners = rivals.filter((r) => r.context === best);
      for (const r of rivals) {
        if (winners.length > 1 || r !== winners[0]) dropped.push(r.citation);
        else if (!cited.has(passage)) retired.push(r.citation);
        else numberOf.set(passage, r.citation);
      }
    }
    dropped.sort((a, b) => a - b);
    retired.sort((a, b) => a - b);
    max = Math.max(max, previous.maxCitation);
  }
  for (const p of passages) {
    const k = key([p.start, p.end]);
    if (!numberOf.has(k)) numberOf.set(k, ++max);
  }
  return {
    citations: facts.map((f) => numberOf.get(key(f.cite))!),
    selectors: facts.map((f) => quoteSelector(text, f.cite)),
    maxCitation: max,
    dropped,
    retired,
  };
}
