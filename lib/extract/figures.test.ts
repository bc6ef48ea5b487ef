import { describe, expect, it } from "vitest";
import { findFigures } from "./figures";

const one = (text: string, yenIsYuan?: (at: number) => boolean) => {
  const figures = findFigures(text, [], yenIsYuan);
  expect(figures).toHaveLength(1);
  const f = figures[0]!;
  return { text: text.slice(...f.span), value: f.value, high: f.high, unit: f.unit, per: f.per, qualifier: f.qualifier };
};
const none = (text: string) => expect(findFigures(text).map((f) => text.slice(...f.span))).toEqual([]);

describe("money", () => {
  it("scales words and abbreviations", () => {
    expect(one("a $53 billion plan")).toMatchObject({ text: "$53 billion", value: 53e9, unit: "USD" });
    expect(one("profit of £2.7bn")).toMatchObject({ value: 2.7e9, unit: "GBP" });
    expect(one("a €450m charge")).toMatchObject({ value: 450e6, unit: "EUR" });
    expect(one("$4 trillion")).toMatchObject({ value: 4e12 });
    expect(one("USD 3.5 mn")).toMatchObject({ value: 3.5e6, unit: "USD" });
    expect(one("$2 tn")).toMatchObject({ value: 2e12 });
    expect(one("raised $50k")).toMatchObject({ value: 50e3 });
  });

  it("reads currency codes and symbols glued to the number", () => {
    expect(one("closed at HKD131.90 on Monday")).toMatchObject({ text: "HKD131.90", value: 131.9, unit: "HKD" });
    expect(one("invest CNY380 billion")).toMatchObject({ value: 380e9, unit: "CNY" });
    expect(one("worth USD52.4 billion")).toMatchObject({ value: 52.4e9, unit: "USD" });
    expect(one("rose to HK$130.5")).toMatchObject({ value: 130.5, unit: "HKD" });
    expect(one("a US$1.2 billion loan")).toMatchObject({ value: 1.2e9, unit: "USD" });
  });

  it("reads currency words after the number", () => {
    expect(one("33.4 billion yuan")).toMatchObject({ value: 33.4e9, unit: "CNY" });
    expect(one("5 billion Hong Kong dollars")).toMatchObject({ unit: "HKD" });
    expect(one("100 million euros")).toMatchObject({ value: 100e6, unit: "EUR" });
  });

  it("reads ¥ as yuan only in stories about yuan", () => {
    expect(one("¥500 million")).toMatchObject({ unit: "JPY" });
    expect(one("¥500 million", () => true)).toMatchObject({ unit: "CNY" });
  });

  it("turns cents and pence into the currency, per share", () => {
    expect(one("EPS of 20 cents per share")).toMatchObject({ value: 0.2, unit: "USD", per: "share" });
    expect(one("a dividend of 8p a share")).toMatchObject({ value: 0.08, unit: "GBP", per: "share" });
    expect(one("the 66-cent loss analysts expected")).toMatchObject({ text: "66-cent", value: 0.66, unit: "USD" });
    expect(one("earned $1.23 per diluted share")).toMatchObject({ value: 1.23, per: "share" });
    expect(one("will receive $54.20 in cash for each share")).toMatchObject({ text: "$54.20", per: "share" });
  });
});

describe("ratios", () => {
  it("reads percent in every spelling", () => {
    expect(one("jumped 9% on")).toMatchObject({ value: 9, unit: "%" });
    expect(one("rose 23 per cent to")).toMatchObject({ text: "23 per cent", value: 23, unit: "%" });
    expect(one("fell 4 percent")).toMatchObject({ value: 4, unit: "%" });
  });

  it("reads percentage and basis points as pp", () => {
    expect(one("widened 3.2 percentage points")).toMatchObject({ value: 3.2, unit: "pp" });
    expect(one("up 150 basis points")).toMatchObject({ value: 1.5, unit: "pp" });
    expect(one("a 2pp gain")).toMatchObject({ value: 2, unit: "pp" });
  });

  it("reads multiples", () => {
    expect(one("trades at 3x sales")).toMatchObject({ value: 3, unit: "x" });
    expect(one("priced at 64 times revenue")).toMatchObject({ value: 64, unit: "x" });
  });
});

