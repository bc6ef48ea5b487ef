// Where a chart says more than a table: figures of one measure, for one subject, in
// one unit, on different bases (reported against estimate, this period against the
// prior one) or given as a range (guidance). Pure: facts in, chart specs out.
import type { Basis, Fact } from "@/lib/contract";

export interface ChartBar {
  label: string;
  basis: Basis | null;
  value: number;
  high: number | null;
  citation: number;
}

export interface Comparison {
  title: string;
  unit: string;
  per: string | null;
  bars: ChartBar[];
}

// Words that say on what basis a figure stands, not what it measures.
const BASIS_WORDS = /\b(expected|expectations?|estimated?|estimates?|consensus|forecast|guidance|guided|outlook|prior|previous|analysts?'?|year[- ]ago|reported|actual)\b/g;

/** What a figure measures, without the words that give its basis: "expected revenue" -> "revenue". */
export function measureKey(fact: Pick<Fact, "metric">): string {
  return (fact.metric ?? "").toLowerCase().replace(BASIS_WORDS, " ").replace(/\s+/g, " ").trim();
}

const BAR_LABEL: Record<Basis, string> = {
  reported: "Reported",
  estimate: "Estimate",
  guidance: "Guidance",
  forecast: "Forecast",
  prior: "Prior",
};

export function findComparisons<T extends Fact & { citation: number }>(facts: readonly T[]): Comparison[] {
  const groups = new Map<string, T[]>();
  for (const fact of facts) {
    if (!fact.figure || !fact.metric) continue;
    const key = [fact.subject ?? "", measureKey(fact), fact.figure.unit, fact.figure.per ?? ""].join("|");
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const comparisons: Comparison[] = [];
  for (const group of groups.values()) {
    const bases = new Set(group.map((f) => f.basis));
    const hasRange = group.some((f) => f.figure!.high !== null);
    if (bases.size < 2 && !hasRange) continue;
    const first = group[0]!;
    comparisons.push({
      title: [first.subject, first.metric].filter(Boolean).join(": "),
      unit: first.figure!.unit,
      per: first.figure!.per,
      bars: group.map((f) => ({
        label: [f.basis ? BAR_LABEL[f.basis] : "Figure", f.period].filter(Boolean).join(", "),
        basis: f.basis,
        value: f.figure!.value,
        high: f.figure!.high,
        citation: f.citation,
      })),
    });
  }
  return comparisons;
}

/** Figures of one measure and unit across articles, oldest first: how a figure moved. */
export function figuresOverTime<T extends { fact: Fact; article: { publishedAt: string | null } }>(
  items: readonly T[],
): { measure: string; unit: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    if (!item.fact.figure || !item.fact.metric) continue;
    const key = `${measureKey(item.fact)}|${item.fact.figure.unit}|${item.fact.figure.per ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([key, group]) => ({
      measure: key.split("|")[0]!,
      unit: group[0]!.fact.figure!.unit,
      items: [...group].sort((a, b) => (a.article.publishedAt ?? "").localeCompare(b.article.publishedAt ?? "")),
    }));
}
