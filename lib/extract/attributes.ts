// Reads what a figure is about from the words around it: the metric, the basis
// (reported / estimate / guidance / forecast / prior), the direction of change and
// the period. Each reader looks first in the figure's own clause segment, then in
// the rest of its sentence.
import type { Basis, Change, Span } from "@/lib/contract";
import { BASIS_RULES, BasisScope, type BasisInput } from "./basis-rules";
import { CHANGE_RULES, CHANGE_WORDS, CHANGE_WORDS_RE, type PreviousFigure } from "./change-rules";
import { alternation, COMPANY_KIND_NOUNS, INDEX_CUE_NAMES, MARKET_SECTORS } from "./lexicon";
import { LeadingWordScan, LiteralFilter } from "./literal-filter";
import { within } from "./spans";
import { headModifiers, headTail, headPhrase, opensOnVerb, phraseMetric, segmentHead, type HeadPhrase } from "./metric-head";
import { HEAD_PHRASE_RULE, METRIC_RULES, type MetricRule } from "./metric-rules";
import { recordRule } from "./rule-trace";

export type { BasisInput } from "./basis-rules";

/** Where a figure sits: its span, its clause segment and its sentence. */
export interface FigureContext {
  text: string;
  figure: Span;
  unit: string;
  segment: Span;
  /** All clause segments of the sentence, in order; `segmentIndex` is the figure's. */
  segments: Span[];
  segmentIndex: number;
  sentence: Span;
  /** Cue words of the whole text, found once per article (see scanAttributes). */
  cues: AttributeCues;
  /** Spans of all figures of the sentence (this one included). */
  sentenceFigures: Span[];
  /** True when the figure is a range ("$9.2 billion to $9.25 billion"). */
  isRange: boolean;
  /** Whether a span overlaps a company, index or person named in the text (no measure of its own). */
  isName?: (span: Span) => boolean;
}

/** Every metric, period and change word of a text, each list ordered by position. */
export interface AttributeCues {
  metrics: MetricHit[];
  periods: PeriodHit[];
  changes: { start: number; end: number; change: Change }[];
  /** Where "respectively" is written (a list of figures, a measure each). */
  respectively: { start: number; end: number }[];
}

/** One pass per rule over the whole text, so each figure only looks hits up. */
export function scanAttributes(text: string): AttributeCues {
  const changes: AttributeCues["changes"] = [];
  for (const m of CHANGE_SCAN.matchAll(0, text, CHANGE_SCAN.starts(text))) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    changes.push({ start: m.index, end: m.index + m[0].length, change: CHANGE_WORDS[group - 1]!.change });
  }
  const respectively: AttributeCues["respectively"] = [];
  for (let at = text.indexOf("respectively"); at >= 0; at = text.indexOf("respectively", at + 12)) respectively.push({ start: at, end: at + 12 });
  return { metrics: scanMetrics(text), periods: scanPeriods(text), changes, respectively };
}

// ---------------------------------------------------------------- change

/** The move words tried only where one is written (literal-filter.ts). */
const CHANGE_SCAN = new LeadingWordScan([CHANGE_WORDS_RE]);

/**
 * Direction of the figure: the first rule of CHANGE_RULES (change-rules.ts) that decides.
 * `previous` is the figure before it in its sentence; a base (`prior`) is read only by the
 * rules about its own words ("compared with a 6.2% rise").
 */
export function changeOf(ctx: FigureContext, previous: PreviousFigure | null = null, prior = false): Change | null {
  const { text, figure, segment } = ctx;
  const previousFigureEnd = previous?.span[1] ?? -1;
  // A cue before an earlier figure belongs to it, unless this one follows as "X to Y".
  const between = previousFigureEnd > segment[0] ? text.slice(previousFigureEnd, figure[0]) : null;
  const from = between !== null && !/^\s+to\s+$/.test(between) ? previousFigureEnd : segment[0];
  for (const rule of CHANGE_RULES) {
    if (prior && !rule.base) continue;
    const change = rule.decide(ctx, from, previous);
    if (change !== null) {
      recordRule(figure, "change", rule.name);
      return change === "level" ? null : change;
    }
  }
  return null;
}

// ---------------------------------------------------------------- period

