import { describe, expect, it } from "vitest";
import { scorecard, sourcesWords, spreadWords, surpriseWords } from "@/lib/briefing/scorecard";
import { companyClaims, type ClaimSource } from "@/lib/verify";
import { numericFact, type FigureSpec } from "@/lib/verify/test-facts";

const TEXT = "EPS was $1.74 in Q2 2025. Analysts expected $1.72 in Q2 2025. Revenue was $5.1 billion in Q2 2025. Revenue was $5.3 billion in Q2 2025. EPS was $1.50 in Q1 2025.";

function source(slug: string, position: number, spec: Omit<FigureSpec, "subject" | "unit">): ClaimSource {
  const fact = numericFact(TEXT, { subject: "ORFD", unit: "USD", ...spec });
  return { slug, title: slug, publisher: "Wire", publishedAt: "2025-07-30", position, citation: position + 1, fact, quote: TEXT.slice(...fact.cite) };
}

const claims = companyClaims([
  source("a", 0, { find: "$1.74", value: 1.74, metric: "earnings per share", per: "share", period: "Q2 2025" }),
  source("a", 1, { find: "$1.72", value: 1.72, metric: "earnings per share", per: "share", period: "Q2 2025", basis: "estimate" }),
  source("a", 2, { find: "$5.1 billion", value: 5.1e9, metric: "revenue", period: "Q2 2025" }),
  source("b", 0, { find: "$5.3 billion", value: 5.3e9, metric: "revenue", period: "Q2 2025" }),
  source("b", 1, { find: "$1.50", value: 1.5, metric: "EPS", period: "Q1 2025" }),
]);

describe("scorecard", () => {
  const card = scorecard(claims);

  it("puts named measures in rows and the newest periods in columns", () => {
    expect(card.periods.map((p) => p.label)).toEqual(["Q2 2025", "Q1 2025"]);
    expect(card.rows.map((row) => row.measure.label)).toEqual(["Revenue", "EPS"]);
    expect(card.rows[1]!.cells[1]?.reported?.sources).toBe(1);
  });

  it("gives reported against expected as a beat or miss with the surprise", () => {
    const eps = card.rows[1]!.cells[0]!;
    expect(surpriseWords("EPS", eps.surprise!)).toBe("EPS $1.74 vs $1.72 expected: beat by 1.2%");
  });

  it("marks sources that disagree, and gives no surprise for a disputed figure", () => {
    const revenue = card.rows[0]!.cells[0]!.reported!;
    expect(revenue.verdict).toBe("conflict");
    expect(revenue.sides.map((side) => side.figure.value)).toEqual([5.1e9, 5.3e9]);
    expect(spreadWords(revenue)).toBe("$200 million (3.9%) between the highest and lowest figure in USD");
  });

  it("takes the spread within the shown currency only", () => {
    const revenue = card.rows[0]!.cells[0]!.reported!;
    const none = { absolute: 0, percent: null };
    const yuanAndDollars = [{ unit: "CNY", figures: 1, sources: 1 }, { unit: "USD", figures: 1, sources: 1 }];
    expect(spreadWords({ ...revenue, unit: "CNY", units: yuanAndDollars, spread: none })).toBe("one figure in CNY");
    expect(spreadWords({ ...revenue, units: [{ unit: "USD", figures: 2, sources: 2 }], spread: none })).toBe("every figure in USD the same");
  });
});

describe("sourcesWords", () => {
  it("counts the sources of the figure shown, and names the currencies it is not compared with", () => {
    expect(sourcesWords({ sources: 2, units: [{ unit: "CNY", figures: 1, sources: 1 }, { unit: "USD", figures: 1, sources: 1 }] })).toBe("1 source · also in USD");
    expect(sourcesWords({ sources: 2, units: [{ unit: "USD", figures: 3, sources: 2 }] })).toBe("2 sources");
  });
});
