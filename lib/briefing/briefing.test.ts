import { describe, expect, it } from "vitest";
import { groupOf, layoutText, numberCitations, type TextNode } from "@/lib/briefing";
import type { Fact } from "@/lib/contract";

function fact(cite: [number, number], extra: Partial<Fact> = {}): Fact {
  return { kind: "metric", statement: "s", metric: null, basis: null, subject: null, period: null, cite, figure: null, flags: [], ...extra };
}

/** The text a layout shows, with passages written as {n:…}. */
function render(nodes: TextNode[]): string {
  return nodes.map((n) => (typeof n === "string" ? n : `{${n.anchor ? "#" : ""}${n.n}:${render(n.children)}}`)).join("");
}

describe("numberCitations", () => {
  it("numbers distinct passages in reading order and shares a number between facts citing one passage", () => {
    const facts = [fact([20, 30]), fact([0, 10]), fact([20, 30])];
    const { passages, citationOf } = numberCitations(facts);
    expect(passages).toEqual([
      { n: 1, start: 0, end: 10 },
      { n: 2, start: 20, end: 30 },
    ]);
    expect(facts.map(citationOf)).toEqual([2, 1, 2]);
  });
});

describe("layoutText", () => {
  const text = "Alpha beta gamma.\nDelta epsilon zeta eta.";

  it("keeps every character, one paragraph per line, each passage anchored once", () => {
    const paragraphs = layoutText(text, [{ n: 1, start: 6, end: 10 }, { n: 2, start: 18, end: 31 }]);
    expect(paragraphs.map(render)).toEqual(["Alpha {#1:beta} gamma.", "{#2:Delta epsilon} zeta eta."]);
  });

  it("nests a passage inside another", () => {
    const [p] = layoutText(text, [{ n: 1, start: 0, end: 17 }, { n: 2, start: 6, end: 10 }]);
    expect(render(p!)).toBe("{#1:Alpha {#2:beta} gamma.}");
  });

  it("cuts a crossing passage into pieces, only the first of which is the anchor", () => {
    const [p] = layoutText(text, [{ n: 1, start: 0, end: 10 }, { n: 2, start: 6, end: 16 }]);
    expect(render(p!)).toBe("{#1:Alpha {#2:beta}}{2: gamma}.");
  });

  it("cuts a passage that runs across a paragraph break", () => {
    const paragraphs = layoutText(text, [{ n: 1, start: 11, end: 23 }]);
    expect(paragraphs.map(render)).toEqual(["Alpha beta {#1:gamma.}", "{1:Delta} epsilon zeta eta."]);
  });
});

describe("groupOf", () => {
  it("puts each fact where an analyst looks for it", () => {
    expect(groupOf(fact([0, 1], { basis: "reported", metric: "cloud revenue growth" }))).toBe("Results");
    expect(groupOf(fact([0, 1], { basis: "estimate", metric: "revenue" }))).toBe("Expectations");
    expect(groupOf(fact([0, 1], { basis: "guidance", metric: "AI investment" }))).toBe("Guidance and commitments");
    expect(groupOf(fact([0, 1], { basis: "reported", metric: "share price change" }))).toBe("Market reaction");
    expect(groupOf(fact([0, 1], { kind: "event" }))).toBe("Deals and products");
  });
});
