// The fact extractor: article text in, entities and facts out. Pure: no I/O.
// Every offset indexes into `text` (UTF-16, end exclusive).
import { isCurrencyUnit, type Extraction, type Fact, type Span } from "@/lib/contract";
import { basisOf, changeOf, INDEX_MEMBERS_AFTER_RE, metricOf, periodOf, scanAttributes, type FigureContext } from "./attributes";
import { findEntities } from "./entities";
import { findEvents } from "./events";
import { findFigures } from "./figures";
import { type MetricOverrideInput, overrideMetric } from "./metric-rules";
import { homeDollar } from "./units";
import { within } from "./spans";
import { clauseSegments, sentenceAt, splitSentences } from "./sentences";
import { subjectResolver } from "./subjects";

// "¥" means yuan in a paragraph that talks about yuan, else yen.
const YUAN_RE = /\b(?:yuan|RMB|CNY|renminbi)\b/;
const PARAGRAPH_RE = /[^\n]+/g;

/**
 * `hints.tickers`: the front matter's tickers. `hints.title`: the headline, read for tickers
 * only (a ticker written only there is an entity with no mentions in the text).
 * `hints.publisher`: the front matter's publisher, read only for what a bare "$" is (homeDollar).
 * `hints.maxFacts`: stop reading figures once this many facts are found (the seed refuses
 * such a file: no need to read it all).
 */
