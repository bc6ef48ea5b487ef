// The sample article scored the way ../shared/tools/score-facts.mjs scores it, against
// its gold annotations in ../shared/gold.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Span } from "@/lib/contract";
import { extractFacts } from "./index";

interface GoldFigure {
  find: string;
  near: string;
  value: number;
  unit: string;
  metric: string[];
  basis?: string;
  subject?: string;
  change?: string;
  qualifier?: string;
  per?: string;
}
interface Gold {
  tickers: string[];
  figures: GoldFigure[];
  ignore: { find: string; near: string }[];
}

const root = path.resolve(import.meta.dirname, "../..");
const raw = readFileSync(path.join(root, "content/articles/alibaba-ai-push.md"), "utf8").replace(/\r\n/g, "\n");
const text = raw.slice(raw.indexOf("\n---", 3) + 4).trim();
const gold = JSON.parse(readFileSync(path.join(root, "../shared/gold/alibaba-ai-push.gold.json"), "utf8")) as Gold;

const locate = (item: { find: string; near: string }): Span => {
  const at = text.indexOf(item.near);
  expect(at, item.near).toBeGreaterThanOrEqual(0);
  const inner = at + item.near.indexOf(item.find);
  return [inner, inner + item.find.length];
};
const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];
const close = (a: number | null | undefined, b: number) => typeof a === "number" && Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 5e-4);

describe("the sample article against its gold", () => {
  const extraction = extractFacts(text, { tickers: ["BABA"] });
  const numeric = extraction.facts.filter((f) => f.figure);

  it.each(gold.figures)("finds $find with its value, unit and attributes", (g) => {
    const span = locate(g);
    const hit = numeric.find(
      (f) => overlaps(f.figure!.span, span) && (close(f.figure!.value, g.value) || close(f.figure!.high, g.value)) && f.figure!.unit === g.unit,
    );
    expect(hit, g.find).toBeDefined();
    const f = hit!;
    expect(g.metric.some((k) => (f.metric ?? "").toLowerCase().includes(k.toLowerCase())), `${g.find} metric ${f.metric}`).toBe(true);
    if (g.basis !== undefined) expect(f.basis).toBe(g.basis);
    if (g.change !== undefined) expect(f.figure!.change).toBe(g.change);
    if (g.qualifier !== undefined) expect(f.figure!.qualifier).toBe(g.qualifier);
    if (g.per !== undefined) expect(f.figure!.per).toBe(g.per);
    if (g.subject !== undefined) {
      const entity = extraction.entities.find((e) => e.name === f.subject);
      expect([f.subject, ...(entity?.tickers ?? [])]).toContain(g.subject);
    }
  });

  it("reports no other figure outside the ignored regions", () => {
    const ignored = gold.ignore.map(locate);
    const expected = gold.figures.map(locate);
    const extra = numeric.filter((f) => !ignored.some((r) => overlaps(f.figure!.span, r)) && !expected.some((r) => overlaps(f.figure!.span, r)));
    expect(extra.map((f) => text.slice(...f.figure!.span))).toEqual([]);
  });

  it("finds every ticker", () => {
    const tickers = extraction.entities.flatMap((e) => e.tickers);
    for (const t of gold.tickers) expect(tickers).toContain(t);
  });

  it("cites passages that hold the figure and stay inside one paragraph", () => {
    for (const f of extraction.facts) {
      const quote = text.slice(...f.cite);
      expect(quote.includes("\n")).toBe(false);
      if (f.figure) expect(f.cite[0] <= f.figure.span[0] && f.figure.span[1] <= f.cite[1]).toBe(true);
    }
  });

  it("orders facts by position and flags nothing", () => {
    const starts = extraction.facts.map((f) => f.cite[0]);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(extraction.facts.every((f) => f.flags.length === 0)).toBe(true);
  });

  it("resolves the company's mentions to one entity", () => {
    const alibaba = extraction.entities.find((e) => e.tickers.includes("BABA"))!;
    const quotes = new Set(alibaba.mentions.map((m) => text.slice(...m)));
    expect(quotes).toEqual(new Set(["Alibaba Group Holding Ltd.", "BABA", "Alibaba", "The company", "the company", "the firm"]));
  });
});


describe("a profit written in cents", () => {
  it("is per share, also glued as South African reports write it", () => {
    const report = "Karoo Retail said on Tuesday that headline earnings rose 11,4% to 352,5c in the six months, on revenue of R18,6-billion in Johannesburg.";
    const cents = extractFacts(report).facts.find((f) => f.figure?.unit === "ZAR" && f.figure.value < 10);
    expect(cents?.figure).toMatchObject({ value: 3.525, per: "share" });
  });

  it("is not a profit's move in 'percent' (US wires), hyphenated or not", () => {
    const report = "Halden Oil said operating profits rose 27 percent to 10.86 billion yuan, after a 9.4-percent fall in net profits a year earlier.";
    const moves = extractFacts(report).facts.filter((f) => f.figure?.unit === "%");
    expect(moves.map((f) => [f.metric, f.figure?.per])).toEqual([["operating profits growth", null], ["profit decline", null]]);
  });
});

describe("index moves: only when the clause is about the index", () => {
  const metricAt = (text: string, figure: string) => {
    const at = text.indexOf(figure);
    return extractFacts(text).facts.find((f) => f.figure && f.figure.span[0] === at)?.metric ?? null;
  };
  it("keeps the index's own move", () => {
    expect(metricAt("Across the Tasman, the S&P/NZX 50 index ended 0.4% higher.", "0.4%")).toBe("index change");
    expect(metricAt("The STOXX 600 has risen 14.5% since the start of the year.", "14.5%")).toBe("index change");
  });
  it("gives no index move to a company whose clause names the index as an object", () => {
    expect(metricAt("Tokyo shares were mixed. Suzuka Motor weighed on the index by falling 2.9%.", "2.9%")).not.toBe("index change");
    expect(metricAt("The Nikkei ended 0.9% higher. Kameda Retail offered the biggest lift to the Nikkei, rising 3.1%.", "3.1%")).not.toBe("index change");
  });
  it("gives no index move to a company named after the index", () => {
    expect(metricAt("The Hang Seng Index fell 1.2% to 17,000.5, with Alibaba Group (9988.HK), which lost 2.9%, the biggest drag.", "2.9%")).toBe("share price change");
  });
});
