// Keeps the gold annotations honest: every context is found once in its article,
// every value agrees with an independent reading of the figure's words, and every
// digit of the body is accounted for (a figure, an ignored region or a trap), so an
// unannotated number cannot slip in unnoticed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as cheerio from "cheerio";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { BASES, CHANGES, QUALIFIERS, type Span } from "@/lib/contract";
import { parseArticle } from "@/lib/parse";
import {
  GOLD_UNITS,
  evalSplits,
  approximateStoredText,
  locate,
  overlaps,
  readGold,
  type EvalSplit,
  type GoldFigure,
  type GoldFile,
  type GoldPair,
} from "./gold";

const root = path.resolve(import.meta.dirname, "..");
const splits = evalSplits(root);

const CURRENCY_WORDS: [RegExp, string][] = [
  [/HK\$|HKD/, "HKD"],
  [/US\$|USD/, "USD"],
  [/NT\$|TWD/, "TWD"],
  [/S\$|SGD|Singapore cents?/, "SGD"],
  [/C\$|CAD/, "CAD"],
  [/A\$|AUD/, "AUD"],
  [/CNY|RMB|yuan/, "CNY"],
  [/₹|\bRs\.?\s?\d|INR|rupees?\b|paise|paisa/, "INR"],
  // Malaysian papers: "RM9.76", "rose 6.0 sen", "half-a-sen" (a sen is a hundredth of a ringgit).
  [/RM\s?\d|MYR|ringgit|\dsen\b|\d\s+sen\b|-sen\b/, "MYR"],
  // South African cents are written "245c" (US cents "cents", UK pence "p").
  [/ZAR|\brand\b|\bR\s?\d|\dc\b/, "ZAR"],
  [/£|GBP|pence|\dp\b|\bpounds?\b|sterling/, "GBP"],
  // Irish and euro-zone papers write the euro's hundredth singular: "a dividend of 21.5 cent".
  [/€|EUR|euros?\b|eurocents?\b|\d\s+cent\b/, "EUR"],
  [/¥|JPY|\byen\b/, "JPY"],
  [/₩|KRW|\bwon\b/, "KRW"],
  [/DKK/, "DKK"],
  [/SEK|\bcrowns?\b/, "SEK"],
  [/CHF|Swiss francs?/, "CHF"],
  // Gulf, African and Latin American currencies as their business press writes them.
  [/SAR|riyals?\b/, "SAR"],
  [/AED|dirhams?\b|\bDh\s?\d|\d\s*fils\b/, "AED"],
  [/NGN|naira|kobo|₦|\bN\d/, "NGN"],
  [/KES|\bK?Sh\s?\d|shillings?\b/, "KES"],
  [/R\$|BRL|reais\b/, "BRL"],
  [/MXN|Mex\$|pesos?\b/, "MXN"],
  [/\$|cents?\b/, "USD"],
];
/** Scale words as publishers write them, any case ("$511 Mln.", "£2.5billion", "R8,7-billion"). */
const SCALE: Record<string, number> = {
  trillion: 1e12, trln: 1e12, tn: 1e12,
  billion: 1e9, bln: 1e9, bn: 1e9,
  crore: 1e7, lakh: 1e5, lakhcrore: 1e12,
  million: 1e6, mln: 1e6, m: 1e6,
};
const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, "a full": 1, "a quarter": 0.25, "a quarter of a": 0.25, one: 1, "half a": 0.5, two: 2, three: 3, four: 4, five: 5, ten: 10,
};

/**
 * A number as written: thousands separated by spaces with an optional decimal comma
 * ("49 000", "1 245,6"), a decimal comma only where the shape makes it certain (one or two
 * digits after the comma: "8,7", "352,5"), Indian lakh grouping ("3,18,470"), thousands
 * separated by commas ("1,234"), else
 * plain digits with an optional decimal point.
 */
const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?![\d,])|\d+,\d{1,2}(?![\d,])|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const NUMBER_RE = new RegExp(`(${NUMBER})(\\s*-?\\s*(?:trillion|trln|tn|billion|bln|bn|lakh\\s+crore|crore|lakh|million|mln|m)\\b)?`, "gi");

function numberValue(written: string): number {
  const digits = written.replace(/[ \u00a0\u202f]/g, "");
  if (/^\d+,\d{1,2}$/.test(digits)) return Number(digits.replace(",", "."));
  return Number(digits.replace(/,/g, ""));
}

/** An independent reading of a figure's words: [value, unit] of its first number. */
// What a figure names explicitly, so that a gold file's home dollar does not apply to it.
const EXPLICIT_CURRENCY_RE = /US\$|U\.S\.|USD|ZAR|\brand\b|\bR\s?\d|€|EUR|euros?\b|eurocents?/;

