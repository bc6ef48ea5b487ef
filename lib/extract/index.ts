// The fact extractor: article text in, entities and facts out. Pure: no I/O.
// Every offset indexes into `text` (UTF-16, end exclusive).
import type { Extraction, Fact, Flag, Span } from "@/lib/contract";
import { basisOf, changeOf, metricOf, periodOf, scanAttributes, type FigureContext } from "./attributes";
import { findEntities } from "./entities";
import { findEvents } from "./events";
import { findFigures } from "./figures";
import { clauseSegments, sentenceAt, splitSentences } from "./sentences";
import { subjectResolver } from "./subjects";

// "¥" means yuan in a paragraph that talks about yuan, else yen.
const YUAN_RE = /\b(?:yuan|RMB|CNY|renminbi)\b/;
const PARAGRAPH_RE = /[^\n]+/g;

export function extractFacts(text: string, hints?: { tickers?: string[] }): Extraction {
  const scan = findEntities(text, hints?.tickers ?? []);
  const yuanParagraphs: Span[] = [];
  for (const p of text.matchAll(PARAGRAPH_RE)) if (YUAN_RE.test(p[0])) yuanParagraphs.push([p.index, p.index + p[0].length]);
  const yenIsYuan = (at: number) => yuanParagraphs.some(([a, b]) => a <= at && at < b);
  const figures = findFigures(text, scan.excluded, yenIsYuan);
  const sentences = splitSentences(text);
  const subjects = subjectResolver(text, scan);
  const cues = scanAttributes(text);
  const segmentCache = new Map<number, Span[]>();
  const facts: Fact[] = [];
  let previous: { fact: Fact; sentence: number; paragraph: number } | null = null;
  const figuresBySentence = new Map<number, Span[]>();
  for (const f of figures) {
    const si = sentenceAt(sentences, f.span[0]);
    const list = figuresBySentence.get(si) ?? [];
    list.push(f.span);
    figuresBySentence.set(si, list);
  }

  for (const f of figures) {
    const si = sentenceAt(sentences, f.span[0]);
    const s = sentences[si];
    if (!s) continue;
    let segments = segmentCache.get(si);
    if (!segments) {
      segments = clauseSegments(text, s);
      segmentCache.set(si, segments);
    }
    let segmentIndex = segments.findIndex((g) => g[0] <= f.span[0] && f.span[0] < g[1]);
    if (segmentIndex < 0) segmentIndex = 0;
    // A range or figure may straddle a clause break ("$5, or"); widen to cover it.
    const own = segments[segmentIndex] ?? [s.start, s.end];
    const segment: Span = [Math.min(own[0], f.span[0]), Math.max(own[1], f.span[1])];
    const sentence: Span = [s.start, s.end];
    const ctx: FigureContext = { text, figure: f.span, unit: f.unit, segment, segments, segmentIndex, sentence, cues, sentenceFigures: figuresBySentence.get(si) ?? [] };

    const sameSentence = previous !== null && previous.sentence === si ? previous.fact : null;
    const subject = subjects.subjectOf(f.span, segment, sentence);
    // "$727 million, or 49 cents per share": the restatement shares its basis and period.
    const restates = sameSentence !== null && /^\s*or\s+(?:about\s+|roughly\s+)?$/i.test(text.slice(segment[0], f.span[0]));
    let basis = restates ? sameSentence.basis! : basisOf({ ctx, subject, previous: sameSentence?.basis ?? null });
    const change = basis === "prior" ? null : changeOf(ctx, sameSentence?.figure?.span[1] ?? -1);
    let metric = metricOf(ctx, change);
    // A sentence that names no metric continues the previous one in its paragraph.
    const sameKind = (f.unit === "count") === (previous?.fact.figure?.unit === "count");
    if (metric === null && previous !== null && previous.paragraph === s.paragraph && sameKind && previous.fact.subject === subject && !/^index/.test(previous.fact.metric ?? "")) {
      // The measure carries over; its "growth"/"decline" belonged to the earlier figure's unit.
      metric = (previous.fact.metric ?? "").replace(/ (?:growth|decline)$/, "") || null;
      if (metric !== null && (f.unit === "%" || f.unit === "pp") && change !== null && !/margin|share|rate|yield/.test(metric)) {
        metric = `${metric} ${change === "up" ? "growth" : "decline"}`;
      }
    }
    // "Shopify fell 12%": a company's move with no other measure named is its share price.
    const namedBefore = scan.companyMentions.some((m) => m.span[0] >= segment[0] && m.span[1] <= f.span[0]);
    if (metric === null && f.unit === "%" && change !== null && namedBefore && !/\b(?:to|from)\s*$/.test(text.slice(segment[0], f.span[0]))) {
      metric = "share price change";
    }
    const period = restates ? sameSentence.period : periodOf(ctx);
    let per = f.per ?? (metric !== null && /EPS|dividend/.test(metric) && f.unit !== "%" && f.unit !== "count" ? "share" : null);
    if (per === "share" && metric !== null && /profit|income|earnings/.test(metric)) metric = metric.replace(/net income|net profit|profit|income|earnings/, "EPS");
    if (per === "share" && metric !== null && /\bloss\b/.test(metric)) metric = "loss per share";
    if (f.unit === "count" && basis === "estimate" && /analysts/i.test(metric ?? "")) basis = "reported";
    const flags: Flag[] = [];
    if (f.high !== null && f.high < f.value) {
      flags.push({ kind: "implausible", reason: `range low ${f.value} is above its high ${f.high}` });
    }
    const fact: Fact = {
      kind: "metric",
      statement: statementLine(subjects.display(subject), metric, change, f.qualifier, text.slice(f.span[0], f.span[1]), per, period, basis),
      metric,
      basis,
      subject,
      period,
      cite: sentence,
      figure: { span: f.span, value: f.value, high: f.high, unit: f.unit, per, qualifier: f.qualifier, change },
      flags,
    };
    facts.push(fact);
    previous = { fact, sentence: si, paragraph: s.paragraph };
  }

  const events = findEvents({
    text,
    sentences,
    entities: scan.entities,
    affiliation: scan.affiliation,
    subjectAt: (cue, sentence) => subjects.subjectOf(cue, [sentence[0], cue[1]], sentence),
    subjectKeyOf: (i) => {
      const e = scan.entities[i];
      return e ? (e.tickers[0] ?? e.name) : null;
    },
  });
  const all = [...facts, ...events].sort(
    (a, b) => a.cite[0] - b.cite[0] || (a.figure?.span[0] ?? Infinity) - (b.figure?.span[0] ?? Infinity),
  );
  return { entities: scan.entities, facts: all };
}

function statementLine(
  who: string | null,
  metric: string | null,
  change: "up" | "down" | null,
  qualifier: string | null,
  figureText: string,
  per: string | null,
  period: string | null,
  basis: string,
): string {
  const head = [who, metric].filter(Boolean).join(" ");
  // A ratio moves "up 9%"; a level "rose to £2.7bn".
  const ratio = /%|per ?cent|pct|points?|bps?|pp\b|times|x$/i.test(figureText);
  const move = change === null ? null : ratio ? change : change === "up" ? "rose to" : "fell to";
  const amount = [move, qualifier, figureText, per && !/per|a share/i.test(figureText) ? `per ${per}` : null]
    .filter(Boolean)
    .join(" ");
  const tail = [period, basis !== "reported" ? basis : null].filter(Boolean).join(", ");
  return `${head ? `${head[0]!.toUpperCase()}${head.slice(1)}: ` : ""}${amount}${tail ? ` (${tail})` : ""}`;
}
