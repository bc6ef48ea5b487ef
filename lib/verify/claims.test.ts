import { describe, expect, it } from "vitest";
import {
  checkedPeriod,
  claimPeriodCandidates,
  claimPeriodKey,
  companyClaims,
  MAX_PERIOD_CANDIDATES,
  measureOf,
  NAMED_MEASURES,
  placeClaims,
  storedClaimPeriod,
  type ClaimSource,
} from "@/lib/verify/claims";
import { verifyFacts } from "@/lib/verify/cross-source";
import { samePeriod } from "@/lib/verify/periods";
import { type Article, claim, type FigureSpec, numericFact } from "@/lib/verify/test-facts";

const results: Article = {
  slug: "june-quarter",
  title: "Alibaba's cloud growth speeds up",
  publisher: "Bloomberg",
  publishedAt: "2025-08-29",
  text:
    "Capital expenditure reached 38.6 billion yuan in the June quarter. " +
    "Group revenue for the quarter, the first of Alibaba's fiscal year, rose 2% to 247.65 billion yuan. " +
    "Analysts had expected about 252.9 billion yuan. " +
    "For the September quarter, analysts expect revenue of 255 billion yuan. " +
    "Shares rose 13% on Friday.",
};
const recap: Article = {
  slug: "recap",
  title: "Alibaba recap",
  publisher: "Wire",
  publishedAt: "2025-09-24",
  text: "Revenue was 247.7 billion yuan in the April–June quarter. Revenue in the first quarter of fiscal 2025 was 236.5 billion yuan.",
};

function source(article: Article, position: number, spec: Omit<FigureSpec, "subject" | "unit"> & { unit?: string }): ClaimSource {
  const fact = numericFact(article.text, { subject: "BABA", unit: "CNY", ...spec });
  return { slug: article.slug, title: article.title, publisher: article.publisher, publishedAt: article.publishedAt, position, citation: position + 1, fact, quote: article.text.slice(...fact.cite) };
}

const facts = [
  source(results, 0, { find: "38.6 billion yuan", value: 38.6e9, metric: "capital spending", period: "June quarter" }),
  source(results, 1, { find: "247.65 billion yuan", value: 247.65e9, metric: "revenue" }),
  source(results, 2, { find: "252.9 billion yuan", value: 252.9e9, metric: "revenue", basis: "estimate", qualifier: "about" }),
  source(results, 3, { find: "255 billion yuan", value: 255e9, metric: "revenue", basis: "estimate" }),
  source(results, 4, { find: "13%", value: 13, unit: "%", metric: "share price change", change: "up" }),
  source(recap, 0, { find: "247.7 billion yuan", value: 247.7e9, metric: "revenue", period: "April–June quarter" }),
  source(recap, 1, { find: "236.5 billion yuan", value: 236.5e9, metric: "revenue", period: "first quarter of fiscal 2025" }),
];

describe("measureOf", () => {
  it("names each named measure's own example", () => {
    for (const measure of NAMED_MEASURES) {
      const [metric, per, unit] = measure.example;
      expect(measureOf({ metric, figure: { span: [0, 1], value: 1, high: null, unit, per, qualifier: null, change: null } })?.id, metric).toBe(measure.id);
    }
  });

  it("keeps other measures apart by what they measure and their unit kind", () => {
    const figure = (unit: string) => ({ span: [0, 1] as [number, number], value: 1, high: null, unit, per: null, qualifier: null, change: null });
    expect(measureOf({ metric: "cloud revenue", figure: figure("USD") })).toMatchObject({ id: "revenue-cloud.money", rank: null });
    expect(measureOf({ metric: "revenue growth", figure: figure("%") })).toMatchObject({ id: "revenue.pct", rank: null });
  });
});

