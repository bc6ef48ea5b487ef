// Finds the figures in a text and normalizes them: currency by symbol or code,
// scale words and abbreviations, cents and pence, percentages, percentage and
// basis points, multiples, counts of things, and ranges ("$2.34 to $2.36").
// What is deliberately NOT a figure: years, dates, times, durations ("5 years"),
// ordinals, product and index names ("Qwen3", "S&P 500"), and bare numbers that
// count nothing named.
import type { Figure, Qualifier, Span } from "@/lib/contract";
import { SCALE_ABBREVIATIONS, SCALE_LETTERS, SCALE_WORDS } from "./lexicon";

/** A figure as read from the text; its direction comes from the clause around it. */
export type FoundFigure = Omit<Figure, "change">;

/** A number as scanned, before ranges are merged and bare numbers dropped. */
interface Token {
  start: number;
  end: number;
  value: number;
  scale: number;
  unit: string | null;
  per: string | null;
  /** True when the currency came from a symbol or code before the number. */
  prefixed: boolean;
}

const CURRENCY_PREFIX: Record<string, string> = {
  "$": "USD", "US$": "USD", "U.S.$": "USD", "HK$": "HKD", "NT$": "TWD", "C$": "CAD", "CA$": "CAD",
  "A$": "AUD", "AU$": "AUD", "S$": "SGD", "NZ$": "NZD", "R$": "BRL", "MX$": "MXN",
  "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₩": "KRW", "RS": "INR", "RS.": "INR", "RMB": "CNY",
};
const ISO_CODES = ["USD", "CNY", "HKD", "EUR", "GBP", "JPY", "CHF", "AUD", "CAD", "SGD", "INR", "KRW", "TWD",
  "NZD", "SEK", "NOK", "DKK", "BRL", "MXN", "ZAR", "RMB"] as const;
const ISO_ALT = ISO_CODES.join("|");

// Currency prefix (symbol or ISO code, optionally spaced), then the number.
const NUMBER_RE = new RegExp(
  String.raw`(?<![\w.,$€£¥])(?:(US\$|U\.S\.\$|HK\$|NT\$|CA\$|C\$|AU\$|A\$|S\$|NZ\$|R\$|MX\$|\$|€|£|¥|₹|₩|Rs\.?|${ISO_ALT})\s?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`,
  "g",
);

const SCALE_RE = new RegExp(
  String.raw`(?:\s|-)?(${Object.keys(SCALE_WORDS).join("|")})\b|\s?(${Object.keys(SCALE_ABBREVIATIONS).join("|")})\b|([${Object.keys(SCALE_LETTERS).map((l) => l + l.toUpperCase()).join("")}])\b`,
  "y",
);
const SCALES: Record<string, number> = { ...SCALE_WORDS, ...SCALE_ABBREVIATIONS, ...SCALE_LETTERS };

// The unit after the number (and scale). Order matters: "per cent" before "cents".
const UNIT_RE = new RegExp(
  [
    String.raw`(\s?%|\s?-?(?:percent|per\s?cent|pct)\b)`, // 1 percent
    String.raw`(\s?-?percentage[\s-]points?\b|\s?(?:pp|ppts?)\b)`, // 2 percentage points
    String.raw`(\s?-?basis[\s-]points?\b|\s?bps\b|\s?bp\b)`, // 3 basis points
    String.raw`(\s(?:euro\s)?cents?\b|-cents?\b|\s?pence\b|p\b)`, // 4 cents / pence ("a 66-cent loss")
    String.raw`(x\b|\stimes\b)`, // 5 multiple
    String.raw`\s(${ISO_ALT})\b`, // 6 ISO code after the number
    String.raw`\s((?:Hong Kong|HK|U\.S\.|US|American|Canadian|Australian|Singapore|New Taiwan|Taiwan|New Zealand)\s)?dollars?\b`, // 7
    String.raw`\s(yuan|renminbi|euros?|pounds sterling|pounds?|sterling|yen|rupees|Swiss francs|won)\b`, // 8
  ].join("|"),
  "y",
);
const DOLLAR_COUNTRIES: Record<string, string> = {
  "hong kong": "HKD", hk: "HKD", "u.s.": "USD", us: "USD", american: "USD", canadian: "CAD",
  australian: "AUD", singapore: "SGD", "new taiwan": "TWD", taiwan: "TWD", "new zealand": "NZD",
};
const CURRENCY_WORDS: Record<string, string> = {
  yuan: "CNY", renminbi: "CNY", euro: "EUR", euros: "EUR", "pounds sterling": "GBP", pounds: "GBP", pound: "GBP",
  sterling: "GBP", yen: "JPY", rupees: "INR", "swiss francs": "CHF", won: "KRW",
};

