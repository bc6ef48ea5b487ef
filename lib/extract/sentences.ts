// Splits article text into sentences (never across a paragraph break) and
// sentences into clause segments, all as spans of the original text.
import type { Span } from "@/lib/contract";

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (line block) the sentence belongs to. */
  paragraph: number;
}

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set(
  [
    "ltd", "inc", "corp", "co", "cos", "plc", "llc", "bros", "vs", "etc", "mr", "mrs", "ms", "dr", "prof",
    "st", "jr", "sr", "no", "nos", "approx", "est", "dept", "fig", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
    "s.a", "n.v", "ag", "gov", "sen", "rep", "gen", "col", "lt", "sgt", "mt", "ft", "pt", "ave", "blvd",
    // Currency abbreviations written before the number: "Rs. 144".
    "rs",
  ].map((w) => w.toLowerCase()),
);

// A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
const BOUNDARY_RE = /[.!?]+["'”’)\]]*(?=\s+\S)/g;
const WORD_BEFORE_RE = /([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.?$/;
const PARAGRAPH_RE = /[^\n]+/g;

function endsWithAbbreviation(text: string, dotIndex: number): boolean {
  if (text[dotIndex] !== ".") return false;
  const head = text.slice(Math.max(0, dotIndex - 12), dotIndex);
  const m = WORD_BEFORE_RE.exec(head);
  if (!m || m[1] === undefined) return false;
  const word = m[1].toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("J. Smith") rarely ends a sentence.
  return m[1].length === 1 && /[A-Z]/.test(m[1]);
}

/** Sentences of every paragraph (a paragraph is a run of non-newline text). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const para of text.matchAll(PARAGRAPH_RE)) {
    const pStart = para.index;
    const body = para[0];
    if (body.trim() === "") continue;
    let cursor = 0;
    const items = body.includes(" -") ? [...body.matchAll(INLINE_ITEM_RE)].map((m) => m.index) : [];
    for (const b of body.matchAll(BOUNDARY_RE)) {
      const dot = b.index;
      const after = b.index + b[0].length;
      const rest = body.slice(after).trimStart();
      // A sentence starts with a capital, digit, quote or currency sign (or an inline item's dash).
      if (!/[A-Z0-9"“'‘$€£(\[]/.test(rest[0] ?? "") && !/^-[A-Z]/.test(rest)) continue;
      if (b[0][0] === "." && b[0].length === 1 && endsWithAbbreviation(body, dot)) continue;
      while (items.length > 0 && items[0]! < dot) cursor = pushItem(out, text, pStart, cursor, items.shift()!, paragraph);
      pushTrimmed(out, text, pStart + cursor, pStart + after, paragraph);
      cursor = after;
    }
    while (items.length > 0) cursor = pushItem(out, text, pStart, cursor, items.shift()!, paragraph);
    pushTrimmed(out, text, pStart + cursor, pStart + body.length, paragraph);
    paragraph++;
  }
  return out;
}

// Wires' results-at-a-glance lines write their items inline: "-Earnings (Q2): $511 Mln. vs. $972 Mln. last
// year. -Analyst Estimates: $3.14 -Revenue (Q2): $3.10 Bln": each item is a sentence of its own.
const INLINE_ITEM_RE = /\s+(?=-[A-Z][\w&'’ ]{0,30}(?:\s?\([^()]{1,12}\))?:\s)/g;

function pushItem(out: Sentence[], text: string, pStart: number, cursor: number, at: number, paragraph: number): number {
  if (at <= cursor) return cursor;
  pushTrimmed(out, text, pStart + cursor, pStart + at, paragraph);
  return at;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  if (end > start) out.push({ start, end, paragraph });
}

// Clause boundaries inside a sentence: punctuation breaks (and bullets between list items) and the connectives that
// introduce a comparison ("vs.", "compared with", "up from") or a relative clause.
const CLAUSE_BREAK_RE =
  /\s*;\s+|\s+[•·▪]\s+|:\s+(?![^()[\]]*[)\]])|,\s+(?![^()[\]]*[)\]])|\s+[—–]\s+|\s+-\s+|\s+(?=(?:vs\.?|versus|compared (?:with|to)|against|while|whereas|but|after (?:the|a|an|it|its|[A-Z])|following (?:the|a|an|its|[A-Z]))\s?)|\s+(?=(?:up|down) from\s)|\s+(?=from\s+(?:[$€£¥]|US\$|HK\$|[A-Z]{3}\s?\d|\d))|\s+(?=(?:and\s+)?(?:above|below|ahead of|short of|beating|missing|topping)\s)|(\s+)(?=as\s+(?!much\b|many\b|well\b|of\b|a\b|an\b|part\b|high\b|low\b|little\b|long\b|far\b|soon\b|recently\b|the\s+(?:largest|biggest|first|second|world)))/gi;

const AS_PHRASE_BEFORE_RE = /\b(?:such|as much|as many|as well|as far|as long|as soon|rated|known|seen|served|acts?|acting|same)$/i;

// A list item's lead at the start of a line: "Oracle (ORCL) — The database maker jumped 9%",
// "• Nike: down 3%", "Casey's General Stores (CASY) - Up 4.1%". The lead names what the item is
// about, so the dash or colon after it is no clause break: the lead opens the item's first clause.
const LIST_LEAD_RE = /^(?:[•·▪►*]\s*|[-–—]\s?)?[A-Z0-9][\w&.'’-]*(?:\s+(?:[A-Z0-9&][\w&.'’-]*|of|de|and|the|&))*(?:\s*\((?:[A-Za-z]+:\s?)?[A-Z0-9.-]{1,10}\))?(?:\s*[—–]\s*|\s+-\s+|:\s+)/;

/** Clause segments of a sentence, as spans of the original text, in order. */
export function clauseSegments(text: string, sentence: Sentence): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const spans: Span[] = [];
  let cursor = 0;
  const startsLine = sentence.start === 0 || text[sentence.start - 1] === "\n" || /\n[ \t]*$/.test(text.slice(Math.max(0, sentence.start - 8), sentence.start));
  const lead = startsLine ? LIST_LEAD_RE.exec(body) : null;
  const leadEnd = lead && lead[0].length <= 80 ? lead[0].length : 0;
  for (const m of body.matchAll(CLAUSE_BREAK_RE)) {
    if (m.index < leadEnd) continue;
    // "as" opens a clause ("... to £837m as revenue surged"), except in fixed phrases.
    if (m[1] !== undefined && AS_PHRASE_BEFORE_RE.test(body.slice(Math.max(0, m.index - 12), m.index))) continue;
    // A comma inside a number ("1,234") has no space after it, so it never matches.
    if (m.index > cursor) spans.push([sentence.start + cursor, sentence.start + m.index]);
    cursor = m.index + m[0].length;
  }
  if (cursor < body.length) spans.push([sentence.start + cursor, sentence.end]);
  return spans;
}

/** The sentence holding offset `at`, by binary search over ordered sentences. */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
