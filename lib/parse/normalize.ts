// Text normalization at the parse boundary, before any offset is taken: what a reader
// cannot see must not split a figure ("$1\u200b2 billion" read as $1 and 2 billion) or
// move a citation (a lone surrogate stored as several characters). Applied to the decoded
// file, so that every parser reads clean text, and to what the parser made of it, as JSON
// escapes and HTML entities can spell the same characters.

interface NormalizationRule {
  name: string;
  pattern: RegExp;
  replacement: string;
  /** A cheap test the text must pass for the rule to run at all (when `pattern` is slow to find nothing). */
  onlyIf?: RegExp;
  /** [before, after], checked by the tests. */
  example: readonly [string, string];
}

/** In order: escape sequences go whole before their ESC alone would; marks and NFC last. */
export const NORMALIZATION_RULES: readonly NormalizationRule[] = [
  {
    name: "lone surrogate (one replacement character, as UTF-8 stores it)",
    pattern: /\p{Cs}/gu,
    replacement: "\ufffd",
    example: ["a\ud800b", "a\ufffdb"],
  },
  {
    name: "terminal escape sequence (colour codes and the like), whole",
    pattern: /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]/g,
    replacement: "",
    example: ["\x1b[31mRevenue\x1b[0m rose", "Revenue rose"],
  },
  {
    name: "line break other than \\n",
    pattern: /\r\n?|[\v\f\x85\u2028\u2029]/g,
    replacement: "\n",
    example: ["one\u2028two", "one\ntwo"],
  },
  {
    name: "control character (tab and line feed stay)",
    pattern: /[\0-\x08\x0e-\x1f\x7f-\x9f]/g,
    replacement: "",
    example: ["Q1\x07 sales", "Q1 sales"],
  },
  {
    name: "invisible format character: zero-width, bidi control, soft hyphen, word joiner",
    pattern: /\p{Cf}/gu,
    replacement: "",
    example: ["$1\u200b2 billion, $3.4 \u202ebillion", "$12 billion, $3.4 billion"],
  },
  {
    name: "private-use or noncharacter code point (no meaning in text; the Markdown parser uses some as markers)",
    pattern: /[\p{Co}\p{Noncharacter_Code_Point}]/gu,
    replacement: "",
    example: ["Revenue\ue000 rose", "Revenue rose"],
  },
  {
    name: "combining mark on a digit or a digit's separator",
    pattern: /(?<=\p{Nd}[.,]?)\p{M}+/gu,
    replacement: "",
    // The lookbehind is tried at every position; most texts have no mark at all.
    onlyIf: /\p{M}/u,
    example: ["$1\u0301.5\u0308 billion", "$1.5 billion"],
  },
];

/** Every rule in order, then Unicode NFC (a letter and its accent as one character). */
export function normalizeText(text: string): string {
  if (NOTHING_TO_NORMALIZE.test(text)) return text;
  let result = text;
  for (const rule of NORMALIZATION_RULES) {
    if (rule.onlyIf && !rule.onlyIf.test(result)) continue;
    result = result.replace(rule.pattern, rule.replacement);
  }
  return result.normalize("NFC");
}

/**
 * Text of only these characters is left as it is by every rule and by NFC (checked by the
 * tests, one character and every pair): printable ASCII, tab, line feed, Latin-1 but its
 * soft hyphen, typographic dashes, quotes and punctuation, currency signs. Most articles
 * are all of them, and this scan is much faster than the rules' Unicode property scans.
 */
export const NOTHING_TO_NORMALIZE = /^[\t\n\x20-\x7e\u00a0-\u00ac\u00ae-\u00ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*$/;