const PER_RE =
  /(?:\s+in (?:cash|stock|cash and stock))?\s+(?:a|per|each|for each)\s+(?:(?:diluted|basic|ordinary|common|class [A-Z])\s+)?(share|ADS|ADR|American depositary share|barrel|ounce|tonne|ton|unit)s?\b/iy;

// Things a bare number can count ("30 analysts", "100 million monthly active users").
const COUNT_NOUNS = String.raw`analysts|users|customers|subscribers|employees|workers|jobs|staff|people|stores|shops|outlets|locations|vehicles|cars|EVs|units|shares|ADSs|ADRs|devices|smartphones|phones|handsets|chips|GPUs|processors|servers|orders|accounts|members|merchants|sellers|buyers|companies|firms|businesses|countries|markets|cities|centers|centres|deliveries|passengers|visitors|downloads|households|homes|contracts|patents|products|apps|transactions|flights|aircraft|planes|jets|restaurants|branches|banks|investors|clients|partners|suppliers|factories|plants|tons|tonnes|barrels|ounces|positions|roles|layoffs|patients|students|players|viewers|followers|developers|engineers|researchers|economists|traders|respondents|votes|seats|deals|projects|sites|licenses|titles|games|tickets|packages|parcels|properties|trucks|vessels|ships|drivers|riders|hotels|rooms|doses|miles|kilometers|kilometres|acres|brokers|funds|startups|institutions|members|owners|residents|consumers|managers|wins|warehouses|carmakers|automakers|makers|retailers|lenders|hospitals|clinics|schools|offices|facilities|agents|creators|advertisers|publishers|labs|laboratories`;
const COUNT_RE = new RegExp(
  String.raw`(?:\s+of\s+(?:the|its|their)\s+(?:\d+\s+)?(?:[\w.-]+\s+){0,3}?(?:${COUNT_NOUNS})\b|(?:\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|the|a|an|per|over|years?|months?|weeks?|days?)\b)[A-Za-z][\w'-]*){0,2}\s+(?:${COUNT_NOUNS})\b)`,
  "y",
);

