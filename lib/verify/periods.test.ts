import { describe, expect, it } from "vitest";
import { periodKey, samePeriod } from "@/lib/verify/periods";

describe("periodKey", () => {
  it("reads calendar quarters written any usual way", () => {
    for (const period of ["Q2 2025", "second quarter of 2025", "April–June quarter", "April to June quarter", "June quarter", "quarter ended June 30, 2025", "2Q"]) {
      expect(periodKey(period, null)).toMatchObject({ kind: "quarter", quarter: 2 });
    }
    expect(periodKey("Q2 2025", null)).toEqual({ kind: "quarter", quarter: 2, year: 2025 });
    expect(periodKey("April–June quarter", null)).toEqual({ kind: "quarter", quarter: 2, year: null });
  });

  it("keeps fiscal quarters as words: they map to calendar quarters differently per company", () => {
    expect(periodKey("fiscal first quarter", null)).toEqual({ kind: "words", words: "first fiscal quarter" });
  });

  it("resolves days, including a weekday before the publication date", () => {
    expect(periodKey("Monday", "2025-09-24")).toEqual({ kind: "day", iso: "2025-09-22" });
    expect(periodKey("on Monday", "2025-09-22T14:00:00Z")).toEqual({ kind: "day", iso: "2025-09-22" });
    expect(periodKey("Monday, Sept. 22", "2025-09-23")).toEqual({ kind: "day", iso: "2025-09-22" });
    expect(periodKey("September 22, 2025", null)).toEqual({ kind: "day", iso: "2025-09-22" });
    expect(periodKey("Monday", null)).toEqual({ kind: "words", words: "monday" });
  });

  it("places periods named relative to the article's at the time of writing, and this or last year in its year", () => {
    for (const period of ["a year earlier", "a year ago", "year over year", "year-on-year", "the year-ago quarter", "the previous quarter", "the same period last year", "sequentially"]) {
      expect(periodKey(period, "2025-09-24"), period).toBeNull();
    }
    expect(periodKey("this year", "2025-09-24")).toEqual(periodKey("2025", null));
    expect(periodKey("last year", "2025-09-24")).toEqual(periodKey("in 2024", null));
    expect(periodKey("last year", null)).toBeNull();
    expect(periodKey("next five years", "2025-09-24")).toEqual({ kind: "words", words: "5 year" });
  });

  it("drops filler and spells numbers as digits", () => {
    expect(periodKey("over the next three years", null)).toEqual(periodKey("three years", null));
    expect(periodKey("next five years", null)).toEqual({ kind: "words", words: "5 year" });
  });
});

describe("samePeriod", () => {
  const at = (period: string | null, publishedAt: string | null = "2025-09-24") => ({ period, publishedAt });

  it("matches stated periods that mean the same time", () => {
    expect(samePeriod(at("April–June quarter"), at("Q2 2025"))).toBe(true);
    expect(samePeriod(at("Q2 2024"), at("Q2 2025"))).toBe(false);
    expect(samePeriod(at("Q1"), at("Q2"))).toBe(false);
    expect(samePeriod(at("three years"), at("over three years"))).toBe(true);
    expect(samePeriod(at("year to date"), at("three years"))).toBe(false);
    expect(samePeriod(at("Monday", "2025-09-24"), at("Sept. 22", "2025-09-23"))).toBe(true);
  });

  it("tells a year-earlier base in May from one in November", () => {
    expect(samePeriod(at("a year earlier", "2025-05-21"), at("a year earlier", "2025-11-11"))).toBe(false);
    expect(samePeriod(at("a year earlier", "2025-05-21"), at("a year earlier", "2025-05-22"))).toBe(true);
    expect(samePeriod(at("this year", "2025-05-21"), at("last year", "2026-01-10"))).toBe(true);
  });

  it("matches undated figures only from articles written within a week of each other", () => {
    expect(samePeriod(at(null, "2025-09-24"), at(null, "2025-09-23"))).toBe(true);
    expect(samePeriod(at(null, "2025-09-24"), at(null, "2025-08-29"))).toBe(false);
    // Undated figures in an article without a date: no time to compare them at.
    expect(samePeriod(at(null, null), at(null, "2025-08-29"))).toBe(false);
    expect(samePeriod(at(null, null), at(null, null))).toBe(false);
    expect(samePeriod(at(null, null), at("Sept. 2", "2025-09-03"))).toBe(false);
  });

  it("matches an undated figure to a stated day in its article's week, and to nothing else", () => {
    expect(samePeriod(at(null, "2025-09-24"), at("Monday", "2025-09-23"))).toBe(true);
    expect(samePeriod(at(null, "2025-09-24"), at("Sept. 2", "2025-09-23"))).toBe(false);
    expect(samePeriod(at(null, "2025-09-24"), at("year to date"))).toBe(false);
    expect(samePeriod(at(null, "2025-09-24"), at("Q2 2025"))).toBe(false);
  });
});
