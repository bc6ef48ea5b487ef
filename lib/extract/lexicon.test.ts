import { describe, expect, it } from "vitest";
import { findEntities } from "./entities";
import { findFigures } from "./figures";
import { extractFacts } from "./index";
import { CITED_FIRMS, INDEX_NAME_FORMS, MARKET_BENCHMARKS, MARKET_INDEXES, MARKET_SECTORS, SCALE_ABBREVIATIONS, SCALE_WORDS } from "./lexicon";

describe("the shared lexicon", () => {
  it.each(MARKET_INDEXES.map((i) => [i.pattern, i.example]))("reads the index %s in %s", (_pattern, example) => {
    const scan = findEntities(example);
    expect(scan.entities.filter((e) => e.kind === "index")).toHaveLength(1);
  });

  it.each(MARKET_BENCHMARKS.map((b) => [b.market, b.example]))("gives the index moves of %s stocks to the benchmark named in %s", (_market, example) => {
    const scan = findEntities(example);
    const benchmark = scan.entities.find((e) => e.kind === "index")!.name;
    const points = extractFacts(example).facts.filter((f) => f.figure?.unit === "points");
    expect(points.map((f) => [f.metric, f.subject])).toEqual([["index change", benchmark], ["index level", benchmark]]);
  });

  it.each(INDEX_NAME_FORMS.map((f) => [f.name, f.example]))("names the index %s in %s", (name, example) => {
    expect(findEntities(example).entities.filter((e) => e.kind === "index").map((e) => e.name)).toEqual([name]);
  });

  it("keeps the name an index is first given ('Sensex and Nifty ... the broader NSE Nifty'; 'The BSE Sensex ... the Sensex')", () => {
    const names = (text: string) => findEntities(text).entities.filter((e) => e.kind === "index").map((e) => e.name);
    expect(names("Sensex and Nifty closed higher. Later the broader NSE Nifty was up 64 points.")).toEqual(["Sensex", "Nifty"]);
    expect(names("The BSE Sensex rose 212 points. The Sensex had opened flat.")).toEqual(["BSE Sensex"]);
    expect(names("The BSE midcap index rose 1%.")).not.toContain("Sensex");
  });

  it.each(CITED_FIRMS.map((f) => [f]))("takes %s cited for a consensus as a source, not a subject", (pattern) => {
    // The lexicon entry's plainest spelling: optional parts dropped, escapes removed.
    const name = pattern.replace(/\(\?:[^)]*\)\?/g, "").replace(/\\/g, "");
    const scan = findEntities(`Analysts polled by ${name} expected revenue of $2.1 billion.`);
    const firm = scan.entities.findIndex((e) => e.name === name);
    expect(firm).toBeGreaterThanOrEqual(0);
    expect(scan.sources.has(firm)).toBe(true);
  });

  it.each(MARKET_SECTORS.map((sector) => [sector]))("reads %s opening a market report's clause as a sector move", (sector) => {
    const text = `Stocks were mixed. ${sector[0]!.toUpperCase()}${sector.slice(1)} gained 1.2% on the day.`;
    const fact = extractFacts(text).facts.find((f) => f.figure?.unit === "%");
    expect(fact?.metric).toBe(`${sector} sector change`);
  });

  it.each([...Object.entries(SCALE_WORDS), ...Object.entries(SCALE_ABBREVIATIONS)])("scales $2.5 %s by %d", (word, factor) => {
    const [figure] = findFigures(`Revenue was $2.5 ${word} in the quarter.`, [], () => false);
    expect(figure?.value).toBeCloseTo(2.5 * factor);
  });
});