describe("counts", () => {
  it("counts named things, with modifiers between", () => {
    expect(one("polled 30 analysts")).toMatchObject({ value: 30, unit: "count" });
    expect(one("100 million monthly active users")).toMatchObject({ value: 100e6, unit: "count" });
    expect(one("About 1,800 employees")).toMatchObject({ value: 1800, unit: "count", qualifier: "about" });
  });

  it("counts a scaled number even without a noun", () => {
    expect(one("shipped 3.76 million last year")).toMatchObject({ value: 3.76e6, unit: "count" });
  });

  it("counts a number with a thousands separator even without a noun", () => {
    expect(one("Deliveries totaled 481,166.")).toMatchObject({ value: 481166, unit: "count" });
  });

  it("scales without binary noise", () => {
    expect(one("from $16.6 billion").value).toBe(16600000000);
    expect(one("up 15 basis points").value).toBe(0.15);
  });
});

describe("ranges", () => {
  it("joins both bounds into one figure", () => {
    expect(one("revenue of $9.2 billion to $9.25 billion")).toMatchObject({ value: 9.2e9, high: 9.25e9, unit: "USD" });
    expect(one("save between €4bn and €6bn")).toMatchObject({ value: 4e9, high: 6e9, unit: "EUR" });
    expect(one("EPS of $2.34 to $2.36 per share")).toMatchObject({ value: 2.34, high: 2.36, per: "share" });
  });

  it("lends the high bound's scale and unit to a bare low bound", () => {
    expect(one("$9.2 to $9.25 billion")).toMatchObject({ value: 9.2e9, high: 9.25e9 });
    expect(one("growth of 5-7%")).toMatchObject({ value: 5, high: 7, unit: "%" });
    expect(one("$5 to 6 billion")).toMatchObject({ value: 5e9, high: 6e9, unit: "USD" });
  });

  it("does not take a spaced dash for a range", () => {
    expect(findFigures("EPS of $0.71 — $0.24 more than expected")).toHaveLength(2);
    expect(findFigures("rose 5% - a record")).toHaveLength(1);
  });

  it("keeps a change from a prior value as two figures", () => {
    expect(findFigures("margin rose from 5% to 7%")).toHaveLength(2);
    expect(findFigures("shares rose 3% to $120")).toHaveLength(2);
    expect(findFigures("operating profit moved from £708m to £2.6bn")).toHaveLength(2);
    expect(findFigures("estimates ranging from $5 to $6")).toHaveLength(1);
    expect(findFigures("the index rose 0.5% to 6,700").map((f) => f.unit)).toEqual(["%", "count"]);
  });
});

describe("qualifiers", () => {
  it("maps hedges to the contract's words", () => {
    expect(one("more than $53 billion").qualifier).toBe("more than");
    expect(one("over $16 billion").qualifier).toBe("over");
    expect(one("nearly 40%").qualifier).toBe("nearly");
    expect(one("roughly 80%").qualifier).toBe("about");
    expect(one("at least £10bn").qualifier).toBe("more than");
    expect(one("up to $5 billion").qualifier).toBe("up to");
    expect(one("as much as 12%").qualifier).toBe("as much as");
    expect(one("it rose 12%").qualifier).toBeNull();
  });
});

describe("spelled-out numbers", () => {
  it("reads them with a percent or a scaled currency", () => {
    expect(one("Revenue increased five per cent")).toMatchObject({ value: 5, unit: "%" });
    expect(one("just under five billion pounds")).toMatchObject({ value: 5e9, unit: "GBP" });
    expect(one("up two percentage points")).toMatchObject({ value: 2, unit: "pp" });
    expect(one("nearly three times the average")).toMatchObject({ text: "three times", value: 3, unit: "x", qualifier: "nearly" });
  });
  it("leaves them alone otherwise", () => {
    none("over three years, three analysts, four times a year");
  });
});

describe("not figures", () => {
  it("leaves years, dates, quarters and times alone", () => {
    none("In 2025, on September 24, in Q2 and fiscal 2025, at 10:30 a.m. on 9/24, by 09:45");
  });
  it("leaves durations, ordinals and product names alone", () => {
    none("over three years, for 5 years, a 52-week high, its 2nd plant, Qwen3-Omni, 5G phones, a 10-K filing");
  });
  it("leaves bare numbers that count nothing named", () => {
    none("the Nasdaq 100 and the Fortune 500 companies, ranked 5 overall, closed at 6,700.12");
  });
  it("skips excluded regions such as quote widgets", () => {
    const text = "Shares of Guardant (GH -2.96%) fell 3%.";
    const widget = text.indexOf("(GH");
    const figures = findFigures(text, [[widget, text.indexOf(")") + 1]]);
    expect(figures.map((f) => text.slice(...f.span))).toEqual(["3%"]);
  });
});
