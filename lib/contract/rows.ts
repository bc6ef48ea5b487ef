// Database rows -> the fact contract's shapes. The pages, the JSON API and the tests
// that compare the database with `--dry-run --json` all read stored facts through this.
import type { Basis, Change, Entity, EntityKind, Fact, FactKind, Flag, FlagCheck, FlagFigure, FlagKind, Qualifier, Verdict } from "@/lib/contract";
import { withWords } from "@/lib/briefing/flag-words";
import type { Entity as EntityRow, Fact as FactRow, Flag as FlagRow, Mention, Ticker } from "@/generated/prisma/client";

/** A flag's columns that the contract's Flag is made of (not its keys or its origin). */
type FlagColumns = Omit<FlagRow, "id" | "factId" | "origin">;

/** What to read of a fact's flags: pass as `flags: { select: FLAG_SELECT }`. */
export const FLAG_SELECT = {
  kind: true,
  reason: true,
  evidenceSlug: true,
  evidencePosition: true,
  evidenceCitation: true,
  check: true,
  value: true,
  high: true,
  unit: true,
  per: true,
  change: true,
  written: true,
  otherValue: true,
  otherHigh: true,
  otherUnit: true,
  otherPer: true,
  otherChange: true,
  otherWritten: true,
  baseValue: true,
  baseHigh: true,
  baseUnit: true,
  basePer: true,
  baseChange: true,
  baseWritten: true,
  otherPublisher: true,
  otherTitle: true,
  otherPublishedAt: true,
  otherQuote: true,
  ratio: true,
  spread: true,
  computed: true,
  ownSources: true,
  otherSources: true,
  unnamed: true,
} as const satisfies Record<keyof FlagColumns, true>;

/** The columns a contract fact is made of (not the row's keys or its quote selector). */
type ContractFactColumns = Omit<FactRow, "id" | "articleId" | "position" | "citation" | "quoteExact" | "quotePrefix" | "quoteSuffix">;

export type FactRowWithFlags = ContractFactColumns & {
  flags: FlagColumns[];
};
export type EntityRowWithRefs = EntityRow & { tickers: Pick<Ticker, "symbol">[]; mentions: Pick<Mention, "start" | "end">[] };

// The database stores these as plain strings written only from contract values.
export function factFromRow(row: FactRowWithFlags): Fact {
  const hasFigure = row.figureStart !== null && row.figureEnd !== null && row.value !== null && row.unit !== null;
  return {
    kind: row.kind as FactKind,
    statement: row.statement,
    metric: row.metric,
    basis: row.basis as Basis | null,
    subject: row.subject,
    period: row.period,
    cite: [row.citeStart, row.citeEnd],
    figure: hasFigure
      ? {
          span: [row.figureStart!, row.figureEnd!],
          value: row.value!,
          high: row.high,
          unit: row.unit!,
          per: row.per,
          qualifier: row.qualifier as Qualifier | null,
          change: row.change as Change | null,
        }
      : null,
    flags: row.flags.map(flagFromRow),
    ...(row.verdict ? { verdict: row.verdict as Verdict } : {}),
  };
}

/** A stored flag as the contract gives it, its words written from its evidence (or kept from before it had any). */
export function flagFromRow(row: FlagColumns): Flag {
  const flag: Omit<Flag, "reason"> & { reason: string | null } = { kind: row.kind as FlagKind, reason: row.reason };
  if (row.evidenceSlug !== null && row.evidencePosition !== null) {
    flag.evidence = { slug: row.evidenceSlug, position: row.evidencePosition };
    if (row.evidenceCitation !== null) flag.evidence.citation = row.evidenceCitation;
  }
  if (row.check !== null) flag.check = row.check as FlagCheck;
  const figure = figureOf(row.value, row.high, row.unit, row.per, row.change, row.written);
  if (figure) flag.figure = figure;
  const other = figureOf(row.otherValue, row.otherHigh, row.otherUnit, row.otherPer, row.otherChange, row.otherWritten);
  if (other) flag.other = other;
  const base = figureOf(row.baseValue, row.baseHigh, row.baseUnit, row.basePer, row.baseChange, row.baseWritten);
  if (base) flag.base = base;
  if (row.otherTitle !== null && row.otherQuote !== null) {
    flag.otherSource = { publisher: row.otherPublisher, title: row.otherTitle, publishedAt: row.otherPublishedAt, quote: row.otherQuote };
  }
  if (row.ratio !== null) flag.ratio = row.ratio;
  if (row.spread !== null) flag.spread = row.spread;
  if (row.computed !== null) flag.computed = row.computed;
  if (row.ownSources !== null && row.otherSources !== null) flag.sources = { own: row.ownSources, other: row.otherSources };
  if (row.unnamed !== null) flag.unnamed = row.unnamed;
  return withWords(flag);
}

function figureOf(value: number | null, high: number | null, unit: string | null, per: string | null, change: string | null, written: string | null): FlagFigure | null {
  if (value === null || unit === null) return null;
  return { value, high, unit, per, change: change as Change | null, written: written ?? "" };
}

export function entityFromRow(row: EntityRowWithRefs): Entity {
  return {
    name: row.name,
    kind: row.kind as EntityKind,
    tickers: row.tickers.map((t) => t.symbol),
    mentions: row.mentions.map((m) => [m.start, m.end]),
  };
}
