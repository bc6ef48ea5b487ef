// The gold annotation format read by ../shared/tools/score-facts.mjs, plus the two
// fields this evaluation set adds (`traps`, `notTickers`), which the scorer ignores
// and scripts/eval.ts reports on. See eval/README.md.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import type { Basis, Change, Qualifier, Span } from "@/lib/contract";

/** A passage of the article text: `find` inside the unique context `near`. */
export interface GoldPlace {
  find: string;
  near: string;
  /** Why a region is ignored or a trap (documentation only). */
  why?: string;
}

export interface GoldFigure extends GoldPlace {
  /** Fully scaled; for a range, the low end (the scorer accepts value or high). */
  value: number;
  /** ISO 4217 code, "%", "pp", "count", "x" or "points". */
  unit: string;
  /** Keywords, lower case: the extracted metric must contain one of them. */
  metric: string[];
  basis?: Basis;
  /**
   * Whose figure: the company's ticker where the article writes one, else its name as
   * written; an index's name for index moves and levels; "" when the figure is about no
   * company or index (scored: the extractor must give none); absent where two readings are
   * defensible (not scored).
   */
  subject?: string;
  period?: string;
  qualifier?: Qualifier;
  change?: Change;
  per?: string;
  flag?: string;
  note?: string;
}

export interface GoldFile {
  /** The article file's basename. */
  article: string;
  tickers: string[];
  figures: GoldFigure[];
  /** Regions where either answer is acceptable: facts there count for nothing. */
  ignore: GoldPlace[];
  /** HTML only: chrome that must not survive into the stored text. */
  absent?: string[];
  /** Digits that are not figures (dates, years, product and index names, codes). */
  traps?: GoldPlace[];
  /** Capitalised words that are not exchange symbols. */
  notTickers?: string[];
  /** The annotator's reading of a bare "$" and bare cents ("$1.42 billion", "94 cents", "3.5c", "5 cent") in a paper
   * that writes its own dollar so (a Canadian or Australian paper: "CAD", "AUD"); absent, they are USD. */
  homeDollar?: string;
}

export const GOLD_UNITS = ["%", "pp", "count", "x", "points"] as const;

/** Where `place.find` sits in `text`, located through its context, as the scorer does. */
export function locate(text: string, place: GoldPlace): Span | null {
  const at = text.indexOf(place.near);
  const inner = place.near.indexOf(place.find);
  if (at < 0 || inner < 0) return null;
  return [at + inner, at + inner + place.find.length];
}

export function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

export function readGold(file: string): GoldFile {
  return JSON.parse(readFileSync(file, "utf8")) as GoldFile;
}

/** Every `*.gold.json` in `dir`, sorted, as absolute paths. */
export function goldFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".gold.json"))
    .sort()
    .map((name) => path.join(dir, name));
}

/**
 * The article body roughly as a parser stores it (front matter stripped, a .txt file's
 * heading dropped, a JSON `body`, the paragraphs of an HTML page's <article> or
 * .entry-content, without promos and related links). Only for
 * checking gold files and the eval script; real runs score the text the seed command prints.
 */
export function approximateStoredText(file: string): string {
  const raw = readFileSync(file, "utf8");
  const ext = path.extname(file);
  if (ext === ".md") return raw.replace(/^---\n[\s\S]*?\n---\n/, "").trim();
  if (ext === ".txt") return raw.slice(raw.indexOf("\n") + 1).trim();
  if (ext === ".json") return String((JSON.parse(raw) as { body: unknown }).body).trim();
  const $ = cheerio.load(raw);
  const body = $("article").length ? $("article").first() : $(".entry-content").first();
  return body
    .find("p, h2")
    .filter((_, el) => $(el).closest("aside, footer, .byline, .read-more, .newsletter-box, .author-bio").length === 0)
    .map((_, el) => $(el).text().replace(/\s+/g, " ").trim())
    .get()
    .join("\n");
}

export type SplitName = "dev" | "test" | "sample";

/** One gold file and the article file it annotates. */
export interface GoldPair {
  gold: string;
  article: string;
}

/** One part of the evaluation set, scored on its own. */
export interface EvalSplit {
  name: SplitName;
  /** How the report names it. */
  label: string;
  /** Files and folders given to the seed command. */
  sources: string[];
  pairs: GoldPair[];
  /** Articles written for this set (the length and every-digit rules apply to them). */
  writtenForEval: boolean;
}

function pairsIn(goldDir: string, articleDir: string): GoldPair[] {
  if (!existsSync(goldDir)) return [];
  return goldFilesIn(goldDir).map((gold) => ({ gold, article: path.join(articleDir, readGold(gold).article) }));
}

/**
 * The three splits, as absolute paths under the project `root`:
 * dev (eval/dev, tuned on), test (eval/test, held out: its misses are never read while
 * rules change) and sample+content (the shared sample plus content/articles scored with
 * eval/content/gold, which may be empty or missing).
 */
export function evalSplits(root: string): EvalSplit[] {
  const sharedArticle = path.resolve(root, "../shared/articles/alibaba-ai-push.md");
  const sharedGold = path.resolve(root, "../shared/gold/alibaba-ai-push.gold.json");
  const contentDir = path.join(root, "content/articles");
  // content/ carries its own copy of the shared sample: seeding both would be one address twice.
  const contentArticles = existsSync(contentDir)
    ? readdirSync(contentDir)
        .filter((name) => name.endsWith(".md") && name !== path.basename(sharedArticle))
        .sort()
        .map((name) => path.join(contentDir, name))
    : [];
  const contentPairs = pairsIn(path.join(root, "eval/content/gold"), contentDir).filter(
    (p) => path.basename(p.article) !== path.basename(sharedArticle),
  );
  const split = (name: "dev" | "test"): EvalSplit => ({
    name,
    label: name,
    sources: [path.join(root, "eval", name, "articles")],
    pairs: pairsIn(path.join(root, "eval", name, "gold"), path.join(root, "eval", name, "articles")),
    writtenForEval: true,
  });
  // Dev and the held-out split print last: the two lines a reader (and a before-stop check) reads.
  return [
    {
      name: "sample",
      label: "sample+content",
      sources: [sharedArticle, ...contentArticles],
      pairs: [{ gold: sharedGold, article: sharedArticle }, ...contentPairs],
      writtenForEval: false,
    },
    split("dev"),
    split("test"),
  ];
}

/** Whether `file` is one of `sources` or lies inside one of them (all absolute). */
export function inSources(file: string, sources: string[]): boolean {
  return sources.some((s) => file === s || file.startsWith(s + path.sep));
}
