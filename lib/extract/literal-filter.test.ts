import { describe, expect, it } from "vitest";
import { LeadingWordScan, leadingLiterals, LiteralFilter, requiredLiterals } from "./literal-filter";
import { METRIC_RULES } from "./metric-rules";

describe("requiredLiterals", () => {
  it.each([
    [/\btrade (?:deficit|surplus)\b/i, ["trade deficit", "trade surplus"]],
    [/\b(?:cut|cuts)\s+by\b/i, ["cut"]],
    [/[Ss]hares|stock/, ["stock", "shares"]],
    [/x{2}y/, ["xxy"]],
    [/\u0041BC/, ["abc"]],
    // Not a quantifier outside u mode: the characters themselves.
    [/a{,3}/, ["a{,3}"]],
    [/(?:adjusted\s+)?(?:profits?|earnings)\b/i, ["profit", "earnings"]],
    [/(?<=\bthe )hit/, ["the "]],
  ])("%s needs one of %j", (pattern, words) => {
    expect(new Set(requiredLiterals(pattern))).toEqual(new Set(words));
  });

  it.each([[/\s+\d+/], [/(a|b)?c?/], [/[A-Z][a-z]+/], [/(?!revenue)\w+/], [/sales/iu], [/./]])("%s needs no word", (pattern) => {
    expect(requiredLiterals(pattern)).toBeNull();
  });
});

describe("LiteralFilter", () => {
  it("passes the patterns whose words a text holds, in any case, and those that need none", () => {
    const filter = new LiteralFilter([/\btrade deficit\b/i, /\bPMI\b/, /\d+%/, /payrolls/i]);
    expect([...filter.possible("The TRADE DEFICIT widened; pmi fell 2%.")]).toEqual([1, 1, 1, 0]);
  });

  it("finds words that overlap or end the text", () => {
    const filter = new LiteralFilter([/abcd/, /bc/, /cde/]);
    expect([...filter.possible("xabcde")]).toEqual([1, 1, 1]);
    expect([...filter.possible("xabcd")]).toEqual([1, 1, 0]);
  });

  it("never filters out a metric rule on its own example", () => {
    const filter = new LiteralFilter(METRIC_RULES.map((r) => r.re));
    METRIC_RULES.forEach((rule, i) => {
      const re = new RegExp(rule.re.source, rule.re.flags.replace(/[gy]/g, ""));
      if (re.test(rule.example.text)) expect(filter.possible(rule.example.text)[i], rule.id).toBe(1);
    });
  });
});

describe("leadingLiterals", () => {
  it.each([
    [/\b(?:adjusted\s+)?(?:profits?|earnings)\b/i, ["adjusted", "profit", "profits", "earnings"]],
    [/(?<=\bthe )hit/, ["hit"]],
    [/\b(?:the )?quarter/, ["the quarter", "quarter"]],
  ])("%s starts with one of %j", (pattern, words) => {
    expect(new Set(leadingLiterals(pattern))).toEqual(new Set(words));
  });

  it.each([[/\s?loss/], [/[A-Z]\w+ Research/], [/(?:a|b)?/]])("%s starts with no known word", (pattern) => {
    expect(leadingLiterals(pattern)).toBeNull();
  });
});

describe("LeadingWordScan", () => {
  const texts = ["Adjusted profit rose; profits and EARNINGS fell, earnings-per-share too.", "the quarter, The Quarter and quarters", "no words here", ""];
  const patterns = [/\b(?:adjusted\s+)?(?:profits?|earnings)\b/gi, /\b(?:the )?quarter/g, /(?<=\bthe )hit/g, /\s?loss/g, /aa/g];
  it("gives the matches text.matchAll gives", () => {
    const scan = new LeadingWordScan(patterns);
    for (const text of [...texts, "aaaaa", "a hit, the hit and the loss"]) {
      const starts = scan.starts(text);
      patterns.forEach((pattern, i) => {
        const want = [...text.matchAll(pattern)].map((m) => [m.index, ...m]);
        expect([...scan.matchAll(i, text, starts)].map((m) => [m.index, ...m]), `${pattern} on ${text}`).toEqual(want);
      });
    }
  });

  it("gives every metric rule's matches on its own example", () => {
    const scan = new LeadingWordScan(METRIC_RULES.map((r) => r.re));
    METRIC_RULES.forEach((rule, i) => {
      const text = rule.example.text;
      const want = [...text.matchAll(rule.re)].map((m) => [m.index, ...m]);
      expect([...scan.matchAll(i, text, scan.starts(text))].map((m) => [m.index, ...m]), rule.id).toEqual(want);
    });
  });
});
