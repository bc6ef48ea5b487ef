// Every pass of findEntities has a unique name, and the company of its example is found.
import { describe, expect, it } from "vitest";
import { ENTITY_PASSES, findEntities } from "./entities";

describe("entity passes", () => {
  it("have unique names", () => {
    expect(new Set(ENTITY_PASSES.map((p) => p.name)).size).toBe(ENTITY_PASSES.length);
  });
  for (const pass of ENTITY_PASSES) {
    const { text, company, title, tickers } = pass.example;
    it(`${pass.name}: ${text}`, () => {
      const scan = findEntities(text, tickers ?? [], title ?? "");
      if (company === undefined) {
        expect(scan.entities.length).toBeGreaterThan(0);
        return;
      }
      const found = scan.entities.some((e) => (e.kind === "company" || e.kind === "fund") && (e.name === company || e.tickers.includes(company)));
      expect(found, JSON.stringify(scan.entities.map((e) => [e.name, e.tickers]))).toBe(true);
    });
  }
});
