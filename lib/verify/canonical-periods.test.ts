import { describe, expect, it } from "vitest";
import { canonicalPeriod, comparePeriods, FISCAL_RULES, fiscalYearEndIn, PERIOD_RULES, periodId, periodLabel } from "@/lib/verify/canonical-periods";

describe("canonicalPeriod", () => {
  it("reads each rule's own example", () => {
    for (const rule of PERIOD_RULES) {
      const [text, context, canonical] = rule.example;
      expect(canonicalPeriod(text, context), rule.name).toEqual(canonical);
    }
  });

  const q2 = { kind: "span", months: 3, end: "2025-06" };
  it.each([
    ["Q2 2025", null, null, q2],
    ["2Q25", null, null, q2],
    ["second quarter of 2025", null, null, q2],
    ["second quarter", "2025-07-30", null, q2],
    ["the April–June quarter", "2025-09-24", null, q2],
    ["April to June quarter", "2025-08-29", null, q2],
    ["June quarter", "2025-08-29", null, q2],
    ["quarter ended June 30, 2025", null, null, q2],
    ["three months to June", "2025-08-01", null, q2],
    // A fiscal-March company: its first fiscal quarter, and its own "second quarter".
    ["fiscal first quarter", "2025-08-29", 3, q2],
    ["first quarter of fiscal 2026", null, 3, q2],
    ["second quarter", "2025-11-25", 3, { kind: "span", months: 3, end: "2025-09" }],
    // A calendar name keeps its calendar reading for any company.
    ["April–June quarter", "2025-08-29", 3, q2],
    ["fourth quarter", "2026-01-28", null, { kind: "span", months: 3, end: "2025-12" }],
    ["fiscal 2025", null, 3, { kind: "span", months: 12, end: "2025-03" }],
    ["fiscal year ending March 2026", null, null, { kind: "span", months: 12, end: "2026-03" }],
    ["first half", "2025-08-04", null, { kind: "span", months: 6, end: "2025-06" }],
    ["H2 2025", null, null, { kind: "span", months: 6, end: "2025-12" }],
    ["first half of fiscal 2026", null, 3, { kind: "span", months: 6, end: "2025-09" }],
    ["2025", null, null, { kind: "span", months: 12, end: "2025-12" }],
    ["this year", "2025-09-24", null, { kind: "span", months: 12, end: "2025-12" }],
    ["year to date", "2025-09-24", 3, { kind: "to-date", start: "2025-01", through: "2025-09-24" }],
    ["fiscal year to date", "2025-09-24", 3, { kind: "to-date", start: "2025-04", through: "2025-09-24" }],
    ["Sept. 22", "2025-09-23", null, { kind: "day", iso: "2025-09-22" }],
    ["three years", "2025-09-24", null, { kind: "stated", words: "3 year" }],
  ] as const)("%s (published %s, fiscal year ending month %s)", (text, publishedAt, fiscalYearEnd, canonical) => {
    expect(canonicalPeriod(text, { publishedAt, fiscalYearEnd })).toEqual(canonical);
  });

  it.each([
    // What neither the text nor the article's date places says so.
    ["second quarter", null, null, { kind: "unknown" }],
    ["year to date", null, null, { kind: "unknown" }],
    ["a year earlier", "2025-08-29", null, { kind: "unknown" }],
    ["fiscal first quarter", "2025-08-29", null, { kind: "fiscal", part: "Q1", year: null }],
    ["2025 fiscal years", "2025-08-04", null, { kind: "fiscal", part: "year", year: 2025 }],
    ["fiscal year to date", "2025-09-24", null, { kind: "unknown" }],
  ] as const)("%s (published %s, fiscal year ending month %s) is not placed", (text, publishedAt, fiscalYearEnd, canonical) => {
    expect(canonicalPeriod(text, { publishedAt, fiscalYearEnd })).toEqual(canonical);
  });

  it("says unknown for no period at all", () => {
    expect(canonicalPeriod(null, { publishedAt: "2025-08-29" })).toEqual({ kind: "unknown" });
  });
});

describe("periodLabel and periodId", () => {
  it("names calendar periods, with the fiscal name where the calendar is known", () => {
    const q2 = canonicalPeriod("Q2 2025", { publishedAt: null });
    expect(periodLabel(q2)).toBe("Q2 2025");
    expect(periodLabel(q2, 3)).toBe("Q2 2025 (fiscal Q1 2026)");
    expect(periodLabel(canonicalPeriod("fiscal 2026", { publishedAt: null, fiscalYearEnd: 3 }), 3)).toBe("12 months to March 2026 (fiscal 2026)");
    expect(periodLabel(canonicalPeriod("fiscal first quarter", { publishedAt: null }))).toBe("Fiscal Q1 (fiscal calendar not known)");
    expect(periodId(q2)).toBe("3m-2025-06");
    expect(periodId(canonicalPeriod("three years", { publishedAt: null }))).toBe("w-3-year");
  });

  it("orders newest first, periods off the calendar after", () => {
    const read = (text: string) => canonicalPeriod(text, { publishedAt: "2025-09-24" });
    const periods = ["three years", "Q1 2025", "fiscal first quarter", "Q2 2025", "2025", "year to date"].map(read);
    expect(periods.sort(comparePeriods).map((p) => periodLabel(p))).toEqual(["2025", "Year to 2025-09-24", "Q2 2025", "Q1 2025", "Fiscal Q1 (fiscal calendar not known)", "3 year"]);
  });
});

describe("fiscalYearEndIn", () => {
  it("reads each rule's own example", () => {
    for (const rule of FISCAL_RULES) {
      const [text, quarter, month] = rule.example;
      expect(fiscalYearEndIn(text, quarter), rule.name).toBe(month);
    }
  });

  it("says nothing when the passage says nothing of a fiscal year", () => {
    expect(fiscalYearEndIn("Revenue rose 2% in the June quarter.")).toBeNull();
    expect(fiscalYearEndIn("the first of Alibaba's fiscal year", null)).toBeNull();
    expect(fiscalYearEndIn("Apple's fiscal year ends in September.")).toBe(9);
  });
});