/** `readFigure`, with bare "$" and bare cents read as the gold file's home dollar when it names one. */
function readGoldFigure(find: string, homeDollar: string | undefined): [number, string] {
  const [value, unit] = readFigure(find);
  return homeDollar !== undefined && ["USD", "ZAR", "EUR"].includes(unit) && !EXPLICIT_CURRENCY_RE.test(find) ? [value, homeDollar] : [value, unit];
}

function readFigure(find: string): [number, string] {
  if (/^half a cent$/i.test(find)) return [0.005, "USD"];
  if (/^half-a-sen$/i.test(find)) return [0.005, "MYR"];
  const fold = /^(two|three|four|five|ten)-?fold$/i.exec(find)?.[1];
  if (fold) return [WORD_NUMBERS[fold.toLowerCase()] ?? 0, "x"];
  const word = /^(a full|half a|a quarter of an?|a quarter|an?|one|two|three|four|five|ten) (percentage points?|points?|basis points?|times|cents)$/i.exec(find);
  if (word?.[1] && word[2] && WORD_NUMBERS[word[1].toLowerCase()] !== undefined) {
    const n = WORD_NUMBERS[word[1].toLowerCase()] ?? 0;
    // "a quarter point" is how rate moves are written: a quarter of a percentage point.
    if (/percentage|^points?$/.test(word[2])) return [n, "pp"];
    if (/basis/.test(word[2])) return [n / 100, "pp"];
    // "up three cents": the article's cents, spelled out.
    if (/cents/.test(word[2])) return [n / 100, "USD"];
    return [n, "x"];
  }
  const numbers = [...find.matchAll(NUMBER_RE)];
  const first = numbers[0];
  if (!first?.[1]) throw new Error(`no number in ${find}`);
  // In a range the scale may be written once, after the last number ("3 to 4 per cent").
  const scaleWord = (first[2] ?? numbers.at(-1)?.[2] ?? "").replace(/[\s-]/g, "").toLowerCase();
  let value = numberValue(first[1]) * (SCALE[scaleWord] ?? 1);
  if (/percentage points?|\bpp\b/.test(find)) return [value, "pp"];
  if (/basis points?|\d\s*-?bps?\b/.test(find)) return [value / 100, "pp"];
  if (/%|per[\s-]*cent|percent|\dpc\b|\bpct\b/.test(find)) return [value, "%"];
  if (/\bpoints?\b/.test(find)) return [value, "points"];
  if (/times|\dx\b/.test(find)) return [value, "x"];
  // Cents written "352,5c" or "71.73 U.S. cents"; a bare "c" names no currency (rand, US cents…).
  if (/\d(-cent|\s*(?:U\.S\.\s*)?cents|\s*pence|\s*paise|\s*paisa|\s*kobo|\s*sen\b|\s*fils\b|\s+cent\b|p\b|c\b)|\bcents\b|eurocents?\b/.test(find)) value /= 100;
  for (const [pattern, code] of CURRENCY_WORDS) if (pattern.test(find)) return [value, code];
  return [value, "count"];
}

