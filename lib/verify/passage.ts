// In-article checks: figures that contradict their own passage.
import type { CheckedFlag, Fact, Figure, FlagFigure } from "@/lib/contract";
import { figureInterval, figureText } from "@/lib/verify/figures";

type Numeric = Fact & { figure: Figure };

/** A stated change may miss the one its own figures give by this much (whichever is larger). */
export const CHANGE_TOLERANCE_POINTS = 1.5;
export const CHANGE_TOLERANCE_RELATIVE = 0.05;

/**
 * One list of flags per fact, in the order given:
 * - a range whose low is above its high ("$72 billion to $66 billion" read the wrong way);
 * - a percentage change that does not fit the two values of its own sentence: "rose 50%
 *   to $3.87 billion from $2.58 billion" fits ((3.87 - 2.58) / 2.58 = 50%). The from-value
 *   is the fact with basis "prior", the to-value the nearest other figure in its unit;
 *   a "pp" change is checked against two percentages the same way (to minus from).
 *   Flagged when the computed change misses the stated one (its interval, see figures.ts)
 *   by more than CHANGE_TOLERANCE_POINTS or CHANGE_TOLERANCE_RELATIVE of the computed change.
 */
export function passageFlags(text: string, facts: Fact[]): CheckedFlag[][] {
  return facts.map((fact) => {
    if (!hasFigure(fact)) return [];
    const flags: CheckedFlag[] = [];
    const inverted = invertedRange(text, fact);
    if (inverted) flags.push(inverted);
    const change = changeMismatch(text, fact, facts);
    if (change) flags.push(change);
    return flags;
  });
}

function hasFigure(fact: Fact): fact is Numeric {
  return fact.figure !== null;
}

/** The figure with its own text, as a flag's evidence. */
function flagFigure(text: string, figure: Figure): FlagFigure {
  const { value, high, unit, per, change } = figure;
  return { value, high, unit, per, change, written: figureText(figure, text, 0) };
}

function invertedRange(text: string, fact: Numeric): CheckedFlag | null {
  const { figure } = fact;
  if (figure.high === null || figure.high >= figure.value) return null;
  return { kind: "implausible", check: "backwards-range", figure: flagFigure(text, figure) };
}

function changeMismatch(text: string, fact: Numeric, facts: Fact[]): CheckedFlag | null {
  const { figure } = fact;
  if (!(figure.unit === "%" || figure.unit === "pp") || !figure.change || fact.basis === "prior") return null;
  const [start, end] = passageAround(text, fact);
  const inside = facts.filter(
    (other): other is Numeric => other !== fact && hasFigure(other) && other.figure.span[0] >= start && other.figure.span[1] <= end,
  );
  // A percent change compares two amounts; a point change compares two percentages.
  const valueUnit = (unit: string) => (figure.unit === "pp" ? unit === "%" : unit !== "%" && unit !== "pp");
  const from = nearest(inside.filter((other) => other.basis === "prior" && valueUnit(other.figure.unit)), figure.span[0]);
  if (!from || from.figure.high !== null) return null;
  const to = nearest(
    inside.filter(
      (other) =>
        other !== from &&
        other.basis !== "prior" &&
        other.figure.high === null &&
        other.figure.unit === from.figure.unit &&
        (other.figure.per ?? "") === (from.figure.per ?? ""),
    ),
    from.figure.span[0],
  );
  if (!to || from.figure.value === 0) return null;

  const computed =
    figure.unit === "pp"
      ? to.figure.value - from.figure.value
      : ((to.figure.value - from.figure.value) / Math.abs(from.figure.value)) * 100;
  const [low, high] = figureInterval(figure, figureText(figure, text, 0), true);
  const miss = computed < low ? low - computed : computed > high ? computed - high : 0;
  if (miss <= Math.max(CHANGE_TOLERANCE_POINTS, CHANGE_TOLERANCE_RELATIVE * Math.abs(computed))) return null;

  return { kind: "implausible", check: "change-mismatch", figure: flagFigure(text, figure), other: flagFigure(text, to.figure), base: flagFigure(text, from.figure), computed };
}

/** The fact's citation joined with the sentence around its figure: a clause-sized cite still sees its "to" and "from". */
function passageAround(text: string, fact: Numeric): [number, number] {
  const at = fact.figure.span[0];
  let start = at;
  while (start > 0 && !sentenceBreakBefore(text, start)) start--;
  let end = fact.figure.span[1];
  while (end < text.length && !sentenceBreakBefore(text, end)) end++;
  return [Math.min(start, fact.cite[0]), Math.max(end, fact.cite[1])];
}

/**
 * A sentence starts at `index` after a line break, or after ., ! or ? and a space when a
 * capital letter or opening quote follows ("Sept. 22" and "3.87" do not break).
 */
function sentenceBreakBefore(text: string, index: number): boolean {
  const previous = text[index - 1] ?? "";
  if (previous === "\n") return true;
  if (!/\s/.test(previous)) return false;
  let back = index - 1;
  while (back >= 0 && /\s/.test(text[back] ?? "")) back--;
  if (/["”’)]/.test(text[back] ?? "")) back--;
  if (!/[.!?]/.test(text[back] ?? "")) return false;
  let ahead = index;
  while (ahead < text.length && /\s/.test(text[ahead] ?? "")) ahead++;
  return /[A-Z"“‘(]/.test(text[ahead] ?? "");
}

function nearest(facts: Numeric[], at: number): Numeric | null {
  let best: Numeric | null = null;
  for (const fact of facts) {
    const distance = Math.abs(fact.figure.span[0] - at);
    if (!best || distance < Math.abs(best.figure.span[0] - at)) best = fact;
  }
  return best;
}
