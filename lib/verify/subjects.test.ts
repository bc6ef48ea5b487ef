import { describe, expect, it } from "vitest";
import { SubjectIdentities, subjectKey } from "@/lib/verify/subjects";
import { entity } from "@/lib/verify/test-facts";

describe("subjectKey", () => {
  it("ignores case, punctuation and the legal form", () => {
    expect(subjectKey("Alibaba Group Holding Ltd.")).toBe("alibaba");
    expect(subjectKey("ALIBABA")).toBe("alibaba");
    expect(subjectKey("ARK-F")).toBe(subjectKey("ARKF"));
    expect(subjectKey("Meta Platforms, Inc.")).toBe("metaplatforms");
  });
});

describe("SubjectIdentities", () => {
  const sample = "Ark Invest’s Cathie Wood purchased Alibaba stock through the Ark Fintech Innovation ETF (ARK-F).";
  const other = "Cathie Wood's Ark Invest bought shares of Alibaba Group Holding Ltd. (BABA) for ARKF.";
  const identities = new SubjectIdentities({
    sample: [
      entity(sample, "Alibaba", "company", ["BABA"]),
      entity(sample, "Ark Invest", "fund", []),
      entity(sample, "Cathie Wood", "person", []),
      entity(sample, "Ark Fintech Innovation ETF", "fund", ["ARK-F"]),
    ],
    other: [
      entity(other, "Alibaba Group Holding Ltd.", "company", ["BABA", "9988.HK"]),
      entity(other, "ARK Fintech Innovation ETF", "fund", ["ARKF"]),
      entity(other, "Cathie Wood's Ark Invest", "company", []),
    ],
    third: [entity("Alibaba's board approved it.", "Alibaba's board", "other", [])],
  });

  it("merges names and tickers that any article lists together", () => {
    expect(identities.identity("9988.HK")).toBe(identities.identity("Alibaba"));
    expect(identities.identity("ARKF")).toBe(identities.identity("Ark Fintech Innovation ETF"));
    expect(identities.identity("BABA")).not.toBe(identities.identity("ARKF"));
  });

  it("reads an unknown possessive subject as the known entity it ends with", () => {
    expect(identities.identity("Cathie Wood's Ark Invest")).toBe(identities.identity("Ark Invest"));
    expect(identities.identity("Wood’s Ark Invest")).toBe(identities.identity("Ark Invest"));
    expect(identities.identity("Alibaba's cloud unit")).toBe(subjectKey("Alibaba's cloud unit"));
    expect(identities.identity("board")).toBe("board");
  });

  it("merges an entity named with a possessive with the one it names", () => {
    expect(identities.namedIn("other", [0, other.length]).has(identities.identity("Ark Invest"))).toBe(true);
  });

  it("lists the parties a citation names, and which are companies", () => {
    const named = identities.namedIn("sample", [0, sample.length]);
    expect([...named].sort()).toEqual([identities.identity("BABA"), identities.identity("ARKF"), identities.identity("Ark Invest"), identities.identity("Cathie Wood")].sort());
    expect(identities.isCompany(identities.identity("BABA"))).toBe(true);
    expect(identities.isCompany(identities.identity("ARKF"))).toBe(false);
    expect(identities.namedIn("sample", [0, 10]).size).toBe(1);
  });
});
