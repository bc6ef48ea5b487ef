import { ParseError } from "./errors";
import type { BodyLine } from "./page-lines";

// Which of two candidate bodies of a saved page is the article: the page's own rules'
// container, or Readability's. Each is measured (how much of it is prose, how much is link
// text) and the rules' body is kept unless it looks like chrome beside a body that does not.
// A body that is chrome whichever way it was found is refused rather than stored.

export interface BodyMeasure {
  chars: number;
  linkChars: number;
  /** Characters in prose lines: sentence-shaped, mostly not link text. */
  proseChars: number;
}

/** A sentence ends here: terminal punctuation, perhaps a closing quote or bracket, then a space or the line's end. */
const SENTENCE_END = /[.!?。！？…](?:["'”’»)\]]*)(?:\s|$)/u;
/** Shortest prose line: shorter ones are labels, bylines, captions' credits, headings. */
const MIN_PROSE_LINE = 50;
/** Above this share of link text a line or body is a list of links (teasers, menus, tags). */
const MAX_LINK_SHARE = 0.5;
/** The rules' body gives way when the other holds this many times its prose: it found a teaser, a footer or one paragraph of the story. */
const PROSE_RATIO_TO_SWITCH = 2;

/** Lines that are never an article on their own: a body made of nothing else is refused. */
const BOILERPLATE_LINES: readonly { name: string; pattern: RegExp; example: string }[] = [
  { name: "copyright", pattern: /(?:©|\(c\)|copyright\b|all rights reserved)/i, example: "© 2025 Harbor Ledger. All rights reserved." },
  { name: "cookie notice", pattern: /\bcookies?\b/i, example: "We use cookies to improve your experience." },
  { name: "disclosure", pattern: /\b(?:disclosure|disclaimer|(?:has|holds?|had) no (?:position|positions|financial interest))\b/i, example: "Disclosure: the author holds no position in the stocks mentioned." },
  { name: "subscription prompt", pattern: /\b(?:subscribe|sign up|newsletter|log ?in|register)\b/i, example: "Sign up for our newsletter." },
];

export function isProseLine(line: BodyLine): boolean {
  return line.text.length >= MIN_PROSE_LINE && line.linkChars <= line.text.length * MAX_LINK_SHARE && SENTENCE_END.test(line.text);
}

export function measureBody(lines: readonly BodyLine[]): BodyMeasure {
  let chars = 0;
  let linkChars = 0;
  let proseChars = 0;
  for (const line of lines) {
    chars += line.text.length;
    linkChars += line.linkChars;
    if (isProseLine(line)) proseChars += line.text.length;
  }
  return { chars, linkChars, proseChars };
}

/** Why a body is chrome, or null when it may be an article. */
export function chromeReason(lines: readonly BodyLine[]): string | null {
  const measure = measureBody(lines);
  if (measure.chars === 0) return null;
  if (measure.linkChars > measure.chars * MAX_LINK_SHARE) {
    return `its text is ${Math.round((measure.linkChars / measure.chars) * 100)}% links (a list of other stories or a menu, not an article)`;
  }
  if (lines.every((line) => BOILERPLATE_LINES.some((rule) => rule.pattern.test(line.text)))) {
    return "its only text is boilerplate (copyright, cookie, disclosure or sign-up lines), not an article";
  }
  return null;
}

/**
 * The article's lines: the rules' unless they are chrome, or hold under half the prose of
 * Readability's; Readability's when they are not chrome themselves. Readability runs only
 * when it could win: not when the rules' body already holds half the prose of the whole
 * page (its chrome removed). Empty when the rules found no text and Readability none but
 * chrome; throws ParseError when the rules' is chrome and Readability's is no better.
 */
export function chooseBody(rules: readonly BodyLine[], pageProseChars: number, readability: () => readonly BodyLine[]): readonly BodyLine[] {
  const rulesChrome = chromeReason(rules);
  const rulesProse = measureBody(rules).proseChars;
  if (rules.length > 0 && rulesChrome === null && rulesProse * PROSE_RATIO_TO_SWITCH >= pageProseChars) return rules;
  const other = readability();
  const otherUsable = other.length > 0 && chromeReason(other) === null;
  if (rules.length > 0 && rulesChrome === null) {
    return otherUsable && measureBody(other).proseChars >= rulesProse * PROSE_RATIO_TO_SWITCH ? other : rules;
  }
  if (otherUsable) return other;
  if (rulesChrome !== null) throw new ParseError(`no article text found in the page: ${rulesChrome}`);
  return [];
}
