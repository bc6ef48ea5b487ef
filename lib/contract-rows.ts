// Database rows -> the fact contract's shapes. The pages, the JSON API and the tests
// that compare the database with `--dry-run --json` all read stored facts through this.
import type { Basis, Change, Entity, EntityKind, Fact, FactKind, Flag, FlagKind, Qualifier } from "@/lib/contract";
import type { Entity as EntityRow, Fact as FactRow, Flag as FlagRow, Mention, Ticker } from "@/generated/prisma/client";

export type FactRowWithFlags = FactRow & { flags: Pick<FlagRow, "kind" | "reason">[] };
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
    flags: row.flags.map((f): Flag => ({ kind: f.kind as FlagKind, reason: f.reason })),
  };
}

export function entityFromRow(row: EntityRowWithRefs): Entity {
  return {
    name: row.name,
    kind: row.kind as EntityKind,
    tickers: row.tickers.map((t) => t.symbol),
    mentions: row.mentions.map((m) => [m.start, m.end]),
  };
}
