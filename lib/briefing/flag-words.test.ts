import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CheckedFlag, FlagFigure } from "@/lib/contract";
import { flagWords, withWords } from "@/lib/briefing/flag-words";
import { PROJECT_ROOT } from "@/lib/testing/database";

const usd = (value: number, written: string): FlagFigure => ({ value, high: null, unit: "USD", per: null, change: null, written });
const reuters = { publisher: "Reuters", title: "Ark returns to Alibaba", publishedAt: "2025-09-23", quote: "Ark's funds purchased about $16.3 million of Alibaba's shares." };

describe("flagWords: one sentence per check, from the evidence alone", () => {
  it("conflict: both figures, the other source by publisher and date, its quote", () => {
    const flag: CheckedFlag = { kind: "conflict", check: "conflict", figure: usd(16e9, "over $16 billion"), other: usd(16.3e6, "about $16.3 million"), otherSource: reuters };
    expect(flagWords(flag)).toBe("This article says over $16 billion; Reuters (September 23, 2025) reports about $16.3 million: “Ark's funds purchased about $16.3 million of Alibaba's shares.”");
    // Without a publisher the title names the source; directions are said when they differ.
    const up = { ...usd(9, "9%"), unit: "%", change: "up" as const };
    const untitled = { kind: "conflict", check: "conflict", figure: up, other: { ...up, change: "down" }, otherSource: { ...reuters, publisher: null, publishedAt: null } } as const;
    expect(flagWords(untitled)).toBe("This article says 9% (up); “Ark returns to Alibaba” reports 9% (down): “Ark's funds purchased about $16.3 million of Alibaba's shares.”");
  });

  it("conflicts-unnamed: how many more disagree", () => {
    expect(flagWords({ kind: "conflict", check: "conflicts-unnamed", figure: usd(9, "$9"), unnamed: 1 })).toBe("1 more report disagrees with $9.");
    expect(flagWords({ kind: "conflict", check: "conflicts-unnamed", figure: usd(9, "$9"), unnamed: 3 })).toBe("3 more reports disagree with $9.");
  });

  it("magnitude-slip: the factor's direction, the other source, and the tally when outnumbered", () => {
    const flag: CheckedFlag = {
      kind: "implausible",
      check: "magnitude-slip",
      figure: usd(16e9, "over $16 billion"),
      other: usd(16.3e6, "about $16.3 million"),
      otherSource: reuters,
      ratio: 981.6,
      sources: { own: 1, other: 2 },
    };
    expect(flagWords(flag)).toBe(
      "Likely million/billion slip: over $16 billion is about 1,000 times larger than the figure Reuters (September 23, 2025) reports, about $16.3 million (“Ark's funds purchased about $16.3 million of Alibaba's shares.”). 2 of 3 sources give the other magnitude.",
    );
    const evenly = { ...flag, figure: flag.other!, other: flag.figure!, sources: { own: 1, other: 1 } };
    expect(flagWords(evenly)).toMatch(/^Likely million\/billion slip: about \$16\.3 million is about 1,000 times smaller than .*\)\.$/);
  });

  it("backwards-range and change-mismatch: the figures of the article's own passage", () => {
    expect(flagWords({ kind: "implausible", check: "backwards-range", figure: { ...usd(72e9, "$72 billion to $66 billion"), high: 66e9 } })).toBe(
      "The range $72 billion to $66 billion runs backwards: its low end ($72 billion) is above its high end ($66 billion).",
    );
    const points = { value: 5, high: null, unit: "pp", per: null, change: "up", written: "5 percentage points" } as const;
    const margin = (value: number) => ({ value, high: null, unit: "%", per: null, change: null, written: `${value}%` });
    expect(flagWords({ kind: "implausible", check: "change-mismatch", figure: points, other: margin(15), base: margin(13), computed: 2 })).toBe(
      "A rise of 5 percentage points does not fit its own figures: 15% from 13% is a rise of 2 percentage points.",
    );
    expect(flagWords({ kind: "implausible", check: "change-mismatch", figure: { ...usd(20, "20%"), unit: "%", change: "down" }, other: usd(120e6, "$120 million"), base: usd(100e6, "$100 million"), computed: 20.04 })).toBe(
      "A fall of 20% does not fit its own figures: $120 million from $100 million is a rise of 20%.",
    );
  });

  it("writes a figure in full when its text is missing", () => {
    expect(flagWords({ kind: "conflict", check: "conflicts-unnamed", figure: usd(16.3e6, ""), unnamed: 2 })).toBe("2 more reports disagree with $16.3 million.");
  });

  it("a flag stored before flags kept their evidence (no check) keeps its stored words", () => {
    expect(flagWords({ kind: "conflict", reason: "another source says $2.4 billion" })).toBe("another source says $2.4 billion");
    // A check whose fields are missing falls back the same way rather than writing half a sentence.
    expect(flagWords({ kind: "conflict", check: "conflict", reason: "stored words" })).toBe("stored words");
  });

  it("withWords gives the contract's flag: kind, reason, then the evidence", () => {
    const flag = withWords({ kind: "conflict", check: "conflicts-unnamed", figure: usd(9, "$9"), unnamed: 2 });
    expect(Object.keys(flag)).toEqual(["kind", "reason", "check", "figure", "unnamed"]);
    expect(flag.reason).toBe("2 more reports disagree with $9.");
  });
});

describe("lib/verify writes no words", () => {
  it("imports nothing from lib/briefing (formatFigure, formatDate)", () => {
    const dir = path.join(PROJECT_ROOT, "lib/verify");
    const sources = readdirSync(dir).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
    expect(sources.length).toBeGreaterThan(3);
    for (const name of sources) expect(readFileSync(path.join(dir, name), "utf8"), name).not.toMatch(/from "@\/lib\/briefing/);
  });
});
