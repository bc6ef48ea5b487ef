// A company's scorecard: measures by period, each cell the claims of one measure in one
// period (reported, expected, guided), and reported against expected as a beat or a miss.
// Pure: claims (lib/verify/claims.ts) in, the grid and its words out.
import type { Figure } from "@/lib/contract";
import { formatFigure } from "@/lib/briefing/format";
import { type CanonicalPeriod, type Claim, type CompanyClaims, figuresDisagree } from "@/lib/verify";

/** Quarters a scorecard shows, newest first: a phone's width of columns. */
export const SCORECARD_PERIODS = 6;

export interface Surprise {
  outcome: "beat" | "miss" | "in line";
  /** (reported - expected) / |expected|, in %. */
  percent: number;
  reported: Figure;
  expected: Figure;
}

export interface ScorecardCell {
  reported: Claim | null;
  estimate: Claim | null;
  guidance: Claim | null;
  surprise: Surprise | null;
}

export interface Scorecard {
  periods: { id: string; label: string; period: CanonicalPeriod }[];
  rows: { measure: Claim["measure"]; cells: (ScorecardCell | null)[] }[];
}

/** Below this surprise (in %), reported and expected are the same figure rounded: in line. */
const IN_LINE_PERCENT = 0.05;

/**
 * The named measures (rows) over the newest quarters (columns) any of them has a figure
 * for: a quarter still ahead shows what is expected and guided. Years and halves are not
 * columns: beside quarters they would read as one more quarter.
 */
export function scorecard({ claims }: Pick<CompanyClaims, "claims">): Scorecard {
  const shown = claims.filter(
    (claim) => claim.measure.rank !== null && claim.period.kind === "span" && claim.period.months === 3 && (claim.basis === "reported" || claim.basis === "estimate" || claim.basis === "guidance"),
  );
  // claims come newest period first (companyClaims).
  const periods: Scorecard["periods"] = [];
  for (const claim of shown) {
    const id = claim.id.split(".")[1]!;
    if (!periods.some((period) => period.id === id)) periods.push({ id, label: claim.periodLabel, period: claim.period });
    if (periods.length === SCORECARD_PERIODS) break;
  }
  const measures = [...new Map(shown.map((claim) => [claim.measure.id, claim.measure])).values()].sort((a, b) => a.rank! - b.rank!);
  const rows = measures.map((measure) => ({
    measure,
    cells: periods.map(({ id }) => {
      const of = (basis: Claim["basis"]) => shown.find((claim) => claim.measure.id === measure.id && claim.id.split(".")[1] === id && claim.basis === basis) ?? null;
      const reported = of("reported");
      const estimate = of("estimate");
      const guidance = of("guidance");
      if (!reported && !estimate && !guidance) return null;
      return { reported, estimate, guidance, surprise: reported && estimate && !figuresDisagree(reported) ? surpriseOf(reported, estimate) : null };
    }),
  }));
  return { periods, rows: rows.filter((row) => row.cells.some(Boolean)) };
}

/** Reported against expected, in a unit both give; null when they share none. Not for reported figures that disagree: which one beat? */
export function surpriseOf(reported: Claim, estimate: Claim): Surprise | null {
  const pick = (claim: Claim, unit: string) => (claim.unit === unit ? claim.value : claim.figures.find((f) => f.figure.unit === unit)?.figure ?? null);
  const unit = [reported.unit, estimate.unit].find((u) => pick(reported, u) && pick(estimate, u));
  if (!unit) return null;
  const actual = pick(reported, unit)!;
  const expected = pick(estimate, unit)!;
  const mid = (figure: Figure) => (figure.high === null ? figure.value : (figure.value + figure.high) / 2);
  if (mid(expected) === 0) return null;
  const percent = ((mid(actual) - mid(expected)) / Math.abs(mid(expected))) * 100;
  const outcome = Math.abs(percent) < IN_LINE_PERCENT ? "in line" : percent > 0 ? "beat" : "miss";
  return { outcome, percent, reported: actual, expected };
}

/** A figure in a scorecard cell: its measure says the "per", so "$1.74", not "$1.74 per share". */
export function cellFigure(figure: Figure): string {
  return formatFigure({ ...figure, per: null, qualifier: null });
}

/** A claim as its scorecard cell writes it: its figure, or each side when its figures disagree: "$1.24 billion or $1.29 billion". */
export function claimFigureWords(claim: Claim): string {
  return figuresDisagree(claim) ? claim.sides.map((side) => cellFigure(side.figure)).join(" or ") : cellFigure(claim.value);
}

const percentFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** "EPS $1.74 vs $1.72 expected: beat by 1.2%". */
export function surpriseWords(label: string, surprise: Surprise): string {
  const head = `${label} ${cellFigure(surprise.reported)} vs ${cellFigure(surprise.expected)} expected`;
  return surprise.outcome === "in line" ? `${head}: in line` : `${head}: ${surprise.outcome} by ${percentFormat.format(Math.abs(surprise.percent))}%`;
}

const SPREAD_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** How far apart a claim's figures are: "sources agree", "spread $1.2 billion (4.8%)". */
export function spreadWords(claim: Pick<Claim, "figures" | "units" | "spread" | "value" | "unit">): string {
  // The spread is taken within the shown unit only: one yuan and one dollar figure are not "the same".
  const inUnit = claim.units[0]?.figures ?? claim.figures.length;
  if (inUnit < 2) return claim.units.length > 1 ? `one figure in ${claim.unit}` : "one figure";
  if (claim.spread.absolute === 0) return `every figure in ${claim.unit} the same`;
  const amount = cellFigure({ ...claim.value, value: claim.spread.absolute, high: null, change: null });
  return `${amount}${claim.spread.percent === null ? "" : ` (${SPREAD_FORMAT.format(claim.spread.percent)}%)`} between the highest and lowest figure in ${claim.unit}`;
}

/**
 * How many sources give the figure shown (those in its unit), and the other currencies the
 * claim is also given in, which are never compared with it: "1 source · also in USD".
 */
export function sourcesWords(claim: Pick<Claim, "units" | "sources">): string {
  const [shown, ...others] = claim.units;
  const count = shown?.sources ?? claim.sources;
  return `${count} source${count === 1 ? "" : "s"}${others.length ? ` · also in ${others.map((u) => u.unit).join(", ")}` : ""}`;
}

export const CLAIM_VERDICT_WORDS: Record<Claim["verdict"], string> = {
  corroborated: "Sources agree",
  conflict: "Sources disagree",
  inconsistent: "One source, differing figures",
  alone: "One source",
};
