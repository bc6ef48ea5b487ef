// Hand-built facts for the verify tests, shaped as the extractor returns them: offsets
// found in real sentences, so quotes and figure spans line up as in stored facts.
import type { Basis, Change, Entity, EntityKind, Fact, Qualifier, Span } from "@/lib/contract";
import type { SourcedFact } from "@/lib/verify/types";

export interface Article {
  slug: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  text: string;
}

export interface FigureSpec {
  /** The figure as written, found inside `near` (or the text). */
  find: string;
  near?: string;
  value: number;
  high?: number | null;
  unit: string;
  metric: string | null;
  subject: string | null;
  basis?: Basis | null;
  period?: string | null;
  qualifier?: Qualifier | null;
  change?: Change | null;
  per?: string | null;
  /** Cite only `near` instead of the whole sentence. */
  citeNear?: boolean;
}

function locate(text: string, find: string, near?: string): number {
  const context = near ?? find;
  const contextAt = text.indexOf(context);
  if (contextAt < 0) throw new Error(`test text lacks ${JSON.stringify(context)}`);
  const at = text.indexOf(find, contextAt);
  if (at < 0 || at >= contextAt + context.length) throw new Error(`${JSON.stringify(find)} not inside ${JSON.stringify(context)}`);
  return at;
}

/** The sentence holding `at`: from after the previous ". " to the next ". " (or the ends). */
function sentenceSpan(text: string, at: number): Span {
  const before = text.lastIndexOf(". ", at);
  const after = text.indexOf(". ", at);
  return [before < 0 ? 0 : before + 2, after < 0 ? text.length : after + 1];
}

export function numericFact(text: string, spec: FigureSpec): Fact {
  const at = locate(text, spec.find, spec.near);
  const nearAt = spec.near ? text.indexOf(spec.near) : at;
  const cite: Span = spec.citeNear && spec.near ? [nearAt, nearAt + spec.near.length] : sentenceSpan(text, at);
  return {
    kind: "metric",
    statement: `${spec.subject ?? "Unknown"}: ${spec.metric ?? "figure"} ${spec.find}`,
    metric: spec.metric,
    basis: spec.basis === undefined ? "reported" : spec.basis,
    subject: spec.subject,
    period: spec.period ?? null,
    cite,
    figure: {
      span: [at, at + spec.find.length],
      value: spec.value,
      high: spec.high ?? null,
      unit: spec.unit,
      per: spec.per ?? null,
      qualifier: spec.qualifier ?? null,
      change: spec.change ?? null,
    },
    flags: [],
  };
}

export function eventFact(text: string, near: string): Fact {
  const at = locate(text, near);
  return {
    kind: "event",
    statement: near,
    metric: null,
    basis: null,
    subject: null,
    period: null,
    cite: sentenceSpan(text, at),
    figure: null,
    flags: [],
  };
}

export function sourced(article: Article, fact: Fact, position = 0): SourcedFact {
  return {
    slug: article.slug,
    title: article.title,
    publisher: article.publisher,
    publishedAt: article.publishedAt,
    position,
    fact,
    quote: article.text.slice(...fact.cite),
  };
}

/** Shorthand: one numeric fact of an article, sourced. */
export function claim(article: Article, spec: FigureSpec, position = 0): SourcedFact {
  return sourced(article, numericFact(article.text, spec), position);
}

/** An entity with every mention of each of its spellings in the text. */
export function entity(text: string, name: string, kind: EntityKind, tickers: string[], spellings: string[] = [name]): Entity {
  const mentions: Span[] = [];
  for (const spelling of spellings) {
    for (let at = text.indexOf(spelling); at >= 0; at = text.indexOf(spelling, at + 1)) mentions.push([at, at + spelling.length]);
  }
  return { name, kind, tickers, mentions };
}
