import { describe, expect, it } from "vitest";
import { findFigures } from "./figures";
import { CURRENCY_PREFIXES, UNITS, WORD_AMOUNTS } from "./units";

// Each table entry's example, read in a sentence of an article about South Africa (so that
// "R" is the rand), must give a figure whose text starts the way the example's figure does.
const read = (example: string) => {
  const text = `In Johannesburg, rand traders noted it: ${example}.`;
  return findFigures(text).map((f) => ({ text: text.slice(...f.span), unit: f.unit, value: f.value }));
};

describe("currency prefixes", () => {
  it.each(CURRENCY_PREFIXES.map((p) => [p.prefix, p.example, p.unit]))("%s in %s is %s", (_prefix, example, unit) => {
    expect(read(example)[0]?.unit).toBe(unit);
  });
});

describe("units after the number", () => {
  const expected: Record<string, string> = {
    percent: "%", "percentage points": "pp", "basis points": "pp", points: "points", "US cents": "USD",
    "euro cents": "EUR", cents: "USD", pence: "GBP", multiple: "x", "ISO code after": "HKD", dollars: "HKD",
    "currency word": "ZAR",
  };
  it.each(UNITS.map((u) => [u.name, u.example]))("%s: %s", (name, example) => {
    expect(read(example).map((f) => f.unit)).toContain(expected[name]);
  });
});

describe("amounts in words", () => {
  const units: Record<string, string> = { pp: "pp", cents: "USD", x: "x" };
  it.each(WORD_AMOUNTS.map((w) => [w.example, w.value, w.unit]))("%s is %d %s", (example, value, unit) => {
    const [figure] = findFigures(example);
    expect(figure).toMatchObject({ unit: units[unit], value });
  });
});
