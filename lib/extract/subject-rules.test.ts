// Every rule of the subject table decides its own example, and no earlier rule does.
import { describe, expect, it } from "vitest";
// These tests name a figure's company by its ticker (lib/testing/subjects.ts).
import { extractWithTickerSubjects as extractFacts } from "@/lib/testing/subjects";
import { traceRules } from "./rule-trace";
import { DEAL_TERM_SHAPES, dealTermShape, SUBJECT_RULES } from "./subject-rules";

describe("subject rules", () => {
  it("have unique names", () => {
    expect(new Set(SUBJECT_RULES.map((r) => r.name)).size).toBe(SUBJECT_RULES.length);
  });
  for (const rule of SUBJECT_RULES) {
    it(`${rule.name}: ${rule.example.text}`, () => {
      const { text, figure, subject } = rule.example;
      const at = text.indexOf(figure);
      const { result, fired } = traceRules(() => extractFacts(text));
      const fact = result.facts.find((f) => f.figure && f.figure.span[0] <= at && at < f.figure.span[1]);
      if (!fact?.figure) throw new Error(`no fact for "${figure}"`);
      const span = fact.figure.span;
      const decided = fired.filter((r) => r.table === "subject" && r.figure[0] === span[0] && r.figure[1] === span[1]).map((r) => r.rule);
      expect(decided[0]).toBe(rule.name);
      expect(fact.subject).toBe(subject);
    });
  }

  // Each deal-term shape fits its own example, and no earlier shape does; the figure has no subject.
  for (const shape of DEAL_TERM_SHAPES) {
    it(`deal term "${shape.name}": ${shape.example.text}`, () => {
      const { text, figure } = shape.example;
      const at = text.indexOf(figure);
      const sentenceStart = Math.max(0, text.lastIndexOf(". ", at) + 2);
      const sentenceEnd = text.indexOf(". ", at) < 0 ? text.length : text.indexOf(". ", at) + 1;
      expect(dealTermShape(text.slice(sentenceStart, at), text.slice(at + figure.length, at + figure.length + 48), text.slice(sentenceStart, sentenceEnd))?.name).toBe(shape.name);
      const fact = extractFacts(text).facts.find((f) => f.figure && f.figure.span[0] <= at && at < f.figure.span[1]);
      expect(fact?.subject ?? null).toBe(null);
    });
  }
});
