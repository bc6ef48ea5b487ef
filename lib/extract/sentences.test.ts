import { describe, expect, it } from "vitest";
import { clauseSegments, sentenceAt, splitSentences } from "./sentences";

const quote = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("does not end a sentence at company or country abbreviations", () => {
    const text = "Shares of Alibaba Group Holding Ltd. (BABA) rose. The company beat U.S. tech giants. It said so.";
    expect(quote(text)).toEqual([
      "Shares of Alibaba Group Holding Ltd. (BABA) rose.",
      "The company beat U.S. tech giants.",
      "It said so.",
    ]);
  });

  it("ends a sentence before each item of an inline results-at-a-glance list", () => {
    const text = "-Earnings (Q2): $511 Mln. vs. $972 Mln. last year. -Analyst Estimates: $3.14 -Revenue (Q2): $3.10 Bln vs. $2.99 Bln.";
    expect(quote(text)).toEqual(["-Earnings (Q2): $511 Mln. vs. $972 Mln. last year.", "-Analyst Estimates: $3.14", "-Revenue (Q2): $3.10 Bln vs. $2.99 Bln."]);
    expect(quote("Profit rose 5% - Acme: a record.")).toEqual(["Profit rose 5% - Acme: a record."]);
  });

  it("keeps vs. and decimals inside the sentence", () => {
    const text = "Earnings per share: $1.23 adjusted vs. $1.10 expected. Revenue rose.";
    expect(quote(text)).toEqual(["Earnings per share: $1.23 adjusted vs. $1.10 expected.", "Revenue rose."]);
  });

  it("keeps a rupee amount written \"Rs. 144\" inside its sentence", () => {
    const text = "Shares rose 2% to Rs. 144 on Friday. The band was Rs. 105 to Rs. 108 per share.";
    expect(quote(text)).toEqual(["Shares rose 2% to Rs. 144 on Friday.", "The band was Rs. 105 to Rs. 108 per share."]);
  });

  it("never crosses a paragraph break and numbers paragraphs", () => {
    const text = "First line without stop\nSecond paragraph. Third sentence.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1]);
    expect(text.slice(sentences[0]!.start, sentences[0]!.end)).toBe("First line without stop");
  });

  it("finds the sentence holding an offset", () => {
    const text = "One. Two. Three.";
    const sentences = splitSentences(text);
    expect(sentenceAt(sentences, text.indexOf("Two"))).toBe(1);
    expect(sentenceAt(sentences, text.length + 5)).toBe(-1);
  });
});

describe("clauseSegments", () => {
  it("breaks at commas, comparisons and 'from' before a figure", () => {
    const text = "Income climbed to £6.5bn from £6.1bn, beating forecasts vs. estimates of £6bn.";
    const [s] = splitSentences(text);
    expect(clauseSegments(text, s!).map((g) => text.slice(...g))).toEqual([
      "Income climbed to £6.5bn",
      "from £6.1bn",
      "beating forecasts",
      "vs. estimates of £6bn.",
    ]);
  });

  it("does not break inside a ticker bracket", () => {
    const text = "Shopify (TSX: SHOP) fell 12 pct, while Alphabet (GOOGL, GOOG) rose.";
    const [s] = splitSentences(text);
    expect(clauseSegments(text, s!).map((g) => text.slice(...g))).toEqual(["Shopify (TSX: SHOP) fell 12 pct", "while Alphabet (GOOGL, GOOG) rose."]);
  });

  it("breaks before a clause opened by 'as', but not inside 'such as'", () => {
    const text = "Profit rose to £837m as revenue surged 40%, in markets such as Brazil.";
    const [s] = splitSentences(text);
    expect(clauseSegments(text, s!).map((g) => text.slice(...g))).toEqual(["Profit rose to £837m", "as revenue surged 40%", "in markets such as Brazil."]);
  });

  it("leaves thousands separators alone", () => {
    const text = "It has 79,400 employees.";
    const [s] = splitSentences(text);
    expect(clauseSegments(text, s!)).toHaveLength(1);
  });

  it("keeps a list item's lead in the item's first clause", () => {
    const segments = (text: string) => clauseSegments(text, splitSentences(text)[1]!).map((g) => text.slice(...g));
    expect(segments("Movers:\nOracle (ORCL) — The database maker jumped 9%, its best day in a year.")).toEqual([
      "Oracle (ORCL) — The database maker jumped 9%",
      "its best day in a year.",
    ]);
    expect(segments("Movers:\n• Nike: down 3% after a downgrade.")).toEqual(["• Nike: down 3%", "after a downgrade."]);
    expect(segments("Movers:\nCasey's General Stores (NASDAQ: CASY) - Up 4.1% on results.")).toEqual(["Casey's General Stores (NASDAQ: CASY) - Up 4.1% on results."]);
  });

  it("still breaks at a dash inside a line", () => {
    const text = "Revenue rose 5% — its best quarter in years.";
    expect(clauseSegments(text, splitSentences(text)[0]!).map((g) => text.slice(...g))).toEqual(["Revenue rose 5%", "its best quarter in years."]);
  });

  it("breaks between bullet items on one line", () => {
    const text = "Movers: • Nike: down 3% • Adidas: up 2%.";
    expect(clauseSegments(text, splitSentences(text)[0]!).map((g) => text.slice(...g))).toEqual(["Movers: • Nike", "down 3%", "Adidas", "up 2%."]);
  });
});
