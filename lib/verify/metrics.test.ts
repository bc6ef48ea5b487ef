import { describe, expect, it } from "vitest";
import { metricKey } from "@/lib/verify/metrics";

const keyOf = (metric: string | null) => metricKey(metric)?.key ?? null;

describe("metricKey", () => {
  it("gives purchases one key however they are worded", () => {
    const key = keyOf("stock purchase");
    expect(key).toBe("purchase|");
    for (const metric of ["shares bought", "purchase of shares", "stake purchase", "buying", "stock investment", "ADRs purchased"]) {
      expect(keyOf(metric)).toBe(key);
    }
  });

  it("keeps sales apart from purchases, and sales of goods under revenue", () => {
    expect(keyOf("stake sale")).toBe("sale|");
    expect(keyOf("shares sold")).toBe("sale|");
    expect(keyOf("sales")).toBe("revenue|");
  });

  it("gives share price moves one key, whatever the listing or the verb", () => {
    const key = keyOf("share price change");
    expect(key).toBe("share price|");
    for (const metric of ["stock price change", "ADR price move", "Hong Kong-listed shares gain", "stock performance", "share price"]) {
      expect(keyOf(metric)).toBe(key);
    }
  });

  it("keeps what narrows a measure: cloud revenue is not group revenue", () => {
    expect(keyOf("cloud revenue growth")).toBe("revenue|cloud");
    expect(keyOf("Cloud Intelligence Group revenue")).toBe("revenue|cloud");
    expect(keyOf("revenue growth")).toBe("revenue|");
    expect(keyOf("customer management revenue")).toBe("revenue|customer,management");
    expect(keyOf("e-commerce revenue")).toBe("revenue|ecommerce");
  });

  it("reads capex, capital spending and investment as one measure, scoped by AI when said", () => {
    const key = keyOf("capital expenditures");
    expect(key).toBe("investment|");
    for (const metric of ["capex", "capital spending forecast", "investment", "spending plan"]) expect(keyOf(metric)).toBe(key);
    const ai = keyOf("AI investment commitment");
    expect(ai).toBe("investment|ai");
    for (const metric of ["artificial intelligence spending", "AI infrastructure spending", "AI capex"]) expect(keyOf(metric)).toBe(ai);
  });

  it("tells profit, market value and market share apart", () => {
    expect(keyOf("net income")).toBe("profit|net");
    expect(keyOf("market value")).toBe("market value|");
    expect(keyOf("market capitalization")).toBe("market value|");
    expect(keyOf("market share")).toBe("market share|");
  });

  it("keys an unknown measure on its own words, and gives nothing to compare for none", () => {
    expect(keyOf("model parameters")).toBe("other|model,parameter");
    expect(keyOf("Parameters, model")).toBe("other|model,parameter");
    // (A plural is its singular's scope: the extractor names measures as written.)
    expect(keyOf("operating costs")).toBe(keyOf("operating cost"));
    expect(keyOf("natural catastrophe losses")).toBe(keyOf("natural catastrophe loss"));
    expect(keyOf(null)).toBeNull();
    expect(keyOf("the change")).toBeNull();
  });
});
