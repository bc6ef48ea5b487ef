// The canonical period of a claim: the calendar time its period names, whatever the wording.
// "Q2 2025", "the second quarter" in an article of July 2025 and "the April–June quarter" are
// all the three months ending June 2025; "fiscal 2026" is the twelve months ending March 2026
// once an article says the company's fiscal year ends in March. What the text and the
// article's date cannot place says so ("fiscal", "stated", "unknown"): never a guess.
// Pure. The text as written is kept beside it by the caller (Fact.period).
import { dayOf, periodKey, RELATIVE_PERIOD } from "@/lib/verify/periods";

export type QuarterNumber = 1 | 2 | 3 | 4;

export type CanonicalPeriod =
  /** Whole months ending with the month `end` ("2025-06"): quarters, halves and years, calendar or fiscal. */
  | { kind: "span"; months: 3 | 6 | 12; end: string }
  /** From the start of a calendar or fiscal year (`start`, "2025-01") to the article's day: "year to date". */
  | { kind: "to-date"; start: string; through: string }
  | { kind: "day"; iso: string }
  /** A fiscal period of a company whose fiscal calendar no article states: not on the calendar. */
  | { kind: "fiscal"; part: "year" | "H1" | "H2" | `Q${QuarterNumber}`; year: number | null }
  /** Stated, but not a calendar period ("three years", "next five years"): its words, filler dropped. */
  | { kind: "stated"; words: string }
  /** Not stated, stated relative to the article's own ("a year earlier"), or a year nothing gives. */
  | { kind: "unknown" };

export interface PeriodContext {
  publishedAt: string | null;
  /** The month (1-12) the company's fiscal year ends in, where an article states it; else unknown. */
  fiscalYearEnd?: number | null;
}

const MONTH_WORDS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ORDINALS: Record<string, QuarterNumber> = { first: 1, second: 2, third: 3, fourth: 4 };
// Compiled once: a corpus reads thousands of periods.
const MONTH_SPAN_RE = new RegExp(`\\b${MONTH}\\.? ?(?:-|to|through) ?${MONTH}\\b`);
const ENDED_RE = new RegExp(`\\b(quarter|three months|half|six months|(?:fiscal )?year)(?: that)? (?:ended|ending|ends|to|through)(?: in| on)? ${MONTH}\\b|\\b${MONTH} quarter\\b`);
const FISCAL_YEAR_END_RE = new RegExp(`\\bfiscal year (?:that )?(?:ends|ended|ending|closes|closing)(?: in| on)? ${MONTH}\\b`);
const FISCAL_QUARTER_ENDED_RE = new RegExp(`\\bfiscal (first|second|third|fourth) quarter,? (?:which |that )?(?:ended|ending|ends|to)(?: on| in)? ${MONTH}\\b`);

/** Months counted from year 0: year * 12 + (month - 1). */
type MonthIndex = number;
const monthIndex = (year: number, month: number): MonthIndex => year * 12 + month - 1;
const monthOfWord = (word: string): number => MONTH_WORDS.indexOf(word.slice(0, 3)) + 1;
export function monthText(index: MonthIndex): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}
/** "2025-06" -> its MonthIndex. */
export function parseMonth(text: string): MonthIndex {
  const [year, month] = text.split("-").map(Number);
  return monthIndex(year ?? 0, month ?? 1);
}

function publishedMonth(context: PeriodContext): MonthIndex | null {
  const day = dayOf(context.publishedAt);
  if (day === null) return null;
  const date = new Date(day);
  return monthIndex(date.getUTCFullYear(), date.getUTCMonth() + 1);
}

/** A stated four-digit year, or a two-digit one after a quarter or FY ("2Q25", "FY26"). */
function statedYear(text: string): number | null {
  const full = /\b((?:19|20)\d{2})\b/.exec(text);
  if (full) return Number(full[1]);
  const short = /\b(?:[1-4]q|q[1-4]|fy|h[12])\s?'?(\d{2})\b/.exec(text);
  return short ? 2000 + Number(short[1]) : null;
}

/**
 * The span of `months` ending in month `endMonth` (1-12) of the year the text states, else
 * the latest such span begun by the article's date: "second quarter" in July 2025 is the
 * quarter ending June 2025, "fourth quarter" in January 2026 the one ending December 2025.
 * The end year is the stated year unless `yearEndsAt` says the stated year is a fiscal year
 * ending in that month (a fiscal Q1 of fiscal 2026 ending June 2025).
 */
