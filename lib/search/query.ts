// A reader's words -> a safe FTS5 query. Every word becomes a quoted string, so quotes,
// operators (AND, OR, NOT, NEAR), column filters, stars and parentheses in the input are
// searched for as text, never interpreted.

/** Longer input is cut: no reader types more, and it bounds the work per query. */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 64;
const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;

/** Sentinels for snippet(): characters article text cannot hold after parsing. */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

export function toFtsQuery(input: string): string | null {
  const terms = [...input.slice(0, 2_000).matchAll(WORD)]
    .map((m) => m[0].slice(0, MAX_TERM_LENGTH))
    .slice(0, MAX_TERMS);
  if (terms.length === 0) return null;
  // The last word matches as a prefix, so "alib" finds Alibaba.
  return terms.map((t, i) => `"${t.replaceAll('"', '""')}"${i === terms.length - 1 ? "*" : ""}`).join(" ");
}

/** A snippet with sentinel marks -> runs of text, the matched ones flagged. */
export function splitMarks(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  for (const [i, chunk] of snippet.split(MARK_START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, match: false });
      continue;
    }
    const [match = "", rest = ""] = chunk.split(MARK_END);
    if (match) parts.push({ text: match, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}