const MONTH_BEFORE_RE =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+$/;
// Capitalized words that may directly precede a counted number ("About 30 analysts").
const FUNCTION_WORDS = new Set([
  "about", "some", "nearly", "over", "more", "almost", "around", "roughly", "approximately", "only", "just",
  "all", "the", "its", "their", "his", "her", "our", "in", "of", "at", "by", "with", "for", "and", "but",
  "than", "to", "from", "another", "up", "as", "least", "those", "these", "those", "under", "fewer", "less",
]);
const WORD_BEFORE_RE = /([A-Za-z][\w&'.-]*)\s+$/;

const QUALIFIER_RE =
  /(?:^|[^\w])(no more than|more than|in excess of|upwards of|at least|just over|over|just under|close to|nearly|almost|about|roughly|approximately|approx\.|around|some|up to|at most|less than|as much as|~)\s*$/i;
const QUALIFIER_MAP: Record<string, Qualifier> = {
  "more than": "more than", "in excess of": "more than", "upwards of": "more than", "at least": "more than",
  "just over": "over", over: "over", "just under": "nearly", "close to": "nearly", nearly: "nearly",
  almost: "almost", about: "about", roughly: "about", approximately: "about", "approx.": "about",
  around: "about", some: "about", "~": "about", "up to": "up to", "at most": "up to", "less than": "up to",
  "no more than": "up to", "as much as": "as much as",
};

// "to"/"and" between spaces, or a dash glued to both bounds ("5-7%", "$5–$6"); a spaced
// dash is a clause break ("$0.71 — $0.24 more than expected").
const RANGE_JOIN_RE = /\s+(?:to|and)\s+|[-–—]/y;
const BETWEEN_BEFORE_RE = /\bbetween\s+$/i;
// "rose from 5% to 7%" is a change from a prior value, not a range.
const CHANGE_FROM_BEFORE_RE =
  /\b(?:rose|rise|rising|risen|increased?|increasing|grew|grow|growing|jumped|climbed|fell|fall|falling|fallen|dropped|declined?|declining|decreased?|slid|raised|raising|lowered|lowering|cut|cutting|boosted|lifted|narrowed|widened|up|down|changed?)\s+(?:\w+\s+){0,2}from\s+$/i;

function wordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

function scanTokens(text: string, yenIsYuan: (at: number) => boolean): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const prefix = m[1];
    const digits = m[2]!;
    let end = m.index + m[0].length;
    const numberStart = end - digits.length;
    let value = Number(digits.replaceAll(",", ""));
    let unit: string | null = null;
    let prefixed = false;
    if (prefix !== undefined) {
      const key = prefix.toUpperCase();
      unit = CURRENCY_PREFIX[key] ?? (key === "RMB" ? "CNY" : key);
      if (unit === "JPY" && yenIsYuan(m.index)) unit = "CNY";
      prefixed = true;
    }
    // Times ("10:30"), dates ("9/24"), decimals cut short are not figures.
    const next = text[end];
    if ((next === ":" || next === "/") && /\d/.test(text[end + 1] ?? "")) continue;
    if ((text[numberStart - 1] === "/" || text[numberStart - 1] === ":") && /\d/.test(text[numberStart - 2] ?? "")) continue;

    let scale = 1;
    SCALE_RE.lastIndex = end;
    const s = SCALE_RE.exec(text);
    if (s) {
      const word = (s[1] ?? s[2] ?? s[3] ?? "").toLowerCase();
      const factor = SCALES[word];
      if (factor !== undefined) {
        scale = factor;
        end = s.index + s[0].length;
      }
    }
    let per: string | null = null;
    UNIT_RE.lastIndex = end;
    const u = UNIT_RE.exec(text);
    if (u) {
      if (u[1] !== undefined && unit === null) unit = "%";
      else if (u[2] !== undefined && unit === null) unit = "pp";
      else if (u[3] !== undefined && unit === null) {
        unit = "pp";
        value = scaled(value, 0.01); // 25 basis points = 0.25 percentage points
      } else if (u[4] !== undefined && unit === null) {
        const w = u[4].trim().toLowerCase().replace(/^-/, "");
        unit = w === "pence" || w === "p" ? "GBP" : w.startsWith("euro") ? "EUR" : "USD";
        value = scaled(value, 0.01);
      } else if (u[5] !== undefined && unit === null) unit = "x";
      else if (u[6] !== undefined) unit = u[6] === "RMB" ? "CNY" : u[6];
      else if (u[0].toLowerCase().includes("dollar")) unit = DOLLAR_COUNTRIES[(u[7] ?? "").trim().toLowerCase()] ?? unit ?? "USD";
      else if (u[8] !== undefined) unit = CURRENCY_WORDS[u[8].toLowerCase()] ?? unit;
      if (unit !== null) end = u.index + u[0].length;
    }
    // Anything glued on that is no unit ("5G", "1st", "52-week", "10-K") makes it no figure.
    if (wordChar(text[end]) || (text[end] === "-" && /[A-Za-z]/.test(text[end + 1] ?? ""))) continue;
    PER_RE.lastIndex = end;
    const p = PER_RE.exec(text);
    // "35.3 million shares at $34 each": a price per share.
    if (!p && unit !== null && /^\s+each\b/.test(text.slice(end, end + 6)) && /\bshares?\b[^.]{0,20}$/i.test(text.slice(Math.max(0, m.index - 30), m.index))) per = "share";
    if (p && unit !== null && unit !== "%" && unit !== "pp") {
      const what = (p[1] ?? "").toLowerCase();
      per = what === "ads" || what === "adr" || what.startsWith("american") ? "share" : what;
    }
    tokens.push({ start: m.index, end, value, scale, unit, per, prefixed });
  }
  return tokens;
}

// Spelled-out numbers count only with a unit that makes them a measure: "five per cent",
// "two percentage points", "five billion pounds" (not "five years", "three analysts").
const WORD_VALUES: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, a: 1, half: 0.5,
};
const WORD_FIGURE_RE = new RegExp(
  String.raw`\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:(percent|per cent|percentage points?)|(thousand|million|billion|trillion)\s+(${ISO_ALT}|dollars|pounds|euros|yuan|yen|(?:U\.S\.|US|Hong Kong|Canadian|Australian) dollars)|(times)(?=\s+(?:the|its|their|that|what|as|higher|more|larger|bigger)\b))\b`,
  "gi",
);

function scanWordFigures(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD_FIGURE_RE)) {
    const value = WORD_VALUES[m[1]!.toLowerCase()]!;
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[5] !== undefined) {
      // "nearly three times the average": a multiple.
      tokens.push({ start, end, value, scale: 1, unit: "x", per: null, prefixed: false });
    } else if (m[2] !== undefined) {
      tokens.push({ start, end, value, scale: 1, unit: /point/i.test(m[2]) ? "pp" : "%", per: null, prefixed: false });
    } else {
      const word = m[4]!.toLowerCase();
      const unit = DOLLAR_COUNTRIES[word.replace(/ dollars$/, "")] ?? CURRENCY_WORDS[word] ?? (word === "dollars" ? "USD" : m[4]!.toUpperCase());
      tokens.push({ start, end, value, scale: SCALES[m[3]!.toLowerCase()]!, unit, per: null, prefixed: false });
    }
  }
  return tokens;
}

