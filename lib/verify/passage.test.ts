import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/contract";
import { flagWords } from "@/lib/briefing/flag-words";
import { passageFlags } from "@/lib/verify";
import { eventFact, type FigureSpec, numericFact } from "@/lib/verify/test-facts";

const revenue = (spec: Partial<FigureSpec> & Pick<FigureSpec, "find" | "value">): FigureSpec => ({
  unit: "USD",
  metric: "revenue",
  subject: "MSFT",
  period: "Q2 2025",
  ...spec,
});

/** The change, its "to" value and its "from" value, as the extractor would cite them. */
function changeFacts(text: string, change: FigureSpec, to: FigureSpec, from: FigureSpec): Fact[] {
  return [numericFact(text, change), numericFact(text, to), numericFact(text, { basis: "prior", ...from })];
}

describe("passageFlags: inverted ranges", () => {
  it("flags a range whose low is above its high, and only that fact", () => {
    const text = "Meta narrowed its 2025 capital spending range to $72 billion to $66 billion. It had expected $64 billion to $72 billion.";
    const facts = [
      numericFact(text, { find: "$72 billion to $66 billion", value: 72e9, high: 66e9, unit: "USD", basis: "guidance", metric: "capex", subject: "META" }),
      numericFact(text, { find: "$64 billion to $72 billion", value: 64e9, high: 72e9, unit: "USD", basis: "prior", metric: "capex", subject: "META" }),
    ];
    const [inverted, ordered] = passageFlags(text, facts);
    expect(inverted).toHaveLength(1);
    expect(inverted?.[0]).toEqual({
      kind: "implausible",
      check: "backwards-range",
      figure: { value: 72e9, high: 66e9, unit: "USD", per: null, change: null, written: "$72 billion to $66 billion" },
    });
    expect(flagWords(inverted![0]!)).toBe("The range $72 billion to $66 billion runs backwards: its low end ($72 billion) is above its high end ($66 billion).");
    expect(ordered).toEqual([]);
  });
});

