import { describe, expect, it } from "vitest";
import { figuresOverTime, findComparisons } from "@/lib/briefing/charts";
import type { Fact, Figure } from "@/lib/contract";

function numeric(metric: string, basis: Fact["basis"], value: number, figure: Partial<Figure> = {}, citation = 1) {
  return {
    kind: "metric" as const, statement: metric, metric, basis, subject: "ACME", period: null, cite: [0, 1] as [number, number], flags: [], citation,
    figure: { span: [0, 1] as [number, number], value, high: null, unit: "USD", per: null, qualifier: null, change: null, ...figure },
  };
}

describe("findComparisons", () => {
  it("pairs a reported figure with its estimate, ignoring basis words in the metric", () => {
    const charts = findComparisons([numeric("adjusted EPS", "reported", 1.23, { per: "share" }), numeric("expected adjusted EPS", "estimate", 1.1, { per: "share" }, 2)]);
    expect(charts).toHaveLength(1);
    expect(charts[0]!.bars.map((b) => [b.label, b.value, b.citation])).toEqual([["Reported", 1.23, 1], ["Estimate", 1.1, 2]]);
  });

  it("charts a guidance range on its own", () => {
    expect(findComparisons([numeric("revenue", "guidance", 9.2e9, { high: 9.25e9 })])[0]!.bars[0]).toMatchObject({ value: 9.2e9, high: 9.25e9 });
  });

  it("does not compare different units, subjects or measures", () => {
    expect(findComparisons([numeric("revenue", "reported", 5e9), numeric("revenue", "estimate", 40, { unit: "%" })])).toEqual([]);
    expect(findComparisons([numeric("revenue", "reported", 5e9), numeric("net income", "estimate", 4e9)])).toEqual([]);
    expect(findComparisons([numeric("revenue", "reported", 5e9), numeric("revenue", "reported", 4e9)])).toEqual([]);
  });
});

describe("figuresOverTime", () => {
  it("lines up one measure's figures across articles, oldest first, and leaves single figures out", () => {
    const item = (metric: string, value: number, publishedAt: string) => ({ fact: numeric(metric, "reported", value, { unit: "%" }), article: { publishedAt } });
    const moves = figuresOverTime([
      item("share price change", 9, "2025-09-24"),
      item("share price change", 13, "2025-08-29"),
      item("revenue growth", 2, "2025-08-29"),
    ]);
    expect(moves).toHaveLength(1);
    expect(moves[0]!.items.map((i) => i.fact.figure.value)).toEqual([13, 9]);
  });
});