function placeSpan(months: 3 | 6 | 12, endMonth: number, text: string, context: PeriodContext, fiscalYearEnd: number | null): CanonicalPeriod {
  const year = statedYear(text);
  if (year !== null) {
    // A fiscal year Y ends in month fiscalYearEnd of Y; its parts ending after that month fall in Y - 1.
    const endYear = fiscalYearEnd !== null && endMonth > fiscalYearEnd ? year - 1 : year;
    return { kind: "span", months, end: monthText(monthIndex(endYear, endMonth)) };
  }
  const now = publishedMonth(context);
  if (now === null) return { kind: "unknown" };
  let end = monthIndex(Math.floor(now / 12) + 1, endMonth);
  while (end - months + 1 > now) end -= 12;
  return { kind: "span", months, end: monthText(end) };
}

/** End month (1-12) of fiscal quarter n, of a year ending in month fiscalYearEnd. */
function fiscalQuarterEnd(n: QuarterNumber, fiscalYearEnd: number): number {
  return ((fiscalYearEnd - 1 - 3 * (4 - n) + 24) % 12) + 1;
}

function quarterNumber(text: string): QuarterNumber | null {
  const q = /\bq([1-4])\b|\b([1-4])q(?:\d{2})?\b/.exec(text);
  if (q) return Number(q[1] ?? q[2]) as QuarterNumber;
  const ordinal = /\b(first|second|third|fourth)(?:[- ]fiscal)? quarter\b|\bquarter (?:one|two|three|four)\b/.exec(text);
  return ordinal ? (ORDINALS[ordinal[1] ?? ""] ?? null) : null;
}

function halfNumber(text: string): 1 | 2 | null {
  const half = /\b(first|second) half\b|\bh([12])\b/.exec(text);
  if (!half) return null;
  return half[1] === "first" || half[2] === "1" ? 1 : 2;
}

interface PeriodRule {
  name: string;
  /** A period as written, the article's date and the fiscal year's end, and what it reads as. */
  example: [text: string, context: PeriodContext, canonical: CanonicalPeriod];
  read: (text: string, context: PeriodContext) => CanonicalPeriod | null;
}

const fiscalEnd = (context: PeriodContext) => context.fiscalYearEnd ?? null;
/** Calendar quarters when the fiscal year is the calendar year or not known to be another. */
const calendarYearCompany = (context: PeriodContext) => fiscalEnd(context) === null || fiscalEnd(context) === 12;

