import { createHash } from "node:crypto";
import path from "node:path";
import type { ContractArticle, Fact, ParsedArticle, SourceFormat } from "@/lib/contract";
import { extractFacts } from "@/lib/extract";
import { parseArticle, type ParseOverrides } from "@/lib/parse";
import { passageFlags } from "@/lib/verify";
import { withWords } from "@/lib/briefing/flag-words";

/** An article ready to store: the contract's shape plus what the store needs. */
export interface PreparedArticle extends ContractArticle {
  format: SourceFormat;
  /** Changes whenever anything stored for the article would change. */
  contentHash: string;
  /** Facts the extractor produced that failed the citation checks, with why. */
  skipped: string[];
}

/**
 * The most facts one article may hold. The longest real articles have about 100; a file
 * with thousands is a data dump or an attack, and everything after extraction (the checks,
 * the page, its queries) grows with it: a 2 MiB file of figures gave 110,376 facts in 130 s.
 * Such a file is refused, not cut short: a briefing of its first figures would look
 * complete while the rest of its text went unread and unchecked.
 */
export const MAX_FACTS_PER_ARTICLE = 2_000;

/**
 * What a seed run asks of preparing each of its files, as one object from seedArticles
 * down to prepareArticle (and to the extraction workers, so: data only).
 */
export interface PrepareOptions {
  /** The title and publication date given on the command line (one file only). */
  overrides?: ParseOverrides;
  /** The most facts an article may hold (MAX_FACTS_PER_ARTICLE unless set): a file with more is refused. */
  maxFactsPerArticle?: number;
}

/** The article's identity: its file name, lower-cased, in URL-safe words. */
export function slugFor(source: string): string {
  const base = path.basename(source, path.extname(source));
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!slug) throw new Error("file name has no letters or digits to make the article's address from");
  return slug;
}

/**
 * The path stored and shown for an article: as given, and an absolute one relative to where
 * the seed ran, so that the API and pages never show where the operator's files live.
 */
export function shownSource(source: string): string {
  return path.isAbsolute(source) ? path.relative(process.cwd(), source) : source;
}

/** parse -> extract -> check: everything short of writing. Throws with the problem. */
export function prepareArticle(source: string, bytes: Uint8Array, { overrides, maxFactsPerArticle: maxFacts = MAX_FACTS_PER_ARTICLE }: PrepareOptions = {}): PreparedArticle {
  const slug = slugFor(source);
  const parsed = parseArticle(source, bytes, overrides);
  // One fact past the cap is enough to refuse: extraction stops there.
  const extraction = extractFacts(parsed.text, { tickers: parsed.tickers, title: parsed.title, publisher: parsed.publisher, maxFacts: maxFacts + 1 });
  if (extraction.facts.length > maxFacts) {
    throw new Error(`more than ${maxFacts.toLocaleString("en-US")} facts, the most one article may hold (the longest news articles have about 100): split the file`);
  }
  const skipped: string[] = [];
  const cited = extraction.facts.filter((fact) => {
    const problem = citationProblem(parsed.text, fact);
    if (problem) skipped.push(`${problem}: ${JSON.stringify(fact.statement)}`);
    return !problem;
  });
  // Checks within the article itself (a backwards range, a change its own figures contradict).
  const passage = passageFlags(parsed.text, cited);
  const facts = cited.map((fact, i) => ({ ...fact, flags: [...fact.flags, ...passage[i]!.map(withWords)] }));
  const article: ContractArticle = {
    source: shownSource(source),
    slug,
    title: parsed.title,
    publisher: parsed.publisher,
    url: parsed.url,
    publishedAt: parsed.publishedAt,
    text: parsed.text,
    entities: extraction.entities,
    facts,
  };
  return { ...article, format: parsed.format, contentHash: hashArticle(parsed, article), skipped };
}

/**
 * A fact is shown only with a citation that holds it: the quote is a real passage of
 * the text and the figure sits inside it. An extractor slip is dropped, never shown.
 */
export function citationProblem(text: string, fact: Fact): string | null {
  const [start, end] = fact.cite;
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length)) {
    return "citation outside the text";
  }
  if (!text.slice(start, end).trim()) return "empty citation";
  if (fact.figure) {
    const [fs, fe] = fact.figure.span;
    if (!(Number.isInteger(fs) && Number.isInteger(fe) && start <= fs && fs < fe && fe <= end)) {
      return "figure outside its citation";
    }
    if (!Number.isFinite(fact.figure.value) || (fact.figure.high !== null && !Number.isFinite(fact.figure.high))) {
      return "figure value is not a finite number";
    }
  }
  return null;
}

function hashArticle(parsed: ParsedArticle, article: ContractArticle): string {
  const { source: _source, ...stored } = article;
  // A flag's words are not stored: rewording one leaves the article unchanged.
  const facts = stored.facts.map((fact) => ({ ...fact, flags: fact.flags.map(({ reason, ...flag }) => (flag.check ? flag : { ...flag, reason })) }));
  return createHash("sha256").update(JSON.stringify({ format: parsed.format, ...stored, facts })).digest("hex");
}
