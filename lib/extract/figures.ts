// Finds the figures in a text and normalizes them: currency by symbol or code,
// scale words and abbreviations, cents and pence, percentages, percentage and
// basis points, index points, multiples, counts of things, and ranges ("$2.34 to $2.36").
// How units and scales are spelled is in units.ts (tables) and lexicon.ts (word lists).
// What is deliberately NOT a figure: years, dates, times, durations ("5 years"),
// ordinals, product and index names ("Qwen3", "S&P 500"), and bare numbers that
// count nothing named.
import type { Figure, Qualifier, Span } from "@/lib/contract";
import { alternation, INDEX_CUE_NAMES, MARKET_INDEXES } from "./lexicon";
import {
  CENT_CURRENCIES, CURRENCY_PREFIXES, CURRENCY_WORDS, currencyWordUnit, DINAR_FILS_CONTEXT, DIRHAM_CONTEXT_RE, DOLLAR_COUNTRIES, ISO_CODES, MINOR_UNITS, minorUnit,
  CURRENCY_SCALE_ABBREVIATIONS, RAND_CONTEXT_RE, SHILLING_CONTEXT_RE, NAIRA_CONTEXT_RE, SCALE_FACTORS, SCALE_RE, SHARED_CURRENCY_WORDS, UNITS, WORD_AMOUNTS,
} from "./units";

/** A figure as read from the text; its direction comes from the clause around it. */
export type FoundFigure = Omit<Figure, "change">;