const MONTH = String.raw`January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec`;
const WORD_NUMBER = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\d{1,2}`;
const ORDINAL_Q: Record<string, string> = { first: "Q1", second: "Q2", third: "Q3", fourth: "Q4" };

interface PeriodRule {
  re: RegExp;
  /** Lower wins when several periods are in reach. */
  rank: number;
  name: (m: RegExpExecArray) => string;
}
const PERIOD_RULES: PeriodRule[] = [
  { re: /\b(?:Q([1-4])|([1-4])Q)\s?(?:FY\s?)?'?((?:20)?\d\d)?\b/g, rank: 1, name: (m) => `Q${m[1] ?? m[2]}${m[3] ? ` ${m[3].length === 2 ? `20${m[3]}` : m[3]}` : ""}` },
  {
    re: /\b(first|second|third|fourth)[- ]quarter(?:\s+(?:of\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?)?(20\d\d))?/gi,
    rank: 1,
    name: (m) => `${ORDINAL_Q[m[1]!.toLowerCase()]}${m[2] ? ` ${m[2]}` : ""}`,
  },
  { re: new RegExp(String.raw`\b(?:${MONTH})\s?[–-]\s?(?:${MONTH})\s+quarter\b`, "g"), rank: 1, name: (m) => m[0] },
  { re: new RegExp(String.raw`\b(?:the )?(?:${MONTH})[- ]quarter\b|\bquarter (?:ended|ending|to) (?:${MONTH})(?: \d{1,2})?`, "g"), rank: 1, name: (m) => m[0].replace(/^the /, "") },
  { re: new RegExp(String.raw`\bthree months (?:ended|ending|to|through) (?:${MONTH})\.? \d{1,2}(?:, 20\d\d)?`, "g"), rank: 1, name: (m) => m[0] },
  { re: /\b(first|second)[- ]half(?:\s+(?:of\s+)?(20\d\d))?|\bH([12])\s?(20\d\d)?/gi, rank: 1, name: (m) => `H${m[1] ? (m[1].toLowerCase() === "first" ? 1 : 2) : m[3]}${m[2] ?? m[4] ? ` ${m[2] ?? m[4]}` : ""}` },
  { re: /\b20\d\d(?:\s|-)(?:fiscal|financial) years?\b/gi, rank: 1, name: (m) => m[0] },
  { re: /\b(?:fiscal|financial)(?: year)? (?:20\d\d|'\d\d)\b|\bFY\s?'?(?:20)?\d\d\b/gi, rank: 1, name: (m) => m[0].replace(/^Fiscal/, "fiscal") },
  { re: /\b(?:full|whole)[- ]year(?: 20\d\d)?\b/gi, rank: 2, name: (m) => m[0].replace(/-/g, " ").toLowerCase() },
  { re: /\byear[- ]to[- ]date\b|\bYTD\b|\bso far (?:this|in the) year\b|\bsince the (?:start|beginning) of (?:the|this) year\b/gi, rank: 1, name: () => "year to date" },
  { re: /\b(?:the )?(?:past|last) (month|week|year|quarter|12 months)\b/gi, rank: 2, name: (m) => `past ${m[1]!.toLowerCase()}` },
  {
    re: new RegExp(String.raw`\b(next|past|last|coming|previous)\s+(${WORD_NUMBER})\s+(years|months|quarters|weeks|days)\b`, "gi"),
    rank: 1,
    name: (m) => `${m[1]!.toLowerCase()} ${m[2]} ${m[3]}`,
  },
  {
    re: new RegExp(String.raw`\b(?:over|within|across|in)\s+(${WORD_NUMBER})\s+(years|months|quarters)\b`, "gi"),
    rank: 1,
    name: (m) => `${m[1]} ${m[2]}`,
  },
  { re: /\b(?:this|last|next) (?:year|quarter|month|week)\b/gi, rank: 2, name: (m) => m[0].toLowerCase() },
  { re: /\ba year (?:earlier|ago)\b|\byear-(?:ago|earlier) (?:quarter|period)\b|\bsame (?:quarter|period) (?:a year ago|last year)\b/gi, rank: 2, name: () => "a year earlier" },
  { re: /\b(?:in|for|during|by|through|until)\s+(20\d\d)\b/g, rank: 3, name: (m) => m[1]! },
  { re: /\byear[- ](?:over|on)[- ]year\b|\bfrom a year (?:earlier|ago)\b|\bon an annual basis\b|\byoy\b/gi, rank: 4, name: () => "year over year" },
  { re: /\bquarter-(?:over|on)-quarter\b|\bsequentially\b/gi, rank: 4, name: () => "quarter over quarter" },
];

export interface PeriodHit {
  start: number;
  end: number;
  rank: number;
  name: string;
}

/** Each period rule tried only where a word its matches start with is written (literal-filter.ts). */
const PERIOD_SCAN = new LeadingWordScan(PERIOD_RULES.map((rule) => rule.re));

function scanPeriods(text: string): PeriodHit[] {
  const hits: PeriodHit[] = [];
  const starts = PERIOD_SCAN.starts(text);
  for (let r = 0; r < PERIOD_RULES.length; r++) {
    const rule = PERIOD_RULES[r]!;
    for (const m of PERIOD_SCAN.matchAll(r, text, starts)) {
      hits.push({ start: m.index, end: m.index + m[0].length, rank: rule.rank, name: rule.name(m) });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // "second quarter of fiscal 2025" is one period, not also "fiscal 2025".
  const out: PeriodHit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.end <= last.end) continue;
    out.push(h);
  }
  return out;
}

function bestPeriod(hits: PeriodHit[], figure: Span): string | null {
  let best: PeriodHit | null = null;
  let bestDistance = Infinity;
  for (const h of hits) {
    if (h.start < figure[1] && figure[0] < h.end) continue; // the figure itself
    const distance = h.start >= figure[1] ? h.start - figure[1] : figure[0] - h.end + 10;
    if (!best || h.rank < best.rank || (h.rank === best.rank && distance < bestDistance)) {
      best = h;
      bestDistance = distance;
    }
  }
  return best?.name ?? null;
}

const DATED_PERIOD_RE = /^(?:(Q[1-4]|H[12]) )?(20\d\d)$/;

/** The period the figure covers: its segment first, then its sentence. */
export function periodOf(ctx: FigureContext, basis: Basis | null = null): string | null {
  const own = bestPeriod(within(ctx.cues.periods, ctx.segment), ctx.figure);
  // "rose to $3.4 billion in Q3 2025 from $2.6 billion a year earlier": the base is Q3 2024,
  // which a reader (and a comparison with other articles) can place; "a year earlier" alone
  // cannot be.
  if (own === "a year earlier" && basis === "prior") {
    const anchor = bestPeriod(within(ctx.cues.periods, ctx.sentence).filter((h) => DATED_PERIOD_RE.test(h.name)), ctx.figure);
    const dated = anchor === null ? null : DATED_PERIOD_RE.exec(anchor);
    if (dated) return `${dated[1] ? `${dated[1]} ` : ""}${Number(dated[2]) - 1}`;
  }
  // A change measured against a year earlier is a year-over-year change.
  if (own === "a year earlier" && (ctx.unit === "%" || ctx.unit === "pp")) return "year over year";
  if (own) return own;
  // A period elsewhere in the sentence, unless it trails another figure ("up 110% year to
  // date, giving a market value of $340 billion": the value is not year to date).
  const between = (h: PeriodHit) =>
    ctx.sentenceFigures.some((f) => f !== ctx.figure && f[1] <= h.start && h.start - f[1] <= 25 && !/[,;]/.test(ctx.text.slice(f[1], h.start)));
  const sentenceHits = within(ctx.cues.periods, ctx.sentence).filter((h) => h.name !== "a year earlier" && h.rank < 3 && !between(h));
  return bestPeriod(sentenceHits, ctx.figure);
}

// ---------------------------------------------------------------- metric

export interface MetricHit {
  start: number;
  end: number;
  rule: MetricRule;
  name: string;
}

/** Which metric rules' words a text holds: a rule without them cannot match (literal-filter.ts). */
const METRIC_FILTER = new LiteralFilter(METRIC_RULES.map((rule) => rule.re));
/** Each rule tried only where one of the words its matches start with is written. */
const METRIC_SCAN = new LeadingWordScan(METRIC_RULES.map((rule) => rule.re));

function scanMetrics(text: string): MetricHit[] {
  const hits: MetricHit[] = [];
  const taken = new Uint8Array(text.length);
  const possible = METRIC_FILTER.possible(text);
  const starts = METRIC_SCAN.starts(text);
  for (let r = 0; r < METRIC_RULES.length; r++) {
    if (!possible[r]) continue;
    const rule = METRIC_RULES[r]!;
    for (const m of METRIC_SCAN.matchAll(r, text, starts)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      // An earlier, more specific rule already covers these words ("net income" over "income").
      let free = true;
      for (let i = start; i < end && free; i++) if (taken[i]) free = false;
      if (!free) continue;
      // "down 1% on the FTSE 100": the index is where the stock traded, not the measure.
      // ("a 1.1% gain in the Nikkei 225" is the index's own move.)
      if (rule.index && INDEX_VENUE_RE.test(text.slice(Math.max(0, start - 20), start)) && !INDEX_MOVE_IN_RE.test(text.slice(Math.max(0, start - 30), start))) continue;
      // "Nikkei heavyweight SoftBank Group rose 1.8%", "index bellwether CRH": the index describes the company.
      if (rule.index && (INDEX_DESCRIBES_AFTER_RE.test(text.slice(end, end + 24)) || INDEX_MEMBERS_AFTER_RE.test(text.slice(end, end + 12)))) continue;
      taken.fill(1, start, end);
      if (rule.none) continue;
      hits.push({ start, end, rule, name: rule.name(m) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function nearest(hits: MetricHit[], figure: Span, balance = false): MetricHit | null {
  let best: MetricHit | null = null;
  let bestDistance = Infinity;
  for (const h of hits) {
    // Words before the figure usually name it; after it, only when close ("$5 billion in
    // revenue"). Stock after a price is usually the consideration ("in cash and stock").
    // "$48.50 per share in cash": cash after a price is the form of payment, not the measure.
    // "$1.4 billion in cash": cash right after an amount is how it is paid.
    // "ended the quarter with $1.04 billion in cash": after a balance verb, cash is the measure.
    const penalty = h.name === "cash" && h.start >= figure[1] ? (balance ? 6 : 100) : h.rule.share || h.rule.index || h.name === "cash" ? 40 : 6;
    const weak = h.rule.share ? 12 : 0;
    const distance = h.end <= figure[0] ? figure[0] - h.end + weak : h.start >= figure[1] ? h.start - figure[1] + penalty : 0;
    if (distance < bestDistance) {
      best = h;
      bestDistance = distance;
    }
  }
  return best;
}

// "Gross bad loans as a percentage of total loans were 11.05 per cent": the base of a ratio is no measure of its own.
const PERCENTAGE_OF_BEFORE_RE = /\bas an? (?:percentage|proportion|share|percent) of\s+(?:(?:total|gross|net|its|the|their)\s+)*$/i;
const OUTLOOK_NOUN_BEFORE_RE = /\b(?:guidance|outlook|forecast|target)\s+(?:to|at|of)\s+(?:(?:about|around|roughly|between)\s+)?$/i;
const STRIPPED_OUT_RE = /^\W*(?:stripping out|excluding|leaving out|ignoring|adjusting for|adjusted for|net of)\b/i;
const INDEX_DESCRIBES_AFTER_RE = /^\s+(?:heavyweights?|bellwethers?|constituents?|members?|heavyweight stocks?)\s+(?=[A-Z])/;
// "Infosys was the top Sensex gainer, up 2.4 per cent", "Other Sensex losers were", "the top gainer in the Sensex
// pack", "Profits at S&P 500 companies": an index naming a group of its members is where they trade, not the measure.
export const INDEX_MEMBERS_AFTER_RE = /^\s+(?:gainers?|losers?|laggards?|decliners?|advancers?|pack|scrips?|companies|firms)\b/;
// ("the biggest contributor to the Topix", "offered the biggest lift to the Nikkei": the index gained from the company.)
const INDEX_VENUE_RE = /\b(?:on|in|to|across|than|outperforming|underperforming|beating|lagging)\s+(?:the\s+)?(?:benchmark\s+)?$/i;
const INDEX_MOVE_IN_RE = /\b(?:gain|rise|fall|drop|decline|slide|advance|increase|jump|move|rally|slump|loss)\s+(?:in|for|on)\s+(?:the\s+)?(?:benchmark\s+)?$/i;
const AI_RE = /\bAI\b|\bartificial intelligence\b|\bgenerative AI\b/i;
const COMMITMENT_RE = /\b(?:commitment|committed|commit|pledged?|pledge|plans?|planned)\b/i;
const STOCK_WORDS_RE = /\b(?:stock|shares|stake|ADRs)\b/i;
const GLOBAL_RE = /\b(?:global|worldwide|industry-wide)\b/i;

/** Inside metricOf reading the figure a base is compared with: no rule is recorded for it. */
let comparing = 0;

/** The metric: the nearest metric words in the figure's segment, else in its sentence. */
// The move noun after an attributive measure: "a 27 per cent revenue rise", "a 5% sales decline".
const ATTRIBUTIVE_MOVE_AFTER_RE = /^\s+(?:rise|increase|jump|gain|growth|surge|drop|fall|decline|slide|slump)\b/;

export function metricOf(ctx: FigureContext, change: Change | null): string | null {
  const { text, figure, unit } = ctx;
  // "Sales at Morrisons fell 3.8% with its market share down to 10.9%": words past "with" belong to the next figure.
  // "grew 8% to R2,1-billion on turnover of R24,8-billion": "on" a measure introduces another figure.
  // "£104m and its target price to 220p": a measure after "and its" is the next figure's.
  // "at about $108 billion including debt": what is included or excluded is no measure of its own.
  // "slipped 1.1% even though it plans to lift its dividend": a measure in a clause of its own after the figure is not the figure's.
  // ("155,000 tonnes of copper": the material a unit counts is no measure.)
  // ("China Overseas Land and Investment tumbled 3.2%": a measure word that continues a name begun
  // before it, the character before its space also a name's, is no measure; an index's name is its own.)
  const insideName = (h: MetricHit) => h.start >= 2 && /\s/.test(text[h.start - 1]!) && ctx.isName !== undefined && ctx.isName([h.start - 2, h.start - 1]) && ctx.isName([h.start, h.end]);
  const segmentHits = within(ctx.cues.metrics, ctx.segment).filter((h) => !h.rule.attributiveOnly || /^\s+$/.test(text.slice(figure[1], h.start))).filter((h) => h.rule.index || h.rule.share || !insideName(h)).filter((h) => h.start < figure[1] || !MATERIAL_OF_UNIT_RE.test(text.slice(figure[1], h.start))).filter((h) => h.start < figure[1] || !/\b(?:even though|though|although|because|since|when|whereas|unless|once|before|after|as|it|they|which|who|despite|amid|following|on the back of|thanks to|due to|helped by|driven by)\s|\band\s+(?:also\s+)?(?:raised|cut|lifted|lowered|kept|held|left|said|added|reported|posted|announced|warned|trimmed|reduced|increased)\b|\bwith\b|\b(?:on|including|excluding|net of|plus)\s+(?:(?:total|net|group|higher|lower|its|the)\s+)?$|\bon\s+(?:a|an|the|its|their)\s+(?:(?:surprise|surprising|strong|stronger|weak|weaker|better|worse|record|bumper|upbeat|solid|disappointing|quarterly|first|big|bigger|unexpected)(?:-\w+)?\s+){1,2}$|^\s+and\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(figure[1], h.start))).filter((h) => !(text.slice(Math.max(0, h.start - 40), h.start).includes(" as a") && PERCENTAGE_OF_BEFORE_RE.test(text.slice(Math.max(0, h.start - 40), h.start))));
  let hit = nearest(segmentHits, figure, BALANCE_BEFORE_RE.test(text.slice(ctx.segment[0], figure[0])));
  // The figure's own noun phrase decides before the nearest words: "passenger traffic rose 4%",
  // "Acme's operating margin widened to 12%", "a dividend of 20p" (metric-head.ts).
  const head = headPhrase(text, ctx.segment, figure, within(ctx.cues.changes, ctx.segment), ctx.sentenceFigures);
  const listed = respectivelyHit(ctx);
  // ("The new shares were placed at a 6% discount": a measure written right after the figure is its head.)
  const attributive = segmentHits.find((h) => h.start >= figure[1] && /^\s+$/.test(text.slice(figure[1], h.start)) && !h.rule.share && !h.rule.index);
  const fromHead = listed ?? (head && !attributive ? headHit(head, segmentHits, figure) : null);
  if (fromHead) hit = fromHead;
  // ("a 52 per cent jump in net profit on a 27 per cent revenue rise": the attributive measure, not the nearer one before.)
  else if (attributive && !listed && ATTRIBUTIVE_MOVE_AFTER_RE.test(text.slice(attributive.end, attributive.end + 20))) hit = attributive;
  // "Refining margins slumped to $3.20": the head's own words say which margin.
  const modifiers = fromHead && !listed && head && MODIFIABLE_RE.test(fromHead.name) && !fromHead.rule.share && !fromHead.rule.index && !fromHead.rule.spend ? headModifiers(text, head, fromHead.start, ctx.sentence[0]) : null;
  if (modifiers && !fromHead!.name.includes(modifiers)) hit = { ...fromHead!, name: `${modifiers} ${fromHead!.name}` };
  // "Aerospace Technologies sales grew 12%": a segment's capitalised name before the group's measure word (not a company's).
  const segmentName = fromHead && !listed && head && (fromHead.name === "revenue" || fromHead.name === "sales") ? segmentNameBefore(ctx, head, fromHead.start) : null;
  if (segmentName) hit = { ...fromHead!, name: `${segmentName} ${fromHead!.name}` };
  // "The loan-to-deposit ratio fell to 78%", "revenue per loaded mile rose 2.5%": the head's words past the rule's measure still name it.
  const tail = fromHead && !listed && head && !fromHead.rule.share && !fromHead.rule.index && !fromHead.rule.spend ? headTail(text, head, fromHead.end) : null;
  if (tail && hit) hit = { ...hit, name: `${hit.name}${tail}` };
  // "expects the deal to produce $1.3 billion of annual cost savings", "$5 billion in
  // revenue": the measure written right after the figure names it, whatever came before.
  // "spend about 90% of the proceeds": a share of a measure may take a determiner.
  const ofMeasure = (unit === "%" ? MEASURE_OF_THE_AFTER_RE : MEASURE_AFTER_RE).exec(text.slice(figure[1], figure[1] + 40));
  // ("84.6 percent of net revenues" after "gross margin ratio was" is the margin, revenue its base).
  const ofBase = unit === "%" && hit !== null && hit.end <= figure[0] && !hit.rule.spend && !hit.rule.share;
  const named = ofMeasure && !ofBase ? within(ctx.cues.metrics, ctx.segment).find((h) => h.start === figure[1] + ofMeasure[0].length) : undefined;
  if (named && !named.rule.share && !named.rule.index && !named.rule.spend && named.name !== "cash") hit = named;
  // "the acquisition would add $400 million to annual revenue": the measure the amount is added to.
  const addedTo = /\b(?:add(?:s|ed|ing)?|reduce[sd]?|cut|cuts)\s+(?:about\s+|roughly\s+|nearly\s+|up to\s+)?$/i.test(text.slice(ctx.segment[0], figure[0])) ? ADDED_TO_AFTER_RE.exec(text.slice(figure[1], figure[1] + 40)) : null;
  const addedMeasure = addedTo ? within(ctx.cues.metrics, ctx.segment).find((h) => h.start === figure[1] + addedTo[0].length) : undefined;
  if (addedMeasure && !addedMeasure.rule.share && !addedMeasure.rule.index) hit = addedMeasure;
  let where: Span = ctx.segment;
  // "capacity grew 3.8%", "Attendance at its parks fell 3%": no rule knows the head's words, so
  // the phrase itself names the measure.
  // ("Rents rose 3.5% on a like-for-like basis": words after the figure qualify it; the subject names it.)
  if (head && (!hit || hit.start >= figure[1])) hit = phraseHit(ctx, head) ?? hit;
  // "Shell rose 5 per cent to 2,159.5p", "BT lost 7.5p at 377p": in a market report a
  // company's own move, with no measure named, is its share price.
  if (hit && hit.rule.index && hit.end <= figure[0] && (unit === "%" || unit === "pp") && MOVE_IN_NAME_AFTER_RE.test(text.slice(figure[1], figure[1] + 60))) {
    if (!comparing) recordRule(figure, "metric", "market move");
    return "share price change";
  }
  // "followed by utilities, which lost 1.1%", "Information technology led the gainers with a rise of 1.4%": a sector's move.
  if ((!hit || hit.rule === HEAD_PHRASE_RULE) && (unit === "%" || unit === "pp")) {
    const sector = sectorMoved(ctx);
    if (sector) {
      if (!comparing) recordRule(figure, "metric", "sector move");
      return `${sector} sector change`;
    }
  }
  if (!hit && unit !== "count" && unit !== "x") {
    const market = marketMove(ctx);
    if (market) {
      const sector = market === "share price change" ? sectorMoved(ctx) : null;
      if (!comparing) recordRule(figure, "metric", sector ? "sector move" : "market move");
      return sector ? `${sector} sector change` : market;
    }
  }
  // "Nonperforming loans were 0.41% of total loans, compared to 0.38% at the end of June": a base with no
  // measure of its own has the measure of the figure it is compared with, not the nearest noun ("loans").
  if (!hit) {
    const compared = comparedFigureOf(ctx);
    // (The compared figure's own rules are recorded when its fact is read, not again here.)
    comparing++;
    let measure: string | null = null;
    try {
      measure = compared ? metricOf(compared, null) : null;
    } finally {
      comparing--;
    }
    if (measure !== null) {
      if (!comparing) recordRule(figure, "metric", "comparison base");
      return measure;
    }
  }
  if (!hit) {
    // Earlier segments of the sentence (nearest first), then later ones. An amount per
    // share takes a per-share measure ("expected earnings of $1.05 per share on revenue of
    // $13.2 billion; Acme reported $3.81 per share" is EPS, not revenue).
    const perShare = unit !== "%" && unit !== "pp" && unit !== "x" && unit !== "count" && PER_SHARE_AFTER_RE.test(text.slice(figure[1], figure[1] + 16));
    for (let i = ctx.segmentIndex - 1; i >= 0 && perShare && !hit; i--) {
      const seg = ctx.segments[i]!;
      const hits = within(ctx.cues.metrics, seg).filter((h) => PER_SHARE_METRIC_RE.test(h.name));
      hit = hits.length > 0 ? hits[hits.length - 1]! : null;
      if (hit) where = seg;
    }
    // "Net interest income, the difference between what banks earn on loans and pay on deposits,
    // rose 3%": a clause that opens on its verb has its subject before the asides.
    const verbFirst = opensOnVerb(text, ctx.segment, figure, within(ctx.cues.changes, ctx.segment));
    for (let i = ctx.segmentIndex - 1; i >= 0 && !hit; i--) {
      const seg = ctx.segments[i]!;
      // "Services inflation, which the Bank watches as a gauge of price pressures, fell 1 point":
      // the verb's measure is the head before the aside, not a word inside it.
      if (i > 0 && /^\W*(?:which|who|whose)\b/i.test(text.slice(seg[0], seg[1]))) continue;
      // (Also before a clause that opens on its verb short of the figure: "Loan charges, a gauge of bad debts, rose to £410m from £325m".)
      const nextOpensOnVerb = i + 1 === ctx.segmentIndex ? verbFirst : opensOnVerb(text, ctx.segments[i + 1]!, [ctx.segments[i + 1]![1], ctx.segments[i + 1]![1]], within(ctx.cues.changes, ctx.segments[i + 1]!));
      if (i > 0 && nextOpensOnVerb && APPOSITIVE_RE.test(text.slice(seg[0], seg[1]))) continue;
      // ("The Cboe Volatility Index, Wall Street's so-called fear gauge, climbed": an owner's description after a bare
      // noun phrase is its appositive; the subject is the phrase before it.)
      if (i > 0 && nextOpensOnVerb && OWNED_APPOSITIVE_RE.test(text.slice(seg[0], seg[1])) && !CLAUSE_OPENER_RE.test(text.slice(ctx.segments[i - 1]![0], ctx.segments[i - 1]![1]))) continue;
      // (Only an earlier segment that is a bare noun phrase is the subject: "Gold sales were 138,900 ounces ..., up from" elaborates its own figure.)
      // (Bare noun phrases after "which strips out energy, food, ..." are items of the aside, not the subject.)
      const bare = (g: Span) => !ctx.sentenceFigures.some((f) => f[0] >= g[0] && f[0] < g[1]) && within(ctx.cues.changes, g).length === 0 && !/\b(?:was|were|is|are|has|have|had)\b/.test(text.slice(g[0], g[1]));
      const opensAside = (g: Span) => /^\W*(?:which|who|whose|including|excluding|such as|like|led by|from|with)\b/i.test(text.slice(g[0], g[1]));
      let listStart = i;
      while (listStart > 0 && !opensAside(ctx.segments[listStart - 1]!) && bare(ctx.segments[listStart - 1]!)) listStart--;
      const asideList = listStart > 0 && opensAside(ctx.segments[listStart - 1]!);
      if (verbFirst && bare(seg) && asideList) continue;
      if (verbFirst && bare(seg)) {
        const subject = segmentHead(text, seg);
        hit = subject ? headHit(subject, within(ctx.cues.metrics, seg), figure) ?? phraseHit(ctx, subject) : null;
        if (hit) {
          where = seg;
          break;
        }
      }
      // "On an organic basis, stripping out currency effects and a small acquisition, they grew 11%":
      // what is stripped out is no measure of the figure.
      // ("excluding COVID-19 assay sales, which fell 38%": a relative clause is about what was excluded.)
      if (i > 0 && STRIPPED_OUT_RE.test(text.slice(seg[0], seg[1])) && !/^\W*(?:which|that)\b/i.test(text.slice(ctx.segment[0], figure[0]))) continue;
      // ("Profit after taxation hit Sh31.5 billion": a measure whose words run past a clause cut still opens it.)
      const hits = within(ctx.cues.metrics, [seg[0], figure[0]]).filter((h) => h.start < seg[1] && !MATERIAL_OF_UNIT_RE.test(text.slice(Math.max(0, h.start - 30), h.start)));
      hit = hits.length > 0 ? hits[hits.length - 1]! : null;
      if (hit) where = seg;
    }
    // A later segment names it only when the figure opens the sentence ("$9.3 billion, revenue").
    const next = ctx.segments[ctx.segmentIndex + 1];
    if (!hit && next && ctx.segmentIndex === 0 && text.slice(ctx.segment[0], figure[0]).trim() === "") {
      hit = within(ctx.cues.metrics, next)[0] ?? null;
      if (hit) where = next;
    }
    // "raised its guidance to $4.6 billion after sales rose 14%": an outlook that names no measure
    // is of the measure whose result prompted it (Adidas, Raytheon, Shoe Carnival guidance stories).
    if (!hit && next && OUTLOOK_NOUN_BEFORE_RE.test(text.slice(ctx.segment[0], figure[0])) && /^\W*after\b/i.test(text.slice(next[0], next[1]))) {
      hit = within(ctx.cues.metrics, next).find((h) => !h.rule.share && !h.rule.index && !h.rule.spend) ?? null;
      if (hit) where = next;
    }
  }
  if (hit && !comparing) recordRule(figure, "metric", hit.rule.id);
  if (unit === "count") {
    // "1.21 million barrels a day", "609,000 boe per day": a daily volume of oil or gas is production.
    // ("world oil demand growing by 830,000 barrels a day", "inventories building by 700,000 barrels a day": a market balance named is no output.)
    if (PER_DAY_OUTPUT_AFTER_RE.test(text.slice(figure[1], figure[1] + 60))) return hit && MARKET_BALANCE_RE.test(hit.name) ? hit.name : "production";
    const counted = countedNoun(text, figure);
    // "the number of customers ... rose to 612 from 478", "the book-to-bill ratio, orders divided by sales, rose to 1.27":
    // a bare count takes the measure that names what it counts, wherever it stands in the sentence before it.
    const counter = counted === null ? within(ctx.cues.metrics, [ctx.sentence[0], figure[0]]).filter((h) => h.rule.id === "number of" || h.rule.id === "book-to-bill").at(-1) : undefined;
    if (counter) return counter.name;
    // "Volume on U.S. exchanges was 11.4 billion shares": the shares count a trading volume.
    if (counted === "shares" && hit && /^(?:volume|trading turnover)$/.test(hit.name)) return hit.name;
    // "copper production fell to 438,500 tonnes": a unit of measure counts the measure named before it.
    if (counted !== null && UNIT_NOUN_RE.test(counted) && hit && QUANTITY_MEASURE_RE.test(hit.name)) return hit.name;
    // "Crude inventories fell by 3.1 million barrels ..., against expectations for a draw of 1.2 million barrels": a unit
    // with no measure of its own counts the quantity named earlier in the sentence.
    if (counted !== null && UNIT_NOUN_RE.test(counted) && (!hit || hit.rule.share || hit.rule === HEAD_PHRASE_RULE)) {
      const quantity = within(ctx.cues.metrics, [ctx.sentence[0], figure[0]]).filter((h) => QUANTITY_MEASURE_RE.test(h.name) && !h.rule.share).at(-1);
      if (quantity) return quantity.name;
    }
    // ("Holdings of the SPDR Gold Trust rose 4.6 tonnes to 1,012.3 tonnes": the head phrase names what the unit counts.)
    if (counted !== null && UNIT_NOUN_RE.test(counted) && hit?.rule === HEAD_PHRASE_RULE) return hit.name;
    return counted ?? (hit && !hit.rule.share ? hit.name : null);
  }
  if (unit === "%" && MARKET_SHARE_AFTER_RE.test(text.slice(figure[1], figure[1] + 60))) return "market share";
  // "accounts for about 14% of sales", "made up 46.7 pct of sales": a part's share of the measure.
  const partOf = unit === "%" && SHARE_OF_BEFORE_RE.test(text.slice(Math.max(ctx.segment[0], figure[0] - 40), figure[0])) ? SHARE_OF_AFTER_RE.exec(text.slice(figure[1], figure[1] + 50)) : null;
  if (partOf) return `share of ${partOf[1]!.toLowerCase()}`;
  // "the Rs 11,327-crore issue", "its $1.5 billion IPO": the size of an offering named right after it.
  if (unit !== "%" && unit !== "pp" && unit !== "count" && unit !== "x" && OFFERING_AFTER_RE.test(text.slice(figure[1], figure[1] + 40))) return "offering size";
  // "54% said companies were spending too much": a share of those surveyed.
  if (unit === "%" && /^\s+(?:of (?:respondents|those (?:surveyed|polled)|them) )?(?:said|say|expect|think|believe|plan)\b/.test(text.slice(figure[1], figure[1] + 40))) return "survey respondents share";
  if (unit === "x") {
    // "1.5 times the 30-day average": a multiple of the usual trading volume.
    if (AVERAGE_VOLUME_AFTER_RE.test(text.slice(figure[1], figure[1] + 40))) return "average volume multiple";
    // "net debt would rise to 3.1 times EBITDA", "until leverage fell below 2.5 times".
    const debtScope: Span = [ctx.segments[ctx.segmentIndex - 1]?.[0] ?? ctx.segment[0], figure[0]];
    if (within(ctx.cues.metrics, debtScope).some((h) => /^(?:leverage|net debt|debt|borrowings)$/.test(h.name))) return "leverage";
    // "energy consumption would rise tenfold": a multiple a measure moves by.
    const moved = within(ctx.cues.metrics, ctx.segment).filter((h) => h.end <= figure[0] && !h.rule.share && !h.rule.index).at(-1);
    if (moved && within(ctx.cues.changes, [moved.end, figure[0]]).length > 0 && /^[\s\w]{0,12}$/.test(text.slice(within(ctx.cues.changes, [moved.end, figure[0]]).at(-1)!.end, figure[0]))) return moved.name;
    // "The bid-to-cover ratio, a gauge of demand, was 2.48 times", "a book-to-bill ratio of 1.7x": a ratio named as the
    // figure's own measure is the multiple (bond auctions, capital-goods results).
    if (hit && hit.end <= figure[0] && /ratio$/.test(hit.name)) return hit.name;
    // "subscribed 151 times", "orders topped the shares on offer 10 times": demand for an offer.
    const demand = within(ctx.cues.metrics, [ctx.segment[0], figure[0]]).filter((h) => /^(?:subscription|orders|bookings)$/.test(h.name)).at(-1);
    if (demand) return `${demand.name} multiple`;
    const base = nearest(within(ctx.cues.metrics, [figure[1], Math.min(ctx.sentence[1], figure[1] + 50)]), figure);
    return base && !base.rule.share ? `${base.name} multiple` : "valuation multiple";
  }
  // "cut its price target on the shares to HK$175 from HK$182": the target, not the shares.
  // ("cut its price target ... and now sees Unilever earning €2.96 a share": a measure named after the target is the figure's.)
  const target = within(ctx.cues.metrics, [Math.max(ctx.sentence[0], figure[0] - 80), figure[0]]).filter((h) => h.name === "price target").at(-1);
  // ("saying the drugmaker has about $17 billion of annual revenue": a measure written right after the figure is its own.)
  if (unit !== "%" && unit !== "pp" && unit !== "count" && unit !== "x" && target !== undefined && hit !== named && !(hit && hit.start > target.end && hit.end <= figure[0] && !hit.rule.share && (/EPS|profit|earnings|income|dividend/.test(hit.name) || hit.start >= ctx.segment[0]))) {
    return "price target";
  }
  // "FTSE 100, which was up 0.3 per cent": the relative clause is about the index.
  // ("the Ibovespa, which rose 0.7% to 128,450 points": its level too.)
  if ((unit === "%" || unit === "pp" || unit === "points") && /^\s*which\b/i.test(text.slice(ctx.segment[0], figure[0])) && INDEX_NAME_END_RE.test(text.slice(Math.max(ctx.sentence[0], ctx.segment[0] - 40), ctx.segment[0]))) {
    return unit === "points" && change === null ? "index level" : "index change";
  }
  if (!hit) return null;
  let name = hit.name;
  // "Aerospace Technologies: sales of $4.0 billion, up 12%", "- Building Automation sales: $1.8 billion": a segment's label.
  const label = (name === "revenue" || name === "sales") && !listed ? segmentLabel(ctx) : null;
  if (label) name = `${label} ${name}`;
  // "$1.23 adjusted": the basis of accounting written after the figure.
  const accounting = /^\s+(adjusted|diluted|GAAP|non-GAAP)\b/i.exec(text.slice(figure[1], figure[1] + 14));
  if (accounting && !name.includes(" ")) name = `${/GAAP/.test(accounting[1]!) ? accounting[1]! : accounting[1]!.toLowerCase()} ${name}`;
  const scope = text.slice(Math.min(where[0], ctx.segment[0]), Math.max(where[1], ctx.segment[1]));
  // "the Dow fell 120 points": points with a direction are a move.
  if (hit.rule.index) return unit === "%" || unit === "pp" || (unit === "points" && change !== null) ? "index change" : "index level";
  if (hit.rule.share && SHARES_WORTH_RE.test(text.slice(hit.end, figure[0]))) {
    // "1.2 million shares worth $170 million": the value of a trade, not a price.
    const verb = within(ctx.cues.metrics, ctx.segment).find((h) => h.name === "purchase" || h.name === "sale");
    return verb ? `stock ${verb.name}` : "stock value";
  }
  // "repurchased 3.5 million shares for HKD 2.1 billion": the cost of a buyback.
  if (hit.rule.share && within(ctx.cues.metrics, [ctx.segment[0], hit.start]).some((h) => h.name === "share buyback")) return "share buyback";
  if (hit.rule.share) {
    // ("Energy stocks rose 1.6%": a sector's stocks are the sector.)
    const sector = unit === "%" || unit === "pp" ? sectorMoved(ctx) : null;
    if (sector) return `${sector} sector change`;
    if (unit === "%" || unit === "pp") return "share price change";
    if (unit === "x") return "valuation multiple";
    return "share price";
  }
  if (hit.rule.spend) {
    // "agreed to pay $1.1 billion to settle the lawsuits": what the money settles.
    if (/^\s+to settle\b/i.test(text.slice(figure[1], figure[1] + 12))) return "settlement";
    // "spend $9 billion on repurchases": the object names what the money goes to.
    const object = SPEND_OBJECT_RE.exec(text.slice(figure[1], figure[1] + 30));
    const named = object ? within(ctx.cues.metrics, [figure[1] + object[0].length, ctx.segment[1]])[0] : undefined;
    // ("buy Halvorsen for $6.1 billion in cash": cash is how it is paid, not what is bought.)
    if (named && named.start === figure[1] + object![0].length && !named.rule.spend && !named.rule.share && !named.rule.index && !/^cash/.test(named.name)) return named.name;
    if (name === "purchase") name = STOCK_WORDS_RE.test(scope) ? "stock purchase" : "acquisition price";
    // ("Nine million iPads were sold, a 183 per cent increase": a move in what was sold is its sales'.)
    if (name === "sale") name = STOCK_WORDS_RE.test(scope) ? "stock sale" : unit === "%" ? "sales" : "sale price";
    if ((name === "investment" || name === "spending") && AI_RE.test(scope)) name = `AI ${name}`;
    if ((name === "investment" || name === "spending") && COMMITMENT_RE.test(scope)) name = `${name} commitment`;
    if (GLOBAL_RE.test(text.slice(where[0], hit.start))) name = `global ${name}`;
  }
  // "60per cent above the three-month average price": a premium measured from a price.
  // ("a discount of about 6% to the closing price" stays a discount).
  if (unit === "%" && name !== "discount" && PREMIUM_AFTER_RE.test(text.slice(figure[1], figure[1] + 60))) return "premium";
  // A price moves ("oil price change"); a price index, a rate or a probability is itself the measure
  // (so are a trial's risk reduction, a bank's cost of risk and a plant's capacity utilization).
  if ((unit === "%" || unit === "pp") && change !== null && / price$/.test(name)) return `${name} change`;
  // ("the 2027 bond was up 7.25 per cent": a bond's move is its price's.)
  if (unit === "%" && change !== null && /^bonds?$/.test(name)) return "bond price change";
  if ((unit === "%" || unit === "pp") && change !== null && !/margin|share|rate|ratio|yield|inflation|GDP|prices|CPI|PPI|probability|exchange|index|risk|reduction|utili[sz]ation|growth$/.test(name)) {
    name = `${name} ${change === "up" ? "growth" : "decline"}`;
  }
  return name;
}

// Measures a head phrase's own words narrow ("refining margin", "iron ore shipments", "copper production").
// ("Mortgage banking income fell 14%", "wealth management fees rose 9%": a bank's income lines by their business.)
// (Plurals as written: "operating costs", "performing loans", "natural catastrophe losses".)
const MODIFIABLE_RE = /^(?:margin|production|exports|imports|shipments|deliveries|orders|volumes?|inventories|deposits|loans?|loan book|costs?|expenses?|expenditures?|price|income|fee income|losses|sales)$/;

// "tonnes of copper", "ounces of gold": the material a unit counts, no measure of its own.
const MATERIAL_OF_UNIT_RE = /\b(?:(?:metric\s+)?(?:tonnes|tons)|barrels|ounces|bushels|pounds|lbs|kilograms|carats|cubic feet|units)\s+of\s+(?:refined\s+|crude\s+)?$/;

// Asides between a subject and its verb: "Capacity, measured in seat kilometres, rose 5%".
// "Wall Street's so-called fear gauge", "the bank's main earner": a description owned by a name.
const OWNED_APPOSITIVE_RE = /^\W*(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}?[\w.&-]+['’]s?\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*$/;
// A segment that opens its own clause or an adverbial, never a subject an appositive follows.
const CLAUSE_OPENER_RE = /^\W*(?:in|on|at|for|by|with|after|before|during|over|since|despite|according|among|of|to|from|under|as|while|when|although|though|but|and|or|which|who|whose|that|if)\b/i;
const APPOSITIVE_RE = /^\W*(?:the|a|an|one|mostly|mainly|largely|partly|chiefly|primarily|measured|excluding|including|stripping|adjusted|driven|helped|led|boosted|weighed|hit|based|according|also|however|though|meanwhile|in|on|at|for|by|or|its|their|a key|seen|known|defined|calculated)\b/;

// ", compared to 0.38%", ", against 0.18%", ", from 19% this year": a clause that is only a comparison base.
const BASE_CLAUSE_RE = /^\W*(?:(?:up|down)\s+)?(?:compared (?:with|to)|as against|against|versus|vs\.?|from)\s+(?:(?:the|a|an)\s+)?(?:(?:about|around|roughly|nearly)\s+)?$/i;
const PERCENT_TEXT_RE = /%|per\s*cent|percent|pct/i;
const POINTS_TEXT_RE = /points?|bps?\b|basis/i;

/** The figure a base clause compares with: the nearest earlier one of the sentence of the same kind (per share or not). */
function comparedFigureOf(ctx: FigureContext): FigureContext | null {
  const { text, figure } = ctx;
  if (ctx.segmentIndex === 0 || !BASE_CLAUSE_RE.test(text.slice(ctx.segment[0], figure[0]))) return null;
  const kind = (span: Span) => {
    const written = text.slice(span[0], span[1]);
    return POINTS_TEXT_RE.test(written) ? "points" : PERCENT_TEXT_RE.test(written) ? "%" : "amount";
  };
  const perShare = (span: Span) => PER_SHARE_AFTER_RE.test(text.slice(span[1], span[1] + 16));
  const own = kind(figure);
  const earlier = ctx.sentenceFigures.filter((f) => f[1] <= ctx.segment[0]);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const f = earlier[i]!;
    const segmentIndex = ctx.segments.findIndex((g) => g[0] <= f[0] && f[0] < g[1]);
    if (segmentIndex < 0 || segmentIndex >= ctx.segmentIndex) return null;
    // "Net income was $402 million, or $1.88 a share, compared with $351 million": past a restatement of another kind.
    const restatement = /^\W*or\s+(?:about\s+|roughly\s+)?$/i.test(text.slice(ctx.segments[segmentIndex]![0], f[0]));
    // ("a 62% chance that the Fed cuts by a quarter point ..., up from 48%": past a figure of another unit.)
    if (kind(f) !== own || (perShare(f) !== perShare(figure) && restatement)) continue;
    return { ...ctx, figure: f, segment: ctx.segments[segmentIndex]!, segmentIndex, isRange: false };
  }
  return null;
}

// Capitalised words naming a segment ("Aerospace Technologies", "Tools & Outdoor"), nothing else before the measure.
const SEGMENT_NAME_RE = /^(?:[A-Z][\w-]*|&)(?:\s+(?:[A-Z][\w-]*|&)){0,3}$/;
const NOT_SEGMENT_WORDS_RE = /^(?:Total|Group|Net|Gross|Quarterly|Annual|Reported|Adjusted|Organic|Underlying|Comparable|Full-year|Fourth-quarter|Third-quarter|Second-quarter|First-quarter|Its|Their|The|Sales|Revenue|Core|Overall|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|H[12]|FY)\b/;

const SEGMENT_LABEL_RE = /^[\s\-–—•*]*((?:[A-Z][\w-]*|&)(?:\s+(?:[A-Z][\w-]*|&|and)){0,4})(?:\s+(?:sales|revenues?|net sales))?:\s/;
const NOT_LABEL_RE = /^(?:Revenue|Revenues|Sales|Net|Total|Group|Outlook|Guidance|Highlights|Results|Update|Note|Summary|Overview|Quarter|Q[1-4]|Full|Fiscal|Adjusted|Reported|Organic|Comparable|Key|Segment|Segments|By|In|For|Here|The)\b/;

/** A list item or sentence opened by a segment's name and a colon; null for a company, an index or a person. */
function segmentLabel(ctx: FigureContext): string | null {
  const opening = ctx.text.slice(ctx.sentence[0], ctx.figure[0]);
  const m = SEGMENT_LABEL_RE.exec(opening);
  if (!m || NOT_LABEL_RE.test(m[1]!)) return null;
  const start = ctx.sentence[0] + m[0].indexOf(m[1]!);
  if (ctx.isName?.([start, start + m[1]!.length])) return null;
  return m[1]!.toLowerCase();
}

/** The segment a head phrase names before its revenue words, lower case; null for a company, an index or a person. */
function segmentNameBefore(ctx: FigureContext, head: HeadPhrase, measureStart: number): string | null {
  const words = ctx.text.slice(head.span[0], measureStart).trim();
  if (!SEGMENT_NAME_RE.test(words) || NOT_SEGMENT_WORDS_RE.test(words)) return null;
  const start = head.span[0] + ctx.text.slice(head.span[0], measureStart).indexOf(words);
  if (ctx.isName?.([start, start + words.length])) return null;
  return words.toLowerCase();
}

/** A metric rule's words inside the figure's head phrase ("the yield on the note": yield). */
function headHit(head: HeadPhrase, hits: MetricHit[], figure: Span): MetricHit | null {
  const inHead = hits.filter((h) => h.start < head.span[1] && head.span[0] < h.end && h.end <= figure[0]);
  const last = inHead.at(-1);
  if (!last) return null;
  // "The price of gold rose": a bare price or rate is of what its tail names.
  if (last.rule.id === "price" || last.rule.id === "the rate") {
    const tail = hits.find((h) => h.start >= head.span[1] && h.end <= head.chunk[1] && !h.rule.share && !h.rule.index);
    if (tail) return tail;
  }
  return last;
}

/** The head phrase as the measure when no rule knows its words (metric-head.ts). */
function phraseHit(ctx: FigureContext, head: HeadPhrase): MetricHit | null {
  const name = phraseMetric(ctx.text, head, ctx.sentence[0], ctx.isName ?? (() => false));
  return name === null ? null : { start: head.span[0], end: head.span[1], rule: HEAD_PHRASE_RULE, name };
}

/**
 * "Revenue and operating profit rose 7% and 11%, respectively": each figure of the list takes
 * the measure in its place, when the subject names as many measures as the list has figures.
 */
function respectivelyHit(ctx: FigureContext): MetricHit | null {
  const { text, sentence, figure } = ctx;
  const at = within(ctx.cues.respectively, [figure[1], sentence[1]])[0]?.start;
  if (at === undefined) return null;
  const figures = ctx.sentenceFigures.filter((f) => f[1] <= at);
  const i = figures.indexOf(figure);
  if (i < 0) return null;
  let first = i;
  while (first > 0 && /^\s*(?:,|,?\s*and|,?\s*or)\s*$/.test(text.slice(figures[first - 1]![1], figures[first]![0]))) first--;
  let last = i;
  while (last + 1 < figures.length && /^\s*(?:,|,?\s*and|,?\s*or)\s*$/.test(text.slice(figures[last]![1], figures[last + 1]![0]))) last++;
  if (last === first) return null;
  const start = figures[first]!;
  const head = headPhrase(text, [sentence[0], start[0]], start, within(ctx.cues.changes, [sentence[0], start[0]]), ctx.sentenceFigures);
  if (!head) return null;
  const hits = within(ctx.cues.metrics, head.span).filter((h) => !h.rule.share && !h.rule.index);
  return hits.length === last - first + 1 ? hits[i - first]! : null;
}

const PREMIUM_AFTER_RE = /^\s+(?:above|over|to)\s+(?:the\s+|its\s+|[A-Z][\w'’]*\s+)?(?:[\w-]+\s+){0,3}?(?:(?:average\s+|closing\s+|undisturbed\s+|share\s+)*price\b|volume-weighted average\b|VWAP\b)/i;

// Verbs a market report moves a company's shares with ("rose", "put on", "was down").
const MARKET_VERBS = String.raw`rose|fell|gained|lost|added|shed|climbed|jumped|tumbled|slipped|slid|dropped|dipped|eased|plunged|soared|surged|rallied|advanced|declined|sank|slumped|firmed|retreated|rebounded|recovered|spiked|skidded|plummeted|put on|gave up|gave back|edged (?:up|down|higher|lower)|ticked (?:up|down|higher|lower)|(?:was|were|is|are|closed|ended|finished|traded|trading) (?:up|down|higher|lower)|rising|falling|gaining|losing|adding|shedding|climbing|jumping|tumbling|slipping|sliding|dropping|dipping|easing|plunging|soaring|surging|rallying|advancing|declining|sinking|slumping`;
const QUALIFIERS = String.raw`(?:(?:by|about|around|nearly|almost|roughly|some|more than|as much as|over|just over|just under|a further|another)\s+)*`;
// A company-looking name (capitalised words, an optional bracketed ticker) right before the verb.
const CAP_WORD = String.raw`[A-Z\u00C0-\u00DE][\w\u00C0-\u024F&.'’-]*`;
// "the lender", "the world's biggest asset manager": a company named by what it is.
const DESCRIBED = String.raw`[Tt]he (?:[\w'’-]+\s+){0,4}?(?:lender|bank|group|company|firm|maker|retailer|miner|manager|insurer|carrier|airline|drugmaker|chipmaker|operator|producer|developer|grocer|supermarket|housebuilder|conglomerate|giant|major|owner|chain|stock|shares)`;
// "It rose 12%" after "Operating profit was the highlight." is the measure's move, not a company's.
// ("The personal consumption expenditures price index, or PCE, rose 2.7%": an economic series' acronym is no company.)
const NOT_A_NAME = String.raw`(?!(?:It|That|This|These|Those|They|He|She|We|Its|PCE|CPI|PPI|GDP|PMI|HICP)\b)`;
// "Budget carrier Air Arabia", "blue-chip developer Emaar Properties", "Plantation heavyweight SD
// Guthrie": what the company is, written before its name.
const DESCRIPTOR = String.raw`(?:[\w'’-]+\s+){0,3}?(?:${alternation(COMPANY_KIND_NOUNS)}|bank|major|[\w-]+maker)\s+`;
const MARKET_NAME = String.raw`(?:^|[,;:(—–]\s*|\s-\s+|\b(?:and|while|but|as|after|with|whereas)\s+)(?:(?:[Ss]hares (?:in|of) |${DESCRIPTOR})?${NOT_A_NAME}${CAP_WORD}(?:\s+(?:${CAP_WORD}|&|of|de|la))*(?:\s+\([^)]{1,24}\))?(?:['’]s?\s+(?:shares|stock))?|${DESCRIBED})`;
// "Glencore, which said on Monday it was reviewing its coal assets, rose 11.2p": the aside is skipped.
// "N Brown, however, tumbled 11.69%": a connective aside too.
// ("Eli Lilly, whose Zepbound injection brought in $4.3 billion in sales, fell 2.4%": a whose-aside too, its figures its own.)
// ("Lufthansa and Air France-KLM each gained about 2%": two names moving alike.)
const ASIDE = String.raw`(?:\s+and\s+${CAP_WORD}(?:\s+${CAP_WORD})*\s+(?:each|both))?(?:,\s+(?:which|who|whose)\s+[^,;]{1,100},|,\s+(?:however|meanwhile|though|by contrast|in contrast|too|also|for its part),)?`;
const MARKET_VERB_END_RE = new RegExp(String.raw`\b(?:${MARKET_VERBS})\s+${QUALIFIERS}$`);
const MARKET_CHANGE_RE = new RegExp(String.raw`${MARKET_NAME}${ASIDE}\s+(?:${MARKET_VERBS})\s+${QUALIFIERS}$`);
// "... rose 5 per cent to 2,159.5p", "... put on 88p at 1,902p", "HOLX closed Monday's trading at $78.64".
// "Elstree was 9% better at 2,776p", "Brampton was 4.6p lower at 358.3p", "closing 5% higher at 80p": the direction after the move.
const POSTPOSED = String.raw`(?:(?:was|were|is|are|closed|closing|ended|ending|finished|finishing|trading|traded|stood|standing)\s+)?${QUALIFIERS}`;
// ("Halden Living was 4p off at 126p", "was 3% down at": UK market reports.)
// ("Kerry Group was 20 cent easier on €81.40": Irish market reports.)
const POSTPOSED_DIRECTION = String.raw`(?:per\s*cent\s+|percent\s+|pct\s+)?(?:higher|lower|better|stronger|weaker|firmer|softer|easier|off|down|up|ahead)`;
const MARKET_POSTPOSED_MOVE_RE = new RegExp(String.raw`${MARKET_NAME}${ASIDE}\s+${POSTPOSED}$`);
const POSTPOSED_AFTER_RE = new RegExp(String.raw`^\s*${POSTPOSED_DIRECTION}\b`);
// ("was 2p firmer on 109p": Irish copy gives the level after "on".)
const MARKET_POSTPOSED_LEVEL_RE = new RegExp(String.raw`${MARKET_NAME}${ASIDE}\s+${POSTPOSED}[^\s,;]+(?:\s+(?:cents?|pence))?\s+${POSTPOSED_DIRECTION}\s+(?:at|to|on)\s+$`);
const MARKET_LEVEL_RE = new RegExp(String.raw`${MARKET_NAME}${ASIDE}\s+(?:(?:${MARKET_VERBS})\s+${QUALIFIERS}[^\s,;]+(?:\s+(?:per\s*cent|percent|pct|points?|pence|cents))?\s+(?:to|at)|(?:closed|ended|finished|opened|traded|stood|was trading)(?:\s+[\w'’]+){0,3}?\s+at|(?:was|were|is|are|closed|ended|finished|traded)\s+(?:little changed|unchanged|flat|steady|broadly flat|barely changed)\s+(?:at|on))\s+$`);
const MARKET_WITH_RE = new RegExp(String.raw`^\W*(?:with|and)\s+${NOT_A_NAME}${CAP_WORD}(?:\s+(?:${CAP_WORD}|&))*(?:\s+\([^)]{1,24}\))?\s+(?:up|down|higher|lower|off)\s+${QUALIFIERS}$`);
// "which fell 1.3%" after a company; "helped by a 2.4% rise in Samsung Electronics".
const MARKET_RELATIVE_RE = new RegExp(String.raw`^\s*(?:which|that|who)\s+(?:${MARKET_VERBS})\s+${QUALIFIERS}$`);
// "— Gained 3.9% after", "— Edged up 0.6%": a list item's verb opens its clause, capitalised.
const CAPITALISED_VERBS = String.raw`(?:Rose|Fell|Gained|Lost|Added|Shed|Climbed|Jumped|Tumbled|Slipped|Slid|Dropped|Dipped|Eased|Plunged|Soared|Surged|Rallied|Advanced|Declined|Sank|Slumped|Edged (?:up|down|higher|lower)|Ticked (?:up|down|higher|lower))`;
const BARE_MOVE_RE = new RegExp(String.raw`^\s*(?:and\s+)?(?:[Uu]p|[Dd]own|[Hh]igher|[Ll]ower|${MARKET_VERBS}|${CAPITALISED_VERBS})\s+${QUALIFIERS}$`);
const BARE_LEVEL_RE = new RegExp(String.raw`^\s*(?:and\s+)?(?:[Uu]p|[Dd]own|[Hh]igher|[Ll]ower|${MARKET_VERBS}|${CAPITALISED_VERBS})\s+${QUALIFIERS}[^\s,;]+(?:\s+(?:per\s*cent|percent|pct|points?|pence|cents))?\s+(?:to|at)\s+$`);
const OPENS_WITH_NAME_RE = new RegExp(String.raw`^${NOT_A_NAME}${CAP_WORD}(?:\s+${CAP_WORD})*(?:\s+\([^)]{1,24}\))?\s+(?:was|were|is|shares|stock|led|topped|ended|closed|rose|fell)\b`);
// ... and a movers list's "Casey's General Stores (CASY) — Up 4.1% after ...".
const LISTED_NAME_RE = new RegExp(String.raw`(?:^\s*(?:and\s+)?|\b(?:were|was)\s+)${NOT_A_NAME}${CAP_WORD}(?:\s+(?:${CAP_WORD}|&|of))*(?:\s+\([^)]{1,24}\))?\s*$`);
const OPENS_WITH_INDEX_RE = new RegExp(String.raw`^(?:The |the )?(?:${alternation(INDEX_CUE_NAMES)}|Wall Street|Stocks|Shares|Markets|Sterling|The)\b`);
// "..., gaining 57p at 1,946p, 8.3p at 411.5p and 76p at 2,488p respectively" ("in that order").
const RESPECTIVELY_AFTER_RE = /^(?:[^.;]|\.(?=\d))*?(?:\brespectively\b|\bin that order\b)/;
// "Miners Antofagasta, Glencore and Anglo American were ...": two or more capitalised names joined by "and".
const LISTED_NAMES_BEFORE_RE = new RegExp(String.raw`${CAP_WORD}(?:\s+(?:${CAP_WORD}|&))*(?:,\s+${CAP_WORD}(?:\s+(?:${CAP_WORD}|&))*)*,?\s+and\s+${CAP_WORD}`);
// ("after a 0.2% gain in September": a month or a day is when, not whose.)
const MOVE_IN_NAME_AFTER_RE = /^\s+(?:rise|fall|gain|drop|jump|slide|decline|climb|advance|surge|slump|plunge|increase|decrease)\s+in\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:shares (?:of|in)\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:\s+\(|[,.;]|\s*$)/;

/** "share price change" or "share price" for a market report's company move; null otherwise. */
// "Energy was the worst, sliding 1.9%, followed by utilities, which lost 1.1%", "Financials gained 1.1%", "Energy stocks
// rose 1.6%": a sector that opens the figure's clause (not "Cenovus Energy", nor "Energy Transfer") moves as a sector.
const SECTOR_CLAUSE_RE = new RegExp(String.raw`(?:^|[,;]\s+(?:followed by\s+|and\s+|while\s+|with\s+)?|\b(?:and|while|with|followed by)\s+)(${alternation(MARKET_SECTORS)})(?:\s+(?:stocks|shares|sector|names))?(?=,\s+which\b|\s+(?:was|were|is|are|led|rose|fell|gained|lost|added|slid|sliding|dropped|climbed|shed|eased|advanced|declined|sank|jumped|tumbled|slipped|edged)\b)`, "gi");

/** The sector a market move's clause opens on, lower case; null when a name stands between it and the figure. */
function sectorMoved(ctx: FigureContext): string | null {
  const before = ctx.text.slice(ctx.sentence[0], ctx.figure[0]);
  if (!/energy|utilit|financ|material|industr|tech|communication|consumer|health|real estate/i.test(before)) return null;
  let last: RegExpExecArray | null = null;
  SECTOR_CLAUSE_RE.lastIndex = 0;
  for (let m = SECTOR_CLAUSE_RE.exec(before); m; m = SECTOR_CLAUSE_RE.exec(before)) last = m;
  if (!last) return null;
  const end = ctx.sentence[0] + last.index + last[0].length;
  // ("Energy rose 1%, while Exxon Mobil gained 2%": the company's own move.)
  if (ctx.isName?.([end, ctx.figure[0]])) return null;
  if (/[;]|,\s+(?:and|while)\s+[A-Z]/.test(ctx.text.slice(end, ctx.figure[0]))) return null;
  return last[1]!.toLowerCase();
}

function marketMove(ctx: FigureContext): string | null {
  const { text, figure, unit } = ctx;
  const before = text.slice(Math.max(ctx.sentence[0], figure[0] - 120), figure[0]);
  const ratio = unit === "%" || unit === "pp";
  // "the biggest gain on the Ibovespa, which rose 0.7% to 128,450 points": the index's relative clause (see metricOf).
  if (/^\s*which\b/i.test(text.slice(ctx.segment[0], figure[0])) && INDEX_NAME_END_RE.test(text.slice(Math.max(ctx.sentence[0], ctx.segment[0] - 40), ctx.segment[0]))) return null;
  // Cheap tails first: the full patterns only run where a verb or "to"/"at" ends the text.
  if (MARKET_VERB_END_RE.test(before.slice(-40)) && MARKET_CHANGE_RE.test(before)) return "share price change";
  if (!ratio && /\b(?:to|at|on)\s+$/.test(before.slice(-5)) && MARKET_LEVEL_RE.test(before)) return "share price";
  if (POSTPOSED_AFTER_RE.test(text.slice(figure[1], figure[1] + 24)) && MARKET_POSTPOSED_MOVE_RE.test(before)) return "share price change";
  if (!ratio && /\b(?:to|at|on)\s+$/.test(before.slice(-5)) && /\b(?:higher|lower|better|stronger|weaker|firmer|softer|easier|off|down|up)\s+(?:at|to|on)\s+$/.test(before.slice(-16)) && MARKET_POSTPOSED_LEVEL_RE.test(before)) return "share price";
  if (ratio && MOVE_IN_NAME_AFTER_RE.test(text.slice(figure[1], figure[1] + 60))) return "share price change";
  // "the Nikkei jumped 1.5%, with SoftBank Group up 6.8%": a company listed with its bare move.
  // ("the main index gained 0.5%, led by a 2.1% rise in Emaar Properties": the company's move, after the index.)
  if (MARKET_WITH_RE.test(text.slice(ctx.segment[0], figure[0]))) return ratio ? "share price change" : "share price";
  // "Barclays (LON:BARC) was the heaviest faller in the index, down 4.8% at 262.4p".
  const segmentBefore = text.slice(ctx.segment[0], figure[0]);
  // "The largest risers were Aviva, up 20.7p to 409p, and Legal & General, up 6.7p": a listed name, then its move.
  const previousSegment = ctx.segments[ctx.segmentIndex - 1];
  const afterName = previousSegment !== undefined && LISTED_NAME_RE.test(text.slice(previousSegment[0], previousSegment[1]));
  if (ctx.segmentIndex > 0 && (afterName || (OPENS_WITH_NAME_RE.test(text.slice(ctx.sentence[0], ctx.segments[0]![1])) && !OPENS_WITH_INDEX_RE.test(text.slice(ctx.sentence[0], ctx.sentence[0] + 40))))) {
    if (BARE_MOVE_RE.test(segmentBefore)) return "share price change";
    if (!ratio && BARE_LEVEL_RE.test(segmentBefore)) return "share price";
  }
  // "Miners Antofagasta, Glencore and Anglo American were all in demand, gaining 57p at 1,946p, ...
  // respectively": a bare move clause after a list of names matched respectively is each name's move.
  if (ctx.segmentIndex > 0 && RESPECTIVELY_AFTER_RE.test(text.slice(figure[1], ctx.sentence[1])) && LISTED_NAMES_BEFORE_RE.test(text.slice(ctx.sentence[0], ctx.segment[0]))) {
    if (BARE_MOVE_RE.test(segmentBefore)) return "share price change";
    if (!ratio && BARE_LEVEL_RE.test(segmentBefore)) return "share price";
  }
  // ("the biggest faller in the MDAX, which slipped 0.6%": an index's relative clause is the index's; see metricOf.)
  const headBefore = text.slice(Math.max(ctx.sentence[0], ctx.segment[0] - 40), ctx.segment[0]);
  if (MARKET_RELATIVE_RE.test(text.slice(ctx.segment[0], figure[0])) && /[A-Z][\w&.'’-]*(?:\s+\([^)]{1,24}\))?\s*,?\s*$/.test(headBefore) && !INDEX_NAME_END_RE.test(headBefore)) {
    return "share price change";
  }
  return null;
}

const MEASURE_AFTER_RE = /^\s+(?:of|in)\s+(?:(?:annual|annualized|yearly|quarterly|additional|new|extra|cumulative|pretax|pre-tax)\s+)*/i;
const MEASURE_OF_THE_AFTER_RE = /^\s+(?:of|in)\s+(?:(?:the|its|their|all)\s+)?(?:(?:annual|annualized|yearly|quarterly|additional|new|extra|cumulative|pretax|pre-tax|net)\s+)*/i;
const PER_DAY_OUTPUT_AFTER_RE = /^\s*(?:(?:barrels|bbl|boe|tonnes|tons|cubic feet|cubic metres|Mcf|MMcf|Bcf)(?:\s+of\s+(?:oil|crude|oil equivalent|gas|condensate))?\s*(?:a|per|\/)\s*day\b|(?:bpd|b\/d|boe\/d|boepd|bbl\/d)\b)/i;
const ADDED_TO_AFTER_RE = /^\s+(?:(?:a|per)\s+share\s+)?to\s+(?:(?:its|the|their|annual|yearly|group|adjusted|[A-Z][\w&.-]*['’]s)\s+)*/;
// "1.2 million shares worth $170 million", "shares of Alibaba worth about $170 million": the value of a trade.
const SHARES_WORTH_RE = /^\s*(?:(?:of|in)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*\s+)?(?:worth|valued at)\s+(?:(?:about|roughly|nearly|some|around|more than)\s+)?$/;
// ("housing starts ... at a seasonally adjusted annual rate of 1.29 million units": homes counted as units.)
const MARKET_BALANCE_RE = /demand|supply|consumption|inventor|stocks|exports|imports/;
const QUANTITY_MEASURE_RE = /production|output|imports|exports|deficit|surplus|stocks|inventor|reserves|demand|consumption|shipments|deliveries|volume|capacity|starts|permits|completions|home sales/;
const UNIT_NOUN_RE = /^(?:(?:metric |million |billion )?(?:tonnes|tons)|barrels|ounces|bushels|gallons|litres|liters|cubic (?:feet|metres|meters)|square (?:feet|metres|meters)|megawatts|gigawatts|kilometres|kilometers|miles|units)$/i;
const BALANCE_BEFORE_RE = /\b(?:ended|ending|finished|closed)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:with|holding)\s+(?:(?:about|roughly|nearly|some)\s+)?$|\b(?:had|has|held|holds|sitting on)\s+(?:(?:about|roughly|nearly|some)\s+)?$/i;
const SHARE_OF_BEFORE_RE = /\b(?:accounts? for|accounted for|accounting for|made up|makes up|make up|making up|represent(?:s|ed|ing)?|came from|comes from|contributed)\s+(?:(?:about|around|roughly|nearly|almost|more than|over|just over|some|less than)\s+)?$/i;
const SHARE_OF_AFTER_RE = /^\s+of\s+(?:(?:its|the|their|group|total|all|overall|the group['’]s)\s+)*(sales|revenues?|turnover|profits?|earnings|deliveries|shipments|output|production)\b/i;
const OFFERING_AFTER_RE = /^\s+(?:initial public offering|IPO|offering|issue|share sale|listing|flotation|rights issue|placing)\b(?!\s+price)/;
const PER_SHARE_AFTER_RE = /^\s+(?:per|a|an)\s+(?:diluted\s+)?(?:share|ADS|ADR)\b/i;
// Measures an amount per share can be (profit and income become EPS, a loss a loss per share: see index.ts).
const PER_SHARE_METRIC_RE = /EPS|dividend|price|offer|profit|earnings|income|loss/;
const AVERAGE_VOLUME_AFTER_RE = /^\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:average|normal|usual)\b(?!\s+(?:price|multiple|valuation|earnings))/i;
const INDEX_NAME_END_RE = new RegExp(String.raw`\b(?:index|benchmark|${alternation(INDEX_CUE_NAMES)})\s*[,;]?\s*$`);
const SPEND_OBJECT_RE = /^\s+(?:on|for|in)\s+(?:(?:the|its|their|new)\s+)?/i;
const MARKET_SHARE_AFTER_RE = /^\s+of (?:the )?(?:[\w'’-]+\s){0,4}?market\b/i;
// ("fell to 98.7 this month": "this" names no counted thing.)
const COUNTED_RE = /^((?:\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|the|a|an|per|that|which|who|whom|this|these|those|its|his|last|next|was|is|has|had|were|are)\b)[A-Za-z][\w'-]*){1,3})/;
const ESTIMATORS_EXPECT_AFTER_RE = /^\s+(?:analysts|economists)(?:\s+(?:at|from)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})?\s+(?:had\s+|have\s+|were\s+|are\s+)?(?:expect|expected|expecting|forecast|see|saw|estimated|pencill?ed in|looking for)\b/;
// "19 of the 20 largest U.S. carmakers": a part of a counted group.
const COUNTED_OF_RE = /^\s+of\s+(?:the|its|their)\s+(?:\d+\s+)?(?:[\w.&'’-]+\s+){0,3}?([A-Za-z][\w-]*s)\b/;
function countedNoun(text: string, figure: Span): string | null {
  // ("against the 58.6 million analysts at Numis expect": the analysts' number of something else.)
  if (ESTIMATORS_EXPECT_AFTER_RE.test(text.slice(figure[1], figure[1] + 60))) return null;
  const of = COUNTED_OF_RE.exec(text.slice(figure[1], figure[1] + 80));
  if (of) return of[1]!;
  const m = COUNTED_RE.exec(text.slice(figure[1], figure[1] + 60));
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  // Keep up to the last plural noun ("monthly active users", "Wall Street analysts").
  let last = -1;
  for (let i = 0; i < words.length; i++) if (/s$/.test(words[i]!) || /^(?:people|staff|aircraft)$/.test(words[i]!)) last = i;
  return last >= 0 ? words.slice(0, last + 1).join(" ") : null;
}

// ---------------------------------------------------------------- basis

/** Reported, estimate, guidance, forecast or prior: the first rule of BASIS_RULES that decides. */
export function basisOf(input: BasisInput): Basis {
  const scope = new BasisScope(input);
  for (const rule of BASIS_RULES) {
    const basis = rule.decide(scope);
    if (basis !== null) {
      recordRule(input.ctx.figure, "basis", rule.name);
      return basis;
    }
  }
  return "reported";
}
