// Every rule of the basis, metric and change tables fires on its own example sentence.
import { describe, expect, it } from "vitest";
import { BASIS_RULES } from "./basis-rules";
import { CHANGE_RULES, CHANGE_WORDS } from "./change-rules";
import { extractFacts } from "./index";
import { METRIC_CONTEXT_EXAMPLES, METRIC_OVERRIDES, METRIC_RULES } from "./metric-rules";
import { traceRules } from "./rule-trace";

/** The fact of one figure in an example and the rules that decided it. */
function run(text: string, figure: string) {
  const at = text.indexOf(figure);
  if (at < 0) throw new Error(`"${figure}" is not in "${text}"`);
  const { result, fired } = traceRules(() => extractFacts(text));
  const fact = result.facts.find((f) => f.figure && f.figure.span[0] <= at && at < f.figure.span[1]);
  if (!fact?.figure) throw new Error(`no fact for "${figure}" in "${text}"`);
  const span = fact.figure.span;
  return { fact, rules: fired.filter((r) => r.figure[0] === span[0] && r.figure[1] === span[1]) };
}

const OVERRIDE_NAMES = new Set(METRIC_OVERRIDES.map((o) => o.name));

describe("basis rules", () => {
  it("have unique names", () => {
    expect(new Set(BASIS_RULES.map((r) => r.name)).size).toBe(BASIS_RULES.length);
  });
  for (const rule of BASIS_RULES) {
    it(`${rule.name}: ${rule.example.text}`, () => {
      const { fact, rules } = run(rule.example.text, rule.example.figure);
      expect(rules.filter((r) => r.table === "basis").map((r) => r.rule)).toEqual([rule.name]);
      expect(fact.basis).toBe(rule.example.basis);
    });
  }
});

describe("metric rules", () => {
  it("have unique names", () => {
    expect(new Set(METRIC_RULES.map((r) => r.id)).size).toBe(METRIC_RULES.length);
  });
  for (const rule of METRIC_RULES) {
    it(`${rule.id}: ${rule.example.text}`, () => {
      const { fact, rules } = run(rule.example.text, rule.example.figure);
      const decided = rules.filter((r) => r.table === "metric" && !OVERRIDE_NAMES.has(r.rule)).map((r) => r.rule);
      // A rule of words that name no measure leaves the figure to the measure its example names.
      if (rule.none) expect(decided).not.toContain(rule.id);
      else expect(decided).toEqual([rule.id]);
      expect(fact.metric).toBe(rule.example.metric);
    });
  }
});

describe("metric overrides", () => {
  it("have unique names", () => {
    expect(OVERRIDE_NAMES.size).toBe(METRIC_OVERRIDES.length);
  });
  for (const rule of METRIC_OVERRIDES) {
    it(`${rule.name}: ${rule.example.text}`, () => {
      const { fact, rules } = run(rule.example.text, rule.example.figure);
      expect(rules.filter((r) => r.table === "metric").map((r) => r.rule)).toContain(rule.name);
      expect(fact.metric).toBe(rule.example.metric);
    });
  }
});

describe("metric context rules", () => {
  for (const example of METRIC_CONTEXT_EXAMPLES) {
    it(`${example.name}: ${example.text}`, () => {
      expect(run(example.text, example.figure).fact.metric).toBe(example.metric);
    });
  }
});

describe("change rules", () => {
  for (const rule of CHANGE_RULES) {
    it(`${rule.name}: ${rule.example.text}`, () => {
      const { fact, rules } = run(rule.example.text, rule.example.figure);
      expect(rules.filter((r) => r.table === "change").map((r) => r.rule)).toEqual([rule.name]);
      expect(fact.figure?.change).toBe(rule.example.change);
    });
  }
  for (const words of CHANGE_WORDS) {
    it(`${words.name}: ${words.example.text}`, () => {
      expect(run(words.example.text, words.example.figure).fact.figure?.change).toBe(words.example.change);
    });
  }
});
