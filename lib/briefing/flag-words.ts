// A flag in words: the one place they are written. The checks (lib/verify) store each
// flag's evidence as fields; the pages, the CSV and the contract's `reason` read it here, so
// rewording a flag never means re-checking facts.
import type { CheckedFlag, Flag, FlagCheck, FlagFigure, FlagSource } from "@/lib/contract";
import { formatDate, formatFigure } from "@/lib/briefing/format";

/** A flag as stored: its evidence fields, and the words of a flag stored before it had them. */
export type FlagData = (Omit<Flag, "reason"> & { reason?: string | null }) | CheckedFlag;

/** The words of each check, from its evidence; null when a field the words need is missing. */
const WORDS: { [C in FlagCheck]: (flag: FlagData) => string | null } = {
  // "This article says 26%; Reuters (September 23, 2025) reports 20%: “…”"
  conflict: ({ figure, other, otherSource }) => {
    if (!figure || !other || !otherSource) return null;
    const direction = figure.change && other.change && figure.change !== other.change;
    const ours = direction ? `${written(figure)} (${figure.change})` : written(figure);
    const theirs = direction ? `${written(other)} (${other.change})` : written(other);
    return `This article says ${ours}; ${sourceName(otherSource)} reports ${theirs}: “${otherSource.quote}”`;
  },
  // "2 more reports disagree with 9%."
  "conflicts-unnamed": ({ figure, unnamed }) => {
    if (!figure || unnamed === undefined) return null;
    return `${unnamed} more ${unnamed === 1 ? "report disagrees" : "reports disagree"} with ${written(figure)}.`;
  },
  // "Likely million/billion slip: over $16 billion is about 1,000 times larger than the figure
  // Reuters (September 23, 2025) reports, about $16.3 million (“…”). 2 of 3 sources give the other magnitude."
  "magnitude-slip": ({ figure, other, otherSource, sources }) => {
    if (!figure || !other || !otherSource) return null;
    const size = Math.abs(figure.value) > Math.abs(other.value) ? "larger" : "smaller";
    const tally = sources && sources.own < sources.other ? ` ${sources.other} of ${sources.other + sources.own} sources give the other magnitude.` : "";
    return (
      `Likely million/billion slip: ${written(figure)} is about 1,000 times ${size} than the figure ` +
      `${sourceName(otherSource)} reports, ${written(other)} (“${otherSource.quote}”).${tally}`
    );
  },
  // "The range $72 billion to $66 billion runs backwards: its low end ($72 billion) is above its high end ($66 billion)."
  "backwards-range": ({ figure }) => {
    if (!figure || figure.high === null) return null;
    const end = (value: number) => formatFigure({ span: [0, 0], value, high: null, unit: figure.unit, per: figure.per, qualifier: null, change: null });
    return `The range ${written(figure)} runs backwards: its low end (${end(figure.value)}) is above its high end (${end(figure.high)}).`;
  },
  // "A rise of 26% does not fit its own figures: $3.87 billion from $2.58 billion is a rise of 50%."
  "change-mismatch": ({ figure, other, base, computed }) => {
    if (!figure || !other || !base || computed === undefined) return null;
    const unit = figure.unit === "pp" ? " percentage points" : "%";
    return (
      `${figure.change === "down" ? "A fall" : "A rise"} of ${written(figure)} does not fit its own figures: ` +
      `${written(other)} from ${written(base)} is ${computed >= 0 ? "a rise" : "a fall"} of ${oneDecimal.format(Math.abs(computed))}${unit}.`
    );
  },
};

const oneDecimal = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** The flag in words: from its evidence, or the words stored with a flag from before it had any. */
export function flagWords(flag: FlagData): string {
  const words = flag.check ? WORDS[flag.check](flag) : null;
  return words ?? ("reason" in flag && flag.reason ? flag.reason : "");
}

/** The flag as the fact contract gives it: its evidence and, second, its words in `reason`. */
export function withWords(flag: FlagData): Flag {
  const { kind, reason: _stored, ...evidence } = flag as FlagData & { reason?: string | null };
  return { kind, reason: flagWords(flag), ...evidence };
}

/** "$16.3 million", or the figure in full words when its passage's text is not at hand. */
function written(figure: FlagFigure): string {
  return figure.written || formatFigure({ span: [0, 0], value: figure.value, high: figure.high, unit: figure.unit, per: figure.per, qualifier: null, change: figure.change });
}

// formatDate builds an Intl formatter per call: once per distinct date is plenty, as a seed
// run words every flag of its report.
const formattedDates = new Map<string, string>();
function dateOf(iso: string): string {
  const known = formattedDates.get(iso);
  if (known !== undefined) return known;
  if (formattedDates.size >= 10_000) formattedDates.clear(); // a server runs for months: stay bounded
  const formatted = formatDate(iso);
  formattedDates.set(iso, formatted);
  return formatted;
}

/** "Reuters (September 23, 2025)"; the title stands in for a missing publisher. */
export function sourceName(source: Pick<FlagSource, "publisher" | "title" | "publishedAt">): string {
  const name = source.publisher ?? `“${source.title}”`;
  return source.publishedAt ? `${name} (${dateOf(source.publishedAt)})` : name;
}
