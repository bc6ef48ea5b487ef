// How close two figures must be to say the same thing. A figure stands for an interval:
// the precision it was written with, widened by its qualifier, or its range.
import type { Figure, Qualifier } from "@/lib/contract";

/**
 * How a qualifier widens a stated value X (as factors of X):
 * "more than"/"over" X reads as X to 5% above; "about" ±5%; "nearly"/"almost" up to 5%
 * below X; "up to"/"as much as" X is a ceiling reached or nearly reached (5% below X to X).
 */
const QUALIFIER_BOUNDS: Record<Qualifier, [low: number, high: number]> = {
  "more than": [1, 1.05],
  over: [1, 1.05],
  about: [0.95, 1.05],
  nearly: [0.95, 1],
  almost: [0.95, 1],
  "up to": [0.95, 1],
  "as much as": [0.95, 1],
};

/** Ratio between two figures that reads as a million/billion (or thousand/million) slip: 1,000 ±25%. */
export const SLIP_RATIO: [low: number, high: number] = [750, 1250];

/**
 * The figure's own text, taken from the quote: "$16.3 million". A stored figure always sits
 * inside its quote (lib/ingest: citationProblem); were it not, its value stands in.
 */
export function figureText(figure: Figure, quote: string, citeStart: number): string {
  const start = figure.span[0] - citeStart;
  const end = figure.span[1] - citeStart;
  const text = start >= 0 && end <= quote.length && start < end ? quote.slice(start, end).trim() : "";
  return text || String(figure.value);
}

/**
 * Half of the last written digit, in the figure's scale: "$16.3 million" is
 * 16.25–16.35 million, "9%" is 8.5–9.5%. Zero when the text has no digits to read.
 */
export function roundingHalfStep(figure: Figure, text: string): number {
  const number = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!number) return 0;
  const written = Number(`${(number[1] ?? "").replace(/,/g, "")}${number[2] ? `.${number[2]}` : ""}`);
  if (!written || !Number.isFinite(written)) return 0;
  const scale = Math.abs(figure.value) / written;
  return 0.5 * 10 ** -(number[2]?.length ?? 0) * scale;
}

/**
 * [low, high] the figure allows, signed by its direction when `signed` (down = negative).
 * A qualifier's bounds already cover loose wording, so the rounding half-step widens only
 * unqualified figures ("about 9%" is 8.55-9.45, "9%" is 8.5-9.5).
 */
export function figureInterval(figure: Figure, text: string, signed = false): [number, number] {
  const [lowFactor, highFactor] = figure.qualifier ? QUALIFIER_BOUNDS[figure.qualifier] : [1, 1];
  const half = figure.qualifier ? 0 : roundingHalfStep(figure, text);
  const ends = [figure.value, figure.high ?? figure.value];
  const low = Math.min(...ends.map((end) => Math.min(end * lowFactor, end * highFactor)));
  const high = Math.max(...ends.map((end) => Math.max(end * lowFactor, end * highFactor)));
  const interval: [number, number] = [low - half, high + half];
  return signed && figure.change === "down" ? [-interval[1], -interval[0]] : interval;
}

export function intervalsOverlap(a: [number, number], b: [number, number]): boolean {
  const slack = 1e-9 * Math.max(Math.abs(a[0]), Math.abs(a[1]), Math.abs(b[0]), Math.abs(b[1]));
  return a[0] <= b[1] + slack && b[0] <= a[1] + slack;
}

/** The middle of the figure: its value, or the middle of its range. */
export function figureMidpoint(figure: Figure): number {
  return figure.high === null ? figure.value : (figure.value + figure.high) / 2;
}

/** How many times larger the bigger figure is; Infinity when one is zero. */
export function magnitudeRatio(a: Figure, b: Figure): number {
  const x = Math.abs(figureMidpoint(a));
  const y = Math.abs(figureMidpoint(b));
  if (x === 0 || y === 0) return x === y ? 1 : Infinity;
  return Math.max(x, y) / Math.min(x, y);
}

export function isSlipRatio(ratio: number): boolean {
  return ratio >= SLIP_RATIO[0] && ratio <= SLIP_RATIO[1];
}
