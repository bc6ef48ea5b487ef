// A reader's words -> a safe query for either engine's full-text index. Only words are
// kept (letters and digits, with inner dots and apostrophes), and each is searched for as
// text: quotes, operators (AND, OR, NOT, NEAR; websearch's "or" and "-"), column filters,
// stars and parentheses in the input are never interpreted. The last word matches as a
// prefix on both engines, so "alib" finds Alibaba.

/** Longer input is cut: no reader types more, and it bounds the work per query. */
const MAX_TERMS = 12;
const MAX_TERM_LENGTH = 64;
const MAX_INPUT = 2_000;
const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;

/** Sentinels for snippets (FTS5's snippet(), PostgreSQL's ts_headline): characters stored text cannot hold (lib/parse/normalize.ts removes control characters). */
export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

/** The words of `input` a search looks for, in order, bounded in number and length. */
export function readerWords(input: string): string[] {
  return [...input.slice(0, MAX_INPUT).matchAll(WORD)].map((m) => m[0].slice(0, MAX_TERM_LENGTH)).slice(0, MAX_TERMS);
}

/** An FTS5 query: every word a quoted string, the last a prefix. */
export function toFtsQuery(input: string): string | null {
  const terms = readerWords(input);
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t.replaceAll('"', '""')}"${i === terms.length - 1 ? "*" : ""}`).join(" ");
}

/**
 * PostgreSQL's query, as two websearch_to_tsquery inputs: every word quoted (so "or" and
 * "-" are words, not operators), the last word on its own, for the search to make a
 * prefix of its lexemes (lib/search/postgres.ts). Words hold no double quote (WORD).
 */
export interface PostgresQuery {
  words: string;
  last: string;
}

export function toPostgresQuery(input: string): PostgresQuery | null {
  const terms = readerWords(input);
  if (terms.length === 0) return null;
  const quoted = terms.map((t) => `"${t}"`);
  return { words: quoted.slice(0, -1).join(" "), last: quoted.at(-1)! };
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