describe("companyClaims", () => {
  const read = companyClaims(facts);

  it("reads the fiscal calendar an article states: the June quarter is the first of a year ending in March", () => {
    expect(read.fiscalYearEnd).toBe(3);
    expect(read.fiscalSource).toEqual({ slug: "june-quarter", citation: 2 });
  });

  it("gives a figure without a period its article's quarter, unless its passage names another", () => {
    const q2 = read.claims.find((claim) => claim.id === "revenue.3m-2025-06.reported")!;
    expect(q2.periodLabel).toBe("Q2 2025 (fiscal Q1 2026)");
    expect(q2.figures.map((f) => [f.source.slug, f.written, f.periodFrom])).toEqual([
      ["recap", "247.7 billion yuan", "text"],
      ["june-quarter", "247.65 billion yuan", "article"],
    ]);
    expect(q2).toMatchObject({ sources: 2, verdict: "corroborated", unit: "CNY" });
    expect(read.claims.find((claim) => claim.id === "revenue.3m-2025-06.estimate")?.figures.map((f) => f.written)).toEqual(["252.9 billion yuan"]);
    // "For the September quarter": a period of its own, which the extractor did not give. Not the article's.
    expect(read.claims.some((claim) => claim.figures.some((f) => f.written === "255 billion yuan"))).toBe(false);
  });

  it("places fiscal periods by the calendar it found", () => {
    expect(read.claims.find((claim) => claim.id === "revenue.3m-2024-06.reported")?.figures.map((f) => f.written)).toEqual(["236.5 billion yuan"]);
  });

  it("counts what it cannot place, and takes no article quarter for a move of the shares", () => {
    expect(read.unplaced).toBe(2);
  });

  it("orders newest period first and marks figures that disagree", () => {
    expect(read.claims.map((claim) => claim.id)).toEqual(["revenue.3m-2025-06.reported", "revenue.3m-2025-06.estimate", "capital-spending.3m-2025-06.reported", "revenue.3m-2024-06.reported"]);
    const disputed = companyClaims([...facts, source(recap, 2, { find: "236.5 billion yuan", value: 236.5e9, metric: "revenue", period: "quarter ended June 30, 2025" })]);
    const q2 = disputed.claims.find((claim) => claim.id === "revenue.3m-2025-06.reported")!;
    expect(q2.verdict).toBe("conflict");
    expect(q2.value.value).toBe(247.7e9);
    expect(q2.spread.absolute).toBeCloseTo(11.2e9);
  });

  it("calls one article's own disagreeing figures inconsistent, not a conflict: the checks never compare an article with itself", () => {
    const segment = source(results, 5, { find: "255 billion yuan", value: 33.4e9, metric: "revenue", period: "June quarter" });
    const own = companyClaims([...facts.filter((f) => f.slug !== "recap"), segment]);
    const q2 = own.claims.find((claim) => claim.id === "revenue.3m-2025-06.reported")!;
    expect(q2).toMatchObject({ verdict: "inconsistent", sources: 1 });
    expect(q2.sides).toHaveLength(2);
    // A second article's figure against one of them: sources disagree.
    const other = companyClaims([...facts, segment]);
    expect(other.claims.find((claim) => claim.id === "revenue.3m-2025-06.reported")).toMatchObject({ verdict: "conflict", sources: 2 });
  });
});

