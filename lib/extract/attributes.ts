// Reads what a figure is about from the words around it: the metric, the basis
// (reported / estimate / guidance / forecast / prior), the direction of change and
// the period. Each reader looks first in the figure's own clause segment, then in
// the rest of its sentence.
import type { Basis, Change, Span } from "@/lib/contract";
import { alternation, CONSENSUS_COMPILERS, INDEX_CUE_NAMES } from "./lexicon";

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
}

/** Every metric, period and change word of a text, each list ordered by position. */
export interface AttributeCues {
  metrics: MetricHit[];
  periods: PeriodHit[];
  changes: { start: number; end: number; change: Change }[];
}

/** One pass per rule over the whole text, so each figure only looks hits up. */
export function scanAttributes(text: string): AttributeCues {
  const changes: AttributeCues["changes"] = [];
  for (const m of text.matchAll(CHANGE_CUE_RE)) {
    changes.push({ start: m.index, end: m.index + m[0].length, change: m[1] !== undefined ? "up" : "down" });
  }
  return { metrics: scanMetrics(text), periods: scanPeriods(text), changes };
}

/** Items of an ordered list that lie wholly inside `span`. */
function within<T extends { start: number; end: number }>(items: T[], span: Span): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < span[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < span[1]; i++) if (items[i]!.end <= span[1]) out.push(items[i]!);
  return out;
}

// ---------------------------------------------------------------- change