describe("passageFlags: a percentage change against its own figures", () => {
  const text = "Cloud revenue rose 50% to $3.87 billion from $2.58 billion a year earlier.";
  const to = revenue({ find: "$3.87 billion", value: 3.87e9 });
  const from = revenue({ find: "$2.58 billion", value: 2.58e9, period: "Q2 2024" });

  it("accepts a change that fits: (3.87 - 2.58) / 2.58 = 50%", () => {
    const facts = changeFacts(text, { find: "50%", value: 50, unit: "%", change: "up", metric: "cloud revenue growth", subject: "MSFT" }, to, from);
    expect(passageFlags(text, facts)).toEqual([[], [], []]);
  });

  it("flags a change that does not fit, with the computed figure", () => {
    const wrong = "Cloud revenue rose 26% to $3.87 billion from $2.58 billion a year earlier.";
    const facts = changeFacts(wrong, { find: "26%", value: 26, unit: "%", change: "up", metric: "cloud revenue growth", subject: "MSFT" }, to, from);
    const [changeFlags, toFlags, fromFlags] = passageFlags(wrong, facts);
    expect(changeFlags).toHaveLength(1);
    const [mismatch] = changeFlags!;
    expect(mismatch).toMatchObject({
      kind: "implausible",
      check: "change-mismatch",
      figure: { value: 26, unit: "%", change: "up", written: "26%" },
      other: { value: 3.87e9, unit: "USD", written: "$3.87 billion" },
      base: { value: 2.58e9, unit: "USD", written: "$2.58 billion" },
    });
    expect(mismatch!.computed).toBeCloseTo(50, 6);
    expect(flagWords(mismatch!)).toBe("A rise of 26% does not fit its own figures: $3.87 billion from $2.58 billion is a rise of 50%.");
    expect(toFlags).toEqual([]);
    expect(fromFlags).toEqual([]);
  });

  it("allows 1.5 percentage points, or 5% of the computed change when that is more", () => {
    const points = "Revenue rose 11.2% to $110 million from $100 million.";
    const byPoints = changeFacts(
      points,
      { find: "11.2%", value: 11.2, unit: "%", change: "up", metric: "revenue growth", subject: "MSFT" },
      revenue({ find: "$110 million", value: 110e6 }),
      revenue({ find: "$100 million", value: 100e6 }),
    );
    expect(passageFlags(points, byPoints)[0]).toEqual([]);

    const relative = "Revenue rose 300% to $410 million from $100 million.";
    const byRelative = changeFacts(
      relative,
      { find: "300%", value: 300, unit: "%", change: "up", metric: "revenue growth", subject: "MSFT" },
      revenue({ find: "$410 million", value: 410e6 }),
      revenue({ find: "$100 million", value: 100e6 }),
    );
    expect(passageFlags(relative, byRelative)[0]).toEqual([]);

    const beyond = "Revenue rose 300% to $420 million from $100 million.";
    const tooFar = changeFacts(
      beyond,
      { find: "300%", value: 300, unit: "%", change: "up", metric: "revenue growth", subject: "MSFT" },
      revenue({ find: "$420 million", value: 420e6 }),
      revenue({ find: "$100 million", value: 100e6 }),
    );
    expect(flagWords(passageFlags(beyond, tooFar)[0]?.[0]!)).toContain("is a rise of 320%");
  });

  it("checks the direction of a fall", () => {
    const fits = "Operating profit fell 20% to $80 million from $100 million.";
    const spec = { find: "20%", value: 20, unit: "%", change: "down" as const, metric: "operating profit change", subject: "MSFT" };
    const down = changeFacts(fits, spec, revenue({ find: "$80 million", value: 80e6 }), revenue({ find: "$100 million", value: 100e6 }));
    expect(passageFlags(fits, down)[0]).toEqual([]);

    const wrongWay = "Operating profit fell 20% to $120 million from $100 million.";
    const up = changeFacts(wrongWay, spec, revenue({ find: "$120 million", value: 120e6 }), revenue({ find: "$100 million", value: 100e6 }));
    expect(flagWords(passageFlags(wrongWay, up)[0]?.[0]!)).toBe(
      "A fall of 20% does not fit its own figures: $120 million from $100 million is a rise of 20%.",
    );
  });

  it("checks a change in percentage points against two percentages", () => {
    const spec = (find: string, value: number): FigureSpec => ({ find, value, unit: "pp", change: "up", metric: "operating margin change", subject: "MSFT" });
    const margin = (find: string, value: number): FigureSpec => ({ find, value, unit: "%", metric: "operating margin", subject: "MSFT" });
    const fits = "The operating margin widened 2 percentage points to 15% from 13%.";
    expect(passageFlags(fits, changeFacts(fits, spec("2 percentage points", 2), margin("15%", 15), margin("13%", 13)))[0]).toEqual([]);
    const wrong = "The operating margin widened 5 percentage points to 15% from 13%.";
    expect(flagWords(passageFlags(wrong, changeFacts(wrong, spec("5 percentage points", 5), margin("15%", 15), margin("13%", 13)))[0]?.[0]!)).toBe(
      "A rise of 5 percentage points does not fit its own figures: 15% from 13% is a rise of 2 percentage points.",
    );
  });

  it("reads the whole sentence around a clause-sized citation, and no further", () => {
    const sentence = "Cloud revenue rose 26%, reaching $3.87 billion compared with $2.58 billion a year earlier.";
    const clause = changeFacts(
      sentence,
      { find: "26%", near: "Cloud revenue rose 26%", citeNear: true, value: 26, unit: "%", change: "up", metric: "cloud revenue growth", subject: "MSFT" },
      revenue({ find: "$3.87 billion", near: "reaching $3.87 billion", citeNear: true, value: 3.87e9 }),
      revenue({ find: "$2.58 billion", near: "compared with $2.58 billion", citeNear: true, value: 2.58e9 }),
    );
    expect(passageFlags(sentence, clause)[0]).toHaveLength(1);

    const twoSentences = "Cloud revenue rose 26% in the quarter. Azure reached $3.87 billion, compared with $2.58 billion a year earlier.";
    const apart = changeFacts(
      twoSentences,
      { find: "26%", value: 26, unit: "%", change: "up", metric: "cloud revenue growth", subject: "MSFT" },
      revenue({ find: "$3.87 billion", value: 3.87e9 }),
      revenue({ find: "$2.58 billion", value: 2.58e9 }),
    );
    expect(passageFlags(twoSentences, apart)[0]).toEqual([]);
  });

  it("pairs each change with its own figures when a sentence holds two", () => {
    const text = "Revenue rose 2% to 247.65 billion yuan from 243.24 billion yuan, while cloud revenue rose 26% to 33.4 billion yuan from 26.5 billion yuan.";
    const yuan = (find: string, value: number, basis: "reported" | "prior"): FigureSpec => ({ find, value, unit: "CNY", basis, metric: "revenue", subject: "BABA" });
    const facts = [
      numericFact(text, { find: "2%", near: "rose 2%", value: 2, unit: "%", change: "up", metric: "revenue growth", subject: "BABA" }),
      numericFact(text, yuan("247.65 billion yuan", 247.65e9, "reported")),
      numericFact(text, yuan("243.24 billion yuan", 243.24e9, "prior")),
      numericFact(text, { find: "26%", value: 26, unit: "%", change: "up", metric: "cloud revenue growth", subject: "BABA" }),
      numericFact(text, yuan("33.4 billion yuan", 33.4e9, "reported")),
      numericFact(text, yuan("26.5 billion yuan", 26.5e9, "prior")),
    ];
    expect(passageFlags(text, facts)).toEqual([[], [], [], [], [], []]);
  });

  it("returns one list per fact, empty for events", () => {
    const event = eventFact(text, "Cloud revenue rose");
    expect(passageFlags(text, [event])).toEqual([[]]);
  });
});
