// Facts as CSV (RFC 4180): one row per fact with every field, for a reader's spreadsheet.
import { flagWords } from "@/lib/briefing/flag-words";
import type { Fact } from "@/lib/contract";

/** A stored fact with the article it came from and its place on that article's briefing. */
export interface ExportedFact {
  article: { slug: string; title: string; publisher: string | null; publishedAt: string | null; text: string };
  fact: Fact;
  citation: number;
}

/** The columns, in order, each with how a row fills it. */
const COLUMNS: readonly [name: string, cell: (row: ExportedFact) => string | number | null | undefined][] = [
  ["article", (r) => r.article.slug],
  ["title", (r) => r.article.title],
  ["publisher", (r) => r.article.publisher],
  ["published", (r) => r.article.publishedAt],
  ["citation", (r) => r.citation],
  ["passage", (r) => `/articles/${r.article.slug}#cite-${r.citation}`],
  ["kind", (r) => r.fact.kind],
  ["statement", (r) => r.fact.statement],
  ["subject", (r) => r.fact.subject],
  ["metric", (r) => r.fact.metric],
  ["period", (r) => r.fact.period],
  ["basis", (r) => r.fact.basis],
  ["as_written", (r) => r.fact.figure && r.article.text.slice(...r.fact.figure.span)],
  ["value", (r) => r.fact.figure?.value],
  ["high", (r) => r.fact.figure?.high],
  ["unit", (r) => r.fact.figure?.unit],
  ["per", (r) => r.fact.figure?.per],
  ["qualifier", (r) => r.fact.figure?.qualifier],
  ["change", (r) => r.fact.figure?.change],
  ["verdict", (r) => r.fact.verdict],
  // In the words the pages give (lib/briefing/flag-words.ts): written from the flag's evidence, not a stored reason.
  ["flags", (r) => r.fact.flags.map((f) => `${f.kind}: ${flagWords(f)}`).join(" | ")],
  ["quote", (r) => r.article.text.slice(...r.fact.cite)],
];

/**
 * A spreadsheet runs a text cell that starts with one of these as a formula; an apostrophe
 * in front keeps it text (OWASP's advice for CSV injection). Numbers are written as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header row, then one row per fact, each line ended by CRLF. */
export function factsCsv(rows: readonly ExportedFact[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(",")];
  for (const row of rows) lines.push(COLUMNS.map(([, of]) => cell(of(row))).join(","));
  return lines.map((line) => `${line}\r\n`).join("");
}

/** The answer of a facts.csv route: a download named after what it holds. */
export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
    },
  });
}
