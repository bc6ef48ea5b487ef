// When a claim holds. Periods arrive as the article wrote them ("April–June quarter",
// "Q2 2025", "Monday", "next five years"); they are reduced to a calendar day, a calendar
// quarter, or their sorted words, and compared as described at `samePeriod`.

export type PeriodKey =
  | { kind: "day"; iso: string }
  | { kind: "quarter"; quarter: number; year: number | null }
  | { kind: "words"; words: string };

const DAY_MS = 86_400_000;
/** An undated claim is read as "around the time of writing": within this many days. */
export const UNDATED_WINDOW_DAYS = 7;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const ORDINAL_QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };
const NUMBER_WORDS: Record<string, string> = {
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", twelve: "12",
};
/** Words that do not change which period is meant: "over the next five years" = "five years". */
const PERIOD_FILLER = new Set(["the", "next", "over", "past", "last", "in", "during", "its", "their", "of", "coming", "for", "a", "on", "this"]);

const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

/** "2025-09-24" or "2025-09-24T14:00:00Z" -> the UTC day as epoch milliseconds. */
export function dayOf(publishedAt: string | null): number | null {
  if (!publishedAt) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!match) return null;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3));
}

/**
 * Periods named relative to the article's own ("a year earlier", "the previous quarter"):
 * the same words mean another period in every article, so they are read like an undated
 * figure, at the time of writing.
 */
export const RELATIVE_PERIOD =
  /\b(?:(?:a|one) (?:year|quarter) (?:earlier|ago|before)|year[- ](?:over|on)[- ]year|quarter[- ](?:over|on)[- ]quarter|year-ago|(?:previous|prior|preceding|same) (?:year|quarter|period)|sequential(?:ly)?)\b/;

/**
 * The period a claim holds for; null when it can only be placed at the time of writing.
 * Relative days ("Monday") need the article's date: the latest such weekday on or before
 * it; "this year" and "last year" its year.
 */
export function periodKey(period: string, publishedAt: string | null): PeriodKey | null {
  const text = period.toLowerCase().replace(/[–—]/g, "-").replace(/\s+/g, " ").trim();
  const published = dayOf(publishedAt);
  if (RELATIVE_PERIOD.test(text)) return null;
  const relativeYear = /^(?:in |during |for )?(this|last|next) year$/.exec(text);
  if (relativeYear) {
    if (published === null) return null;
    const year = new Date(published).getUTCFullYear() + { this: 0, last: -1, next: 1 }[relativeYear[1] as "this" | "last" | "next"];
    return { kind: "words", words: String(year) };
  }
  const yearMatch = /\b(19|20)\d{2}\b/.exec(text);
  const year = yearMatch ? Number(yearMatch[0]) : null;

  if (!text.includes("fiscal")) {
    const quarter = calendarQuarter(text);
    if (quarter !== null) return { kind: "quarter", quarter, year };
  }

  const monthDay = new RegExp(`\\b${MONTH}\\.? (\\d{1,2})\\b`).exec(text);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return { kind: "day", iso: iso[0] };
  if (monthDay && !/quarter|month|year|week/.test(text)) {
    const dayYear = year ?? (published === null ? null : new Date(published).getUTCFullYear());
    if (dayYear !== null) {
      return { kind: "day", iso: isoDay(Date.UTC(dayYear, monthIndex(monthDay[1] ?? ""), Number(monthDay[2]))) };
    }
  }
  const weekday = /^(?:on )?(?:last )?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/.exec(text);
  if (weekday && published !== null) {
    const back = (new Date(published).getUTCDay() - WEEKDAYS.indexOf(weekday[1] ?? "") + 7) % 7;
    return { kind: "day", iso: isoDay(published - back * DAY_MS) };
  }

  const words = text
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !PERIOD_FILLER.has(word))
    .map((word) => NUMBER_WORDS[word] ?? word)
    .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word))
    .sort();
  return { kind: "words", words: words.join(" ") };
}

/** 1-4 for a calendar quarter written any usual way; null when the text is not one. */
function calendarQuarter(text: string): number | null {
  const q = /\bq([1-4])\b|\b([1-4])q\b/.exec(text);
  if (q) return Number(q[1] ?? q[2]);
  const ordinal = /\b(first|second|third|fourth) quarter\b/.exec(text);
  if (ordinal) return ORDINAL_QUARTERS[ordinal[1] ?? ""] ?? null;
  if (!/quarter|three months/.test(text)) return null;
  // "April-June quarter", "April to June quarter": three months ending on a quarter end.
  const span = new RegExp(`\\b${MONTH}\\.? ?(?:-|to|through) ?${MONTH}\\b`).exec(text);
  if (span) {
    const from = monthIndex(span[1] ?? "");
    const to = monthIndex(span[2] ?? "");
    return to - from === 2 && to % 3 === 2 ? (to + 1) / 3 : null;
  }
  // "June quarter", "quarter ended June 30", "three months to June".
  const month = new RegExp(`\\b${MONTH}\\b`).exec(text);
  if (month) {
    const end = monthIndex(month[1] ?? "");
    return end % 3 === 2 ? (end + 1) / 3 : null;
  }
  return null;
}

export interface DatedPeriod {
  period: string | null;
  publishedAt: string | null;
}

/** A period read once, to compare with many. */
export interface ReadPeriod {
  key: PeriodKey | null;
  /** The article's publication day (epoch ms), null when unknown. */
  written: number | null;
}

export function readPeriod({ period, publishedAt }: DatedPeriod): ReadPeriod {
  return { key: period === null ? null : periodKey(period, publishedAt), written: dayOf(publishedAt) };
}

/**
 * Same period?
 * - Both stated: the same day, the same calendar quarter (a missing year matches any
 *   year), or the same words once filler is dropped. Fiscal quarters are kept as words:
 *   they map to calendar quarters differently for each company.
 * - Neither stated: read as "at the time of writing", so the articles must be published
 *   within UNDATED_WINDOW_DAYS of each other (a 13% jump in August is not the 9% jump of
 *   September). An article without a date cannot show that: its undated figures are
 *   compared with nothing (a plain-text file's "shares fell 3%" is not every day's move).
 * - One stated: only a day inside the undated article's window matches ("Monday" in one
 *   article, nothing in the other written that week). A stated quarter, year or span does
 *   not match an undated figure: the article that left it out may mean another period,
 *   and a false conflict is worse than a missed corroboration.
 */
export function samePeriod(a: DatedPeriod | ReadPeriod, b: DatedPeriod | ReadPeriod): boolean {
  const readA = "key" in a ? a : readPeriod(a);
  const readB = "key" in b ? b : readPeriod(b);
  const keyA = readA.key;
  const keyB = readB.key;
  if (keyA === null && keyB === null) {
    return readA.written !== null && readB.written !== null && Math.abs(readA.written - readB.written) <= UNDATED_WINDOW_DAYS * DAY_MS;
  }
  if (keyA === null || keyB === null) {
    const [undated, dated] = keyA === null ? [readA, keyB] : [readB, keyA];
    if (dated?.kind !== "day") return false;
    if (undated.written === null) return false;
    const day = dayOf(dated.iso) ?? 0;
    return day <= undated.written && undated.written - day <= UNDATED_WINDOW_DAYS * DAY_MS;
  }
  switch (keyA.kind) {
    case "day":
      return keyB.kind === "day" && keyA.iso === keyB.iso;
    case "quarter":
      return keyB.kind === "quarter" && keyA.quarter === keyB.quarter && (keyA.year === null || keyB.year === null || keyA.year === keyB.year);
    case "words":
      return keyB.kind === "words" && keyA.words === keyB.words;
  }
}