/** Tried in order; the first that reads the text gives its canonical period. */
export const PERIOD_RULES: readonly PeriodRule[] = [
  {
    name: "relative to the article's own period",
    example: ["a year earlier", { publishedAt: "2025-08-29" }, { kind: "unknown" }],
    read: (text) => (RELATIVE_PERIOD.test(text) ? { kind: "unknown" } : null),
  },
  {
    name: "year to date, from the start of the calendar (or stated fiscal) year",
    example: ["year to date", { publishedAt: "2025-09-24" }, { kind: "to-date", start: "2025-01", through: "2025-09-24" }],
    read: (text, context) => {
      if (!/\b(?:year[- ]to[- ]date|ytd|so far this year)\b/.test(text)) return null;
      const now = publishedMonth(context);
      if (now === null || !context.publishedAt) return { kind: "unknown" };
      const fiscal = /\bfiscal\b/.test(text) ? fiscalEnd(context) : 12;
      if (fiscal === null) return { kind: "unknown" };
      let start = monthIndex(Math.floor(now / 12), fiscal + 1);
      while (start > now) start -= 12;
      return { kind: "to-date", start: monthText(start), through: context.publishedAt.slice(0, 10) };
    },
  },
  {
    name: "a span named by its months",
    example: ["the April–June quarter", { publishedAt: "2025-08-29" }, { kind: "span", months: 3, end: "2025-06" }],
    read: (text, context) => {
      const span = MONTH_SPAN_RE.exec(text);
      if (!span || !/quarter|months|period/.test(text)) return null;
      const from = monthOfWord(span[1] ?? "");
      const to = monthOfWord(span[2] ?? "");
      const months = (((to - from + 12) % 12) + 1) as number;
      return months === 3 || months === 6 ? placeSpan(months, to, text, context, null) : { kind: "stated", words: text };
    },
  },
  {
    name: "a quarter, half or year named by the month it ends",
    example: ["quarter ended June 30", { publishedAt: "2025-08-29" }, { kind: "span", months: 3, end: "2025-06" }],
    read: (text, context) => {
      const ended = ENDED_RE.exec(text);
      if (!ended) return null;
      const unit = ended[1] ?? "quarter";
      const months = /half|six/.test(unit) ? 6 : /year/.test(unit) ? 12 : 3;
      return placeSpan(months, monthOfWord(ended[2] ?? ended[3] ?? ""), text, context, null);
    },
  },
  {
    name: "a fiscal quarter or half, placed by the company's fiscal calendar",
    example: ["fiscal first quarter of 2026", { publishedAt: "2025-08-29", fiscalYearEnd: 3 }, { kind: "span", months: 3, end: "2025-06" }],
    read: (text, context) => {
      if (!/\bfiscal\b|\bfy\b/.test(text)) return null;
      const quarter = quarterNumber(text);
      const half = quarter === null ? halfNumber(text) : null;
      if (quarter === null && half === null) return null;
      const yearEnd = fiscalEnd(context);
      if (yearEnd === null) return { kind: "fiscal", part: quarter !== null ? `Q${quarter}` : `H${half!}`, year: statedYear(text) };
      return quarter !== null
        ? placeSpan(3, fiscalQuarterEnd(quarter, yearEnd), text, context, yearEnd)
        : placeSpan(6, fiscalQuarterEnd(half === 1 ? 2 : 4, yearEnd), text, context, yearEnd);
    },
  },
  {
    name: "a fiscal year, placed by the company's fiscal calendar",
    example: ["fiscal 2026", { publishedAt: "2025-08-29", fiscalYearEnd: 3 }, { kind: "span", months: 12, end: "2026-03" }],
    read: (text, context) => {
      if (!/\bfiscal\b|\bfy ?'?\d{2}/.test(text)) return null;
      const yearEnd = fiscalEnd(context);
      // A year is fiscal only when named so with its number ("fiscal 2025", "2025 fiscal year(s)", "FY25").
      const year = statedYear(text);
      if (year === null && !/\bfiscal year\b/.test(text)) return null;
      if (yearEnd === null) return { kind: "fiscal", part: "year", year };
      return placeSpan(12, yearEnd, text, context, yearEnd);
    },
  },
  {
    name: "a calendar quarter (a fiscal one for a company whose fiscal year ends in another month)",
    example: ["second quarter", { publishedAt: "2025-07-30" }, { kind: "span", months: 3, end: "2025-06" }],
    read: (text, context) => {
      const quarter = quarterNumber(text);
      if (quarter === null) return null;
      if (calendarYearCompany(context) || /\bcalendar\b/.test(text)) return placeSpan(3, quarter * 3, text, context, null);
      const yearEnd = fiscalEnd(context)!;
      return placeSpan(3, fiscalQuarterEnd(quarter, yearEnd), text, context, yearEnd);
    },
  },
  {
    name: "a calendar half",
    example: ["first half of 2025", { publishedAt: "2025-08-04" }, { kind: "span", months: 6, end: "2025-06" }],
    read: (text, context) => {
      const half = halfNumber(text);
      if (half === null) return null;
      if (calendarYearCompany(context) || /\bcalendar\b/.test(text)) return placeSpan(6, half * 6, text, context, null);
      const yearEnd = fiscalEnd(context)!;
      return placeSpan(6, fiscalQuarterEnd(half === 1 ? 2 : 4, yearEnd), text, context, yearEnd);
    },
  },
  {
    name: "a calendar year, stated or this, last or next year",
    example: ["full year 2025", { publishedAt: "2025-08-04" }, { kind: "span", months: 12, end: "2025-12" }],
    read: (text, context) => {
      const year = /^(?:(?:in|for|during|the|full|calendar|whole) )*(?:year )?((?:19|20)\d{2})(?: (?:full )?year)?$/.exec(text);
      if (year) return { kind: "span", months: 12, end: `${year[1]}-12` };
      const relative = /^(?:(?:in|for|during) )?(this|last|next) year$/.exec(text);
      if (!relative) return null;
      const now = publishedMonth(context);
      if (now === null) return { kind: "unknown" };
      const shift = { this: 0, last: -1, next: 1 }[relative[1] as "this" | "last" | "next"];
      return { kind: "span", months: 12, end: `${Math.floor(now / 12) + shift}-12` };
    },
  },
  {
    name: "a day, or else the words as stated (lib/verify/periods.ts: periodKey)",
    example: ["Monday", { publishedAt: "2025-09-24" }, { kind: "day", iso: "2025-09-22" }],
    read: (text, context) => {
      const key = periodKey(text, context.publishedAt);
      if (key === null) return { kind: "unknown" };
      if (key.kind === "day") return { kind: "day", iso: key.iso };
      if (key.kind === "words") return key.words ? { kind: "stated", words: key.words } : { kind: "unknown" };
      return null;
    },
  },
];

/** The canonical period of a period as written, read in its article's context. */
export function canonicalPeriod(period: string | null, context: PeriodContext): CanonicalPeriod {
  if (period === null) return { kind: "unknown" };
  // A corpus writes few distinct periods on few dates: read each once.
  const key = `${period}\u0000${context.publishedAt ?? ""}\u0000${context.fiscalYearEnd ?? ""}`;
  const known = readPeriods.get(key);
  if (known) return known;
  const read = readCanonical(period, context);
  if (readPeriods.size > 50_000) readPeriods.clear();
  readPeriods.set(key, read);
  return read;
}

const readPeriods = new Map<string, CanonicalPeriod>();

function readCanonical(period: string, context: PeriodContext): CanonicalPeriod {
  const text = period.toLowerCase().replace(/[–—]/g, "-").replace(/\s+/g, " ").trim();
  if (!text) return { kind: "unknown" };
  for (const rule of PERIOD_RULES) {
    const read = rule.read(text, context);
    if (read) return read;
  }
  return { kind: "unknown" };
}

/** A stable id for the period, safe in a URL: "3m-2025-06", "fy2025-q1", "unknown". */
export function periodId(period: CanonicalPeriod): string {
  switch (period.kind) {
    case "span":
      return `${period.months}m-${period.end}`;
    case "to-date":
      return `ytd-${period.start}-to-${period.through}`;
    case "day":
      return `d-${period.iso}`;
    case "fiscal":
      return `fy${period.year ?? "x"}-${period.part.toLowerCase()}`;
    case "stated":
      return `w-${period.words.replace(/[^a-z0-9]+/g, "-")}`;
    case "unknown":
      return "unknown";
  }
}

/** The period a periodId names: its inverse, but for a stated period's words, read back with spaces for what was not a letter or digit. */
export function periodFromId(id: string): CanonicalPeriod {
  const span = /^(3|6|12)m-(\d{4}-\d{2})$/.exec(id);
  if (span) return { kind: "span", months: Number(span[1]) as 3 | 6 | 12, end: span[2]! };
  const toDate = /^ytd-(\d{4}-\d{2})-to-(\d{4}-\d{2}-\d{2})$/.exec(id);
  if (toDate) return { kind: "to-date", start: toDate[1]!, through: toDate[2]! };
  const day = /^d-(\d{4}-\d{2}-\d{2})$/.exec(id);
  if (day) return { kind: "day", iso: day[1]! };
  const fiscal = /^fy(\d{4}|x)-(year|h[12]|q[1-4])$/.exec(id);
  if (fiscal) return { kind: "fiscal", part: fiscal[2] === "year" ? "year" : (fiscal[2]!.toUpperCase() as "H1" | "H2" | `Q${QuarterNumber}`), year: fiscal[1] === "x" ? null : Number(fiscal[1]) };
  if (id.startsWith("w-")) return { kind: "stated", words: id.slice(2).replace(/-/g, " ").trim() };
  return { kind: "unknown" };
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * How a reader sees the period: "Q2 2025" for a calendar quarter, with the company's own
 * name for it where its fiscal calendar is known ("Q2 2025 (fiscal Q1 2026)").
 */
export function periodLabel(period: CanonicalPeriod, fiscalYearEnd: number | null = null): string {
  switch (period.kind) {
    case "span": {
      const end = parseMonth(period.end);
      const year = Math.floor(end / 12);
      const month = (end % 12) + 1;
      const calendar =
        month % (period.months) === 0 && period.months <= 12
          ? period.months === 3
            ? `Q${month / 3} ${year}`
            : period.months === 6
              ? `H${month / 6} ${year}`
              : `${year}`
          : `${period.months} months to ${MONTH_NAMES[month - 1]} ${year}`;
      if (fiscalYearEnd === null || fiscalYearEnd === 12) return calendar;
      // Fiscal years are named by the calendar year they end in.
      const fiscalYear = month > fiscalYearEnd ? year + 1 : year;
      const monthsIn = (month - fiscalYearEnd + 12) % 12 || 12;
      const fiscal =
        period.months === 12 && monthsIn === 12
          ? `fiscal ${fiscalYear}`
          : period.months === 6 && monthsIn % 6 === 0
            ? `fiscal H${monthsIn / 6} ${fiscalYear}`
            : period.months === 3 && monthsIn % 3 === 0
              ? `fiscal Q${monthsIn / 3} ${fiscalYear}`
              : null;
      return fiscal ? `${calendar} (${fiscal})` : calendar;
    }
    case "to-date":
      return `Year to ${period.through}`;
    case "day":
      return period.iso;
    case "fiscal":
      return `${period.part === "year" ? "Fiscal year" : `Fiscal ${period.part}`}${period.year === null ? "" : ` ${period.year}`} (fiscal calendar not known)`;
    case "stated":
      return period.words;
    case "unknown":
      return "Period not stated";
  }
}

/** Newest first: by the last day covered; periods off the calendar after, unknown last. */
export function comparePeriods(a: CanonicalPeriod, b: CanonicalPeriod): number {
  return periodOrder(b) - periodOrder(a) || periodId(a).localeCompare(periodId(b));
}

function periodOrder(period: CanonicalPeriod): number {
  switch (period.kind) {
    case "span":
      return parseMonth(period.end) * 40 + 31 - period.months / 12;
    case "to-date":
    case "day": {
      const iso = period.kind === "day" ? period.iso : period.through;
      const day = dayOf(iso) ?? 0;
      const date = new Date(day);
      return monthIndex(date.getUTCFullYear(), date.getUTCMonth() + 1) * 40 + date.getUTCDate();
    }
    case "fiscal":
      return -1;
    case "stated":
      return -2;
    case "unknown":
      return -3;
  }
}

// --- The fiscal calendar: where an article states it ---------------------------------

interface FiscalRule {
  name: string;
  /** A passage, the calendar quarter it is about (if any), and the month the fiscal year ends in. */
  example: [text: string, quarter: CanonicalPeriod | null, fiscalYearEnd: number];
  read: (text: string, quarter: CanonicalPeriod | null) => number | null;
}

const wrapMonth = (month: number) => ((month - 1 + 120) % 12) + 1;

/** Tried in order on a passage (lower case); the first that reads gives the fiscal year's last month. */
export const FISCAL_RULES: readonly FiscalRule[] = [
  {
    name: "the fiscal year's end, stated",
    example: ["Alibaba's fiscal year ends in March.", null, 3],
    read: (text) => {
      const match = FISCAL_YEAR_END_RE.exec(text);
      return match ? monthOfWord(match[1] ?? "") : null;
    },
  },
  {
    name: "a fiscal quarter and the month it ended",
    example: ["revenue for its fiscal first quarter ended June 30 rose 2%", null, 3],
    read: (text) => {
      const match = FISCAL_QUARTER_ENDED_RE.exec(text);
      if (!match) return null;
      return wrapMonth(monthOfWord(match[2] ?? "") + 3 * (4 - (ORDINALS[match[1] ?? ""] ?? 4)));
    },
  },
  {
    name: "a quarter named by its place in the fiscal year, with the calendar quarter it is",
    example: ["group revenue for the quarter, the first of alibaba's fiscal year, rose 2%", { kind: "span", months: 3, end: "2025-06" }, 3],
    read: (text, quarter) => {
      if (quarter?.kind !== "span" || quarter.months !== 3) return null;
      const match = /\b(?:the )?(first|second|third|fourth)(?: quarter)? of (?:[\w.&-]+[’']s |its |the company[’']s )?fiscal year\b/.exec(text);
      if (!match) return null;
      const endMonth = (parseMonth(quarter.end) % 12) + 1;
      return wrapMonth(endMonth + 3 * (4 - (ORDINALS[match[1] ?? ""] ?? 4)));
    },
  },
];

/** The month a fiscal year ends in, by what this passage says; null when it says nothing of it. */
export function fiscalYearEndIn(passage: string, quarter: CanonicalPeriod | null = null): number | null {
  const text = passage.toLowerCase().replace(/\s+/g, " ");
  if (!text.includes("fiscal")) return null;
  for (const rule of FISCAL_RULES) {
    const month = rule.read(text, quarter);
    if (month !== null) return month;
  }
  return null;
}