/** A number as scanned, before ranges are merged and bare numbers dropped. */
interface Token {
  start: number;
  end: number;
  value: number;
  scale: number;
  /** The currency or unit; "cents" and "points" until the article and the clause decide them. */
  unit: string | null;
  /** What the unit multiplied the value by (cents: 0.01): a bare low bound of a range takes it too. */
  factor: number;
  per: string | null;
  /** True when the currency came from a symbol or code before the number. */
  prefixed: boolean;
  /** An index level read from its clause ("to 33,684.53"): never a bound of a range. */
  level: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PREFIX_UNITS = new Map<string, string>(CURRENCY_PREFIXES.map((p) => [p.prefix.toUpperCase(), p.unit]));
const SPACE = "[ \\u00A0\\u2009\\u202F]";

// Currency prefix (symbol or ISO code, optionally spaced), then the number in one of its
// shapes: 1,234.5 | 49 000 (space thousands) | 8,7 (decimal comma) | 1234.5.
const NUMBER_RE = new RegExp(
  String.raw`(?<![\w.,$€£¥])(?:(${[...CURRENCY_PREFIXES.map((p) => escapeRe(p.prefix)), ...ISO_CODES].join("|")})(\s?))?` +
    String.raw`(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?)|(\d{1,3}(?:${SPACE}\d{3})+(?:\.\d+|,\d{1,2})?(?!\d))|(\d{1,3},\d{1,2})(?!\d|,\d)|(\d+(?:\.\d+)?))`,
  "g",
);

// An article that writes thousands with spaces shows it somewhere beyond doubt: a currency
// before the groups, or a scale, unit or percent after them ("R1 294", "55 188 points",
// "€4 497 million"), or a decimal comma before a percent or a scale ("5,7%", "R8,7-billion").
const SPACED_STYLE_RE = new RegExp(
  String.raw`(?:[R€£$₹]|Rs\.?\s?)\d{1,3}(?:${SPACE}\d{3})+(?!\d)|(?<![\d.,])\d{1,3}(?:${SPACE}\d{3})+(?:[.,]\d+)?\s?(?:%|(?:points|million|billion|per cent|rand)\b)|(?<![\d,.])\d{1,3},\d{1,2}(?![\d,])(?:\s?%|(?:\s|-)?(?:billion|million|bn|m)\b)`,
);

// "US$1.2bn-US$1.4bn", "€4bn-€5bn": a dash glued to a second currency amount is a range's join, not a word glued on.
const CURRENCY_AFTER_DASH_RE = new RegExp(String.raw`^-(?:${[...CURRENCY_PREFIXES.map((p) => escapeRe(p.prefix)), ...ISO_CODES].join("|")})\s?\d`);

const PER_RE =
  /(?:\s+in (?:cash|stock|cash and stock))?\s+(?:an?|per|each|for each)\s+(?:(?:basic and diluted|diluted and basic|diluted|basic|ordinary|common|equity|class [A-Z])\s+)?(share|ADS|ADR|American depositary share|American depository share|barrel|ounce|tonne|ton|unit)s?\b/iy;
// "$60/share", "$82/bbl", "$2,400/oz": a unit written after a slash.
const PER_SLASH_RE = /\/\s?(share|sh|barrel|bbl|ounce|oz|tonne|t|unit)\b/y;
const PER_SLASH_UNITS: Readonly<Record<string, string>> = { sh: "share", bbl: "barrel", oz: "ounce", t: "tonne" };
// "35.3 million shares at $34 each", "sold at $19 apiece": a price per share.
const EACH_AFTER_RE = /\s+(?:each|apiece)\b/y;
const SHARES_BEFORE_RE = /\bshares?\b[^.]{0,30}$/i;
// An offer's parts: "412 pence in cash and 0.0845 new Vanterra shares for each Hartwell share";
// "valuing each Hartwell share at 566 pence".
const OFFER_PART_AFTER_RE = /^(?:[^.;]|\.\d){0,90}?\bfor (?:each|every)\s+(?:[A-Z][\w&-]*\s+){0,2}(?:(?:ordinary|common|existing)\s+)?(?:share|ADS|ADR)\b/;
/** What, written just before an unscaled price, makes it a price per share (tried in order). */
export const PER_SHARE_BEFORE: readonly { name: string; example: string; re: RegExp }[] = [
  { name: "each share at", example: "valuing each Hartwell share at 566 pence", re: /\b(?:each|every|per|a)\s+(?:[A-Z][\w&.-]*\s+){0,2}(?:(?:ordinary|common)\s+)?share\s+at\s+$/i },
  { name: "offer price", example: "25% above the initial public offering price of $25", re: /\b(?:IPO|offer(?:ing)?|issue|listing|placing|subscription|tender)\s+price\s+(?:of\s+|was\s+|at\s+)?$/i },
  { name: "priced at", example: "Norvale, which priced at $18, the bottom of its range", re: /\bpriced\s+(?:(?:its|the|their)\s+)?(?:(?:shares|stock|IPO|offering)\s+)?at\s+$/i },
  { name: "marketed at", example: "It had marketed the shares at $21 to $23", re: /\bmarketed\s+(?:(?:its|the|their)\s+)?(?:shares\s+)?at\s+$/i },
  { name: "offer range", example: "at the top of its indicative range of HK$245.00 to HK$263.00", re: /\b(?:indicative|price|pricing|marketed|marketing|offer(?:ing)?|IPO)\s+(?:range|band)\s+(?:of\s+|is\s+|was\s+|at\s+)?$/i },
  // Nouns only: "the rand was bid at R13.60" is a quote, not an offer.
  { name: "offer at", example: "rejected two earlier approaches at 480p and 525p", re: /(?<!\b(?:was|were|is|are|be|been|being)\s+)\b(?:offers?|bids?|approach(?:es)?|proposals?)\s+(?:of|at|worth)\s+$/i },
  { name: "shares at", example: "sold 58 million shares at $25 on Wednesday", re: /\bshares\s+at\s+$/i },
  // Press-release results lines: "Adjusted loss per share: ($0.05)", "the loss per share was negative $0.10".
  { name: "per-share measure", example: "Adjusted loss per share: ($0.05), compared with a year ago", re: /\b(?:earnings|loss|income|profit)\s+per\s+(?:(?:diluted|basic)\s+)?share\s*(?::|of|was|were|is|came in at)?\s*(?:(?:negative|minus|a loss of)\s+)?\(?$/i },
  // Wire shorthand: "Third-quarter adjusted profit/share $0.23 vs est $0.16", "Q2 EPS/ADS RMB1.20".
  { name: "per-share shorthand", example: "Third-quarter adjusted profit/share $0.23", re: /\b(?:earnings|loss|income|profit|EPS)\s?\/\s?(?:share|shr|ADS)\s*(?::\s*)?$/i },
];
// A share exchange ratio: "0.0845 new Vanterra shares for each Hartwell share" (a count per share).
const EXCHANGE_RATIO_AFTER_RE = /^\s+(?:new\s+)?(?:[A-Z][\w&.-]*\s+){0,2}(?:(?:ordinary|common)\s+)?(?:shares|ADSs|ADRs)\s+for (?:each|every)\s/;
const RATE_FOOTNOTE_AFTER_RE = /^\s?=\s?\d/;
// An exchange rate: "the yen strengthened to 147.85 per dollar", "the rupee closed at 84.07 to the dollar".
// ("68.75 against a dollar", "83.75 (provisional) against the US dollar": Indian papers' rupee.)
const FX_AFTER_RE = /^\s+(?:\((?:provisional|provisionally)\)\s+)?(?:per|to the|to a|against the|against a|a)\s+(?:U\.?S\.?\s+)?(?:dollar|greenback|euro)\b/;
const FX_CURRENCY_RE = new RegExp(String.raw`\b(${Object.keys(CURRENCY_WORDS).join("|")})\b`, "gi");

// Things a bare number can count ("30 analysts", "100 million monthly active users").
const COUNT_NOUNS = String.raw`analysts|users|customers|subscribers|employees|workers|jobs|staff|people|stores|shops|outlets|locations|vehicles|cars|EVs|units|shares|ADSs|ADRs|devices|smartphones|phones|handsets|chips|GPUs|processors|servers|orders|accounts|members|merchants|sellers|buyers|companies|firms|businesses|countries|markets|cities|centers|centres|deliveries|passengers|visitors|downloads|households|homes|contracts|patents|products|apps|transactions|flights|aircraft|planes|jets|restaurants|branches|banks|investors|clients|partners|suppliers|factories|plants|tons|tonnes|barrels|bpd|ounces|positions|roles|layoffs|patients|students|players|viewers|followers|developers|engineers|researchers|economists|traders|respondents|votes|seats|deals|projects|sites|licenses|titles|games|tickets|packages|parcels|properties|trucks|vessels|ships|drivers|riders|hotels|rooms|doses|miles|kilometers|kilometres|acres|brokers|funds|startups|institutions|members|owners|residents|consumers|managers|wins|warehouses|carmakers|automakers|makers|retailers|lenders|hospitals|clinics|schools|offices|facilities|agents|creators|advertisers|publishers|labs|laboratories|sectors|stocks|industries|segments|regions|provinces|nations|economies|currencies|openings|closures|destinations|routes|gainers|losers|decliners|advancers|counters`;
const COUNT_RE = new RegExp(
  String.raw`(?:\s+of\s+(?:the|its|their)\s+(?:\d+\s+)?(?:[\w.-]+\s+){0,3}?(?:${COUNT_NOUNS})\b|(?:\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|the|a|an|per|over|years?|months?|weeks?|days?)\b)[A-Za-z][\w'-]*){0,2}\s+(?:${COUNT_NOUNS})\b)`,
  "y",
);

const BREADTH_WORDS = String.raw`(?:gainers|losers|decliners|advancers|advances|declines|advancing|declining)`;
const BREADTH_BEFORE_RE = new RegExp(String.raw`\b${BREADTH_WORDS}\s+(?:[a-z]+\s+){1,2}${BREADTH_WORDS}\s+(?:by\s+)?(?:\d[\d,]*\s+to\s+)?$`, "i");
// A KPI line: its label alone before a colon, at the start of a line or list item.
const KPI_LABEL_BEFORE_RE = /(?:^|\n)[ \t]*(?:[-•*–][ \t]*)?([A-Z][^\n:.;]{0,60}):[ \t]?$/;
const COUNT_LABEL_RE = new RegExp(String.raw`\b(?:${COUNT_NOUNS})\b`, "i");

const MONTH_BEFORE_RE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;
// Capitalized words that may directly precede a counted number ("About 30 analysts").
const FUNCTION_WORDS = new Set([
  "about", "some", "nearly", "over", "more", "almost", "around", "roughly", "approximately", "only", "just",
  "all", "the", "its", "their", "his", "her", "our", "in", "of", "at", "by", "with", "for", "and", "but",
  "than", "to", "from", "another", "up", "as", "least", "those", "these", "those", "under", "fewer", "less",
]);
const WORD_BEFORE_RE = /([A-Za-z][\w&'.-]*)\s+$/;

// "about a 70% chance" takes the hedge across "a"; "more than the 380 billion yuan it had set
// aside" across "the" ("talks about the $5 billion deal" does not).
const QUALIFIER_RE =
  /(?:^|[^\w])(no more than|more than|in excess of|upwards of|at least|just over|over|just under|close to|nearly|almost|about|roughly|approximately|approx\.|around|some|up to|at most|less than|as much as|~)\s*(?:an?\s+)?$|(?:^|[^\w])(no more than|more than|less than)\s+the\s+$/i;
const QUALIFIER_MAP: Record<string, Qualifier> = {
  "more than": "more than", "in excess of": "more than", "upwards of": "more than", "at least": "more than",
  "just over": "over", over: "over", "just under": "nearly", "close to": "nearly", nearly: "nearly",
  almost: "almost", about: "about", roughly: "about", approximately: "about", "approx.": "about",
  around: "about", some: "about", "~": "about", "up to": "up to", "at most": "up to", "less than": "up to",
  "no more than": "up to", "as much as": "as much as",
};

// "to"/"and" between spaces, "-to-", or a dash glued to both bounds ("5-7%", "$5–$6"); a spaced
// dash is a clause break ("$0.71 — $0.24 more than expected"), except a hyphen or en dash
// between two amounts written alike, the higher second ("EPS of $4.45 - $4.60", a headline).
const RANGE_JOIN_RE = /\s+(?:to|and)\s+|-to-|[-–—]|(\s[-–]\s)/y;
const BETWEEN_BEFORE_RE = /\bbetween\s+$/i;
// "rose from 5% to 7%" is a change from a prior value, not a range.
const CHANGE_FROM_BEFORE_RE =
  /\b(?:rose|rise|rising|risen|increased?|increasing|grew|grow|growing|jumped|climbed|fell|fall|falling|fallen|dropped|declined?|declining|decreased?|slid|raised|raising|lowered|lowering|cut|cutting|boosted|lifted|narrowed|widened|up|down|changed?)\s+(?:\w+\s+){0,2}from\s+$/i;

const BULLET_LINE_RE = /^\s*[•*·▪‣◦–-]\s/;
/** A first line longer than this is a paragraph, not a headline (as lib/parse reads headings). */
const HEADLINE_MAX_LENGTH = 150;

// "expects $965 million to $975 million, up from $915 million to $925 million previously".
const PRIOR_RANGE_BEFORE_RE = /[,;(]\s*(?:up|down)\s+from\s+$/i;

function wordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/** What the article tells every number: how it writes thousands, whether "R" is the rand, what ¥ means. */
interface TextStyle {
  spacedThousands: () => boolean;
  rand: () => boolean;
  shilling: () => boolean;
  naira: () => boolean;
  yenIsYuan: (at: number) => boolean;
}

/** A test of the whole text, run once and only if some number asks. */
function lazyTest(re: RegExp, text: string): () => boolean {
  let answer: boolean | undefined;
  return () => (answer ??= re.test(text));
}

function scanTokens(text: string, style: TextStyle): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const prefix = m[1];
    const [comma, spaced, decimalComma, plain] = [m[3], m[4], m[5], m[6]];
    const digits = (comma ?? spaced ?? decimalComma ?? plain)!;
    const numberStart = m.index + m[0].length - digits.length;
    let end = numberStart + digits.length;
    let unit: string | null = null;
    let prefixed = false;
    if (prefix !== undefined) {
      const key = prefix.toUpperCase();
      // "R1" and "R 5" are names or grades unless the article is about South Africa or the
      // number has decimals, thousands or a scale ("R52.04", "R1 294", "R1.2bn").
      if (key === "R" && (m[2] !== "" || !(/[.,\s]/.test(digits) || scaleAt(text, end) !== null || style.rand()))) continue;
      // "Sh" likewise: the Kenyan shilling in a Kenyan story, or before decimals or a scale ("Sh37.05 billion").
      // "N323 billion" is the naira only in a Nigerian story, before decimals or a scale ("N95 masks" stay names).
      if (key === "N" && !(style.naira() && m[2] === "" && (/[.,]/.test(digits) || scaleAt(text, end) !== null))) continue;
      if (key === "SH" && !(style.shilling() || (m[2] === "" && (/[.,]/.test(digits) || scaleAt(text, end) !== null)))) continue;
      unit = PREFIX_UNITS.get(key) ?? (key === "RMB" ? "CNY" : key);
      if (unit === "JPY" && style.yenIsYuan(m.index)) unit = "CNY";
      prefixed = true;
    }
    // Times ("10:30"), dates ("9/24"), decimals cut short are not figures.
    const next = text[end];
    if ((next === ":" || next === "/") && /\d/.test(text[end + 1] ?? "")) continue;
    if ((text[numberStart - 1] === "/" || text[numberStart - 1] === ":") && /\d/.test(text[numberStart - 2] ?? "")) continue;

    let value = Number((comma ?? plain ?? "").replaceAll(",", ""));
    let scale = 1;
    let factor = 1;
    let read = readUnit(text, end, unit);
    if (spaced !== undefined || decimalComma !== undefined) {
      const whole = (spaced ?? decimalComma)!.replace(/\s/g, "").replace(",", ".");
      // A decimal comma is certain only before a scale, a unit or a percent ("5,7%", "352,5 pence",
      // "R8,7-billion") or after a currency; space thousands also in an article that writes them so.
      const certain = prefixed || read.scale > 1 || read.unit !== unit || (spaced !== undefined && style.spacedThousands() && !MONTH_BEFORE_RE.test(text.slice(Math.max(0, numberStart - 12), numberStart)));
      if (certain) value = Number(whole);
      else if (decimalComma !== undefined) {
        // "1,5 and 2": read only the whole part, as before any decimal comma.
        value = Number(decimalComma.slice(0, decimalComma.indexOf(",")));
        end = numberStart + decimalComma.indexOf(",");
        read = { end, scale: 1, unit, factor: 1 };
      } else continue; // "49 000" in an article that never writes thousands so: two numbers or one, unknown.
    }
    // "SEK 782 (516) million", "price target to 225 (210) pence": Nordic interim reports and broker-rating
    // wires write the earlier figure in brackets between the new one and its unit: both take that unit.
    const bracketed = bracketedEarlier(text, numberStart, end, tokens.at(-1));
    if (bracketed) read = { ...bracketed, end };
    else if (read.end === end && read.unit === unit) {
      BRACKETED_AFTER_RE.lastIndex = end;
      if (BRACKETED_AFTER_RE.test(text)) {
        const after = readUnit(text, BRACKETED_AFTER_RE.lastIndex, unit);
        if (after.scale > 1 || after.unit !== unit) read = { ...after, end };
      }
    }
    ({ end, scale, unit, factor } = read);
    // Nigerian bourse reports write kobo "k": "CAP added 85k to close at N26.60", "fell by 9.18 per cent to close at 89k".
    if (scale === 1e3 && unit === null && end === numberStart + digits.length + 1 && text[end - 1] === "k" && /^\d{1,2}$/.test(digits) && style.naira()) {
      [scale, unit, factor] = [1, "NGN", 0.01];
    }
    if (factor !== 1) value = scaled(value, factor);
    // "($1 = 119.93 yen)": the rate a story converted at; its "$1" is no figure.
    if (value === 1 && prefixed && RATE_FOOTNOTE_AFTER_RE.test(text.slice(end, end + 4))) continue;
    // Anything glued on that is no unit ("5G", "1st", "52-week", "10-K") makes it no figure.
    // A percent sign ends the figure even with a word glued on ("fell 1.6%after the results");
    // "$1.20-to-$1.30" is a range's low bound.
    // "a 1.33 million-unit pace", "a 912,000-unit rate" (housing data): a large count used as an adjective is still the count.
    const unitAdjective = UNIT_ADJECTIVE_RE.test(text.slice(end, end + 7)) && (scale > 1 || comma !== undefined);
    if ((wordChar(text[end]) && text[end - 1] !== "%") || (text[end] === "-" && /[A-Za-z]/.test(text[end + 1] ?? "") && !text.startsWith("-to-", end) && !unitAdjective && !CURRENCY_AFTER_DASH_RE.test(text.slice(end, end + 8)))) continue;
    tokens.push({ start: m.index, end, value, scale, unit, factor, per: perAfter(text, m.index, end, unit, scale), prefixed, level: false });
  }
  return tokens;
}

// "The bid-to-cover ratio, a gauge of demand, came in at 2.41, down from 2.58": a bond auction's demand ratio,
// named earlier in its sentence, makes a bare decimal a reading (Treasury and sovereign auction results).
const COVER_RATIO_BEFORE_RE = /\b(?:bid-to-cover|cover) ratios?\b(?:[^.;]|\.(?=\d)){0,110}?\b(?:of|at|was|were|from|to|is)\s+(?:(?:about|around|roughly|an?|the)\s+)?$/i;
const UNIT_ADJECTIVE_RE = /^-units?\b/;
const COUNTED_BEFORE_VERB_RE = /\b(?:[Nn]umber of|book-to-bill(?: ratio)?)\b(?:[^.;]|\.(?=\d)){0,110}?\b(?:rose|fell|grew|increased|climbed|dropped|declined|jumped|reached|hit|was|were|stood at|totalled|totaled)\s+(?:to\s+)?(?:\d[\d,.]*\s+from\s+)?$/;
// A survey gauge named in the clause (consumer confidence, sentiment, a business climate, a PMI), then the reading's verb.
// (Conference Board, University of Michigan, Ifo and PMI stories write the readings bare.)
const GAUGE_READING_BEFORE_RE = /\b(?:confidence|sentiment|business climate|PMI|purchasing managers['’]? index)\b(?:[^.;:]|\.(?=\d)){0,90}?\b(?:to|from|at|of|was|were|is)\s+(?:(?:a|an)\s+)?(?:(?:revised|downwardly revised|upwardly revised|preliminary|final|reading of|score of)\s+)*$|\ba reading of\s+$/i;

/**
 * "Sh24.6 billion", "Ksh35.6 billion": a currency glued to its number looks like a product
 * name ("Galaxy S24") to the entity scan; a name-shaped exclusion that starts at the
 * currency does not hide the amount.
 */
function gluedCurrency(text: string, t: Token, excluded: Span[]): boolean {
  if (!t.prefixed || !GLUED_WORD_PREFIX_RE.test(text.slice(t.start, t.start + 6))) return false;
  return excluded.every((r) => r[1] <= t.start || r[0] >= t.end || r[0] === t.start);
}
/** "$4.13", "$ 12": a dollar sign with no country letters after it ("$US17" is USD). */
const BARE_DOLLAR_RE = /^\$[\d\s]/;
const GLUED_WORD_PREFIX_RE = /^[A-Z][a-z]+\d/;

function scaleAt(text: string, at: number): { end: number; factor: number } | null {
  SCALE_RE.lastIndex = at;
  const s = SCALE_RE.exec(text);
  if (!s) return null;
  const word = (s[1] ?? s[2] ?? s[3] ?? "").toLowerCase().replace(/\s+/g, " ");
  const factor = SCALE_FACTORS[word];
  return factor === undefined ? null : { end: s.index + s[0].length, factor };
}

/** "Rs 1,300 cr": a scale written short only after its currency (CURRENCY_SCALE_ABBREVIATIONS). */
function currencyScaleAt(text: string, at: number, unit: string | null): { end: number; factor: number } | null {
  for (const a of CURRENCY_SCALE_ABBREVIATIONS) {
    if (a.unit !== unit) continue;
    a.re.lastIndex = at;
    if (a.re.test(text)) return { end: a.re.lastIndex, factor: a.factor };
  }
  return null;
}

/** The scale and unit written after a number that ends at `at`; `unit` is its prefixed currency. */
function readUnit(text: string, at: number, unit: string | null): { end: number; scale: number; unit: string | null; factor: number } {
  let end = at;
  const s = scaleAt(text, end) ?? currencyScaleAt(text, end, unit);
  const scale = s?.factor ?? 1;
  if (s) end = s.end;
  for (const rule of UNITS) {
    rule.re.lastIndex = end;
    const u = rule.re.exec(text);
    if (!u) continue;
    if (rule.ifBare && unit !== null) break;
    let read: string | null = rule.unit;
    if (rule.unit === "code") read = u[1] === "RMB" ? "CNY" : u[1]!;
    else if (rule.unit === "dollars") read = DOLLAR_COUNTRIES[(u[1] ?? "").toLowerCase()] ?? unit ?? "USD";
    else if (rule.unit === "word") read = currencyWordUnit(u[1] ?? "") ?? unit;
    else if (rule.unit === "dollar cents") read = DOLLAR_COUNTRIES[(u[1] ?? "").toLowerCase()] ?? "USD";
    else if (rule.unit === "minor") read = minorUnit(u[1] ?? "");
    if (read === null) break;
    return { end: u.index + u[0].length, scale, unit: read, factor: rule.factor ?? 1 };
  }
  return { end, scale, unit, factor: 1 };
}

const BRACKETED_AFTER_RE = /\s?\(-?\d[\d,]*(?:\.\d+)?\)/y;
const DECIMAL_RE = /\.\d/;

/**
 * The unit of a bracketed earlier figure, "(516)" in "SEK 782 (516) million": the figure just before it,
 * when that one's unit is written after the bracket, or its currency prefix when both are decimals ("SEK 0.19 (0.02)").
 */
function bracketedEarlier(text: string, start: number, end: number, before: Token | undefined): { scale: number; unit: string | null; factor: number } | null {
  if (!before || text[end] !== ")") return null;
  const open = text[start - 1] === "-" ? start - 2 : start - 1;
  if (text[open] !== "(" || !/^\s?$/.test(text.slice(before.end, open)) || text.slice(before.end, open).length > 1) return null;
  const prefix = before.prefixed ? before.unit : null;
  const after = readUnit(text, end + 1, prefix);
  const unitAfterBracket = after.scale > 1 || after.unit !== prefix;
  const decimals = DECIMAL_RE.test(text.slice(before.start, before.end)) && DECIMAL_RE.test(text.slice(start, end));
  if (!unitAfterBracket && !(before.prefixed && decimals)) return null;
  return { scale: before.scale, unit: before.unit, factor: before.factor };
}

function perAfter(text: string, start: number, end: number, unit: string | null, scale: number): string | null {
  if (unit === null || unit === "%" || unit === "pp" || unit === "points") return null;
  PER_RE.lastIndex = end;
  const p = PER_RE.exec(text);
  if (p) {
    const what = (p[1] ?? "").toLowerCase();
    return what === "ads" || what === "adr" || what.startsWith("american") ? "share" : what;
  }
  PER_SLASH_RE.lastIndex = end;
  const slash = PER_SLASH_RE.exec(text);
  if (slash) return PER_SLASH_UNITS[slash[1]!.toLowerCase()] ?? slash[1]!.toLowerCase();
  const before = text.slice(Math.max(0, start - 40), start);
  EACH_AFTER_RE.lastIndex = end;
  if (EACH_AFTER_RE.test(text) && SHARES_BEFORE_RE.test(before)) return "share";
  // A per-share amount is never written with a scale ("$5 billion ... $50 for each share").
  if (scale > 1) return null;
  if (PER_SHARE_BEFORE.some((cue) => cue.re.test(before))) return "share";
  return OFFER_PART_AFTER_RE.test(text.slice(end, end + 140)) ? "share" : null;
}

// Spelled-out numbers count only with a unit that makes them a measure: "five per cent",
// "two percentage points", "two basis points", "five billion pounds", "up three cents" (not "five years", "three analysts").
const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const WORD_FIGURE_RE = new RegExp(
  String.raw`\b(${Object.keys(WORD_VALUES).join("|")})\s+(?:(percent|per cent|percentage points?|basis points?)|(thousand|million|billion|trillion)\s+(${ISO_CODES.join("|")}|dollars|pounds|euros|yuan|yen|(?:U\.S\.|US|Hong Kong|Canadian|Australian) dollars)|(times)(?=\s+(?:the|its|their|that|what|as|higher|more|larger|bigger)\b)|(${MINOR_UNITS.map((m) => m.words).join("|")})|(cents))\b`,
  "gi",
);

function scanWordFigures(text: string): Token[] {
  const tokens: Token[] = [];
  const token = (start: number, end: number, value: number, scale: number, unit: string): Token =>
    ({ start, end, value, scale, unit, factor: 1, per: null, prefixed: false, level: false });
  for (const m of text.matchAll(WORD_FIGURE_RE)) {
    const value = WORD_VALUES[m[1]!.toLowerCase()]!;
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[7] !== undefined) {
      // "up three cents from $1.35": cents of the article's cent currency, spelled out.
      const t = token(start, end, value / 100, 1, "cents");
      t.factor = 0.01;
      tokens.push(t);
    } else if (m[6] !== undefined) {
      // Bernama's "TNB rose eight sen to RM11.44": a hundredth of the currency, spelled out.
      const t = token(start, end, value / 100, 1, minorUnit(m[6]) ?? "");
      t.factor = 0.01;
      tokens.push(t);
    } else if (m[5] !== undefined) {
      // "nearly three times the average": a multiple.
      tokens.push(token(start, end, value, 1, "x"));
    } else if (m[2] !== undefined) {
      // "climbed two basis points": a hundredth of a percentage point.
      if (/^basis/i.test(m[2])) tokens.push(token(start, end, value / 100, 1, "pp"));
      else tokens.push(token(start, end, value, 1, /point/i.test(m[2]) ? "pp" : "%"));
    } else {
      const word = m[4]!.toLowerCase();
      const unit = DOLLAR_COUNTRIES[word.replace(/ dollars$/, "")] ?? CURRENCY_WORDS[word] ?? (word === "dollars" ? "USD" : m[4]!.toUpperCase());
      tokens.push(token(start, end, value, SCALE_FACTORS[m[3]!.toLowerCase()]!, unit));
    }
  }
  // "half a percentage point", "a quarter-point cut", "half a cent", "tenfold", longest first.
  const lower = text.toLowerCase();
  for (const phrase of WORD_AMOUNTS) {
    if (!lower.includes(phrase.word)) continue;
    for (const m of text.matchAll(phrase.re)) {
      const span: Span = [m.index, m.index + m[0].length];
      if (!overlapsAny(span, tokens.map((t) => [t.start, t.end]))) tokens.push(token(span[0], span[1], phrase.value, 1, phrase.unit));
    }
  }
  return tokens;
}

function isBareYearOrDate(text: string, t: Token): boolean {
  const digits = text.slice(t.start, t.end);
  if (/^(?:19|20)\d\d$/.test(digits)) return true;
  return MONTH_BEFORE_RE.test(text.slice(Math.max(0, t.start - 12), t.start));
}

/**
 * Numbers that are part of a product's or a company's name, never a count: tried on a bare
 * number before it is counted. `number` in the example is what must not be read as a figure.
 */
export const NAME_NUMBERS: readonly { name: string; example: string; number: string; before?: RegExp; after?: RegExp; digits?: RegExp }[] = [
  // "F-35", "Su-57", "GPT-4", "COVID-19": a letter and a hyphen glued before the number.
  { name: "hyphenated model", example: "The air force ordered 12 more F-35 jets.", number: "35", before: /[A-Za-z]-$/ },
  // "737 MAX", "787 Dreamliners", "A350 XWB", "iPhone 17 Pro": a model family word after it.
  { name: "model family after", example: "It delivered 44 of its 737 MAX jets.", number: "737", after: /^\s+(?:MAX|Max|neo|XWB|Dreamliners?|Pro|Ultra|Plus|Mini)\b/ },
  // "iPhone 17", "eVTOL 4": a camel-case product name before it (a capitalized one is already a name).
  { name: "camel-case product before", example: "Apple sold 12 million more iPhone 17 handsets.", number: "17", before: /\b[a-z]+[A-Z]\w*\s+$/ },
  // "3M (NYSE: MMM)", "3M's shares": a capital scale letter on a bare integer that counts nothing named.
  { name: "company named by a number", example: "3M's shares rose 4.2% before the bell.", number: "3M", digits: /^\d+[MB]$/ },
];

function isNameNumber(text: string, t: Token): boolean {
  const before = text.slice(Math.max(0, t.start - 16), t.start);
  const after = text.slice(t.end, t.end + 16);
  const digits = text.slice(t.start, t.end);
  return NAME_NUMBERS.some((r) => (!r.before || r.before.test(before)) && (!r.after || r.after.test(after)) && (!r.digits || r.digits.test(digits)));
}

/**
 * A bare number that counts what an earlier count of its sentence named, the noun left out:
 * "Of the 68 analysts covering it, 57 rate it a buy", "opened 94 stores and closed 21".
 * `number` in the example is the count the cue makes.
 */
export const ELIDED_COUNT_CUES: readonly { name: string; example: string; number: string; before?: RegExp; after?: RegExp }[] = [
  { name: "verb of the counted", example: "Of the 68 analysts covering the stock, 57 rate it a buy.", number: "57", after: /^\s+(?:rate|rated|recommend|recommended|say|said|have|had|are|were|expect|see)\b/ },
  { name: "more of them", example: "It has 796 stores and plans to open about 40 more next year.", number: "40", after: /^\s+(?:more|fewer|others|of them)\b/ },
  { name: "of whom", example: "About 22 analysts cover the stock, of whom 14 rate it a buy.", number: "14", before: /\bof (?:whom|which|them)\s+$/ },
  { name: "second verb", example: "The group opened 94 stores in the period and closed 21, taking its total to 2,418.", number: "21", before: /\b(?:and|but|while)\s+[a-z]+ed\s+(?:(?:about|another|a further|only|just)\s+)?$/, after: /^(?:[,;.]|\s+(?:in|over|during)\b)/ },
];

/** Whether bare number `tokens[at]` counts what an earlier count of its sentence named (see ELIDED_COUNT_CUES). */
function elidedCount(text: string, tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  if (/[.,]/.test(text.slice(t.start, t.end))) return false;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const after = text.slice(t.end, t.end + 16);
  if (!ELIDED_COUNT_CUES.some((c) => (!c.before || c.before.test(before)) && (!c.after || c.after.test(after)))) return false;
  for (let j = at - 1; j >= 0; j--) {
    const e = tokens[j]!;
    if (t.start - e.end > 200 || /[.!?]\s/.test(text.slice(e.end, t.start))) return false;
    if (e.unit === null && e.value > t.value && countKind(text, e) === "named") return true;
  }
  return false;
}

/** A bare number becomes a count when it names what it counts, or is scaled or has thousands. */
function countKind(text: string, t: Token): "named" | "bare" | null {
  if (isBareYearOrDate(text, t)) return null;
  if (isNameNumber(text, t)) {
    // "3M users" still counts users.
    COUNT_RE.lastIndex = t.end;
    return /^\d+[MB]$/.test(text.slice(t.start, t.end)) && COUNT_RE.test(text) ? "named" : null;
  }
  const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, t.start - 24), t.start));
  // "Nasdaq 100", "iPhone 17", "Fortune 500": a name, not a quantity.
  if (before?.[1] && /^[A-Z]/.test(before[1]) && !FUNCTION_WORDS.has(before[1].toLowerCase())) return null;
  COUNT_RE.lastIndex = t.end;
  if (COUNT_RE.test(text)) return "named";
  // "Flights cancelled: 412", "- Aircraft in service at quarter end: 214": a KPI line's label names what its figure counts.
  if (text[t.start - 2] === ":" || text[t.start - 1] === ":") {
    const label = KPI_LABEL_BEFORE_RE.exec(text.slice(Math.max(0, t.start - 70), t.start))?.[1];
    if (label !== undefined && COUNT_LABEL_RE.test(label) && /^\d[\d,]*$/.test(text.slice(t.start, t.end))) return "named";
  }
  // Market breadth as Bernama and Gulf closes write it: "gainers led decliners by 612 to 431", "losers outpaced gainers 473 to 236".
  if (BREADTH_BEFORE_RE.test(text.slice(Math.max(0, t.start - 60), t.start))) return "named";
  // "the number of customers paying more than $1 million rose to 612 from 478", "the book-to-bill ratio rose to 1.27 from 1.08":
  // the measure named before its verb says what the bare number counts.
  // (Pre-filtered: countKind runs for every bare number.)
  const lead = text.slice(Math.max(0, t.start - 140), t.start);
  if ((lead.includes("umber of") || lead.includes("book-to-bill")) && COUNTED_BEFORE_VERB_RE.test(lead)) return "named";
  if (lead.includes("cover ratio") && /\.\d/.test(text.slice(t.start, t.end)) && COVER_RATIO_BEFORE_RE.test(lead)) return "named";
  // "totaled 481,166": a thousands separator marks a quantity, never a year or a name.
  const digits = text.slice(t.start, t.end);
  return t.scale > 1 || (/\d[,\s]\d{3}/.test(digits) && !/[.]/.test(digits)) ? "bare" : null;
}

/** value × scale without binary noise (16.6 × 1e9 is 16600000000, not ...000002). */
function scaled(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(12));
}

