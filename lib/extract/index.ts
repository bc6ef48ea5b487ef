// The fact extractor: article text in, entities and facts out. Pure: no I/O.
// Every offset indexes into `text` (UTF-16, end exclusive).
import type { Extraction, Fact, Span } from "@/lib/contract";
import { basisOf, changeOf, metricOf, periodOf, scanAttributes, type FigureContext } from "./attributes";
import { findEntities } from "./entities";
import { findEvents } from "./events";
import { findFigures } from "./figures";
import { clauseSegments, sentenceAt, splitSentences } from "./sentences";
import { subjectKey, subjectResolver } from "./subjects";

// "¥" means yuan in a paragraph that talks about yuan, else yen.
const YUAN_RE = /\b(?:yuan|RMB|CNY|renminbi)\b/;
const PARAGRAPH_RE = /[^\n]+/g;

/**
 * `hints.tickers`: the front matter's tickers. `hints.title`: the headline, read for tickers
 * only (a ticker written only there is an entity with no mentions in the text).
 * `hints.maxFacts`: stop reading figures once this many facts are found (the seed refuses
 * such a file: no need to read it all).
 */
export function extractFacts(text: string, hints?: { tickers?: string[]; title?: string | null; maxFacts?: number }): Extraction {
  const scan = findEntities(text, hints?.tickers ?? [], hints?.title ?? "");
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
    if (facts.length >= (hints?.maxFacts ?? Infinity)) break;
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
    const ctx: FigureContext = { text, figure: f.span, unit: f.unit, segment, segments, segmentIndex, sentence, cues, sentenceFigures: figuresBySentence.get(si) ?? [], isRange: f.high !== null };

    const sameSentence = previous !== null && previous.sentence === si ? previous.fact : null;
    const subject = subjects.subjectOf(f.span, segment, sentence);
    // "$727 million, or 49 cents per share": the restatement shares its basis and period.
    const restates = sameSentence !== null && /^\s*or\s+(?:about\s+|roughly\s+)?$/i.test(text.slice(segment[0], f.span[0]));
    let basis = restates ? sameSentence.basis! : basisOf({ ctx, subject, previous: sameSentence?.basis ?? null });
    // "fell 84p, or 2.9 per cent": the restatement moves the same way.
    const previousFigure = sameSentence?.figure ? { span: sameSentence.figure.span, unit: sameSentence.figure.unit, change: sameSentence.figure.change } : null;
    const change = changeOf(ctx, previousFigure, basis === "prior") ?? (restates && basis !== "prior" ? sameSentence.figure?.change ?? null : null);
    let metric = metricOf(ctx, change);
    if (metric === null) {
      // A sentence that names no measure continues the previous one of its paragraph.
      // "Alphabet raised its forecast to $110 billion" after "Microsoft spent $41.2 billion":
      // an outlook that names no measure is about the paragraph's measure, whoever's it is.
      const money = !["%", "pp", "count", "x"].includes(f.unit);
      const sameMeasure =
        previous !== null &&
        (previous.fact.subject === subject ||
          (money && !["%", "pp", "count", "x"].includes(previous.fact.figure?.unit ?? "") && OUTLOOK_WORD_RE.test(text.slice(s.start, f.span[0]))));
      const carried =
        previous !== null &&
        previous.paragraph === s.paragraph &&
        sameMeasure &&
        (f.unit === "count") === (previous.fact.figure?.unit === "count") &&
        !/^index/.test(previous.fact.metric ?? "");
      // "JD.com bucked the trend, rising 1.1%": a bare change clause after the company's own clause.
      const bareChange = /^\s*(?:and\s+)?[a-z]+\s*$/.test(text.slice(segment[0], f.span[0]));
      const namedBefore = scan.companyMentions.some((m) => m.span[0] >= (bareChange ? s.start : segment[0]) && m.span[1] <= f.span[0]);
      if (carried && previous!.fact.metric !== null) metric = carryMetric(previous!.fact.metric, f.unit, change);
      // "rose 11.91% to 6.67 yuan": the level a share move ended at is the share price.
      else if (sameSentence?.metric === "share price change" && f.unit !== "%" && f.unit !== "count" && /\b(?:to|at)\s*$/.test(text.slice(segment[0], f.span[0]))) {
        metric = "share price";
      }
      // "Shopify fell 12%": a company's move with no other measure named is its share price.
      else if (f.unit === "%" && change !== null && (namedBefore || POSSESSOR_MOVE_RE.test(text.slice(Math.max(segment[0], f.span[0] - 40), f.span[1] + 30))) && !/\b(?:to|from)\s*$/.test(text.slice(segment[0], f.span[0]))) {
        metric = "share price change";
      }
    }
    const period = restates ? sameSentence.period : periodOf(ctx, basis);
    const figureText = text.slice(f.span[0], f.span[1]);
    // A profit or loss written in cents ("97 cents", "a 66-cent loss") is per share.
    const inCents = /(?<!per )cents?\b|¢|\dc$/.test(figureText) && metric !== null && /profit|income|earnings|loss/.test(metric);
    const perShareMetric = metric !== null && /EPS|dividend/.test(metric) && f.unit !== "%" && f.unit !== "count";
    // "$11.40 to $11.44 per share, from $11.25 to $11.33": the sibling figure's per share.
    const siblingPerShare = !["%", "pp", "count", "x"].includes(f.unit) && sameSentence?.figure?.per === "share" && sameSentence.figure.unit === f.unit && f.value < sameSentence.figure.value * 10 && f.value * 10 > sameSentence.figure.value;
    const per = f.per ?? (perShareMetric || inCents || siblingPerShare ? "share" : null);
    // "$727 million, or 49 cents per share": a per-share profit is EPS.
    if (per === "share" && siblingPerShare && sameSentence?.metric) metric = sameSentence.metric;
    if (per === "share" && metric !== null && /profit|income|earnings/.test(metric)) metric = metric.replace(/net income|net profit|profit|income|earnings/, "EPS");
    if (per === "share" && metric !== null && /\bloss\b/.test(metric)) metric = "loss per share";
    if (f.unit === "count" && basis === "estimate" && /analysts/i.test(metric ?? "")) basis = "reported";
    const fact: Fact = {
      kind: "metric",
      statement: statementLine(subjects.display(subject), metric, change, f.qualifier, text.slice(f.span[0], f.span[1]), per, period, basis),
      metric,
      basis,
      subject,
      period,
      cite: sentence,
      figure: { span: f.span, value: f.value, high: f.high, unit: f.unit, per, qualifier: f.qualifier, change },
      // Plausibility is judged in lib/verify, once the facts are whole.
      flags: [],
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
      return e ? subjectKey(e) : null;
    },
  });
  const all = [...facts, ...events].sort(
    (a, b) => a.cite[0] - b.cite[0] || (a.figure?.span[0] ?? Infinity) - (b.figure?.span[0] ?? Infinity),
  );
  return { entities: scan.entities, facts: all };
}

// "Nvidia's 35% gain": a name's move with no measure named is its share move.
const POSSESSOR_MOVE_RE = /\b[A-Z][\w&.-]*['’]s\s+\S+\s+(?:gain|rise|jump|rally|advance|drop|fall|decline|slide|slump|loss)\b(?!\s+(?:in|of)\b)/;
const OUTLOOK_WORD_RE = /\b(?:forecast|outlook|guidance|range|budget|plan)\b/i;

/** A carried-over measure; its "growth"/"decline" belonged to the earlier figure's unit. */
function carryMetric(metric: string | null, unit: string, change: "up" | "down" | null): string | null {
  const ratio = unit === "%" || unit === "pp";
  // "share price change" carried to a level is the share price.
  const base = (metric ?? "").replace(ratio ? / (?:growth|decline)$/ : / (?:growth|decline|change)$/, "");
  if (!base) return null;
  if (ratio && change !== null && !/margin|share|rate|yield/.test(base)) {
    return `${base} ${change === "up" ? "growth" : "decline"}`;
  }
  return base;
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
