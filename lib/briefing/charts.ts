// Where a chart says more than a table: figures of one measure, for one subject, in
// one unit, on different bases (reported against estimate, this period against the
// prior one) or given as a range (guidance); and a company's measures quarter by quarter,
// as its scorecard gives them. Pure: facts or a scorecard in, chart specs out.
import type { Basis, Fact } from "@/lib/contract";
import { formatCompactFigure } from "@/lib/briefing/format";
import { CLAIM_VERDICT_WORDS, claimFigureWords, type Scorecard } from "@/lib/briefing/scorecard";
import { type Claim, figuresDisagree, type Measure, periodLabel } from "@/lib/verify";

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

// --- A company's measures across its scorecard's quarters ------------------------------

/** One claim as a chart draws it. */
export interface ChartValue {
  claim: Claim;
  /** As the scorecard cell writes it: "$1.24 billion", or a disputed claim's sides joined by "or". */
  words: string;
  /** Short enough to label the chart, one a side: ["$1.24B", "$1.29B"]. */
  compact: string[];
  disputed: boolean;
  /** Each side's figure, lowest to highest value; empty when the claim is in another unit than the chart's. */
  drawn: { low: number; high: number }[];
}

/** One scorecard column on a measure's chart. */
export interface ChartPeriod {
  /** The scorecard column's id ("3m-2025-06") and heading ("Q2 2025 (fiscal Q1 2026)"). */
  id: string;
  label: string;
  /** The calendar quarter alone, to fit under a bar: "Q2 2025". */
  axisLabel: string;
  reported: ChartValue | null;
  estimate: ChartValue | null;
}

export interface MeasureChart {
  measure: Measure;
  /** The unit every drawn value is in. */
  unit: string;
  /** Oldest first: from the measure's first column with a figure to its last. */
  periods: ChartPeriod[];
  /** The value axis: from its lowest tick to its highest, zero always inside. */
  scale: { low: number; high: number; ticks: number[] };
  /** Every value in words, for a screen reader: the chart's description. */
  summary: string;
}

/**
 * A chart for each scorecard row with reported or expected figures in at least two of its
 * columns: read from the scorecard itself, so a chart shows the same claims for the same
 * canonical quarters as the cells. Guidance stays in the cells: a company's range for a
 * quarter ahead reads better in words than as a third mark.
 */
export function measureCharts(card: Scorecard): MeasureChart[] {
  // Scorecard columns are newest first; a chart reads left to right, oldest first.
  const order = card.periods.map((_, i) => i).reverse();
  const charts: MeasureChart[] = [];
  for (const row of card.rows) {
    const filled = order.filter((i) => row.cells[i]?.reported || row.cells[i]?.estimate);
    const claims = filled.flatMap((i) => [row.cells[i]!.reported, row.cells[i]!.estimate].filter((claim): claim is Claim => claim !== null));
    const unit = mostCommonUnit(claims);
    const columns = order.slice(order.indexOf(filled[0]!), order.indexOf(filled.at(-1)!) + 1);
    const periods = columns.map((i): ChartPeriod => {
      const { id, label, period } = card.periods[i]!;
      const cell = row.cells[i];
      return {
        id,
        label,
        axisLabel: periodLabel(period),
        reported: cell?.reported ? chartValue(cell.reported, unit) : null,
        estimate: cell?.estimate ? chartValue(cell.estimate, unit) : null,
      };
    });
    const onScale = periods.filter((p) => p.reported?.drawn.length || p.estimate?.drawn.length);
    if (onScale.length < 2) continue;
    const values = periods.flatMap((p) => [p.reported, p.estimate]).flatMap((value) => value?.drawn.flatMap((d) => [d.low, d.high]) ?? []);
    charts.push({ measure: row.measure, unit, periods, scale: valueScale(Math.min(0, ...values), Math.max(0, ...values)), summary: chartSummary(row.measure.label, unit, periods) });
  }
  return charts;
}

function mostCommonUnit(claims: readonly Claim[]): string {
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.unit, (counts.get(claim.unit) ?? 0) + 1);
  // Ties go to the newest claim's unit: claims run oldest first.
  return [...counts.entries()].reduce((best, entry) => (entry[1] >= best[1] ? entry : best))[0];
}

function chartValue(claim: Claim, unit: string): ChartValue {
  const disputed = figuresDisagree(claim);
  const figures = disputed ? claim.sides.map((side) => side.figure) : [claim.value];
  const drawn = claim.unit === unit ? figures.map((f) => ({ low: Math.min(f.value, f.high ?? f.value), high: Math.max(f.value, f.high ?? f.value) })).sort((a, b) => a.low - b.low) : [];
  return { claim, words: claimFigureWords(claim), compact: figures.map(formatCompactFigure), disputed, drawn };
}

const TICK_STEPS = [1, 2, 2.5, 5, 10];

/** An axis from `low` to `high` in 3 to 6 round steps ("0, 0.5B, 1B, 1.5B"). */
export function valueScale(low: number, high: number): MeasureChart["scale"] {
  if (low === high) high = low + 1;
  const rough = (high - low) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = TICK_STEPS.map((s) => s * power).find((s) => s >= rough)!;
  const first = Math.floor(low / step + 1e-9);
  const last = Math.ceil(high / step - 1e-9);
  // toPrecision: 0.1 * 3 is 0.30000000000000004.
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => Number(((first + i) * step).toPrecision(12)));
  return { low: ticks[0]!, high: ticks.at(-1)!, ticks };
}

/** "Revenue by quarter, in USD: Q1 2025 reported $1.18 billion; Q2 2025 reported $1.24 billion or $1.29 billion (sources disagree), expected $1.21 billion." */
function chartSummary(label: string, unit: string, periods: readonly ChartPeriod[]): string {
  const words = (value: ChartValue, basis: string) =>
    `${basis} ${value.words}${value.disputed ? ` (${CLAIM_VERDICT_WORDS[value.claim.verdict].toLowerCase()})` : ""}${value.drawn.length === 0 ? ` (in ${value.claim.unit}, not drawn)` : ""}`;
  const each = periods.map((p) => {
    const parts = [p.reported && words(p.reported, "reported"), p.estimate && words(p.estimate, "expected")].filter(Boolean);
    return `${p.label} ${parts.length > 0 ? parts.join(", ") : "no figure"}`;
  });
  return `${label} by quarter, in ${unit}: ${each.join("; ")}.`;
}