describe("a claim across currencies", () => {
  const dollars: Article = { slug: "dollars", title: "Alibaba in dollars", publisher: "Wire", publishedAt: "2025-08-30", text: "Revenue was $34.6 billion in the April–June quarter." };
  const inDollars = source(dollars, 0, { find: "$34.6 billion", value: 34.6e9, unit: "USD", metric: "revenue", period: "April–June quarter" });

  it("never compares a yuan figure with a dollar one: two articles, one in each, corroborate nothing", () => {
    const alone = companyClaims([facts[5]!, inDollars]).claims.find((claim) => claim.id === "revenue.3m-2025-06.reported")!;
    expect(alone).toMatchObject({ verdict: "alone", sources: 2, unit: "CNY" });
    expect(alone.units).toEqual([
      { unit: "CNY", figures: 1, sources: 1 },
      { unit: "USD", figures: 1, sources: 1 },
    ]);
    // As the checks find it: neither has a figure in its unit from another article.
    const checks = verifyFacts([facts[5]!, inDollars]);
    expect(checks.map((check) => check.status)).toEqual(["alone", "alone"]);
  });

  it("corroborates within a currency, and shows each currency's own count", () => {
    const q2 = companyClaims([...facts, inDollars]).claims.find((claim) => claim.id === "revenue.3m-2025-06.reported")!;
    expect(q2).toMatchObject({ verdict: "corroborated", sources: 3 });
    expect(q2.units).toEqual([
      { unit: "CNY", figures: 2, sources: 2 },
      { unit: "USD", figures: 1, sources: 1 },
    ]);
  });
});

describe("one identity for the claim view and the checks", () => {
  it("reads the same claims from stored claim periods as from placing the facts", () => {
    const { claims } = placeClaims(facts);
    const stored = facts.map((f, i) => ({ ...f, claimPeriod: storedClaimPeriod(claims[i]!) }));
    const shape = (read: ReturnType<typeof companyClaims>) => [read.unplaced, ...read.claims.map((c) => [c.id, c.verdict, ...c.figures.map((f) => `${f.source.slug}#${f.source.position} ${f.periodFrom}`)])];
    expect(shape(companyClaims(stored))).toEqual(shape(companyClaims(facts)));
    expect(stored.map((f) => f.claimPeriod)).toEqual(["3m-2025-06", "3m-2025-06", "3m-2025-06", "unknown", "unknown", "3m-2025-06", "3m-2024-06"]);
  });

  it("compares figures in one claim and no others, as the claim view groups them", () => {
    // "Analysts had expected about 252.9 billion yuan" takes its article's quarter; an undated
    // estimate in another story on another quarter is not the same claim, however close its date.
    const other = { slug: "other-quarter", title: "Another quarter", publisher: "Wire", publishedAt: "2025-08-28", text: "Revenue rose to 250 billion yuan in the quarter ended Sept. 30. Analysts had expected 262 billion yuan." };
    const previewFacts = [
      source(other, 0, { find: "250 billion yuan", value: 250e9, metric: "revenue", period: "quarter ended Sept. 30" }),
      source(other, 1, { find: "262 billion yuan", value: 262e9, metric: "revenue", basis: "estimate" }),
    ];
    const checks = verifyFacts([...facts, ...previewFacts]);
    const estimate = checks.find((check) => check.slug === "june-quarter" && check.position === 2)!;
    expect(estimate.status).toBe("alone");
    const read = companyClaims([...facts, ...previewFacts]);
    expect(read.claims.find((claim) => claim.id === "revenue.3m-2025-06.estimate")?.figures.map((f) => f.source.slug)).toEqual(["june-quarter"]);
  });
});

