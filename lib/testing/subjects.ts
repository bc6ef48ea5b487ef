import type { Extraction } from "@/lib/contract";
import { extractFacts } from "@/lib/extract";

/**
 * The extractor, with each fact's subject written as its company's ticker when the company
 * has one listing. A figure's subject is its entity's name (the fact contract's subject, whose
 * tickers the entity lists); the extractor's tests name companies by ticker, the short and
 * exact identity, as the scorer matches a name to its entity's tickers.
 */
export function extractWithTickerSubjects(...args: Parameters<typeof extractFacts>): Extraction {
  const result = extractFacts(...args);
  const tickerOf = new Map(result.entities.filter((e) => e.tickers.length === 1).map((e) => [e.name, e.tickers[0]!]));
  return { ...result, facts: result.facts.map((f) => (f.subject !== null && tickerOf.has(f.subject) ? { ...f, subject: tickerOf.get(f.subject)! } : f)) };
}
