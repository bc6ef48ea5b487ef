import { describe, expect, it } from "vitest";
import type { Figure } from "@/lib/contract";
import { formatDate, formatFigure, formatNormalized } from "@/lib/briefing/format";

const figure = (f: Partial<Figure>): Figure => ({ span: [0, 1], value: 0, high: null, unit: "USD", per: null, qualifier: null, change: null, ...f });

describe("formatFigure", () => {
  it("reads figures the way they are said", () => {
    expect(formatFigure(figure({ value: 53e9, qualifier: "more than" }))).toBe("more than $53 billion");
    expect(formatFigure(figure({ value: 4e12 }))).toBe("$4 trillion");
    expect(formatFigure(figure({ value: 9, unit: "%" }))).toBe("9%");
    expect(formatFigure(figure({ value: 2.34, high: 2.36, per: "share" }))).toBe("$2.34–$2.36 per share");
    expect(formatFigure(figure({ value: 131.9, unit: "HKD" }))).toBe("HK$131.9");
    expect(formatFigure(figure({ value: 1.5e6, unit: "CHF" }))).toBe("1.5 million CHF");
    expect(formatFigure(figure({ value: 30, unit: "count" }))).toBe("30");
  });
  it("reads index points in full, a range with the unit once", () => {
    expect(formatFigure(figure({ value: 367.17, unit: "points", change: "down" }))).toBe("367.17 points");
    expect(formatFigure(figure({ value: 33684.53, unit: "points" }))).toBe("33,684.53 points");
    expect(formatFigure(figure({ value: 1, unit: "points" }))).toBe("1 point");
    expect(formatFigure(figure({ value: 7400, high: 7500, unit: "points" }))).toBe("7,400–7,500 points");
    expect(formatNormalized(figure({ value: 33684.53, unit: "points" }))).toBe("33,684.53 points");
  });
  it("writes the rand and the rupee by their symbols", () => {
    expect(formatFigure(figure({ value: 8.7e9, unit: "ZAR" }))).toBe("R8.7 billion");
    expect(formatFigure(figure({ value: 6.021e10, unit: "INR" }))).toBe("₹60.21 billion");
  });
  it("shows the stored value in full", () => {
    expect(formatNormalized(figure({ value: 53e9 }))).toBe("53,000,000,000 USD");
    expect(formatNormalized(figure({ value: 0.2, per: "share" }))).toBe("0.2 USD");
  });
});

describe("formatDate", () => {
  it("keeps the UTC date of the article", () => {
    expect(formatDate("2025-09-24")).toBe("September 24, 2025");
    expect(formatDate("2025-09-24T23:30:00Z")).toBe("September 24, 2025");
  });
});
