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

/** Lines that are never an article on their own (short ones only: a longer line is prose): a body made of nothing else is refused. */
export const BOILERPLATE_LINES: readonly { name: string; pattern: RegExp; example: string }[] = [
  { name: "copyright", pattern: /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i, example: "© 2025 Harbor Ledger. All rights reserved." },
  { name: "cookie notice", pattern: /\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b/i, example: "We use cookies to improve your experience." },
  { name: "disclosure", pattern: /^(?:disclosure|disclaimer)\s*:|\b(?:has|holds?|had) no (?:position|positions) in\b/i, example: "Disclosure: the author holds no position in the stocks mentioned." },
  { name: "sign-up prompt", pattern: /^(?:subscribe|sign up|sign in|log ?in|register)\b|\bsign up for (?:our|the) newsletters?\b/i, example: "Sign up for our newsletter." },
];
const MAX_BOILERPLATE_LINE = 200;

/** The bullet or number page-lines.ts puts before a list item's first line. */
export const LIST_MARKER = /^(?:•|\d+\.) /;
/** Above this share of link text a line is a link (a headline leading to another story, a menu item). */
const LINK_LINE_SHARE = 0.8;
/** A body whose lines are this share of links or more, with at least MIN_TEASERS of them, lists other stories: headlines, each with an excerpt. */
const MAX_LINK_LINE_SHARE = 1 / 3;
const MIN_TEASERS = 3;

export function isLinkLine(line: BodyLine): boolean {
  return line.linkChars >= line.text.replace(LIST_MARKER, "").length * LINK_LINE_SHARE;
}

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

/** Why a body is chrome, so that it must never be stored as the article, or null. */
export function chromeReason(lines: readonly BodyLine[]): string | null {
  const measure = measureBody(lines);
  if (measure.chars === 0) return null;
  if (measure.linkChars > measure.chars * MAX_LINK_SHARE) {
    return `its text is ${Math.round((measure.linkChars / measure.chars) * 100)}% links (a list of other stories or a menu, not an article)`;
  }
  if (lines.every((line) => line.text.length <= MAX_BOILERPLATE_LINE && BOILERPLATE_LINES.some((rule) => rule.pattern.test(line.text)))) {
    return "its only text is boilerplate (copyright, cookie, disclosure or sign-up lines), not an article";
  }
  return null;
}

/**
 * Why a body looks like a list of other stories (headlines linking away, each with an
 * excerpt), or null: a reason to look for a better body, not to refuse this one, as a
 * story may list links of its own.
 */
export function teaserReason(lines: readonly BodyLine[]): string | null {
  const linkLines = lines.filter(isLinkLine).length;
  return linkLines >= MIN_TEASERS && linkLines >= lines.length * MAX_LINK_LINE_SHARE ? `${linkLines} of its ${lines.length} lines are links` : null;
}

/** Not chrome, and not a list of other stories. */
export function isSoundBody(lines: readonly BodyLine[]): boolean {
  return lines.length > 0 && chromeReason(lines) === null && teaserReason(lines) === null;
}

/**
 * The article's lines: the rules' when they are sound and hold at least half the prose of
 * Readability's; else Readability's when sound; else whichever is not chrome. Readability
 * runs only when it could win: not when the rules' sound body already holds half the prose
 * of the whole page (its chrome removed). Empty when the rules found no text and Readability
 * none but chrome; throws ParseError when all that was found is chrome.
 */
export function chooseBody(rules: readonly BodyLine[], pageProseChars: number, readability: () => readonly BodyLine[]): readonly BodyLine[] {
  const rulesSound = isSoundBody(rules);
  const rulesProse = measureBody(rules).proseChars;
  if (rulesSound && rulesProse * PROSE_RATIO_TO_SWITCH >= pageProseChars) return rules;
  const other = readability();
  const otherSound = isSoundBody(other);
  if (rulesSound) return otherSound && measureBody(other).proseChars >= rulesProse * PROSE_RATIO_TO_SWITCH ? other : rules;
  if (otherSound) return other;
  const rulesChrome = chromeReason(rules);
  if (rules.length > 0 && rulesChrome === null) return rules;
  if (other.length > 0 && chromeReason(other) === null) return other;
  if (rulesChrome !== null) throw new ParseError(`no article text found in the page: ${rulesChrome}`);
  return [];
}
