import { describe, expect, it } from "vitest";
import { findFigures } from "./figures";
import { CURRENCY_PREFIXES, CURRENCY_SCALE_ABBREVIATIONS, CURRENCY_WORD_TABLE, HOME_DOLLAR_SIGNALS, homeDollar, MINOR_UNITS, SHARED_CURRENCY_WORDS, UNITS, WORD_AMOUNTS } from "./units";

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
    percent: "%", "percentage points": "pp", "basis points": "pp", points: "points", "dollar cents": "SGD",
    "euro cents": "EUR", cents: "USD", cent: "USD", "minor unit": "AED", pence: "GBP", multiple: "x", "ISO code after": "HKD", dollars: "HKD",
    "currency word": "ZAR", "currency word hyphenated": "KRW", "million barrels a day": "count", "thousand barrels a day": "count",
  };
  it.each(UNITS.map((u) => [u.name, u.example]))("%s: %s", (name, example) => {
    expect(read(example).map((f) => f.unit)).toContain(expected[name]);
  });
});

describe("scales written short after one currency", () => {
  it.each(CURRENCY_SCALE_ABBREVIATIONS.map((a) => [a.example, a.unit, a.factor]))("%s is %s times %d", (example, unit, factor) => {
    const [figure] = findFigures(`Kestrel adds projects worth ${example}`);
    expect(figure?.unit).toBe(unit);
    expect(figure?.value).toBe(Number(example.replace(/[^\d.]/g, "")) * factor);
  });
  it("leaves the abbreviation to its currency", () => {
    expect(findFigures("The alloy holds 18 cr and 8 ni.").length).toBe(0);
  });
});

describe("amounts in words", () => {
  const units: Record<string, string> = { pp: "pp", cents: "USD", x: "x", MYR: "MYR" };
  it.each(WORD_AMOUNTS.map((w) => [w.example, w.value, w.unit]))("%s is %d %s", (example, value, unit) => {
    const [figure] = findFigures(example);
    expect(figure).toMatchObject({ unit: units[unit], value });
  });
});

describe("minor units", () => {
  // A hundredth of the currency; a fils with no Gulf country named is the dirham's.
  it.each(MINOR_UNITS.map((m) => [m.name, m.example, m.unit === "fils" ? "AED" : m.unit]))("%s: %s is %s", (_name, example, unit) => {
    const [figure] = findFigures(example);
    expect(figure?.unit).toBe(unit);
    expect(figure?.value).toBeLessThan(1);
  });
});

describe("currency words", () => {
  // A shared name ("crowns") reads, with no country named, as the first currency listed for it.
  const first = (unit: string) => SHARED_CURRENCY_WORDS[unit]?.[0]?.unit ?? unit;
  it.each(CURRENCY_WORD_TABLE.map((w) => [w.example, first(w.unit)]))("%s is %s", (example, unit) => {
    const [figure] = findFigures(`Its profit was ${example} last year.`);
    expect(figure && { text: example.slice(0, figure.span[1] - figure.span[0]), unit: figure.unit }).toEqual({ text: example, unit });
  });

  it("gives a shared name the currency of the country the article names", () => {
    const unit = (text: string) => findFigures(text)[0]?.unit;
    expect(unit("OSLO - Equinor said profit was 28 billion crowns, as Norway's gas sales rose.")).toBe("NOK");
    expect(unit("Sandvik (STO: SAND) shares rose to 262.40 crowns in Stockholm.")).toBe("SEK");
    expect(unit("Orsted shares closed at 120.5 kroner in Copenhagen, as Denmark's wind farms stalled.")).toBe("DKK");
    expect(unit("Jollibee earned 8 billion pesos in the Philippines.")).toBe("PHP");
  });
});

describe("home dollars", () => {
  // A publisher example names the paper; a text example carries the wire's credit in the body.
  it.each(HOME_DOLLAR_SIGNALS.map((s) => [s.name, s.example, s.unit, s.publisher !== undefined]))("%s: %s is %s", (_name, example, unit, isPublisher) => {
    const text = isPublisher ? "The bank earned $1.2 billion." : example;
    expect(homeDollar(text, isPublisher ? example : null)).toBe(unit);
    const found = findFigures(text, [], () => false, homeDollar(text, isPublisher ? example : null));
    expect(found[0]?.unit).toBe(unit);
  });
  it("keeps $ as USD for a global wire's copy, or where the paper writes its own dollar's prefix", () => {
    expect(homeDollar("The miner earned $1.2 billion.", "The Sydney Morning Herald (Reuters)")).toBeNull();
    // (A global wrap that names Wall Street before Sydney's benchmark.)
    expect(homeDollar("The S&P 500 fell 1% as oil slid to $71 a barrel. Australia's S&P/ASX 200 lost 0.4%.", null)).toBeNull();
    expect(homeDollar("Profit was C$2.1 billion, or $1.5 billion.", "The Globe and Mail")).toBeNull();
    expect(homeDollar("Apple earned $20 billion.", "International Business Times")).toBeNull();
    expect(homeDollar("Apple earned $20 billion.", null)).toBeNull();
    // The paper before a bracketed wire credit writes the dollar: an Australian wire's "A$750 million ($810 million)" in a New
    // Zealand paper converts to New Zealand dollars.
    expect(homeDollar("SYDNEY - Kestrel is to buy back A$500 million ($540 million) of shares.", "NZ Herald (AAP)")).toBe("NZD");
    expect(homeDollar("The miner earned $1.2 billion.", "The Sydney Morning Herald (AAP)")).toBe("AUD");
  });
  it("makes bare cents the home dollar's too", () => {
    const text = "TORONTO (CP) — The bank raised its dividend to $1.38, up three cents, and 90 cents for the other.";
    expect(findFigures(text, [], () => false, homeDollar(text)).map((f) => f.unit)).toEqual(["CAD", "CAD", "CAD"]);
  });
});
