import { describe, expect, it } from "vitest";
import type { Flag, Figure } from "@/lib/contract";
import { type FlaggedFact, groupDisputes } from "@/lib/briefing/disputes";

const usd = (value: number): Figure => ({ span: [0, 1], value, high: null, unit: "USD", per: null, qualifier: null, change: null });

function fact(slug: string, position: number, value: number, written: string, flags: Omit<Flag, "reason">[], publisher = slug): FlaggedFact {
  return {
    slug,
    position,
    citation: position + 1,
    statement: `Ark Invest stock purchase: ${written}`,
    subject: "Ark Invest",
    metric: "stock purchase",
    period: null,
    figure: usd(value),
    quote: `Ark bought ${written} of Alibaba.`,
    article: { title: slug, publisher, publishedAt: "2025-09-24" },
    flags: flags.map((flag) => ({ reason: "", ...flag, figure: { value, high: null, unit: "USD", per: null, change: null, written } })),
  };
}
const against = (slug: string, position: number, kind: Flag["kind"] = "conflict", check: Flag["check"] = "conflict") => ({ kind, check, evidence: { slug, position } });

// The sample content's Ark purchase: one article says $16 billion, two say about $16 million.
const sample = fact("alibaba-ai-push", 12, 16e9, "over $16 billion", [against("apsara", 6), against("ark", 1), against("apsara", 6, "implausible", "magnitude-slip")]);
const cnbc = fact("apsara", 6, 16e6, "about $16 million", [against("alibaba-ai-push", 12)]);
const reuters = fact("ark", 1, 16.3e6, "about $16.3 million", [against("alibaba-ai-push", 12)]);

describe("groupDisputes", () => {
  it("makes the Ark purchase one dispute: its sides, their figures and source counts, a likely slip", () => {
    const [dispute, ...rest] = groupDisputes([reuters, cnbc, { ...sample, subject: "Ark" }], 10);
    expect(rest).toEqual([]);
    // Named after the figure the others dispute, whichever fact comes first.
    expect(dispute!.topic).toBe("Ark stock purchase");
    expect(dispute!.slip).toBe(true);
    expect(dispute!.sides.map((side) => [side.values.map((v) => v.written), side.sources])).toEqual([
      [["over $16 billion"], 1],
      [["about $16 million", "about $16.3 million"], 2],
    ]);
    expect(dispute!.sides[1]!.values.map((v) => `${v.slug}#cite-${v.citation}`)).toEqual(["apsara#cite-7", "ark#cite-2"]);
    expect(dispute!.facts).toHaveLength(3);
  });

  it("links facts through flags naming them either way, and keeps separate claims apart", () => {
    const one = fact("a", 0, 9, "9%", [against("b", 0)]);
    const two = fact("b", 0, 5, "5%", []);
    const lone = fact("c", 3, 72e9, "$72 billion to $66 billion", [{ kind: "implausible", check: "backwards-range" }]);
    const disputes = groupDisputes([one, lone, two], 10);
    expect(disputes.map((d) => d.facts.map((f) => f.slug))).toEqual([["a", "b"], ["c"]]);
    expect(disputes[0]!.slip).toBe(false);
    expect(disputes[1]!.sides).toEqual([]);
    expect(disputes[1]!.notes).toHaveLength(1);
  });

  it("shows at most `limit` disputes, the first ones given", () => {
    const many = Array.from({ length: 5 }, (_, i) => fact(`s${i}`, 0, i + 1, `$${i + 1}`, [{ kind: "implausible", check: "backwards-range" }]));
    expect(groupDisputes(many, 2).map((d) => d.key)).toEqual(["s0#0", "s1#0"]);
  });

  it("words an old flag (no evidence fields) by its stored reason", () => {
    const old = { ...fact("d", 0, 1, "$1", []), flags: [{ kind: "conflict" as const, reason: "stored words" }] };
    expect(groupDisputes([old], 10)[0]!.notes).toEqual(["stored words"]);
  });
});
