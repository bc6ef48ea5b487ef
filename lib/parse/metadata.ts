import { z } from "zod";
import { ParseError } from "./errors";

// Shared validation and normalization of the metadata every format carries
// (title, publisher, url, publishedAt, tickers), so all formats accept and
// reject the same values with the same messages.

const DATE_HINT = "use YYYY-MM-DD or an ISO date-time";
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Collapses runs of whitespace to one space and trims. */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/**
 * "2025-09-24" stays a date; a date-time becomes UTC "2025-09-24T14:00:00Z"
 * (milliseconds kept only when not zero); a date-time without a zone is taken as UTC.
 * Returns null when the value is not such a date.
 */
export function normalizeDate(raw: string): string | null {
  const value = raw.trim();
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [, year, month, day] = dateOnly;
    return isRealDate(Number(year), Number(month), Number(day)) ? value : null;
  }
  const dateTime = DATE_TIME.exec(value);
  if (!dateTime) return null;
  const [, year, month, day, hour, minute, second = "0", fraction = "0", zone = "Z"] = dateTime;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number) as [number, number, number, number, number, number];
  if (!isRealDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  const millis = Math.round(Number(`0.${fraction}`) * 1000);
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const zoneHours = Number(digits.slice(0, 2));
    const zoneMinutes = Number(digits.slice(2) || "0");
    if (zoneHours > 23 || zoneMinutes > 59) return null;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }
  const utc = new Date(Date.UTC(y, mo - 1, d, h, mi, s, millis) - offsetMinutes * 60_000);
  const iso = utc.toISOString();
  return utc.getUTCMilliseconds() === 0 ? iso.replace(/\.000Z$/, "Z") : iso;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** normalizeDate, or a ParseError naming where the value came from. */
export function requireDate(raw: string, label: string): string {
  const normalized = normalizeDate(raw);
  if (normalized === null) throw new ParseError(`${label} ${JSON.stringify(raw)} is not a date (${DATE_HINT})`);
  return normalized;
}

/** The value when it is an absolute http(s) URL, else null. */
export function normalizeUrl(raw: string): string | null {
  const value = raw.trim();
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const TICKER = /^[A-Z0-9][A-Z0-9.\-:]{0,14}$/;

const optionalText = z.string().nullish();
const metadataSchema = z.object({
  title: optionalText,
  publisher: optionalText,
  url: optionalText,
  publishedAt: optionalText,
  date: optionalText,
  published: optionalText,
  // A list, or one string such as "BABA, NVDA".
  tickers: z.union([z.array(z.string()), z.string()]).nullish(),
});

export interface ArticleMetadata {
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  tickers: string[];
}

const EXPECTED: Record<string, string> = {
  title: "a string",
  publisher: "a string",
  url: "a string",
  publishedAt: "a date string",
  date: "a date string",
  published: "a date string",
  tickers: "a list of strings",
};

/**
 * Validates the metadata fields of a Markdown front matter or a JSON article.
 * `where` prefixes messages ("front matter", "JSON"). Unknown fields are ignored.
 */
export function validateMetadata(fields: Record<string, unknown>, where: string): ArticleMetadata {
  // YAML may hand over dates as Date objects when a tag asks for it; treat them as their ISO text.
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) input[key] = value instanceof Date ? value.toISOString() : value;

  const parsed = metadataSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? "");
    const value = valueAt(input, issue.path);
    const badItem = Array.isArray(value) ? value.find((item) => typeof item !== "string") : undefined;
    const got = badItem === undefined ? describe(value) : `${describe(badItem)} in the list`;
    throw new ParseError(`${where}: ${field} must be ${EXPECTED[field] ?? "valid"} (got ${got})`);
  }
  const data = parsed.data;

  const title = data.title == null ? null : collapseWhitespace(data.title);
  if (title === "") throw new ParseError(`${where}: title is empty`);

  const publisher = data.publisher == null || data.publisher.trim() === "" ? null : collapseWhitespace(data.publisher);

  let url: string | null = null;
  if (data.url != null && data.url.trim() !== "") {
    url = normalizeUrl(data.url);
    if (url === null) throw new ParseError(`${where}: url ${JSON.stringify(data.url)} is not an http(s) URL`);
  }

  const dateField = (["publishedAt", "date", "published"] as const).find((key) => data[key] != null && data[key].trim() !== "");
  const publishedAt = dateField ? requireDate(data[dateField]!, `${where}: ${dateField}`) : null;

  const rawTickers = data.tickers == null ? [] : typeof data.tickers === "string" ? data.tickers.split(/[\s,]+/) : data.tickers;
  const tickers: string[] = [];
  for (const raw of rawTickers) {
    const ticker = raw.trim().toUpperCase();
    if (ticker === "") continue;
    if (!TICKER.test(ticker)) throw new ParseError(`${where}: ticker ${JSON.stringify(raw)} is not an exchange symbol`);
    if (!tickers.includes(ticker)) tickers.push(ticker);
  }

  return { title, publisher, url, publishedAt, tickers };
}

function valueAt(input: Record<string, unknown>, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A short description of a wrong value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}
