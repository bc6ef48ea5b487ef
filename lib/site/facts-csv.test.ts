import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/contract";
import { parseCsv } from "@/lib/testing/csv";
import { factsCsv, type ExportedFact } from "./facts-csv";

const text = 'Revenue rose 9% to $2.1 billion, "a record," the CEO said.\nShares fell.';
const fact: Fact = {
  kind: "metric",
  statement: "Revenue: $2.1 billion, up",
  metric: "revenue",
  basis: "reported",
  subject: "ACME",
  period: "Q3 2025",
  cite: [0, 58],
  figure: { span: [19, 31], value: 2.1e9, high: null, unit: "USD", per: null, qualifier: null, change: "up" },
  flags: [{ kind: "conflict", reason: "another source says $2.4 billion" }],
  verdict: "conflict",
};
const row: ExportedFact = { article: { slug: "acme-q3", title: "Acme, the quarter", publisher: null, publishedAt: "2025-10-01", text }, fact, citation: 3 };

describe("factsCsv", () => {
  it("writes a header and one row per fact, every line ended by CRLF", () => {
    const csv = factsCsv([row, row]);
    expect(csv.endsWith("\r\n")).toBe(true);
    const [header, ...rows] = parseCsv(csv);
    expect(header).toContain("quote");
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(header!.map((name, i) => [name, rows[0]![i]]));
    expect(record).toMatchObject({
      article: "acme-q3",
      title: "Acme, the quarter",
      publisher: "",
      passage: "/articles/acme-q3#cite-3",
      as_written: "$2.1 billion",
      value: "2100000000",
      high: "",
      unit: "USD",
      change: "up",
      verdict: "conflict",
      flags: "conflict: another source says $2.4 billion",
      quote: text.slice(0, 58),
    });
  });

  it("writes a checked flag in the words its evidence gives, whatever its reason field holds", () => {
    const conflict: Fact["flags"][number] = {
      kind: "conflict",
      reason: "",
      check: "conflict",
      evidence: { slug: "acme-wire", position: 2, citation: 3 },
      figure: { value: 2.1e9, high: null, unit: "USD", per: null, change: "up", written: "$2.1 billion" },
      other: { value: 2.4e9, high: null, unit: "USD", per: null, change: "up", written: "$2.4 billion" },
      otherSource: { publisher: "Reuters", title: "Acme results", publishedAt: "2025-10-01", quote: "sales of $2.4 billion" },
    };
    const [header, values] = parseCsv(factsCsv([{ ...row, fact: { ...fact, flags: [conflict, { kind: "unverified", reason: "stored words of an old flag" }] } }]));
    const record = Object.fromEntries(header!.map((name, i) => [name, values![i]]));
    expect(record.flags).toBe(
      "conflict: This article says $2.1 billion; Reuters (October 1, 2025) reports $2.4 billion: “sales of $2.4 billion” | unverified: stored words of an old flag",
    );
  });

  it("quotes fields holding commas, quotes or line breaks, and doubles the quotes", () => {
    const multiline = { ...row, fact: { ...fact, cite: [0, text.length] as [number, number] } };
    const csv = factsCsv([multiline]);
    expect(csv).toContain('"Revenue rose 9% to $2.1 billion, ""a record,"" the CEO said.\nShares fell."');
    expect(parseCsv(csv)[1]!.at(-1)).toBe(text);
  });

  it("keeps text that a spreadsheet would run as a formula as text", () => {
    const hostile = { ...row, fact: { ...fact, statement: "=HYPERLINK(\"http://x\")", metric: "-1+1", figure: { ...fact.figure!, value: -5 } } };
    const [header, values] = parseCsv(factsCsv([hostile]));
    const record = Object.fromEntries(header!.map((name, i) => [name, values![i]]));
    expect(record.statement).toBe("'=HYPERLINK(\"http://x\")");
    expect(record.metric).toBe("'-1+1");
    expect(record.value).toBe("-5");
  });
});
