import { describe, expect, it } from "vitest";
// These tests name a figure's company by its ticker (lib/testing/subjects.ts).
import { extractWithTickerSubjects as extractFacts } from "@/lib/testing/subjects";

const nonNumeric = (text: string) =>
  extractFacts(text).facts.filter((f) => f.kind !== "metric").map((f) => ({ kind: f.kind, metric: f.metric, subject: f.subject, quote: text.slice(...f.cite) }));

describe("events", () => {
  it("finds launches, partnerships and deals, each citing its sentence", () => {
    const text =
      "Alibaba (BABA) rose. The company also unveiled Qwen3-Omni, an open-source model. " +
      "In addition, the firm announced a partnership with Nvidia (NVDA). Google agreed to buy cybersecurity firm Wiz.";
    const found = nonNumeric(text);
    expect(found).toEqual([
      { kind: "event", metric: "launch", subject: "BABA", quote: "The company also unveiled Qwen3-Omni, an open-source model." },
      { kind: "event", metric: "partnership", subject: "BABA", quote: "In addition, the firm announced a partnership with Nvidia (NVDA)." },
      expect.objectContaining({ kind: "event", metric: "acquisition", quote: "Google agreed to buy cybersecurity firm Wiz." }),
    ]);
  });

  it("reports an event kind once per company (recaps are not new events)", () => {
    const text = "Acme Corp. (ACME) announced a partnership with Nvidia (NVDA). With its partnership with Nvidia, Acme leads.";
    expect(nonNumeric(text).filter((f) => f.metric === "partnership")).toHaveLength(1);
  });

  it("does not take a bare mention of a deal for an event", () => {
    expect(nonNumeric("Financial terms of the deal were not disclosed.")).toEqual([]);
  });
});

describe("statements", () => {
  it("attributes what a named person said to their company", () => {
    const text = "Alibaba (BABA) rose after CEO Eddie Wu spoke. Wu said AI is central to growth.";
    const f = extractFacts(text).facts.find((x) => x.kind === "statement");
    expect(f).toMatchObject({ subject: "BABA", statement: "Eddie Wu: AI is central to growth." });
    expect(text.slice(...f!.cite)).toBe("Wu said AI is central to growth.");
  });

  it("takes the quote that opens a sentence as what was said", () => {
    const text = "Acme Corp. (ACME) rose. \u201cWe are executing well,\u201d Chief Executive Jane Doe said in a statement. \u201cPricing held up,\u201d Doe told analysts.";
    const said = extractFacts(text).facts.filter((x) => x.kind === "statement").map((x) => x.statement);
    expect(said).toEqual(["Jane Doe: We are executing well.", "Jane Doe: Pricing held up."]);
  });
});