describe("the independent reading of a figure's words", () => {
  it.each([
    ["2,159.5p", 21.595, "GBP"],
    ["7.5p", 0.075, "GBP"],
    ["352,5 pence", 3.525, "GBP"],
    ["R8,7-billion", 8.7e9, "ZAR"],
    ["5,7%", 5.7, "%"],
    ["49 000", 49000, "count"],
    ["3,18,470", 318470, "count"],
    ["9 paise", 0.09, "INR"],
    ["5.64 lakh", 564000, "count"],
    ["₹3.96 lakh crore", 3.96e12, "INR"],
    ["1 245,6c", 12.456, "ZAR"],
    ["R9-billion and R10-billion", 9e9, "ZAR"],
    ["1,234", 1234, "count"],
    ["$511 Mln.", 511e6, "USD"],
    ["$3.10 Bln", 3.1e9, "USD"],
    ["£2.5billion", 2.5e9, "GBP"],
    ["US$183.45", 183.45, "USD"],
    ["60per cent", 60, "%"],
    ["Rs 1,240 crore", 1.24e10, "INR"],
    ["$1.2 trln", 1.2e12, "USD"],
    ["$4.2tn", 4.2e12, "USD"],
    ["12pc", 12, "%"],
    ["49 pct", 49, "%"],
    ["245c", 2.45, "ZAR"],
    ["A$1.85", 1.85, "AUD"],
    ["¥4,923", 4923, "JPY"],
    ["412 billion won", 412e9, "KRW"],
    ["NT$367.5 billion", 367.5e9, "TWD"],
    ["S$13.52", 13.52, "SGD"],
    ["71.35 U.S. cents", 0.7135, "USD"],
    ["US$3.9tn", 3.9e12, "USD"],
    ["a full percentage point", 1, "pp"],
    ["half a percentage point", 0.5, "pp"],
    ["a quarter of a percentage point", 0.25, "pp"],
    ["50-bp", 0.5, "pp"],
    ["367.17 points", 367.17, "points"],
    ["33,684.53", 33684.53, "count"],
    ["89 204,6 points", 89204.6, "points"],
    ["352,5c", 3.525, "ZAR"],
    ["26 pct", 26, "%"],
    ["Rs 3.12 lakh crore", 3.12e12, "INR"],
    ["DKK 612.80", 612.8, "DKK"],
    ["6.42 billion Swedish crowns", 6.42e9, "SEK"],
    ["262.40 crowns", 262.4, "SEK"],
    ["376 million Swiss francs", 376e6, "CHF"],
    ["a quarter of a percentage point", 0.25, "pp"],
    ["a quarter point", 0.25, "pp"],
    ["half a cent", 0.005, "USD"],
    ["tenfold", 10, "x"],
    ["26.85 riyals", 26.85, "SAR"],
    ["Dh13.85", 13.85, "AED"],
    ["N712.4 billion", 712.4e9, "NGN"],
    ["N683.1bn", 683.1e9, "NGN"],
    ["50 kobo", 0.5, "NGN"],
    ["Sh42.7 billion", 42.7e9, "KES"],
    ["R$ 11.4 billion", 11.4e9, "BRL"],
    ["11.4 billion reais", 11.4e9, "BRL"],
    ["12.64 billion pesos", 12.64e9, "MXN"],
    ["Sh24.6 billion", 24.6e9, "KES"],
    ["R$ 5.82 billion", 5.82e9, "BRL"],
    ["KSh96.4 billion", 96.4e9, "KES"],
    ["27.3 billion shillings", 27.3e9, "KES"],
    ["6.0 sen", 0.06, "MYR"],
    ["half-a-sen", 0.005, "MYR"],
    ["RM4,512", 4512, "MYR"],
    ["60 Singapore cents", 0.6, "SGD"],
    ["78 fils", 0.78, "AED"],
    ["1 paisa", 0.01, "INR"],
    ["12 eurocents", 0.12, "EUR"],
    ["12 euro cents", 0.12, "EUR"],
    ["0.45 of-a-point", 0.45, "points"],
    ["21.5 cent", 0.215, "EUR"],
    ["2.3 billion pounds", 2.3e9, "GBP"],
    ["0.3-per-cent", 0.3, "%"],
    ["three-fold", 3, "x"],
  ])("%s -> %d %s", (find, value, unit) => {
    const [v, u] = readFigure(find);
    expect(Math.abs(v - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-9);
    expect(u).toBe(unit);
  });
});

function countOf(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

const cases = splits.flatMap((split) =>
  split.pairs.map((pair): [string, EvalSplit, GoldPair] => [`${split.label}/${path.basename(pair.gold)}`, split, pair]),
);

describe.each(cases)("%s", (_name, split, { gold: goldPath, article: articlePath }) => {
  const gold: GoldFile = readGold(goldPath);
  const text = approximateStoredText(articlePath);
  // The title as the seed command reads it, per format (front matter, first line, JSON, og:title…).
  const title = parseArticle(articlePath, readFileSync(articlePath)).title;
  const spans = (places: { find: string; near: string }[]): Span[] =>
    places.map((p) => locate(text, p)).filter((s): s is Span => s !== null);

  it("names an existing article; one written for this set has a body of 300 to 700 words", () => {
    expect(gold.article).toBe(path.basename(articlePath));
    expect(existsSync(articlePath), articlePath).toBe(true);
    if (!split.writtenForEval) return;
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThanOrEqual(700);
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
    const [value, unit] = readGoldFigure(f.find, gold.homeDollar);
    expect(Math.abs(f.value - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-9);
    // An index level is a bare number ("to 33,684.53"): its unit comes from the index named.
    if (f.unit === "points" && unit === "count") expect(f.subject, "an index level names its index").toBeDefined();
    else expect(f.unit).toBe(unit);
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
    // A ticker the article writes, else a company's or an index's name as written.
    if (f.subject !== undefined && !gold.tickers.includes(f.subject)) expect(`${title}\n${text}`).toContain(f.subject);
  });

  it("lists tickers that the title or the body writes out", () => {
    const written = (t: string) => new RegExp(`(?:^|[\\s(:$,“"<])${t.replace(".", "\\.")}(?:$|[\\])\\s,;.:”"’'>])`, "m");
    for (const t of gold.tickers) expect(`${title}\n${text}`, t).toMatch(written(t));
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

it("front matter and JSON of the articles written for this set carry the metadata the seed command reads", () => {
  for (const [, split, { article: file }] of cases) {
    if (!split.writtenForEval) continue;
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
