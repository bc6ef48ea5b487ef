import { describe, expect, it } from "vitest";
import { figuresOverTime, findComparisons, measureCharts, valueScale } from "@/lib/briefing/charts";
import { formatCompactFigure } from "@/lib/briefing/format";
import { claimFigureWords, scorecard } from "@/lib/briefing/scorecard";
import type { Fact, Figure } from "@/lib/contract";
import { companyClaims, type ClaimSource } from "@/lib/verify";
import { numericFact, type FigureSpec } from "@/lib/verify/test-facts";

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

describe("measureCharts", () => {
  const TEXT =
    "Revenue was $1.10 billion in Q4 2024. Revenue was $1.18 billion in Q1 2025. Revenue was $1.24 billion in Q2 2025. Revenue was $1.29 billion in Q2 2025. " +
    "Analysts expected $1.21 billion in Q2 2025. Analysts expect $1.30 billion in Q3 2025. EPS was $0.84 in Q2 2025. Net income was $96 million in Q2 2025. " +
    "Revenue was 8.1 billion yuan in Q3 2024.";
  const source = (slug: string, position: number, spec: Omit<FigureSpec, "subject">): ClaimSource => {
    const fact = numericFact(TEXT, { subject: "KSTL", ...spec });
    return { slug, title: slug, publisher: "Wire", publishedAt: "2025-08-08", position, citation: position + 1, fact, quote: TEXT.slice(...fact.cite) };
  };
  const revenue = (slug: string, position: number, find: string, value: number, period: string, basis: Fact["basis"] = "reported") =>
    source(slug, position, { find, value, unit: "USD", metric: "revenue", period, basis });
  const card = scorecard(
    companyClaims([
      revenue("a", 0, "$1.10 billion", 1.1e9, "Q4 2024"),
      revenue("a", 1, "$1.18 billion", 1.18e9, "Q1 2025"),
      revenue("a", 2, "$1.24 billion", 1.24e9, "Q2 2025"),
      revenue("b", 0, "$1.29 billion", 1.29e9, "Q2 2025"),
      revenue("a", 3, "$1.21 billion", 1.21e9, "Q2 2025", "estimate"),
      revenue("b", 1, "$1.30 billion", 1.3e9, "Q3 2025", "estimate"),
      source("a", 4, { find: "$0.84", value: 0.84, unit: "USD", per: "share", metric: "earnings per share", period: "Q2 2025" }),
      source("a", 5, { find: "$96 million", value: 96e6, unit: "USD", metric: "net income", period: "Q1 2025" }),
      source("c", 0, { find: "8.1 billion yuan", value: 8.1e9, unit: "CNY", metric: "revenue", period: "Q3 2024" }),
    ]),
  );
  const charts = measureCharts(card);

  it("charts a measure with figures in two quarters or more, oldest quarter first, on the scorecard's own columns", () => {
    // EPS and net income have one quarter each: a table cell says as much as a chart would.
    expect(charts.map((chart) => chart.measure.label)).toEqual(["Revenue"]);
    const [chart] = charts;
    expect(chart!.periods.map((p) => p.id)).toEqual(["3m-2024-09", "3m-2024-12", "3m-2025-03", "3m-2025-06", "3m-2025-09"]);
    expect(chart!.periods.map((p) => p.axisLabel)).toEqual(["Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025", "Q3 2025"]);
    expect(card.periods.map((p) => p.id).reverse()).toEqual(chart!.periods.map((p) => p.id));
  });

  it("gives the reported figure and the estimate of each quarter apart, each the scorecard cell's claim in its words", () => {
    const chart = charts[0]!;
    const row = card.rows.find((r) => r.measure.id === "revenue")!;
    for (const period of chart.periods) {
      const cell = row.cells[card.periods.findIndex((p) => p.id === period.id)] ?? null;
      expect(period.reported?.claim ?? null).toBe(cell?.reported ?? null);
      expect(period.estimate?.claim ?? null).toBe(cell?.estimate ?? null);
      if (cell?.reported) expect(period.reported!.words).toBe(claimFigureWords(cell.reported));
    }
    const q3 = chart.periods.at(-1)!;
    expect([q3.reported, q3.estimate?.drawn]).toEqual([null, [{ low: 1.3e9, high: 1.3e9 }]]);
  });

  it("marks a disputed quarter with every side drawn and labelled", () => {
    const q2 = charts[0]!.periods.find((p) => p.id === "3m-2025-06")!;
    expect(q2.reported).toMatchObject({ disputed: true, words: "$1.24 billion or $1.29 billion", compact: ["$1.24B", "$1.29B"] });
    expect(q2.reported!.drawn.map((d) => d.low)).toEqual([1.24e9, 1.29e9]);
    expect(q2.estimate).toMatchObject({ disputed: false, words: "$1.21 billion", compact: ["$1.21B"] });
    expect(charts[0]!.summary).toContain("Q2 2025 reported $1.24 billion or $1.29 billion (sources disagree), expected $1.21 billion;");
  });

  it("draws one unit: a quarter given in another is listed, not drawn", () => {
    const [chart] = charts;
    expect(chart!.unit).toBe("USD");
    expect(chart!.periods[0]!.reported).toMatchObject({ words: "CN¥8.1 billion", drawn: [] });
    expect(chart!.summary).toMatch(/^Revenue by quarter, in USD: Q3 2024 reported CN¥8.1 billion \(in CNY, not drawn\); Q4 2024 reported \$1.1 billion;/);
    expect(chart!.scale).toEqual({ low: 0, high: 1.5e9, ticks: [0, 0.5e9, 1e9, 1.5e9] });
  });
});

describe("valueScale", () => {
  it("takes round steps from zero", () => {
    expect(valueScale(0, 0.84).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(valueScale(-5, 9).ticks).toEqual([-5, 0, 5, 10]);
    expect(valueScale(0, 0.3).ticks).toEqual([0, 0.1, 0.2, 0.3]);
    expect(valueScale(0, 0).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe("formatCompactFigure", () => {
  it("keeps three significant digits and the currency's symbol", () => {
    expect(formatCompactFigure({ value: 247.65e9, high: null, unit: "CNY" })).toBe("CN¥248B");
    expect(formatCompactFigure({ value: 0.84, high: null, unit: "USD" })).toBe("$0.84");
    expect(formatCompactFigure({ value: -1.5e6, high: null, unit: "USD" })).toBe("-$1.5M");
    expect(formatCompactFigure({ value: 12.25, high: null, unit: "%" })).toBe("12.3%");
    expect(formatCompactFigure({ value: 1.2e9, high: 1.25e9, unit: "EUR" })).toBe("€1.2B–€1.25B");
  });
});