const UP_WORDS = String.raw`rose|rise|rises|rising|risen|jumped|jump|jumps|jumping|soared|soar|soars|soaring|surged|surge|surges|surging|climbed|climb|climbs|climbing|gained|gain|gains|gaining|widened|widening|increased|increase|increases|increasing|up|grew|grow|grows|growing|grown|advanced|advancing|rallied|rallying|spiked|leapt|leaped|added|boosted|boost|raised|raise|raising|lifted|expanded|improved|rebounded|accelerated|higher|climbed|doubled|tripled|skyrocketed|rocketed|popped|firmed|strengthened|recovered|hiked|hike|topped|ticked up|edged up`;
const DOWN_WORDS = String.raw`fell|fall|falls|falling|fallen|slid|slide|slides|sliding|lost|lose|loses|losing|dropped|drop|drops|dropping|plunged|plunge|plunges|plunging|declined|decline|declines|declining|down|narrowed|narrowing|decreased|decrease|decreases|decreasing|sank|sink|sinking|slumped|slump|slumping|tumbled|tumble|tumbling|slipped|slip|slipping|shed|eased|easing|retreated|cut|cuts|cutting|lowered|lower|lowering|reduced|reducing|slashed|contracted|shrank|shrunk|tanked|dipped|dip|weakened|halved|lower|plummeted|plummet|plummeting|cratered|dived|dove|trimmed|trim|sagged|sliding|skidded|tanking|ticked down|edged down`;
const CHANGE_CUE_RE = new RegExp(String.raw`\b(?:(${UP_WORDS})|(${DOWN_WORDS}))\b`, "gi");
const CHANGE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:(higher|increase|rise|gain|jump|surge|growth|climb|advance|rally|up|more)|(lower|decrease|decline|drop|fall|slump|plunge|loss|slide|down|less))\b`,
  "i",
);

const GROWTH_OF_RE = /\bgrowth (?:of|at)\s+(?:between\s+)?(?:(?:about|around|roughly|nearly|some|approximately)\s+)?$/i;

/** Direction of the figure: the last change word before it in its segment, else one right after. */
export function changeOf(ctx: FigureContext, previousFigureEnd = -1): Change | null {
  const { text, figure, segment } = ctx;
  // A cue before an earlier figure belongs to it, unless this one follows as "X to Y".
  const between = previousFigureEnd > segment[0] ? text.slice(previousFigureEnd, figure[0]) : null;
  const from = between !== null && !/^\s+to\s+$/.test(between) ? previousFigureEnd : segment[0];
  const cues = within(ctx.cues.changes, [from, figure[0]]);
  const last = cues[cues.length - 1];
  if (last) return last.change;
  // "growth of 37%", "growth of between 9% and 10%": growth named as a noun is a rise.
  if (GROWTH_OF_RE.test(text.slice(Math.max(segment[0], figure[0] - 40), figure[0]))) return "up";
  const after = CHANGE_AFTER_RE.exec(text.slice(figure[1], Math.min(segment[1], figure[1] + 20)));
  if (after) return after[1] !== undefined ? "up" : "down";
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

function scanPeriods(text: string): PeriodHit[] {
  const hits: PeriodHit[] = [];
  for (const rule of PERIOD_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
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

interface MetricRule {
  re: RegExp;
  name: (m: RegExpExecArray) => string;
  /** Share-price words: their metric depends on the figure's unit. */
  share?: boolean;
  /** Money verbs ("spend", "invest", "buy"): their metric takes the object's words. */
  spend?: boolean;
  /** Stock-index words: "index change" for percentages, "index level" otherwise. */
  index?: boolean;
}

// Business lines that name a revenue ("cloud revenue", "data center revenue").
const REVENUE_SEGMENTS = String.raw`annual recurring|recurring|cloud|data center|data-center|datacenter|gaming|automotive|advertising|ad|services|subscription|product|products|hardware|software|iPhone|Mac|iPad|wearables|e-commerce|commerce|international|domestic|China|retail|wholesale|online|digital|streaming|licensing|core|mobile|enterprise|consumer|energy|insurance|trading|investment banking|net interest|fee|interest|AI|commercial|government|U\.S\.|US|North America|Europe|Asia|overseas|same-store|comparable|like-for-like|organic`;

const METRIC_RULES: MetricRule[] = [
  { re: /\b(?:price target|target price)\b/gi, name: () => "price target" },
  // Retail sales are an economic series, not one retailer's revenue.
  { re: /\bretail sales\b/gi, name: () => "retail sales" },
  { re: /\b(?:headcount|workforce|employees|staff numbers)\b/gi, name: (m) => (/employees/i.test(m[0]) ? "employees" : "headcount") },
  { re: /\bremaining performance obligations?\b|\bRPO\b|\bbacklog\b|\bcontracted revenue\b/gi, name: (m) => (/backlog/i.test(m[0]) ? "backlog" : "remaining performance obligations") },
  { re: /\b(?:enterprise|equity|transaction) value\b/gi, name: (m) => m[0].toLowerCase() },
  { re: /\b(?:reverse )?(?:break|breakup|break-up|termination) fee\b/gi, name: (m) => m[0].toLowerCase().replace(/break-?up/, "break") },
  { re: /\b(?:bridge )?loans?\b|\bfinancing\b/gi, name: (m) => m[0].toLowerCase().replace(/s$/, "") },
  { re: /\bRevPAR\b|\brevenue per available room\b/gi, name: () => "RevPAR" },
  { re: /\boccupancy\b/gi, name: () => "occupancy" },
  { re: /\b(?:average )?room rates?\b/gi, name: () => "average room rate" },
  { re: /\b(?:national )?(?:living|minimum) wage\b|\bwages?\b/gi, name: (m) => m[0].toLowerCase().replace(/s$/, "") },
  { re: /\belectricity\b|\bpower (?:consumption|demand|use)\b/gi, name: () => "electricity consumption" },
  { re: /\bcash burn\b|\bburn(?:ed|t)?\b/gi, name: () => "cash burn" },
  { re: /\bleverage\b/gi, name: () => "leverage" },
  { re: /\bsynerg(?:y|ies)\b/gi, name: () => "synergies" },
  { re: /\b(?:bought back|buy back|buying back|repurchased)\b/gi, name: () => "share buyback" },
  { re: /\braising\b|\bproceeds\b|\braised\b(?= (?:about |roughly |nearly |more than )?(?:[$€£]|[A-Z]{3}\s?\d|HK\$|US\$))/gi, name: () => "proceeds" },
  { re: /\b(?:owns?|owned|ownership|holds)\b/g, name: () => "stake" },
  { re: /\bnumber of ((?:[\w-]+ ){0,3}?[\w-]+s)\b/gi, name: (m) => m[1]!.replace(/^(?:the|its|their) /i, "") },
  { re: /\b(?:market|trading) turnover\b|\b(?:a|with) turnover of\b/gi, name: () => "trading turnover" },
  { re: /\b(?:(adjusted|diluted|GAAP|non-GAAP)\s+)?(?:earnings|profit|income) per (?:diluted )?(?:share|ADS|ADR)\b|\b(?:(adjusted|diluted)\s+)?EPS\b|\bper-share (?:earnings|profit)\b|\bearnings a share\b/gi, name: (m) => {
    const basis = m[1] ?? m[2];
    return basis ? `${/GAAP/i.test(basis) ? basis.replace(/gaap/i, "GAAP") : basis.toLowerCase()} EPS` : "EPS";
  } },
  { re: /\bmarket share\b/gi, name: () => "market share" },
  { re: /\b(?:(?:net interest|gross|operating|net|profit|EBITDA|adjusted EBITDA|pretax|pre-tax|interest|contribution|trading)\s+)?margins?\b/gi, name: (m) => m[0].replace(/s$/, "").toLowerCase().replace("ebitda", "EBITDA") },
  { re: /\breturn on (?:tangible |average )?(?:equity|assets|invested capital|capital)\b|\bRoTE\b|\bROE\b|\bROIC\b/g, name: (m) => m[0].toLowerCase() },
  { re: new RegExp(String.raw`\b(?:index|benchmark|${alternation(INDEX_CUE_NAMES)})\b`, "g"), name: () => "index", index: true },
  { re: /\b(?:(adjusted)\s+)?(EBITDA|EBIT)\b/g, name: (m) => (m[1] ? `adjusted ${m[2]}` : m[2]!) },
  { re: /\b(?:free cash flow|operating cash flow|cash flow)\b/gi, name: (m) => m[0].toLowerCase() },
  { re: /\b(?:(adjusted|attributable)\s+)?(?:net (?:income|profit|earnings)|operating (?:income|profit)|pre-?tax (?:income|profit)|gross profit)\b/gi, name: (m) => m[0].toLowerCase() },
  { re: /\b(?:(?:net )?interest |trading |fee |total )?income\b/gi, name: (m) => m[0].toLowerCase() },
  { re: /\b(?:net|operating|quarterly|annual)?\s?loss(?:es)?\b/gi, name: (m) => (m[0].trim().toLowerCase().startsWith("loss") ? "loss" : m[0].trim().toLowerCase().replace(/es$/, "")) },
  { re: new RegExp(String.raw`\b(?<!['’])(?:(${REVENUE_SEGMENTS})\s)?(?:revenues?|sales|turnover|top line)\b`, "gi"), name: (m) => (m[1] ? `${m[1].toLowerCase().replace(/^data-?center$/, "data center")} revenue` : "revenue") },
  { re: /\b(adjusted\s+)?(?:profits?|earnings|bottom line)\b/gi, name: (m) => (m[1] ? "adjusted profit" : "profit") },
  { re: /\b(?:dividends?|payout)\b/gi, name: () => "dividend" },
  { re: /\b(?:share |stock )?(?:buybacks?|repurchases?)\b/gi, name: () => "share buyback" },
  { re: /\b(?:capital expenditures?|capex|capital spending|capital investments?)\b/gi, name: () => "capital spending" },
  { re: /\bmarket (?:value|capitalization|capitalisation|cap)\b|\bvaluing\b/gi, name: () => "market value" },
  { re: /\breturn(?:s|ed|ing)?\b(?=(?:[^.]|\.(?=\d)){0,40}\bshareholders\b)|\bshareholder (?:returns|distributions|payouts)\b|\bcapital returns?\b/gi, name: () => "shareholder returns" },
  { re: /\b(?:cost )?sav(?:e|es|ed|ing|ings)\b/gi, name: () => "cost savings" },
  { re: /\bgross merchandise (?:volume|value)\b|\bGMV\b/g, name: () => "GMV" },
  { re: /\b(?:orders|bookings|backlog|shipments|deliveries|delivered|shipped)\b/gi, name: (m) => m[0].toLowerCase().replace(/^delivered$/, "deliveries").replace(/^shipped$/, "shipments") },
  { re: /\b(?:invest(?:ment|ments|ing|ed|s)?|spend(?:ing|s)?|spent|outlays?)\b/gi, name: (m) => (/^(?:invest|outlay)/i.test(m[0]) ? "investment" : "spending"), spend: true },
  { re: /\b(?:purchased?|purchases|purchasing|bought|buys?|buying|paid|pay(?= (?:about |roughly |nearly |up to |more than )?(?:[$€£¥]|US\$|HK\$|[A-Z]{3} ?\d|\d))|pays|paying|stake|holdings|sold|sells|selling|sale of)\b/g, name: (m) => (/stake|holding/i.test(m[0]) ? "stake" : /^s/.test(m[0]) ? "sale" : "purchase"), spend: true },
  { re: /\bshort interest\b|\bof the float\b/gi, name: () => "short interest" },
  { re: /\b(?:acquisitions?|acquire[sd]?|acquiring|takeover)\b/gi, name: () => "acquisition price" },
  { re: /\b(?:merger|deal|transaction|bid|offer)\b/gi, name: () => "deal value" },
  { re: /\b(?:valued at|valuation)\b|(?<=\b(?:be|is|are|was|were) )worth\b/gi, name: () => "valuation" },
  { re: /\b(?:funding|fundraising|financing|investment round)\b/gi, name: () => "funding" },
  { re: /\b(?:fees|commissions)\b/gi, name: () => "fee income" },
  { re: /\bpremium\b/gi, name: () => "premium" },
  { re: /\b(?:breakup|break-up|termination) fee\b/gi, name: (m) => m[0].toLowerCase().replace("break-up", "breakup") },
  { re: /\b(?:charges?|write-?downs?|impairments?|provisions?|fines?|penalt(?:y|ies))\b/gi, name: (m) => m[0].toLowerCase().replace(/ies$/, "y").replace(/s$/, "") },
  { re: /\b(?:net debt|debt|borrowings|net cash|cash (?:and (?:cash )?equivalents|pile|position|reserves))\b/gi, name: (m) => m[0].toLowerCase() },
  { re: /\bvolumes?\b/gi, name: () => "volume" },
  { re: /\b(?:costs?|expenses?|expenditures?)\b/gi, name: (m) => m[0].toLowerCase().replace(/s$/, "") },
  { re: /\bcash\b/gi, name: () => "cash" },
  { re: /\b(?:inflation|GDP|interest rates?|yields?|unemployment|tariffs?)\b/gi, name: (m) => m[0].replace(/s$/, "") },
  { re: /\b(?:(?:[A-Z][\w-]*-listed |Hong Kong-listed |U\.S\.-listed )?(?:[Ss]hares|[Ss]tocks?|ADRs|ADSs|American Deposit[ao]ry (?:Shares|Receipts))|share price|stock price|the stock)\b/g, name: () => "share price", share: true },
  { re: /\b(?:prices?|priced at)\b/gi, name: () => "price" },
];

export interface MetricHit {
  start: number;
  end: number;
  rule: MetricRule;
  name: string;
}

function scanMetrics(text: string): MetricHit[] {
  const hits: MetricHit[] = [];
  const taken = new Uint8Array(text.length);
  for (const rule of METRIC_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const lead = m[0].length - m[0].trimStart().length;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      // An earlier, more specific rule already covers these words ("net income" over "income").
      let free = true;
      for (let i = start; i < end && free; i++) if (taken[i]) free = false;
      if (!free) continue;
      // "down 1% on the FTSE 100": the index is where the stock traded, not the measure.
      if (rule.index && INDEX_VENUE_RE.test(text.slice(Math.max(0, start - 20), start))) continue;
      taken.fill(1, start, end);
      hits.push({ start, end, rule, name: rule.name(m) });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function nearest(hits: MetricHit[], figure: Span): MetricHit | null {
  let best: MetricHit | null = null;
  let bestDistance = Infinity;
  for (const h of hits) {
    // Words before the figure usually name it; after it, only when close ("$5 billion in
    // revenue"). Stock after a price is usually the consideration ("in cash and stock").
    // "$48.50 per share in cash": cash after a price is the form of payment, not the measure.
    const penalty = h.rule.share || h.rule.index || h.name === "cash" ? 40 : 6;
    const weak = h.rule.share ? 12 : 0;
    const distance = h.end <= figure[0] ? figure[0] - h.end + weak : h.start >= figure[1] ? h.start - figure[1] + penalty : 0;
    if (distance < bestDistance) {
      best = h;
      bestDistance = distance;
    }
  }
  return best;
}

const INDEX_VENUE_RE = /\b(?:on|in|across|than|outperforming|underperforming|beating|lagging)\s+(?:the\s+)?(?:benchmark\s+)?$/i;
const AI_RE = /\bAI\b|\bartificial intelligence\b|\bgenerative AI\b/i;
const COMMITMENT_RE = /\b(?:commitment|committed|commit|pledged?|pledge|plans?|planned)\b/i;
const STOCK_WORDS_RE = /\b(?:stock|shares|stake|ADRs)\b/i;
const GLOBAL_RE = /\b(?:global|worldwide|industry-wide)\b/i;

/** The metric: the nearest metric words in the figure's segment, else in its sentence. */
export function metricOf(ctx: FigureContext, change: Change | null): string | null {
  const { text, figure, unit } = ctx;
  let hit = nearest(within(ctx.cues.metrics, ctx.segment), figure);
  // "expects the deal to produce $1.3 billion of annual cost savings", "$5 billion in
  // revenue": the measure written right after the figure names it, whatever came before.
  const ofMeasure = MEASURE_AFTER_RE.exec(text.slice(figure[1], figure[1] + 40));
  const named = ofMeasure ? within(ctx.cues.metrics, ctx.segment).find((h) => h.start === figure[1] + ofMeasure[0].length) : undefined;
  if (named && !named.rule.share && !named.rule.index && !named.rule.spend && named.name !== "cash") hit = named;
  let where: Span = ctx.segment;
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
    for (let i = ctx.segmentIndex - 1; i >= 0 && !hit; i--) {
      const seg = ctx.segments[i]!;
      const hits = within(ctx.cues.metrics, seg);
      hit = hits.length > 0 ? hits[hits.length - 1]! : null;
      if (hit) where = seg;
    }
    // A later segment names it only when the figure opens the sentence ("$9.3 billion, revenue").
    const next = ctx.segments[ctx.segmentIndex + 1];
    if (!hit && next && ctx.segmentIndex === 0 && text.slice(ctx.segment[0], figure[0]).trim() === "") {
      hit = within(ctx.cues.metrics, next)[0] ?? null;
      if (hit) where = next;
    }
  }
  if (unit === "count") return countedNoun(text, figure) ?? (hit && !hit.rule.share ? hit.name : null);
  if (unit === "%" && MARKET_SHARE_AFTER_RE.test(text.slice(figure[1], figure[1] + 60))) return "market share";
  // "54% said companies were spending too much": a share of those surveyed.
  if (unit === "%" && /^\s+(?:of (?:respondents|those (?:surveyed|polled)|them) )?(?:said|say|expect|think|believe|plan)\b/.test(text.slice(figure[1], figure[1] + 40))) return "survey respondents share";
  if (unit === "x") {
    // "1.5 times the 30-day average": a multiple of the usual trading volume.
    if (AVERAGE_VOLUME_AFTER_RE.test(text.slice(figure[1], figure[1] + 40))) return "average volume multiple";
    // "net debt would rise to 3.1 times EBITDA", "until leverage fell below 2.5 times".
    const debtScope: Span = [ctx.segments[ctx.segmentIndex - 1]?.[0] ?? ctx.segment[0], figure[0]];
    if (within(ctx.cues.metrics, debtScope).some((h) => /^(?:leverage|net debt|debt|borrowings)$/.test(h.name))) return "leverage";
    const base = nearest(within(ctx.cues.metrics, [figure[1], Math.min(ctx.sentence[1], figure[1] + 50)]), figure);
    return base && !base.rule.share ? `${base.name} multiple` : "valuation multiple";
  }
  // "cut its price target on the shares to HK$175 from HK$182": the target, not the shares.
  if (unit !== "%" && unit !== "pp" && unit !== "count" && unit !== "x" && within(ctx.cues.metrics, [Math.max(ctx.sentence[0], figure[0] - 80), figure[0]]).some((h) => h.name === "price target")) {
    return "price target";
  }
  // "FTSE 100, which was up 0.3 per cent": the relative clause is about the index.
  if ((unit === "%" || unit === "pp") && /^\s*which\b/i.test(text.slice(ctx.segment[0], figure[0])) && INDEX_NAME_END_RE.test(text.slice(Math.max(ctx.sentence[0], ctx.segment[0] - 40), ctx.segment[0]))) {
    return "index change";
  }
  if (!hit) return null;
  let name = hit.name;
  // "$1.23 adjusted": the basis of accounting written after the figure.
  const accounting = /^\s+(adjusted|diluted|GAAP|non-GAAP)\b/i.exec(text.slice(figure[1], figure[1] + 14));
  if (accounting && !name.includes(" ")) name = `${/GAAP/.test(accounting[1]!) ? accounting[1]! : accounting[1]!.toLowerCase()} ${name}`;
  const scope = text.slice(Math.min(where[0], ctx.segment[0]), Math.max(where[1], ctx.segment[1]));
  if (hit.rule.index) return unit === "%" || unit === "pp" ? "index change" : "index level";
  if (hit.rule.share && /^\s*(?:worth|valued at)\s*$/i.test(text.slice(hit.end, figure[0]))) {
    // "1.2 million shares worth $170 million": the value of a trade, not a price.
    const verb = within(ctx.cues.metrics, ctx.segment).find((h) => h.name === "purchase" || h.name === "sale");
    return verb ? `stock ${verb.name}` : "stock value";
  }
  // "repurchased 3.5 million shares for HKD 2.1 billion": the cost of a buyback.
  if (hit.rule.share && within(ctx.cues.metrics, [ctx.segment[0], hit.start]).some((h) => h.name === "share buyback")) return "share buyback";
  if (hit.rule.share) {
    if (unit === "%" || unit === "pp") return "share price change";
    if (unit === "x") return "valuation multiple";
    return "share price";
  }
  if (hit.rule.spend) {
    // "spend $9 billion on repurchases": the object names what the money goes to.
    const object = SPEND_OBJECT_RE.exec(text.slice(figure[1], figure[1] + 30));
    const named = object ? within(ctx.cues.metrics, [figure[1] + object[0].length, ctx.segment[1]])[0] : undefined;
    if (named && named.start === figure[1] + object![0].length && !named.rule.spend && !named.rule.share && !named.rule.index) return named.name;
    if (name === "purchase") name = STOCK_WORDS_RE.test(scope) ? "stock purchase" : "acquisition price";
    if (name === "sale") name = STOCK_WORDS_RE.test(scope) ? "stock sale" : "sale price";
    if ((name === "investment" || name === "spending") && AI_RE.test(scope)) name = `AI ${name}`;
    if ((name === "investment" || name === "spending") && COMMITMENT_RE.test(scope)) name = `${name} commitment`;
    if (GLOBAL_RE.test(text.slice(where[0], hit.start))) name = `global ${name}`;
  }
  if ((unit === "%" || unit === "pp") && change !== null && !/margin|share|rate|yield|inflation|GDP/.test(name)) {
    name = `${name} ${change === "up" ? "growth" : "decline"}`;
  }
  return name;
}

const MEASURE_AFTER_RE = /^\s+(?:of|in)\s+(?:(?:annual|annualized|yearly|quarterly|additional|new|extra|cumulative|pretax|pre-tax)\s+)*/i;
const PER_SHARE_AFTER_RE = /^\s+(?:per|a|an)\s+(?:diluted\s+)?(?:share|ADS|ADR)\b/i;
// Measures an amount per share can be (profit and income become EPS, a loss a loss per share: see index.ts).
const PER_SHARE_METRIC_RE = /EPS|dividend|price|offer|profit|earnings|income|loss/;
const AVERAGE_VOLUME_AFTER_RE = /^\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:average|normal|usual)\b(?!\s+(?:price|multiple|valuation|earnings))/i;
const INDEX_NAME_END_RE = new RegExp(String.raw`\b(?:index|benchmark|${alternation(INDEX_CUE_NAMES)})\s*[,;]?\s*$`);
const SPEND_OBJECT_RE = /^\s+(?:on|for|in)\s+(?:(?:the|its|their|new)\s+)?/i;
const MARKET_SHARE_AFTER_RE = /^\s+of (?:the )?(?:[\w'’-]+\s){0,4}?market\b/i;
const COUNTED_RE = /^((?:\s+(?!(?:of|in|on|at|to|for|from|by|with|and|or|the|a|an|per|that|which|who|whom)\b)[A-Za-z][\w'-]*){1,3})/;
// "19 of the 20 largest U.S. carmakers": a part of a counted group.
const COUNTED_OF_RE = /^\s+of\s+(?:the|its|their)\s+(?:\d+\s+)?(?:[\w.&'’-]+\s+){0,3}?([A-Za-z][\w-]*s)\b/;
function countedNoun(text: string, figure: Span): string | null {
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

const PRIOR_BEFORE_RE =
  /\b(?:from|compared (?:with|to)|versus|vs\.?|(?<!(?:more|less|fewer|higher|lower|better|worse|rather) )than)\s+(?:(?:the|a|an|its|previous|prior|earlier|last|year-ago|an?\s+estimated|estimates?|forecasts?|guidance|of|expectations?|projections?)\s+){0,4}(?:(?:more than|about|around|nearly|roughly|over|approximately)\s+)?$/i;
// "from their 52-week low of $X", "compared with a net loss of $X": a named level or
// measure as the comparison base.
const PRIOR_LEVEL_BEFORE_RE =
  /\b(?:from\s+(?:(?:their|its|the|a|an|his|her|52-week|all-time|record|previous|prior|earlier|intraday|closing|year-ago|IPO|offer|offering|issue|listing|debut)\s+){0,3}(?:low|high|peak|level|close|price|estimate|forecast|guidance|outlook|target|view)s?\s+of|(?:compared (?:with|to)|versus|vs\.?)\s+(?:[\w'’-]+\s+){1,5}of)\s+(?:(?:about|around|nearly|roughly|approximately)\s+)?$/i;
// "above the range of $30 to $32 it set last week": the marketed range, not the outcome.
const RANGE_BASE_BEFORE_RE = /\b(?:above|below|beyond|under|over|exceeding|topping|top of|bottom of)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}range\s+(?:of\s+)?$/i;
const RANGE_BASE_AFTER_RE = /^\s+(?:(?:it|they|the company|the group|the firm)\s+)?(?:had\s+)?(?:set|marketed|targeted)\b/i;
// "It expects ... and to produce $180 million": the outlook verb governs the infinitive.
const OUTLOOK_INFINITIVE_RE = /\b(?:expects?|expected|sees|forecasts?|projects?|anticipates?|aims?|plans?|targets?|intends?)\b[^.;]*\bto\s+(?:[\w-]+\s+){1,4}$/i;
// Deal terms ("would owe a termination fee of", "agreed to pay") are reported terms, not an outlook.
const DEAL_TERMS_RE = /\b(?:would|will|agreed to|has agreed to|have agreed to)\s+(?:also\s+)?(?:pay|owe|receive|be paid)\b|\b(?:termination|break(?:-?up)?) fee\b/i;
// "has obtained a $7 billion bridge loan commitment": a done deal.
const OBTAINED_RE = /\b(?:obtained|secured|arranged|signed|received|completed|closed)\b/i;
// Who stands behind an estimate; without one, "expected" is the company's or a forecaster's.
// "is expected to grow", "expected wage inflation of" (not "than expected", "beat expectations").
const FORWARD_EXPECTED_RE = /\b(?<!than )(?:expected|anticipated|predicted)\s+(?:[\w-]+\s+){0,3}?(?:to|of)\b/i;
const BEAT_AFTER_RE = /^\s+(?:[\w-]+\s+){0,2}?(?:topped|beat|missed|exceeded|surpassed|was (?:better|worse|higher|lower|stronger|weaker) than|came in (?:above|below|ahead of))\b/i;
const PASSIVE_EXPECTED_RE = /\b(?:is|are|was|were|be)\s+(?:widely\s+)?expected\b/i;
const COMPILERS = alternation(CONSENSUS_COMPILERS);
const ESTIMATOR_RE = new RegExp(String.raw`\b(?:analysts?|consensus|estimates?|polled|surveyed|${COMPILERS}|Wall Street|the Street|brokers?|economists?)\b`, "i");
// "implies growth of 37%": arithmetic on an outlook is an outlook.
const IMPLIES_RE = /\bimpl(?:y|ies|ied|ying)\b/i;
// "when revenue was $37.9 billion": the earlier state a change is measured from.
const WHEN_WAS_RE = /^\s*when\s+(?:[\w'’-]+\s+){0,3}(?:was|were|stood at|totaled|totalled|traded at|(?:was|were) trading at|closed at)\s+(?:(?:about|around|nearly|roughly)\s+)?$/i;
// "Adjusted earnings were $3.02", "Salesforce returned $3.8 billion": a result stated outright.
const RESULT_VERB_BEFORE_RE = /\b(?:was|were|reported|totaled|totalled|amounted to|stood at|came (?:in )?(?:at|to)|returned|paid|spent|generated|earned|booked|recorded|posted|delivered|repurchased|bought back)\s+(?:(?:about|around|nearly|roughly|approximately|more than|over)\s+)?$/i;
// "raising $1.2 billion": a participle clause spelling out the result of the main verb.
const RESULT_PARTICIPLE_RE = /^\s*(?:and\s+)?(?:raising|bringing|giving|taking|leaving|valuing)\b/i;
// "according to a report ... could consume 12% by 2028": a third party's projection.
const SOURCE_REPORT_RE = /\baccording to (?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}(?:report|study|research|analysis|survey|firm|forecast|projection|estimate)\b/i;
const PROJECTION_RE = /\b(?:could|may|might|will|would|is projected to|are projected to|by 20\d\d)\b/i;
const SECOND_CLAUSE_RE = /\s+and\s+(?:it\s+|the company\s+|the group\s+)?(?:said|says|added|noted|warned|expects?|sees)\b/i;
const ATTRIBUTING_PARTICIPLE_RE = /^\s*(?:saying|arguing|estimating|reckoning|noting)\b/i;
const PRIOR_WORDS_RE =
  /\b(?:a year (?:earlier|ago|before)|year-(?:ago|earlier)|the previous (?:year|quarter)|the prior (?:year|quarter)|the same (?:period|quarter) (?:a year ago|last year)|previous(?:ly)?|earlier estimates?|in the year-ago)\b/i;
// "$4 billion a year earlier" (but "up 7% from a year earlier" is a change, not a base).
const PRIOR_AFTER_RE =
  /^,?\s+(?:(?!from\b|than\b|compared\b|versus\b|vs\b)[\w-]+\s+){0,2}?(?:a year (?:earlier|ago|before)|in the year-(?:ago|earlier) (?:quarter|period)|in the (?:previous|prior) (?:year|quarter)|in the same (?:period|quarter) (?:a year ago|last year))\b/i;
const ESTIMATE_AFTER_RE =
  /^\s*(?:adjusted\s+|in revenue\s+|of revenue\s+)?(?:expected|estimated|estimate|est\.|forecast|consensus|anticipated|projected)\b|^\s*(?:[\w-]+\s+){0,2}?(?:that\s+)?(?:analysts?|Wall Street|the Street|economists?)\s+(?:had\s+)?(?:expected|expect|are expecting|were expecting|was expecting|are looking for|were looking for|was looking for|forecast|estimated|predicted|anticipated|polled|modeled|modelled|penciled in|pencilled in|projected)/i;
const ESTIMATE_RE =
  new RegExp(String.raw`\b(?:analysts?|consensus|estimates?|expected|expectations?|polled|surveyed|${COMPILERS}|Wall Street (?:had )?(?:expected|was expecting|forecast|modeled|modelled)|predicted|anticipated)\b`, "i");
const COMPANY_EXPECTS_RE =
  /\b(?:(?:the )?(?:company|firm|group|it|management|executives?|we)\s+(?:now\s+|also\s+|still\s+)?(?:expects?|sees|forecasts?|projects?|anticipates?|guided|predicts?|estimates?|targets?|aims?|plans?)\b|\b(?:guidance|outlook|guided|forecast for|raised its|lowered its|cut its|reaffirmed|reiterated|sees|targets?|aims? to|plans? to|commitment|committed|pledged?|will|would|intends? to|budget(?:ed)?|expects?|visibility (?:into|of|on))\b)/i;
const THIRD_PARTY_RE =
  /\b(?:(?:is|are|was|were) (?:projected|forecast|expected|set|poised|estimated|likely|on track) to|projected to|set to|according to|research firm|forecasts? (?:by|from)|(?:IDC|Gartner|Counterpoint|Canalys|McKinsey|Morgan Stanley|Goldman Sachs|Bloomberg Intelligence)\b)/i;

export interface BasisInput {
  ctx: FigureContext;
  /** Null when the figure is about the world or an industry, not one company. */
  subject: string | null;
  /** The basis of the previous figure of the same sentence, if any. */
  previous: Basis | null;
}

/** Reported, estimate, guidance, forecast or prior — from the nearest cue. */
export function basisOf({ ctx, subject, previous }: BasisInput): Basis {
  const { text, figure, segment, sentence } = ctx;
  // "a 31% premium to Corvane's closing price of $37.02": the price a premium is measured from.
  if (/\b(?:premium|discount)\b[^.;]{0,80}\b(?:price|close)\s+(?:of\s+|on \w+ of\s+)?$/i.test(text.slice(sentence[0], figure[0]))) return "prior";
  // "raised its price target to $72 from $65": the old target is the base.
  const segBeforeEarly = text.slice(Math.max(sentence[0], segment[0] - 14), figure[0]);
  if (/\bfrom\s+(?:(?:about|around)\s+)?$/i.test(segBeforeEarly) && within(ctx.cues.metrics, [sentence[0], figure[0]]).some((h) => h.name === "price target")) return "prior";
  // A price target is an analyst's estimate wherever it is written.
  if (within(ctx.cues.metrics, [Math.max(sentence[0], figure[0] - 60), figure[0]]).some((h) => h.name === "price target")) return "estimate";
  const before = text.slice(segment[0], figure[0]);
  const after = text.slice(figure[1], segment[1]);
  const segBefore = text.slice(Math.max(sentence[0], segment[0] - 14), figure[0]);
  // "up from $520 billion forecast three months ago": an earlier estimate is the base.
  if (PRIOR_BEFORE_RE.test(segBefore) && /^\s+(?:[\w-]+\s+){0,4}?(?:ago|earlier|previously)\b/i.test(after)) return "prior";
  const level = PRIOR_LEVEL_BEFORE_RE.exec(segBefore);
  // "compared with analysts' estimates of $1.10" is the estimate, not a base.
  if (level && !ESTIMATOR_RE.test(level[0])) return "prior";
  if (ctx.isRange && (RANGE_BASE_BEFORE_RE.test(before) || RANGE_BASE_AFTER_RE.test(after))) return "prior";
  if (WHEN_WAS_RE.test(before) && previous !== null) return "prior";
  // Figure-local cues win: "$1.10 expected", "from $4 billion a year earlier".
  if (ESTIMATE_AFTER_RE.test(after)) return "estimate";
  // "30 analysts" counts the analysts: a reported figure, not their estimate.
  if (ctx.unit === "count" && /^\s+(?:(?!that\b|which\b|who\b)\w+\s+){0,2}analysts\b/i.test(after)) return "reported";
  if (PRIOR_BEFORE_RE.test(segBefore) && !/\b(?:range|ranging|between)\b/i.test(before)) {
    if (/\b(?:vs\.?|versus|against)\s*$/i.test(segBefore) && ESTIMATE_RE.test(text.slice(sentence[0], sentence[1])) && !PRIOR_WORDS_RE.test(after)) {
      return "estimate";
    }
    // "compared with estimates of $1.25": others' current estimates, not an earlier figure.
    const base = PRIOR_BEFORE_RE.exec(segBefore)![0];
    if (/\b(?:estimates?|expectations?|consensus|projections?)\b/i.test(base) && !/\b(?:previous|prior|earlier|last|its|their|own|year-ago)\b/i.test(base) && !PRIOR_WORDS_RE.test(after)) {
      return "estimate";
    }
    return "prior";
  }
  // "runs 60 hotels and said it was on track to ...": a second clause's outlook is not this figure's.
  const afterClause = SECOND_CLAUSE_RE.exec(after);
  const localEnd = afterClause ? figure[1] + afterClause.index : segment[1];
  const local = text.slice(segment[0], localEnd);
  if (PRIOR_AFTER_RE.test(after) || /\b(?<!\byear )(?:previous|prior|earlier)\s+(?!to\b)(?:\w+\s+){0,2}$/i.test(before)) return "prior";
  const whole = text.slice(sentence[0], sentence[1]);
  if (DEAL_TERMS_RE.test(local)) return "reported";
  // "Analysts ... cut their target, saying the unit could be worth $X": the analysts' view.
  if (ATTRIBUTING_PARTICIPLE_RE.test(before) && PROJECTION_RE.test(local) && ESTIMATOR_RE.test(text.slice(sentence[0], segment[0]))) return "estimate";
  // "expected" with nobody named to expect it: the company's outlook, or a forecaster's.
  // (But "Acme is expected to report $1.05": a company's coming result expected by others.)
  if (FORWARD_EXPECTED_RE.test(local) && !ESTIMATOR_RE.test(whole) && !RESULT_RE.test(before) && (subject === null || !PASSIVE_EXPECTED_RE.test(local))) {
    return subject === null ? "forecast" : "guidance";
  }
  // "$5.2 billion topped expectations": the result measured against the estimate.
  if (BEAT_AFTER_RE.test(after)) return "reported";
  if (ESTIMATE_RE.test(local)) return COMPANY_EXPECTS_RE.test(before) && !/\banalysts?\b/i.test(local) ? "guidance" : "estimate";
  if (SOURCE_REPORT_RE.test(whole) && PROJECTION_RE.test(local)) return "forecast";
  if (IMPLIES_RE.test(before)) return subject === null ? "forecast" : "guidance";
  if (OBTAINED_RE.test(before)) return "reported";
  if (RESULT_VERB_BEFORE_RE.test(before)) return "reported";
  if (THIRD_PARTY_RE.test(local)) return subject === null || /\baccording to\b/i.test(local) ? "forecast" : thirdOrOwn(local);
  if (OUTLOOK_INFINITIVE_RE.test(text.slice(sentence[0], figure[0])) && !ESTIMATOR_RE.test(text.slice(sentence[0], figure[0]))) return subject === null ? "forecast" : "guidance";
  // Outlook words come before the figure ("expects revenue of $X") or right after it.
  if (COMPANY_EXPECTS_RE.test(before + text.slice(figure[1], localEnd).slice(0, 30))) return subject === null ? "forecast" : "guidance";
  // A bare segment ("plus or minus 2%", "or 49 cents") goes with the figure before it.
  // "from £708m to £2.6bn": the figure after "to" is the new value, not a restatement.
  const bare = !/\bto\s*$/i.test(before) && (before.trim() === "" || before.trim().split(/\s+/).length <= 3);
  // A change ("a rise of 267%") is never itself a comparison base.
  const isChange = (ctx.unit === "%" || ctx.unit === "pp") && /\b(?:rise|increase|gain|jump|drop|decline|fall|decrease)\b/i.test(before);
  if (RESULT_PARTICIPLE_RE.test(before)) return "reported";
  if (bare && previous !== null && !(previous === "prior" && isChange)) return previous;
  // A range with no other cue is an outlook: nobody reports a result as a range.
  if (ctx.isRange && !/\bfrom\s+$/i.test(before) && !/^\s+(?:previously|earlier|before)\b/i.test(after)) return subject === null ? "forecast" : "guidance";
  // Sentence-level cues for figures whose own segment is bare ("Revenue: $9.2 billion").
  if (!bare || RESULT_RE.test(whole)) return "reported";
  if (/\b(?:analysts?|consensus|LSEG|FactSet|polled)\b/i.test(whole)) return "estimate";
  if (/\b(?:guidance|outlook|forecast|expects?|sees)\b/i.test(whole) && /\b(?:company|it|firm|group|expects|sees)\b/.test(whole)) {
    return subject === null ? "forecast" : "guidance";
  }
  return "reported";
}

const RESULT_RE = /\b(?:reported|posted|came in|beat|beating|beats|missed|missing|topped|topping|exceeded|surpassed|rose|fell|grew)\b/i;

function thirdOrOwn(local: string): Basis {
  return /\b(?:commitment|plans?|pledged?|guidance|outlook)\b/i.test(local) ? "guidance" : "forecast";
}