function qualifierBefore(text: string, start: number): Qualifier | null {
  const m = QUALIFIER_RE.exec(text.slice(Math.max(0, start - 24), start));
  const hedge = m?.[1] ?? m?.[2];
  return hedge ? (QUALIFIER_MAP[hedge.toLowerCase()] ?? null) : null;
}

function overlapsAny(span: Span, regions: Span[]): boolean {
  for (const r of regions) if (span[0] < r[1] && r[0] < span[1]) return true;
  return false;
}

// ---- Index points ------------------------------------------------------------------------

// A stock index named in a clause: the lexicon's names, and the words a market report uses
// for one ("the index", "the benchmark", "the all share", "the Footsie"); "a gauge of demand"
// describes a ratio (bid-to-cover), not an index.
const INDEX_NAME_RE = new RegExp(
  String.raw`(?:${alternation([...MARKET_INDEXES.map((i) => i.pattern), ...INDEX_CUE_NAMES])})(?![\w-])|\b(?:[Ii]nde(?:x|xes)|[Ii]ndices|[Bb]enchmark|barometer|gauge(?! of\b)|[Aa]ll[- ][Ss]hare|[Tt]op[- ]40|Footsie|blue[- ]chips)\b`,
  "g",
);
// "on the FTSE 100", "than the Nasdaq": where a stock trades or what it beat, not what moved.
const INDEX_VENUE_RE = /\b(?:on|in|across|than|of|outperforming|underperforming|beating|lagging)\s+(?:the\s+)?(?:London's\s+|benchmark\s+|blue-chip\s+)?$/i;
// "Dow Inc", "Nasdaq-listed", "FTSE 100's top riser", "the benchmark rate": a company, a
// listing, a constituent, or a benchmark that is no stock index.
// ("Tokyo's Nikkei 225 stock exchange rose 0.61%": Anadolu's name for the index itself, not its stocks.)
const NOT_THE_INDEX_AFTER_RE = /^(?:['’]s\b|-?(?:listed|quoted|traded)\b|\s+(?:component|constituent|member|stocks?(?!\s+(?:exchange|market)\b)|shares|heavyweights?|futures|rates?|yields?|bonds?|notes?|interest|lending|crude|oil|contracts?|prices?|(?!Index|Average|Composite)[A-Z][a-z]))/;
const INDEX_RELATIVE_AFTER_RE = /^,?\s+(?:which|that)\s/;
// Capitalized words that may stand between an index and its level ("rose on Friday to").
const CALENDAR_WORDS = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const CAPITALIZED_RE = /\b[A-Z][\w&'’.-]*/g;
// How a level is introduced: "to 33,684.53", "closed at 7,490", "a record high of 7,600".
// ("advanced as much as 553.51 points to touch 41,230.14", "rose to as high as 12,152.15": an intraday high.)
const LEVEL_CUE_BEFORE_RE = /\b(?:to|at|of|near|around|above|below|from|closed|ended|finished|settled|stood|opened|hit|touch(?:ed|ing)?|cross(?:ed|ing)?|breach(?:ed|ing)?|reclaim(?:ed|ing)?|as (?:high|low) as)\s+(?:(?:a|an|the|record|fresh|new|all-time|intraday|closing|session|high|low|of)\s+){0,3}$/i;
const LEVEL_NOUN_AFTER_RE = /^\s+(?:points?\s+)?(?:mark|level|barrier|threshold)\b/;
// A price move written as a participle, "ahead"/"off", or after its percentage ("climbing 10.3p", "5.4% or 48.5p").
const PRICE_MOVE_BEFORE_RE = /(?:\b(?:rising|falling|gaining|losing|adding|climbing|dropping|slipping|jumping|sliding|easing|advancing|shedding|sinking|tumbling|plunging|soaring|surging|ahead|off)|\d(?:\s?%|\s?per\s?cent|\s?percent),?\s+or)\s+(?:by\s+)?(?:(?:about|around|some|roughly|nearly|almost|another|a further)\s+)?$/i;
// A move written bare beside its percentage: "down 132.16 (0.75%)", "fell 48.29, or 1.2%".
const MOVE_BEFORE_RE = /\b(?:up|down|rose|fell|gained|lost|shed|added|dropped|climbed|slipped|jumped|declined|slid|eased|advanced|rallied|tumbled|sank|plunged|soared|surged|higher|lower)\s+(?:by\s+)?(?:(?:about|around|some|roughly|nearly|almost|over|more than|just over|just under)\s+)?$/i;
const PERCENT_BESIDE_RE = /^\s*(?:\(\s*[+-]?\d[\d.,]*\s?(?:%|per ?cent)|,?\s+or\s+[+-]?\d[\d.,]*\s?(?:%|per ?cent))/i;
// An index move in points before a level ("fell 68.71 points, or 0.3 percent, to"; not "percentage points").
const POINTS_MOVE_RE = /\d\s+points?\b(?![\s\S]*\b(?:and|while|but)\s+[A-Z])/;
// A clause about a rate, where "points" are percentage points ("margin rose 1.5 points").
const RATE_CLAUSE_RE = /\b(?:margins?|rates?|ratio|share|percentage)\b/i;
const YIELD_CLAUSE_RE = /\byields?\b/i;
const PERCENT_AFTER_RE = /^\s+(?:to|from|at)\s+\d[\d.,]*\s?(?:%|per ?cent)/i;
// "a 422-point drop": a hyphenated points figure names a move; "a 10-point plan" does not.
const MOVE_NOUN_AFTER_RE = /^\s+(?:drop|fall|gain|rise|slide|decline|jump|rally|loss|swing|surge|plunge|tumble|sell-?off|advance|move|climb|slump|retreat|rebound|slip|dip)\b/i;
const MOVE_VERB_RE = /\b(?:up|down|rose|fell|gained|lost|shed|added|dropped|climbed|slipped|jumped|declined|slid|eased|advanced|rallied|tumbled|sank|plunged|soared|surged|rebounded|recovered)\b/i;
const MOVE_AFTER_RE = /^\s+(?:higher|lower|up|down|ahead|firmer|weaker)\b/i;

/** The clause before `at`: back to the last sentence or clause stop, at most 200 characters. */
const CLAUSE_STOP_RE = /[.!?;]["'”’)]?\s|\n/g;
function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 200), at);
  let start = 0;
  for (const m of window.matchAll(CLAUSE_STOP_RE)) start = m.index + m[0].length;
  return window.slice(start);
}

/** Where in `clause` an index is named as what moved, or -1 (the end of the last such mention). */
function indexNamedIn(clause: string): number {
  let last = -1;
  INDEX_NAME_RE.lastIndex = 0;
  for (const m of clause.matchAll(INDEX_NAME_RE)) {
    const end = m.index + m[0].length;
    const after = clause.slice(end, end + 16);
    // "a 1.1% gain in the Nikkei 225, which closed at 48,912.30": the relative clause is the index's own.
    if ((INDEX_VENUE_RE.test(clause.slice(0, m.index)) && !INDEX_RELATIVE_AFTER_RE.test(after)) || NOT_THE_INDEX_AFTER_RE.test(after)) continue;
    last = end;
  }
  return last;
}

/** A bare number that is an index level or move: an index is the clause's subject and nothing else named since. */
function isIndexLevelOrMove(text: string, t: Token): boolean {
  const lead = text.slice(Math.max(0, t.start - 60), t.start);
  // ("closing in on the keenly watched 8,000 mark": a round level named as a mark.)
  const level = LEVEL_CUE_BEFORE_RE.test(lead) || LEVEL_NOUN_AFTER_RE.test(text.slice(t.end, t.end + 24));
  if (level ? /^(?:19|20)\d\d$/.test(text.slice(t.start, t.end)) : !(MOVE_BEFORE_RE.test(lead) && PERCENT_BESIDE_RE.test(text.slice(t.end, t.end + 24)))) return false;
  const clause = clauseBefore(text, t.start);
  const named = indexNamedIn(clause);
  // "Hong Kong stocks closed down 68.71 points, or 0.3 percent, at 22,668.30": a level after a
  // move in index points, whatever name the market goes by.
  if (named < 0) return level && POINTS_MOVE_RE.test(clause) && !RATE_CLAUSE_RE.test(clause) && Number(text.slice(t.start, t.end).replace(/,/g, "")) >= 100;
  for (const w of clause.slice(named).matchAll(CAPITALIZED_RE)) if (!CALENDAR_WORDS.test(w[0])) return false;
  return true;
}

/** What "N points" are in their clause: index points, percentage points, or no figure. */
function pointsUnit(text: string, t: Token): "points" | "pp" | null {
  const hyphenated = /\d-(?:points?|pts)$/.test(text.slice(t.start, t.end));
  if (hyphenated && !MOVE_NOUN_AFTER_RE.test(text.slice(t.end, t.end + 16))) return null;
  const clause = clauseBefore(text, t.start);
  if (indexNamedIn(clause) >= 0) return "points";
  // "yields rose 2 points to 2.842 per cent" means basis points, "margin rose 1.5 points" percentage points.
  if (YIELD_CLAUSE_RE.test(clause)) return null;
  if (RATE_CLAUSE_RE.test(clause) || PERCENT_AFTER_RE.test(text.slice(t.end, t.end + 24))) return "pp";
  return hyphenated || MOVE_VERB_RE.test(clause) || MOVE_AFTER_RE.test(text.slice(t.end, t.end + 12)) ? "points" : null;
}

/** The currency an exchange rate is quoted in: the last currency named in its clause, or none. */
function fxCurrency(text: string, t: Token): string | null {
  let unit: string | null = null;
  for (const m of clauseBefore(text, t.start).matchAll(FX_CURRENCY_RE)) unit = CURRENCY_WORDS[m[1]!.toLowerCase()] ?? unit;
  if (unit !== null) return unit;
  // "having slipped to 83.10 against a dollar, the rupee recovered": the currency named after the rate, in the same sentence.
  const after = text.slice(t.end, t.end + 160);
  const rest = after.slice((FX_AFTER_RE.exec(after)?.[0].length ?? 0)).split(/[.;\n]/)[0]!;
  const m = FX_CURRENCY_RE.exec(rest);
  FX_CURRENCY_RE.lastIndex = 0;
  return m ? CURRENCY_WORDS[m[1]!.toLowerCase()] ?? null : null;
}

/** The currency a shared name ("crowns", "kroner", "pesos") has in this article: the country it names most. */
function sharedCurrency(text: string, word: string): string {
  const candidates = SHARED_CURRENCY_WORDS[word]!;
  let best = candidates[0]!.unit;
  let most = 0;
  for (const c of candidates) {
    const n = text.match(c.country)?.length ?? 0;
    if (n > most) [best, most] = [c.unit, n];
  }
  return best;
}

/**
 * The cent currency of the article: the one of those with cents it names most, USD when tied
 * (the euro when it names no other).
 * `euro`: the singular "cent" of Irish and euro-zone papers counts the euro among them.
 */
function centCurrency(tokens: Token[], euro = false): string {
  const counts = new Map<string, number>();
  for (const t of tokens) if (t.unit !== null && ((CENT_CURRENCIES as readonly string[]).includes(t.unit) || (euro && t.unit === "EUR"))) counts.set(t.unit, (counts.get(t.unit) ?? 0) + 1);
  // (An article that names no dollar and no other cent currency but euros writes euro cents: "EPS of 36.69c".)
  if (counts.size === 0 && tokens.some((t) => t.unit === "EUR")) return "EUR";
  let best = "USD";
  for (const [unit, n] of counts) if (n > (counts.get(best) ?? 0)) best = unit;
  return best;
}

// ---- The figures -------------------------------------------------------------------------

/**
 * Every figure of the text, in order. `excluded` are regions that hold no figure
 * (ticker widgets, index names); `yenIsYuan(at)` says whether a "¥" at `at` means CNY.
 */
export function findFigures(text: string, excluded: Span[] = [], yenIsYuan: (at: number) => boolean = () => false, home: string | null = null): FoundFigure[] {
  const style: TextStyle = { spacedThousands: lazyTest(SPACED_STYLE_RE, text), rand: lazyTest(RAND_CONTEXT_RE, text), shilling: lazyTest(SHILLING_CONTEXT_RE, text), naira: lazyTest(NAIRA_CONTEXT_RE, text), yenIsYuan };
  const tokens = [...scanTokens(text, style), ...scanWordFigures(text)]
    .filter((t) => !overlapsAny([t.start, t.end], excluded) || gluedCurrency(text, t, excluded))
    .sort((a, b) => a.start - b.start);
  // A bare "$" is the paper's own dollar where the article names its paper (homeDollar).
  if (home !== null) for (const t of tokens) if (t.unit === "USD" && t.prefixed && BARE_DOLLAR_RE.test(text.slice(t.start, t.start + 2))) t.unit = home;
  const cents = centCurrency(tokens);
  const read: Token[] = [];
  const shared = new Map<string, string>();
  for (const t of tokens) {
    if (t.unit === "cents") t.unit = cents;
    else if (t.unit === "cent") t.unit = centCurrency(tokens, true);
    else if (t.unit === "fils") {
      const dinar = DIRHAM_CONTEXT_RE.test(text) ? undefined : DINAR_FILS_CONTEXT.find((d) => d.country.test(text));
      // A dinar's fils is its thousandth.
      if (dinar) t.value = scaled(t.value, 0.1);
      t.unit = dinar?.unit ?? "AED";
    }
    else if (t.unit !== null && t.unit in SHARED_CURRENCY_WORDS) {
      if (!shared.has(t.unit)) shared.set(t.unit, sharedCurrency(text, t.unit));
      t.unit = shared.get(t.unit)!;
    }
    else if (t.unit === "points") {
      const unit = pointsUnit(text, t);
      if (unit === null) continue;
      t.unit = unit;
    } else if (t.unit === null) {
      const after = text.slice(t.end, t.end + 100);
      if (EXCHANGE_RATIO_AFTER_RE.test(after)) {
        t.unit = "count";
        t.per = "share";
      }
      else if (FX_AFTER_RE.test(after)) t.unit = fxCurrency(text, t);
      // "Consumer confidence fell to 98.7 from 102.4", "a reading of 101.0": a survey gauge's reading.
      else if (/\.\d/.test(text.slice(t.start, t.end)) && GAUGE_READING_BEFORE_RE.test(text.slice(Math.max(0, t.start - 120), t.start))) t.unit = "count";
      else if (countKind(text, t) !== "named" && isIndexLevelOrMove(text, t)) {
        t.unit = "points";
        t.level = true;
      }
    }
    read.push(t);
  }
  const out: FoundFigure[] = [];
  for (let i = 0; i < read.length; i++) {
    const a = read[i]!;
    const b = read[i + 1];
    const range = b ? joinRange(text, a, b) : null;
    if (range && b) {
      i++;
      out.push({
        span: [a.start, b.end],
        value: range.low,
        high: scaled(b.value, b.scale),
        unit: range.unit,
        per: b.per ?? a.per ?? perAfter(text, a.start, b.end, range.unit, b.scale),
        qualifier: qualifierBefore(text, a.start),
      });
      continue;
    }
    let unit = a.unit;
    if (unit === null) {
      // "from 5 to 10 engineers": the low end counts what the high end names.
      if (countKind(text, a) === null && !(b && b.unit === null && countKind(text, b) === "named" && bareJoin(text, a, b)) && !elidedCount(text, read, i)) continue;
      unit = "count";
    }
    out.push({
      span: [a.start, a.end],
      value: scaled(a.value, a.scale),
      high: null,
      unit,
      per: a.per,
      qualifier: qualifierBefore(text, a.start),
    });
  }
  return withoutHeadlineCopies(text, out);
}

/**
 * A headline left at the top of the body ("Toyota first-half profit falls 26% on tariffs", then the
 * dateline) repeats the story's figures: its copy of a figure the body states again is dropped,
 * so the fact is the body's, with its context.
 */
function withoutHeadlineCopies(text: string, figures: FoundFigure[]): FoundFigure[] {
  const lineEnd = text.indexOf("\n");
  // (A wire's summary bullets, "• Q3 revenue $538.4 mln vs est $533.5 mln", open with no headline: each is a fact.)
  if (lineEnd < 0 || lineEnd > HEADLINE_MAX_LENGTH || /[.!?:;,]["'”’)]*\s*$/.test(text.slice(0, lineEnd)) || BULLET_LINE_RE.test(text) || figures[0] === undefined || figures[0].span[0] >= lineEnd) return figures;
  const body = figures.filter((f) => f.span[0] > lineEnd);
  // "Dow sheds 412 points" over "fell 412.38 points": a headline rounds to the digits it writes.
  const copies = (h: FoundFigure, b: FoundFigure) => {
    if (h.unit !== b.unit || (h.high === null) !== (b.high === null)) return false;
    const number = /\d[\d,]*(?:\.(\d+))?/.exec(text.slice(...h.span));
    const written = number ? Number(number[0].replaceAll(",", "")) : 0;
    const tolerance = written > 0 ? (0.5 * 10 ** -(number![1]?.length ?? 0) * h.value) / written + 1e-9 : 0;
    return Math.abs(h.value - b.value) <= tolerance && (h.high === null || Math.abs(h.high - b.high!) <= tolerance);
  };
  return figures.filter((f) => f.span[0] > lineEnd || !body.some((b) => copies(f, b)));
}

/** Whether only "to", "and" or a dash stands between tokens a and b. */
function bareJoin(text: string, a: Token, b: Token): boolean {
  RANGE_JOIN_RE.lastIndex = a.end;
  const j = RANGE_JOIN_RE.exec(text);
  return j !== null && j.index + j[0].length === b.start;
}

/** When tokens a and b form one range, the scaled low bound and the unit. */
function joinRange(text: string, a: Token, b: Token): { low: number; unit: string } | null {
  // "between 825,000 and 835,000 barrels": two bare bounds that the high one makes a count.
  // "10-12 million units", "28 to 30 million tonnes": a bare low bound counts what the high one does.
  const highCount = a.unit === null && b.unit === null && a.value < b.value ? countKind(text, b) : null;
  const counts = highCount !== null && (countKind(text, a) !== null || highCount === "named" || b.scale > 1);
  const unit = b.unit ?? a.unit ?? (counts ? "count" : null);
  if (unit === null || (a.unit !== null && b.unit !== null && a.unit !== b.unit)) return null;
  // "rose 20 points to 7,500": a move and the level it reached.
  if (a.level || b.level) return null;
  // "gainers trailed decliners 300 to 450": two counts, not a range.
  if (a.unit === null && BREADTH_BEFORE_RE.test(text.slice(Math.max(0, a.start - 60), a.start))) return null;
  // "Maxis earned five sen to RM5.41": a move in the currency's hundredths and the price it reached.
  if (a.unit !== null && b.unit !== null && a.factor !== b.factor) return null;
  RANGE_JOIN_RE.lastIndex = a.end;
  const j = RANGE_JOIN_RE.exec(text);
  if (!j || j.index + j[0].length !== b.start) return null;
  if (j[1] !== undefined && !(a.prefixed && b.prefixed && a.scale === b.scale && a.value < b.value && b.value <= a.value * 1.5)) return null;
  // A bare high bound completes a currency low bound when it carries a scale ("$5 to 6 billion")
  // or is glued to it by a dash ("$1.30-1.35", "Rs 1,120-1,180").
  if (b.unit === null && !counts && !(a.prefixed && (b.scale > 1 || /^[-–]$/.test(j[0])))) return null;
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  if (j[0].trim() === "and" && !BETWEEN_BEFORE_RE.test(before)) return null;
  // ", up from $7.75 to $8.00": a comparison clause after a stated figure names an earlier range.
  const priorRange = PRIOR_RANGE_BEFORE_RE.test(before) && a.value < b.value;
  if (CHANGE_FROM_BEFORE_RE.test(before) && !priorRange) return null;
  // "up 20.7p to 409p", "gained R5,55 to R137": a move and the price it reached. Only an
  // outlook's "up 3% to 5%" is a range after a move word.
  const move = MOVE_BEFORE_RE.exec(before);
  if (move && !(/^(?:up|down)\b/i.test(move[0]) && (unit === "%" || unit === "pp"))) return null;
  // "climbing 10.3p to 503.5p", "Sainsbury's ahead 8.8p to 358p", "fell 5.4% or 48.5p to 851.5p": a price move
  // written as a participle, an adverb or a restatement of a percentage, then the price it reached.
  if (unit !== "%" && unit !== "pp" && PRICE_MOVE_BEFORE_RE.test(before)) return null;
  // "moving from £708m to £2.6bn" is a change; ", from $11.25 to $11.33 previously" a range.
  // ("jumped 30 per cent from $94 million to $122 million": a move's two ends, not a range.)
  if (/\b(?:\w+(?:ed|ing)|rose|fell|grew|went|cut|up|down|per\s*cent|percent|%)\s+from\s+$/i.test(before) && !/\brang(?:e|es|ed|ing)\s+from\s+$/i.test(before) && !priorRange) return null;
  // "$9.2 to $9.25 billion": the low bound borrows the high bound's scale; "28 to 30 cents" its cents.
  const scale = a.scale === 1 && b.scale > 1 ? b.scale : a.scale;
  const factor = a.unit === null ? b.factor : 1;
  return { low: scaled(a.value * factor, scale), unit };
}
