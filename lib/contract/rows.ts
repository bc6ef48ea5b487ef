// Database rows -> the fact contract's shapes. The pages, the JSON API and the tests
// that compare the database with `--dry-run --json` all read stored facts through this.
import type { Basis, Change, Entity, EntityKind, Fact, FactKind, Flag, FlagKind, Qualifier, Verdict } from "@/lib/contract";
import type { Entity as EntityRow, Fact as FactRow, Flag as FlagRow, Mention, Ticker } from "@/generated/prisma/client";

/** What to read of a fact's flags: pass as `flags: { select: FLAG_SELECT }`. */
export const FLAG_SELECT = { kind: true, reason: true, evidenceSlug: true, evidencePosition: true, evidenceCitation: true } as const;

/** The columns a contract fact is made of (not the row's keys or its quote selector). */
type ContractFactColumns = Omit<FactRow, "id" | "articleId" | "position" | "citation" | "quoteExact" | "quotePrefix" | "quoteSuffix">;

export type FactRowWithFlags = ContractFactColumns & {
  flags: Pick<FlagRow, "kind" | "reason" | "evidenceSlug" | "evidencePosition" | "evidenceCitation">[];
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

function flagFromRow(row: FactRowWithFlags["flags"][number]): Flag {
  const flag: Flag = { kind: row.kind as FlagKind, reason: row.reason };
  if (row.evidenceSlug !== null && row.evidencePosition !== null) {
    flag.evidence = { slug: row.evidenceSlug, position: row.evidencePosition };
    if (row.evidenceCitation !== null) flag.evidence.citation = row.evidenceCitation;
  }
  return flag;
}

export function entityFromRow(row: EntityRowWithRefs): Entity {
  return {
    name: row.name,
    kind: row.kind as EntityKind,
    tickers: row.tickers.map((t) => t.symbol),
    mentions: row.mentions.map((m) => [m.start, m.end]),
  };
}