function isBareYearOrDate(text: string, t: Token): boolean {
  const digits = text.slice(t.start, t.end);
  if (/^(?:19|20)\d\d$/.test(digits)) return true;
  return MONTH_BEFORE_RE.test(text.slice(Math.max(0, t.start - 12), t.start));
}

/** A bare number becomes a count when it is scaled or names what it counts. */
function countEnd(text: string, t: Token): number | null {
  if (isBareYearOrDate(text, t)) return null;
  const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, t.start - 24), t.start));
  // "Nasdaq 100", "iPhone 17", "Fortune 500": a name, not a quantity.
  if (before?.[1] && /^[A-Z]/.test(before[1]) && !FUNCTION_WORDS.has(before[1].toLowerCase())) return null;
  COUNT_RE.lastIndex = t.end;
  if (COUNT_RE.test(text)) return t.end;
  // "totaled 481,166": a thousands separator marks a quantity, never a year or a name.
  const digits = text.slice(t.start, t.end);
  return t.scale > 1 || (digits.includes(",") && !digits.includes(".")) ? t.end : null;
}

/** value × scale without binary noise (16.6 × 1e9 is 16600000000, not ...000002). */
function scaled(value: number, scale: number): number {
  return Number((value * scale).toPrecision(12));
}

function qualifierBefore(text: string, start: number): Qualifier | null {
  const m = QUALIFIER_RE.exec(text.slice(Math.max(0, start - 20), start));
  return m?.[1] ? (QUALIFIER_MAP[m[1].toLowerCase()] ?? null) : null;
}

function overlapsAny(span: Span, regions: Span[]): boolean {
  for (const r of regions) if (span[0] < r[1] && r[0] < span[1]) return true;
  return false;
}

/**
 * Every figure of the text, in order. `excluded` are regions that hold no figure
 * (ticker widgets, index names); `yenIsYuan(at)` says whether a "¥" at `at` means CNY.
 */
export function findFigures(text: string, excluded: Span[] = [], yenIsYuan: (at: number) => boolean = () => false): FoundFigure[] {
  const tokens = [...scanTokens(text, yenIsYuan), ...scanWordFigures(text)]
    .filter((t) => !overlapsAny([t.start, t.end], excluded))
    .sort((a, b) => a.start - b.start);
  const out: FoundFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    const range = b ? joinRange(text, a, b) : null;
    if (range && b) {
      i++;
      const low = range.low;
      const high = scaled(b.value, b.scale);
      out.push({
        span: [a.start, b.end],
        value: low,
        high,
        unit: range.unit,
        per: b.per ?? a.per,
        qualifier: qualifierBefore(text, a.start),
      });
      continue;
    }
    let unit = a.unit;
    if (unit === null) {
      if (countEnd(text, a) === null) continue;
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
  return out;
}

/** When tokens a and b form one range, the scaled low bound. */
function joinRange(text: string, a: Token, b: Token): { low: number; unit: string } | null {
  const unit = b.unit ?? a.unit;
  if (unit === null || (a.unit !== null && b.unit !== null && a.unit !== b.unit)) return null;
  // A bare high bound only completes a currency low bound when it carries a scale ("$5 to 6 billion").
  if (b.unit === null && !(a.prefixed && b.scale > 1)) return null;
  RANGE_JOIN_RE.lastIndex = a.end;
  const j = RANGE_JOIN_RE.exec(text);
  if (!j || j.index + j[0].length !== b.start) return null;
  const before = text.slice(Math.max(0, a.start - 40), a.start);
  if (j[0].trim() === "and" && !BETWEEN_BEFORE_RE.test(before)) return null;
  if (CHANGE_FROM_BEFORE_RE.test(before)) return null;
  // "moving from £708m to £2.6bn" is a change; ", from $11.25 to $11.33 previously" a range.
  if (/\b(?:\w+(?:ed|ing)|rose|fell|grew|went|cut|up|down)\s+from\s+$/i.test(before) && !/\brang(?:e|es|ed|ing)\s+from\s+$/i.test(before)) return null;
  // "$9.2 to $9.25 billion": the low bound borrows the high bound's scale.
  const scale = a.scale === 1 && b.scale > 1 ? b.scale : a.scale;
  return { low: scaled(a.value, scale), unit };
}
