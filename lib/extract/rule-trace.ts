// Which rule of which table decided each figure: recorded only while a test traces them.
import type { Span } from "@/lib/contract";

/** A rule that decided one attribute of a figure. */
export interface FiredRule {
  figure: Span;
  table: "basis" | "metric" | "change" | "subject";
  rule: string;
}
let trace: FiredRule[] | null = null;

/** Runs `fn` and lists the rules that decided each figure on the way (for the rule tables' tests). */
export function traceRules<T>(fn: () => T): { result: T; fired: FiredRule[] } {
  const fired: FiredRule[] = [];
  trace = fired;
  try {
    return { result: fn(), fired };
  } finally {
    trace = null;
  }
}

export function recordRule(figure: Span, table: FiredRule["table"], rule: string): void {
  trace?.push({ figure, table, rule });
}
