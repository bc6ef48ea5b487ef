import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START, splitMarks, toFtsQuery } from "@/lib/search/query";

describe("toFtsQuery", () => {
  it("quotes every word and makes the last a prefix", () => {
    expect(toFtsQuery("cloud revenue")).toBe('"cloud" "revenue"*');
    expect(toFtsQuery("U.S. chips")).toBe('"U.S" "chips"*');
  });
  it("neutralizes FTS syntax and odd input", () => {
    expect(toFtsQuery('"unbalanced OR NOT (x*) NEAR/3 title:foo -bar ^baz')).toBe(
      '"unbalanced" "OR" "NOT" "x" "NEAR" "3" "title" "foo" "bar" "baz"*',
    );
    expect(toFtsQuery("  ***  ")).toBeNull();
    expect(toFtsQuery("")).toBeNull();
    expect(toFtsQuery("Zürich 阿里巴巴 €5bn")).toBe('"Zürich" "阿里巴巴" "5bn"*');
  });
  it("bounds very long input", () => {
    const query = toFtsQuery("word ".repeat(1_000) + "x".repeat(5_000))!;
    expect(query.split(" ")).toHaveLength(12);
  });
});

describe("splitMarks", () => {
  it("turns sentinel marks into flagged runs", () => {
    expect(splitMarks(`a ${MARK_START}b${MARK_END} c`)).toEqual([
      { text: "a ", match: false },
      { text: "b", match: true },
      { text: " c", match: false },
    ]);
  });
});