describe("checkedPeriod", () => {
  it("places a fiscal quarter by the calendar its own passage states, as companyClaims does, so both find one claim", () => {
    const passage = "Revenue for its fiscal first quarter ended June 30 was 247.7 billion yuan.";
    expect(checkedPeriod("fiscal first quarter", "2025-08-29", passage).key).toEqual({ kind: "quarter", quarter: 2, year: 2025 });
    expect(claimPeriodKey("fiscal first quarter", "2025-08-29", passage)).toBe("Q:2:2025");
    // No calendar in the passage: kept as words, matching only the same words.
    expect(checkedPeriod("fiscal first quarter", "2025-08-29", "Revenue was 247.7 billion yuan.").key?.kind).toBe("words");

    const fiscal: Article = { slug: "fiscal", title: "Fiscal", publisher: "Wire", publishedAt: "2025-08-29", text: passage };
    const calendar: Article = { slug: "calendar", title: "Calendar", publisher: "Paper", publishedAt: "2025-08-30", text: "Revenue was 247.65 billion yuan in the April–June quarter." };
    const facts = [
      claim(fiscal, { find: "247.7 billion yuan", value: 247.7e9, unit: "CNY", metric: "revenue", subject: "BABA", period: "fiscal first quarter" }),
      claim(calendar, { find: "247.65 billion yuan", value: 247.65e9, unit: "CNY", metric: "revenue", subject: "BABA", period: "April–June quarter" }),
    ];
    expect(verifyFacts(facts).map((check) => check.status)).toEqual(["corroborated", "corroborated"]);
    const claims = companyClaims(facts.map((f, i) => ({ ...f, citation: i + 1 }))).claims;
    expect(claims.map((c) => [c.id, c.verdict, c.sources])).toEqual([["revenue.3m-2025-06.reported", "corroborated", 2]]);
  });

  it("places a quarter's missing year by the article's date, so a quarter a year apart is another claim", () => {
    const july2025 = checkedPeriod("second quarter", "2025-07-30");
    expect(july2025.key).toEqual({ kind: "quarter", quarter: 2, year: 2025 });
    expect(samePeriod(july2025, checkedPeriod("Q2 2025", "2025-09-01"))).toBe(true);
    expect(samePeriod(july2025, checkedPeriod("the April–June quarter", "2025-08-29"))).toBe(true);
    expect(samePeriod(july2025, checkedPeriod("second quarter", "2026-07-29"))).toBe(false);
    // Without a date there is no year to place: any year matches, as before.
    expect(checkedPeriod("second quarter", null).key).toEqual({ kind: "quarter", quarter: 2, year: null });
  });
});

describe("the claim index's periods", () => {
  // Periods as articles write them, each with dates around it (and none).
  const periods = [
    null, "Q2 2025", "Q2", "second quarter", "the second quarter of 2026", "April-June quarter", "2Q25", "Q3 2025", "fiscal Q2 2025",
    "Monday", "Friday", "July 14", "2025-07-14", "2025-07-10", "2025-13-45", "2025", "this year", "next five years", "a year earlier", "first half",
  ];
  const dates = [null, "2025-07-08", "2025-07-14", "2025-07-15", "2025-07-21", "2025-07-22", "2025-07-25", "2026-07-15", "2025-10-01T10:00:00Z"];
  const read = periods.flatMap((period) => dates.map((publishedAt) => ({ period, publishedAt, key: claimPeriodKey(period, publishedAt) })));

  it("finds every pair samePeriod accepts through the candidates of either", () => {
    let pairs = 0;
    for (const a of read) {
      const candidates = claimPeriodCandidates(a.key);
      expect(candidates === null || candidates.length <= MAX_PERIOD_CANDIDATES).toBe(true);
      for (const b of read) {
        if (!samePeriod(checkedPeriod(a.period, a.publishedAt), checkedPeriod(b.period, b.publishedAt))) continue;
        pairs++;
        expect(candidates === null || candidates.includes(b.key), `${a.key} should find ${b.key}`).toBe(true);
      }
    }
    expect(pairs).toBeGreaterThan(read.length);
  });

  it("narrows: a quarter reads its year's quarter, an undated figure its fortnight", () => {
    expect(claimPeriodKey("Q2 2025", "2025-07-20")).toBe("Q:2:2025");
    expect(claimPeriodKey("second quarter", "2025-07-20")).toBe("Q:2:2025");
    expect(claimPeriodCandidates("Q:2:2025")).toEqual(["Q:2:2025", "*"]);
    expect(claimPeriodKey(null, "2025-07-20")).toBe("U:2025-07-20");
    expect(claimPeriodCandidates("U:2025-07-20")).toHaveLength(24);
    expect(claimPeriodKey(null, null)).toBe("U");
    expect(claimPeriodCandidates("U")).toEqual([]);
    expect(claimPeriodKey("Q2", null)).toBe("*");
    expect(claimPeriodCandidates("*")).toBeNull();
  });
});