export function extractFacts(text: string, hints?: { tickers?: string[]; title?: string | null; publisher?: string | null; maxFacts?: number }): Extraction {
  const scan = findEntities(text, hints?.tickers ?? [], hints?.title ?? "");
  const yuanParagraphs: Span[] = [];
  for (const p of text.matchAll(PARAGRAPH_RE)) if (YUAN_RE.test(p[0])) yuanParagraphs.push([p.index, p.index + p[0].length]);
  const yenIsYuan = (at: number) => yuanParagraphs.some(([a, b]) => a <= at && at < b);
  const figures = findFigures(text, scan.excluded, yenIsYuan, homeDollar(text, hints?.publisher));
  const sentences = splitSentences(text);
  const subjects = subjectResolver(text, scan);
  const cues = scanAttributes(text);
  const segmentCache = new Map<number, Span[]>();
  const facts: Fact[] = [];
  let previous: { fact: Fact; sentence: number; paragraph: number } | null = null;
  /** The sentence of each fact of `facts`, by position. */
  const factSentences: number[] = [];
  // The last outlook figure with a measure: what "its range", "its forecast" refer back to.
  let lastOutlook: { metric: string; money: boolean; paragraph: number } | null = null;
  const indexKeys = new Set(scan.entities.filter((e) => e.kind === "index").map((e) => e.name));
  const fundKeys = new Set(scan.entities.filter((e) => e.kind === "fund").map((e) => e.name));
  // Paragraphs that are items of a list ("-EPS: $2.19", "-Analyst Estimate: $1.02").
  const listParagraphs = new Set(sentences.filter((s, i) => (i === 0 || sentences[i - 1]!.paragraph !== s.paragraph) && LIST_ITEM_RE.test(text.slice(s.start, s.start + 2))).map((s) => s.paragraph));
  const listItem = (paragraph: number) => listParagraphs.has(paragraph);
  /** A figure's kind for lining up figures of two sentences: its unit class and whether it is per share. */
  // ("had been looking for $1.19 and $5.21 billion" after "earnings of $1.26 a share on revenue of $5.32 billion": an
  // amount under a thousand lines up with the per-share figure, not with the billions.)
  const kindOf = (fig: { unit: string; per: string | null; value: number }) => `${isCurrencyUnit(fig.unit) ? "money" : fig.unit}/${fig.per === "share" || (isCurrencyUnit(fig.unit) && fig.value < 1000) ? "share" : ""}`;
  /**
   * The fact whose measure a figure with none continues: the previous figure of its sentence;
   * in a new sentence, the figure of the sentence before that it lines up with (the same unit
   * and per-share, in order), as in a sentence of estimates after one of results: "expects
   * revenue of $3.56 billion and EPS of $5.85. Analysts had been looking for $3.61 billion and
   * $6.02 a share."
   */
  const carrySource = (prev: { fact: Fact; sentence: number }, f: { unit: string; per: string | null; value: number }, si: number, restatement: boolean): Fact => {
    const kind = kindOf(f);
    if (prev.sentence === si && (!restatement || (prev.fact.figure && kindOf(prev.fact.figure) === kind))) return prev.fact;
    // The sentence before this one that has figures.
    let i = facts.length - 1;
    let k = 0;
    for (; i >= 0 && factSentences[i] === si; i--) if (facts[i]!.figure && kindOf(facts[i]!.figure!) === kind) k++;
    const before = i >= 0 ? factSentences[i]! : -1;
    const matches: Fact[] = [];
    for (let j = i; j >= 0 && factSentences[j] === before; j--) if (facts[j]!.figure && kindOf(facts[j]!.figure!) === kind) matches.unshift(facts[j]!);
    return matches.length === 0 || sentences[before]!.paragraph !== sentences[si]!.paragraph ? prev.fact : matches[Math.min(k, matches.length - 1)]!;
  };
  /**
   * Wire copy gives each sentence its own paragraph: a paragraph that opens with "It", "That",
   * "The figure" and names no company before the figure continues the paragraph before it.
   */
  const opensWithReference = (si: number, figure: Span): boolean => {
    const s = sentences[si]!;
    return si > 0 && sentences[si - 1]!.paragraph !== s.paragraph && SENTENCE_OPENS_REFERRING_RE.test(text.slice(s.start, figure[0])) && !scan.companyMentions.some((m) => m.span[0] >= s.start && m.span[1] <= figure[0]);
  };
  /** "Wall Street had forecast $640 million." in a paragraph of its own: estimators before the figure and no company. */
  const expectationOpensParagraph = (si: number, figure: Span): boolean => {
    const s = sentences[si]!;
    return si > 0 && sentences[si - 1]!.paragraph !== s.paragraph && !scan.companyMentions.some((m) => m.span[0] >= s.start && m.span[1] <= figure[0] && !scan.alwaysSources.has(m.entity));
  };
  /** The measure a referring "it", "the figure", "that" stands for: the nearest named before (this sentence or the one before, same paragraph or across a referring paragraph break), while the subject stays. */
  const referredMeasure = (figure: Span, si: number, subject: string | null, change: "up" | "down" | null, unit: string): string | null => {
    const s = sentences[si]!;
    const before = si > 0 ? sentences[si - 1]! : null;
    const prev = before !== null && (before.paragraph === s.paragraph || opensWithReference(si, figure)) ? before : null;
    const from = prev?.start ?? s.start;
    const segmentStart = (segmentCache.get(si) ?? []).find((g) => g[0] <= figure[0] && figure[0] < g[1])?.[0] ?? s.start;
    const hit = within(cues.metrics, [from, segmentStart]).filter((h) => !h.rule.share && !h.rule.index).at(-1);
    if (!hit) return null;
    const own = hit.start >= s.start ? s : prev!;
    // The subject stays: the same one resolved, or no company named in the figure's sentence before it.
    const sameSubject = subjects.subjectOf([hit.start, hit.end], [own.start, hit.end], [own.start, own.end]) === subject;
    if (!sameSubject && scan.companyMentions.some((m) => m.span[0] >= Math.max(s.start, hit.end) && m.span[1] <= figure[0])) return null;
    return carryMetric(hit.name, unit, change);
  };
  /**
   * "The Hang Seng fell 1.2%, with Alibaba, which lost 2.9%, the biggest drag": a company named
   * between the sentence's last index mention and the figure owns the clause, so the figure is no
   * index move even when its subject is (wrongly) the index.
   */
  const indexMentions: Span[] = scan.entities.filter((e) => e.kind === "index").flatMap((e) => e.mentions);
  const companyAfterIndex = (figure: Span, lastIndex: Span): boolean =>
    scan.companyMentions.some((m) => m.span[0] >= lastIndex[1] && m.span[1] <= figure[0] && scan.entities[m.entity]?.kind !== "index" && !scan.alwaysSources.has(m.entity));
  /**
   * Whether the figure's sentence, before it, names the index as the one that moves: its last
   * index mention (or "the index") is no object ("the biggest contributor to the Topix",
   * "weighed on the index", "added 46 points to the Nikkei": the company moved) and no company
   * follows it. (An index named only in an earlier sentence moves only through "It"; see below.)
   */
  const indexOwnsClause = (figure: Span, sentenceStart: number): boolean => {
    const mentions = indexMentions.filter((m) => m[0] >= sentenceStart && m[1] <= figure[0]);
    for (const w of text.slice(sentenceStart, figure[0]).matchAll(INDEX_WORD_RE)) mentions.push([sentenceStart + w.index, sentenceStart + w.index + w[0].length]);
    const last = mentions.sort((a, b) => a[0] - b[0]).at(-1);
    if (last === undefined) return false;
    const lead = text.slice(Math.max(sentenceStart, last[0] - 40), last[0]);
    if (INDEX_AS_OBJECT_RE.test(lead) && !INDEX_MOVE_IN_RE.test(lead)) return false;
    // "was the top Sensex gainer", "Other Sensex losers were", "in the Sensex pack": the index names a group of its members.
    if (INDEX_MEMBERS_AFTER_RE.test(text.slice(last[1], last[1] + 12))) return false;
    return !companyAfterIndex(figure, last);
  };
  // A company, index or person named in the text: no measure of its own (see metric-head.ts).
  const isName = (span: Span) => scan.companyMentions.some((m) => m.span[0] < span[1] && span[0] < m.span[1]);
  const figuresBySentence = new Map<number, Span[]>();
  for (const f of figures) {
    const si = sentenceAt(sentences, f.span[0]);
    const list = figuresBySentence.get(si) ?? [];
    list.push(f.span);
    figuresBySentence.set(si, list);
  }

  // The commodity price an amount quoted per unit (or a move to one) is of: the sentence's last commodity before it,
  // else the previous sentence's of the same paragraph.
  const perUnitCommodity = (figure: Span, si: number): string | null => {
    const s = sentences[si]!;
    const window = text.slice(figure[1], Math.min(s.end, figure[1] + 60));
    // (A cheap look for a unit word first: most figures are no commodity price.)
    if (!COMMODITY_UNIT_WORD_RE.test(window) || !PER_COMMODITY_UNIT_AFTER_RE.test(window)) return null;
    // ("Spot silver tracked gold to rise 3.3%", "Silver futures followed the gold rally and gained 4.5%": the metal another one
    // follows is no measure of the figure.)
    const commodityIn = (span: Span) =>
      within(cues.metrics, span)
        .filter((h) => h.rule.id === "commodity" && !FOLLOWED_BEFORE_RE.test(text.slice(Math.max(span[0], h.start - 24), h.start)))
        .at(-1)?.name ?? null;
    const own = commodityIn([s.start, figure[0]]);
    if (own) return own;
    const before = sentences[si - 1];
    return before && before.paragraph === s.paragraph ? commodityIn([before.start, before.end]) : null;
  };

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
    const ctx: FigureContext = { text, figure: f.span, unit: f.unit, segment, segments, segmentIndex, sentence, cues, sentenceFigures: figuresBySentence.get(si) ?? [], isRange: f.high !== null, isName };

    const sameSentence = previous !== null && previous.sentence === si ? previous.fact : null;
    let subject = subjects.subjectOf(f.span, segment, sentence);
    // Index points are an index's: a company carried in from an earlier sentence owns none of them
    // ("BP fell 2%." then "In Toronto, the junior market rose 4.3 points").
    if (f.unit === "points" && subject !== null && !indexKeys.has(subject) && !scan.companyMentions.some((m) => m.span[0] >= s.start && m.span[1] <= f.span[0])) subject = null;
    // "$727 million, or 49 cents per share": the restatement shares its basis and period.
    const restates = sameSentence !== null && /^\s*or\s+(?:about\s+|roughly\s+)?$/i.test(text.slice(segment[0], f.span[0]));
    // ("rose 4.3 points, or 0.7 per cent": an index move restated is the index's, or nobody's, as its points are.)
    if (restates && sameSentence.figure?.unit === "points") subject = sameSentence.subject;
    let basis = restates ? sameSentence.basis! : basisOf({ ctx, subject, previous: sameSentence?.basis ?? null });
    // "fell 84p, or 2.9 per cent": the restatement moves the same way.
    const previousFigure = sameSentence?.figure ? { span: sameSentence.figure.span, unit: sameSentence.figure.unit, change: sameSentence.figure.change } : null;
    const change = changeOf(ctx, previousFigure, basis === "prior") ?? (restates && basis !== "prior" ? sameSentence.figure?.change ?? null : null);
    let metric = metricOf(ctx, change);
    const prefix = text.slice(s.start, f.span[0]);
    if ((metric === null || /^share price/.test(metric)) && subject !== null && indexKeys.has(subject) && !SHARES_NAMED_RE.test(text.slice(segment[0], f.span[0])) && (f.unit === "points" || indexOwnsClause(f.span, s.start))) {
      // "the S&P/ASX 200 closed down 0.4% at 8,214.90", "the MDAX, which slipped 0.6%": an index's own figure is its move or level.
      metric = f.unit === "%" || f.unit === "pp" || (f.unit === "points" && change !== null) ? "index change" : "index level";
    }
    const overrideInput: MetricOverrideInput = {
      text, figure: f.span, unit: f.unit, per: f.per, sentence, segment, change,
      sameSentence: sameSentence && { metric: sameSentence.metric, figure: sameSentence.figure ? { span: sameSentence.figure.span, unit: sameSentence.figure.unit } : null },
      commodity: () => perUnitCommodity(f.span, si),
    };
    metric = overrideMetric("named", metric, overrideInput);
    // "It finished up 8.7 per cent at €1.74", "It added another 4.35 per cent to finish at €17.75": a move by
    // a pronoun for the stock, reaching a price, is the share's (whatever the sentence before measured).
    if ((metric === null || REFERS_BACK_RE.test(text.slice(segment[0], f.span[0]))) && f.unit === "%" && change !== null && STOCK_PRONOUN_OPEN_RE.test(prefix) && STOCK_MOVE_TO_PRICE_AFTER_RE.test(text.slice(f.span[1], f.span[1] + 40))) {
      metric = "share price change";
    } else if (isCurrencyUnit(f.unit) && sameSentence?.metric === "share price change" && sameSentence.figure && STOCK_PRONOUN_OPEN_RE.test(text.slice(s.start, sameSentence.figure.span[0])) && STOCK_MOVE_TO_PRICE_AFTER_RE.test(text.slice(sameSentence.figure.span[1], f.span[1]))) {
      // (And the price it reached.)
      metric = "share price";
    }
    // ("The figure compared with $71 million": the referring words open the sentence, the figure a later clause.)
    if (metric === null && (REFERS_BACK_RE.test(text.slice(segment[0], f.span[0])) || SENTENCE_OPENS_REFERRING_RE.test(text.slice(s.start, f.span[0])))) {
      // "Operating profit was the highlight. It rose 12% to €1.9 billion.": the pronoun's measure
      // is the nearest one named before, in this sentence or the one before it (same paragraph).
      metric = referredMeasure(f.span, si, subject, change, f.unit);
    }
    if (metric === null) {
      // A sentence that names no measure continues the previous one of its paragraph.
      // "Alphabet raised its forecast to $110 billion" after "Microsoft spent $41.2 billion":
      // an outlook that names no measure is about the paragraph's measure, whoever's it is.
      const money = !["%", "pp", "count", "x"].includes(f.unit);
      const outlookNoMeasure = money && OUTLOOK_WORD_RE.test(prefix);
      // "Economists polled by Reuters had expected 2.1%.": the expectation of the measure just reported.
      const expectation = (basis === "estimate" || basis === "forecast") && ESTIMATOR_WORD_RE.test(prefix);
      const source = previous === null ? null : carrySource(previous, f, si, expectation);
      // "Westpac, ANZ and NAB rose 1.2%, 0.8% and 1.5% respectively": one measure, a subject each.
      // ("advanced 1.7%, 1.2% and 2.4%, in that order" is the same list.)
      const respectively = sameSentence !== null && (text.includes("respectively") || text.includes("in that order")) && RESPECTIVELY_WORDS_RE.test(text.slice(sentence[0], sentence[1]));
      const sameMeasure =
        source !== null &&
        (source.subject === subject || expectation || respectively || (outlookNoMeasure && !["%", "pp", "count", "x"].includes(source.figure?.unit ?? "")));
      // (A paragraph that opens with "It", "They", "The figure" continues the sentence just before it; see referredMeasure.)
      const sameParagraph = previous !== null && (previous.paragraph === s.paragraph || (listItem(previous.paragraph) && listItem(s.paragraph)) || (previous.sentence === si - 1 && (opensWithReference(si, f.span) || (expectation && expectationOpensParagraph(si, f.span)))));
      const carried =
        source !== null &&
        sameParagraph &&
        sameMeasure &&
        (f.unit === "count") === (source.figure?.unit === "count") &&
        !/^index/.test(source.metric ?? "");
      // "Meta narrowed its range for the year to $66 billion to $72 billion" after a paragraph on
      // "its 2025 capital spending forecast": an outlook noun with no measure ("its range", "its
      // forecast") refers to the outlook measure last named, in this paragraph or the one before.
      const outlookBack =
        !carried && lastOutlook !== null && OUTLOOK_ANAPHOR_RE.test(prefix) && money === lastOutlook.money && s.paragraph - lastOutlook.paragraph <= 1;
      // "JD.com bucked the trend, rising 1.1%": a bare change clause after the company's own clause.
      const bareChange = /^\s*(?:and\s+)?[a-z]+\s*$/.test(text.slice(segment[0], f.span[0]));
      // ("Economists polled by Reuters expect": a cited source names no company that moved.)
      const namedBefore = scan.companyMentions.some((m) => m.span[0] >= (bareChange ? s.start : segment[0]) && m.span[1] <= f.span[0] && !scan.alwaysSources.has(m.entity));
      if (carried && source!.metric !== null) metric = carryMetric(source!.metric, f.unit, change);
      else if (outlookBack) metric = carryMetric(lastOutlook!.metric, f.unit, change);
      // "rose 11.91% to 6.67 yuan": the level a share move ended at is the share price.
      else if (sameSentence?.metric === "share price change" && f.unit !== "%" && f.unit !== "count" && /\b(?:to|at|(?:close|closed|finish|finished|end|ended) on)\s*$/.test(text.slice(segment[0], f.span[0]))) {
        metric = "share price";
      }
      // "Vodafone, down 8.1p to 154.65p", "ended the day 1p down at 283p", "a drop of 199p or 7.6 per cent to 2,436p": in a
      // market report a company's move that reaches a price is its share price move (a level in pence is always one).
      else if (change !== null && f.unit !== "count" && f.unit !== "x" && f.unit !== "points" && MOVE_TO_PRICE_AFTER_RE.test(text.slice(f.span[1], f.span[1] + 44)) && ((subject !== null && !indexKeys.has(subject)) || PENCE_LEVEL_AFTER_RE.test(text.slice(f.span[1], f.span[1] + 44)))) {
        metric = "share price change";
      }
      // "Shopify fell 12%": a company's move with no other measure named is its share price.
      else if (f.unit === "%" && change !== null && (namedBefore || POSSESSOR_MOVE_RE.test(text.slice(Math.max(segment[0], f.span[0] - 40), f.span[1] + 30))) && !/\b(?:to|from)\s*$/.test(text.slice(segment[0], f.span[0]))) {
        metric = "share price change";
      }
    }
    // "The S&P 500 rose 0.8%. It is up 14% this year.": "it" after an index's move is the index.
    if (metric === null && (f.unit === "%" || f.unit === "pp") && previous?.sentence === si - 1 && /^index (?:change|level)$/.test(previous.fact.metric ?? "") && SENTENCE_OPENS_REFERRING_RE.test(prefix) && (previous.paragraph === s.paragraph || opensWithReference(si, f.span))) {
      metric = "index change";
    }
    // "reported a net profit of Rs 17,420 crore for the quarter, up 8.6% from Rs 16,041 crore": a bare
    // move after a measured figure is that measure's move, even in a market report.
    // ("stood at a record 148,000 rooms, 7% more than a year earlier": the move written as a comparison after it.)
    const between = sameSentence?.figure ? text.slice(sameSentence.figure.span[1], f.span[0]) : "";
    const restatedMove = sameSentence?.metric && !/^(?:share price|index|stock )/.test(sameSentence.metric) && (BARE_MOVE_AFTER_RE.test(between) || (LISTED_AFTER_RE.test(between) && COMPARED_MOVE_AFTER_RE.test(text.slice(f.span[1], f.span[1] + 60))));
    // ("sold 1.9 million tests ..., up 41% from a year earlier": the count's move, whatever verb sold them.)
    const countMoved = sameSentence?.figure?.unit === "count" && (f.unit === "%" || f.unit === "pp");
    if (restatedMove && (metric === null || metric === "share price change" || countMoved)) metric = carryMetric(sameSentence!.metric, f.unit, change);
    // "bring leverage down to 3.5 times ..., from 4.2 times now": the base has the measure of the figure it is compared with.
    // "subscribed 151 times, and the institutional tranche more than 15 times": a multiple listed after another.
    if (f.unit === "x" && metric === "valuation multiple" && sameSentence?.figure?.unit === "x" && sameSentence.metric) metric = sameSentence.metric;
    // "agreed to buy Halvorsen for $6.1 billion in cash, or $48.50 a share": the price restated per share is the offer price.
    if (restates && f.per === "share" && /^(?:acquisition price|deal value)$/.test(sameSentence.metric ?? "")) metric = "offer price";
    metric = overrideMetric("restated", metric, overrideInput);
    // ("the Energy Select Sector SPDR ETF rose 3.4 per cent" after the sector index's move: a fund moves as a share does.)
    if (subject !== null && fundKeys.has(subject) && /^index /.test(metric ?? "")) metric = metric === "index level" ? "share price" : "share price change";
    // "100 mln shares, or 0.77 pct of its outstanding stock": the restated share count keeps its measure.
    if (restates && sameSentence.metric && /^share price/.test(metric ?? "") && /^\s+of\s+(?:its|the|their)\s+(?:outstanding\s+|issued\s+|total\s+)?(?:shares|stock|share capital)\b/i.test(text.slice(f.span[1], f.span[1] + 40))) metric = sameSentence.metric;
    // "6.42 billion Swedish crowns ($684 million)": a bracketed conversion is the same figure in another currency.
    // ("SEK 782 (516) million": a bracketed figure in the same unit is the earlier period's, not a conversion.)
    const converts = sameSentence !== null && sameSentence.figure!.unit !== f.unit && /^\s*\(\s*(?:about\s+|around\s+|roughly\s+|some\s+)?$/.test(text.slice(sameSentence.figure!.span[1], f.span[0]));
    if (converts && sameSentence.metric !== null) {
      metric = sameSentence.metric;
      basis = sameSentence.basis!;
    }
    const period = restates || converts ? sameSentence!.period : periodOf(ctx, basis);
    const figureText = text.slice(f.span[0], f.span[1]);
    // A profit or loss written in cents ("97 cents", "a 66-cent loss") is per share.
    // ("rose 27 percent": the "cent" of "percent" is no coin.)
    const inCents = isCurrencyUnit(f.unit) && /(?<!per ?)cents?\b|¢|\dc$/.test(figureText) && metric !== null && /profit|income|earnings|loss/.test(metric);
    // A price target is a price per share ("boosted his price target to $60 (from $56)").
    const perShareMetric = metric !== null && (/EPS|dividend/.test(metric) || (metric === "price target" && isCurrencyUnit(f.unit))) && f.unit !== "%" && f.unit !== "count" && f.unit !== "x";
    // "$11.40 to $11.44 per share, from $11.25 to $11.33": the sibling figure's per share.
    const siblingPerShare = !["%", "pp", "count", "x"].includes(f.unit) && sameSentence?.figure?.per === "share" && sameSentence.figure.unit === f.unit && f.value < sameSentence.figure.value * 10 && f.value * 10 > sameSentence.figure.value;
    // "120.5 pence (RM5.98) a share": a bracketed conversion is per share when the figure it converts is.
    const convertsPerShare = converts && sameSentence.figure?.per === "share" && isCurrencyUnit(f.unit);
    const per = f.per ?? (perShareMetric || inCents || siblingPerShare || convertsPerShare ? "share" : null);
    // "$727 million, or 49 cents per share": a per-share profit is EPS.
    // ("... and the group declared a final dividend of 180c" keeps its own measure.)
    if (per === "share" && siblingPerShare && sameSentence?.metric && (metric === null || /profit|income|earnings/.test(metric))) metric = sameSentence.metric;
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
    factSentences.push(si);
    previous = { fact, sentence: si, paragraph: s.paragraph };
    if (metric !== null && (basis === "guidance" || basis === "forecast") && !/^(?:index|share price)/.test(metric)) {
      lastOutlook = { metric, money: isCurrencyUnit(f.unit), paragraph: s.paragraph };
    }
  }

  const events = findEvents({
    text,
    sentences,
    entities: scan.entities,
    affiliation: scan.affiliation,
    subjectAt: (cue, sentence) => subjects.subjectOf(cue, [sentence[0], cue[1]], sentence),
    subjectKeyOf: (i) => {
      const e = scan.entities[i];
      return e ? e.name : null;
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
// "its range", "their 2025 forecast": an outlook named by its noun alone, referring back.
const OUTLOOK_ANAPHOR_RE = /\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:forecasts?|outlook|guidance|range|targets?|view|projections?)\b/i;
// A clause whose subject refers back to a measure: "It rose 12%", "the figure for the quarter before was", "That compares with".
const REFERS_BACK_RE = /^\W*(?:(?:and|but|while|whereas)\s+)?(?:[Ii]t|[Tt]hey|[Tt]hat|[Tt]his|[Tt]he (?:figure|number|total|tally|latter))\s+(?:[\w'’-]+\s+){0,6}?$|\b(?:that|this|the) figure\b/;
// A sentence whose subject is a stock by pronoun, and the price its move reached ("to finish at €17.75", "to close on €1.74").
const STOCK_PRONOUN_OPEN_RE = /^\W*(?:It|The (?:stock|shares?)|Its shares)\s+(?:[a-z]+\s+){0,3}$/;
const STOCK_MOVE_TO_PRICE_AFTER_RE = /^\s*(?:(?:higher|lower|up|down)\s+)?(?:(?:to\s+)?(?:finish|close|end|settle)\s+)?(?:at|to|on)\s+(?:[£$€¥]|US\$|HK\$|A\$|R)?\d[\d,]*(?:\.\d+)?(?:p|c|\s?pence|\s?cents)?(?![\d.,]*\s*(?:bn|billion|million|mln|m\b|trillion|tn|%|per\s?cent|points))/i;
// A sentence that opens by referring back: "It rose 6%", "The figure compared with".
const SENTENCE_OPENS_REFERRING_RE = /^\W*(?:It|They|That|This|The (?:figure|number|total|tally))\b/;
const ESTIMATOR_WORD_RE = /\b(?:analysts?|economists?|polled|consensus|forecasters?|estimates?|Wall Street|the Street)\b/i;
const LIST_ITEM_RE = /^[-•*–]/;
// "the index", "the benchmark", "the gauge": an index named by what it is.
const INDEX_WORD_RE = /\b(?:index|benchmark|gauge)\b/gi;
// "contributors to the Topix", "weighed on the index", "outperformed the broader market in the FTSE 100".
const INDEX_AS_OBJECT_RE = /\b(?:to|on|in|across|than|for|of|from|into|against|versus|outperforming|underperforming|outperformed|underperformed|beating|lagging|lagged)\s+(?:(?:the|its|Japan['’]s|[A-Z][a-z]+['’]s)\s+)?(?:(?:broader|wider|main|benchmark|blue-chip|top-flight|mid-cap|small-cap|[\w-]+-share|[\w-]+-issue)\s+)*$/;
// "a 1.1% gain in the Nikkei 225": the index's own move.
const INDEX_MOVE_IN_RE = /\b(?:gain|rise|fall|drop|decline|slide|advance|increase|jump|move|rally|slump|loss)\s+(?:in|for|on|of)\s+(?:the\s+)?(?:benchmark\s+)?$/i;
const RESPECTIVELY_WORDS_RE = /\brespectively\b|\bin that order\b/;
const SHARES_NAMED_RE = /\b(?:shares|stock|ADRs|ADSs)\b/i;
// " to 154.65p", " down at 283p", " or 7.6 per cent to 2,436p", " higher at £17.21": the price a move reached (no scale word).
const MOVE_TO_PRICE_AFTER_RE = /^\s*(?:(?:higher|lower|up|down|better|weaker|firmer|easier|off)\s+)?(?:,?\s*or\s+\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+)?(?:to|at)\s+(?:[£$€]|US\$|HK\$|A\$|R)?\d[\d,]*(?:\.\d+)?(?:p|c|\s?pence|\s?cents)?(?![\d.,]*\s*(?:bn|billion|million|mln|m\b|trillion|tn|%|per\s?cent|points))/i;
const PENCE_LEVEL_AFTER_RE = /^[^;]*?(?:to|at)\s+\d[\d,]*(?:\.\d+)?(?:p|\s?pence)\b/i;
// " an ounce", " to $1,107.90 an ounce", ", or 0.8%, to $15.617 an ounce", " per barrel": a price per unit of a commodity,
// the figure's own or the level its move reached.
const PER_COMMODITY_UNIT_AFTER_RE = /^(?:[^;]{0,40}?\b(?:to|at|reaching|reached)\s+(?:[A-Z]{0,3}[$€£](?:US|A|NZ|C)?|USD)?\d[\d,]*(?:\.\d+)?)?\s+(?:a|an|per|\/)\s*(?:troy\s+)?(?:barrel|bbl|ounce|oz|tonne|ton|metric ton|pound|lb|bushel|MMBtu|mmBtu)\b/i;
// "tracked gold", "followed the gold bullish rally", "tracking gold's gains": a metal another one moves with.
const FOLLOWED_BEFORE_RE = /\b(?:track(?:ed|ing|s)?|follow(?:ed|ing|s)?|shadow(?:ed|ing|s)?|mirror(?:ed|ing|s)?)\s+(?:the\s+)?$/i;
const COMMODITY_UNIT_WORD_RE = /barrel|bbl|ounce|\boz\b|tonne|\bton\b|metric ton|pound|\blb\b|bushel|MMBtu/i;
const LISTED_AFTER_RE = /^[^;.%]{0,50},\s*$/;
const COMPARED_MOVE_AFTER_RE = /^\s+(?:more|fewer|less|higher|lower)\s+than\s+(?:a year (?:earlier|ago|before)|(?:the|a) (?:year|quarter|month)[- ](?:earlier|ago|before)|(?:in\s+)?(?:the\s+)?(?:previous|prior|same|year-ago|year-earlier)\b|last year)/i;
const BARE_MOVE_AFTER_RE = /^[^;.%]{0,50},\s*(?:up|down)\s+(?:(?:about|nearly|some|roughly)\s+)?$/;

/** A carried-over measure; its "growth"/"decline" belonged to the earlier figure's unit. */
function carryMetric(metric: string | null, unit: string, change: "up" | "down" | null): string | null {
  const ratio = unit === "%" || unit === "pp";
  // "share price change" carried to a level is the share price.
  const base = (metric ?? "").replace(ratio ? / (?:growth|decline)$/ : / (?:growth|decline|change)$/, "");
  if (!base) return null;
  if (ratio && change !== null && !/margin|share|rate|yield|growth$/.test(base)) {
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
