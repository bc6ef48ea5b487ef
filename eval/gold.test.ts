// Keeps the gold annotations honest: every context is found once in its article,
// every value agrees with an independent reading of the figure's words, and every
// digit of the body is accounted for (a figure, an ignored region or a trap), so an
// unannotated number cannot slip in unnoticed.
import { readFileSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { BASES, CHANGES, QUALIFIERS, type Span } from "@/lib/contract";
import {
  GOLD_UNITS,
  approximateStoredText,
  goldFilesIn,
  locate,
  overlaps,
  readGold,
  type GoldFigure,
  type GoldFile,
} from "./gold";

const evalDir = import.meta.dirname;
const articlesDir = path.join(evalDir, "articles");
const goldPaths = goldFilesIn(path.join(evalDir, "gold"));

const CURRENCY_WORDS: [RegExp, string][] = [
  [/HK\$|HKD/, "HKD"],
  [/US\$/, "USD"],
  [/CNY|yuan/, "CNY"],
  [/£|pence|\dp\b/, "GBP"],
  [/€/, "EUR"],
  [/\$|cents?\b/, "USD"],
];
const SCALE: Record<string, number> = {
  trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, m: 1e6,
};
const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** An independent reading of a figure's words: [value, unit] of its first number. */
function readFigure(find: string): [number, string] {
  const word = /^(\w+) times$/.exec(find);
  if (word?.[1] && WORD_NUMBERS[word[1]] !== undefined) return [WORD_NUMBERS[word[1]] ?? 0, "x"];
  const numbers = [...find.matchAll(/(\d[\d,]*(?:\.\d+)?)(\s*(?:trillion|billion|bn|million|m\b))?/g)];
  const first = numbers[0];
  if (!first?.[1]) throw new Error(`no number in ${find}`);
  // In a range the scale may be written once, after the last number ("3 to 4 per cent").
  const scaleWord = (first[2] ?? numbers.at(-1)?.[2] ?? "").trim();
  let value = Number(first[1].replace(/,/g, "")) * (SCALE[scaleWord] ?? 1);
  if (/per cent|%/.test(find)) return [value, "%"];
  if (/percentage points/.test(find)) return [value, "pp"];
  if (/basis points/.test(find)) return [value / 100, "pp"];
  if (/times/.test(find)) return [value, "x"];
  if (/\d(-cent|\s*cents|\s*pence|p\b)/.test(find)) value /= 100;
  for (const [pattern, code] of CURRENCY_WORDS) if (pattern.test(find)) return [value, code];
  return [value, "count"];
}

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

describe.each(goldPaths.map((p) => [path.basename(p), p]))("%s", (_name, goldPath) => {
  const gold: GoldFile = readGold(goldPath);
  const articlePath = path.join(articlesDir, gold.article);
  const text = approximateStoredText(articlePath);
  const spans = (places: { find: string; near: string }[]): Span[] =>
    places.map((p) => locate(text, p)).filter((s): s is Span => s !== null);

  it("names an article of eval/articles whose body is 350 to 650 words", () => {
    expect(gold.article).toBe(path.basename(articlePath));
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(350);
    expect(words).toBeLessThanOrEqual(650);
  });

  it("places every figure, ignored region and trap once, inside one paragraph", () => {
    for (const place of [...gold.figures, ...gold.ignore, ...(gold.traps ?? [])]) {
      expect(place.near, place.near).not.toMatch(/\n/);
      expect(place.near.includes(place.find), `${place.find} in ${place.near}`).toBe(true);
      expect(countOf(text, place.near), `context "${place.near}"`).toBe(1);
    }
  });

  it("gives each figure its own span, clear of ignored regions and traps", () => {
    const figureSpans = spans(gold.figures);
    const otherSpans = spans([...gold.ignore, ...(gold.traps ?? [])]);
    figureSpans.forEach((a, i) => {
      figureSpans.slice(i + 1).forEach((b) => expect(overlaps(a, b), text.slice(...a)).toBe(false));
      otherSpans.forEach((b) => expect(overlaps(a, b), text.slice(...a)).toBe(false));
    });
  });

  it("accounts for every digit of the body", () => {
    const covered = spans([...gold.figures, ...gold.ignore, ...(gold.traps ?? [])]);
    const loose: string[] = [];
    for (const m of text.matchAll(/\d+/g)) {
      const at = m.index ?? 0;
      const span: Span = [at, at + m[0].length];
      if (!covered.some((c) => c[0] <= span[0] && span[1] <= c[1])) loose.push(text.slice(Math.max(0, at - 20), at + 20));
    }
    expect(loose).toEqual([]);
  });

  it.each(gold.figures.map((f): [string, GoldFigure] => [`${f.find} @ ${f.near}`, f]))("%s is well formed", (_l, f) => {
    const [value, unit] = readFigure(f.find);
    expect(Math.abs(f.value - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-9);
    expect(f.unit).toBe(unit);
    expect(/^[A-Z]{3}$/.test(f.unit) || (GOLD_UNITS as readonly string[]).includes(f.unit)).toBe(true);
    expect(f.metric.length).toBeGreaterThanOrEqual(1);
    for (const k of f.metric) expect(k).toBe(k.toLowerCase());
    if (f.basis !== undefined) expect(BASES).toContain(f.basis);
    if (f.qualifier !== undefined) {
      expect(QUALIFIERS).toContain(f.qualifier);
      expect(f.near.toLowerCase()).toContain(f.qualifier);
    }
    if (f.change !== undefined) expect(CHANGES).toContain(f.change);
    if (f.per !== undefined) expect(f.per).toBe("share");
    if (f.subject !== undefined) expect(gold.tickers).toContain(f.subject);
  });

  it("lists tickers that the body writes out", () => {
    for (const t of gold.tickers) expect(text, t).toMatch(new RegExp(`[\\s(:$,]${t.replace(".", "\\.")}[\\])\\s,]`));
    for (const t of gold.notTickers ?? []) expect(gold.tickers).not.toContain(t);
  });

  it("lists chrome that the page has and the article body does not", () => {
    const raw = readFileSync(articlePath, "utf8");
    const page = cheerio.load(raw).root().text();
    for (const junk of gold.absent ?? []) {
      expect(raw.includes(junk) || page.includes(junk), `"${junk}" on the page`).toBe(true);
      expect(text.includes(junk), `"${junk}" kept in the body`).toBe(false);
    }
  });
});

it("front matter and JSON carry the metadata the seed command reads", () => {
  for (const goldPath of goldPaths) {
    const file = path.join(articlesDir, readGold(goldPath).article);
    const raw = readFileSync(file, "utf8");
    if (file.endsWith(".md")) {
      const meta = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(raw)?.[1] ?? "") as Record<string, unknown>;
      expect(Object.keys(meta)).toEqual(expect.arrayContaining(["title", "publisher", "url", "publishedAt"]));
    }
    if (file.endsWith(".json")) {
      const doc = JSON.parse(raw) as Record<string, unknown>;
      expect(typeof doc.title).toBe("string");
      expect(typeof doc.body).toBe("string");
    }
  }
});
