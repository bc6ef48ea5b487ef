// The noun phrase a figure attaches to, read from its clause's structure rather than from
// measure words anywhere nearby: the clause's subject before its verb ("passenger traffic
// rose 4%", "Acme's operating margin widened to 12%", "Capacity, measured in seat
// kilometres, rose 5%"), or the noun the figure is "of" ("a dividend of 20p", "a bid-to-cover
// ratio of 2.4"). metricOf (attributes.ts) prefers a metric rule's words inside this phrase,
// and names the figure by the phrase itself when no rule knows its words.
import type { Span } from "@/lib/contract";
import { COMPANY_KIND_NOUNS, REFERRING_NOUNS } from "./lexicon";

export interface HeadPhrase {
  /** The phrase's words, determiners and owner stripped ("operating margin"). */
  span: Span;
  /** The whole subject chunk the phrase heads, prepositional tail included ("Attendance at its parks"). */
  chunk: Span;
}

// Verbs that state a figure outright; move verbs come from the text's change cues.
const STATE_VERBS = String.raw`was|were|is|are|came in at|came to|came at|totall?ed|totall?ing|amounted to|stood at|stands at|reached|hit|averaged|topped|exceeded|ran at|held at|held steady at|remained at|was flat at|were flat at`;
const STATE_VERB_RE = new RegExp(String.raw`\b(?:${STATE_VERBS})\b`);
const STATE_VERBS_RE = new RegExp(String.raw`\b(?:${STATE_VERBS})\b`, "g");
const TRANSITIVE_MOVE_RE = /^(?:add|adds|added|adding|cut|cuts|cutting|boost|boosts|boosted|boosting|lift|lifts|lifted|lifting|raise|raises|raised|raising|reduce|reduces|reduced|reducing|trim|trims|trimmed|trimming|lower|lowers|lowered|lowering|slash|slashes|slashed|slashing|shaved|wipe|wipes|wiped|wiping|erased|erasing|hike|hikes|hiked|hiking|put on|gave up|gave back)$/i;
const OBJECT_FRAME_RE = /\b(?:add|adds|added|adding|cut|cuts|cutting|boost|boosts|boosted|boosting|lift|lifts|lifted|lifting|raise|raises|raised|raising|reduce|reduces|reduced|reducing|trim|trims|trimmed|trimming|lower|lowers|lowered|lowering|slashed|hiked|bringing|brought|taking|took|pushing|pushed|sending|sent|leaving|left|driving|drove|putting)\s+((?:(?:its|their|the|total|overall)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:to|at|by)\s+(?:(?:about|around|roughly|nearly|almost|some|more than|over|just over|just under|up to)\s+)?$/i;
// Auxiliaries and adverbs between a subject and its verb ("has risen", "also rose", "will rise").
const AUX_BEFORE_RE = /(?:\s+(?:has|have|had|will|would|could|may|might|should|is|are|was|were|also|only|just|now|then|again|been|further|sharply|slightly|steadily|both|each|alone|together|combined|overall))+\s*$/i;
// Where a subject chunk ends on the left: a reporting verb or a connective ("after", "as" open
// their own clause segments; inside one they are prepositions: "profit after taxation").
// ("Analysts expect revenue to rise 5%": the subject of the infinitive follows the outlook verb.)
const CHUNK_OPENER_RE = /^[\s\S]*\b(?:said|says|saying|reported|reports|showed|shows|noted|added|announced|that|while|whereas|but|though|although|and said|also said|expects?|expected|expecting|sees|see|saw|forecasts?|predicts?|predicted|projects?|projected|estimates?|estimated|wants?|want)\s+/i;
// A move word after a determiner or a preposition is a noun ("helped by a 3% rise"): no clause verb.
// ("a smaller decline than", "a sharper drop": an adjective before it makes it a noun too.)
const NOUN_MOVE_BEFORE_RE = /(?:^|\s)(?:a|an|the|its|their|his|her|of|by|in|on|at|for|with|from|this|that|another|further|(?:strong|weak|sharp|steep|modest|small|big|large|slight|mild|slow|fast|great|deep)(?:er|est)?|better|worse|surprise|unexpected|record)$/i;
// Words that are no part of a noun phrase's head.
// (Function words, irregular verbs, and the descriptions a company is given: "its biggest customer", "its main earner".)
const NOT_NOUN_RE = /^(?:also|still|now|then|there|here|what|how|where|when|why|said|says|more|less|much|many|few|other|others|such|same|own|very|just|only|even|both|either|neither|each|every|any|some|all|most|none|than|rather|whose|whom|not|no|yet|so|too|and|or|but|from|before|after|into|as|if|plus|via|up|down|off|over|under|about|above|below|between|through|until|against|during|without|within|across|along|around|behind|beyond|despite|except|near|onto|past|since|toward|towards|upon|flat|hard|easy|likely|able|unable|plentiful|took|made|came|went|saw|got|gave|held|kept|left|set|put|ran|won|lost|paid|sold|bought|began|grew|fell|rose|hit|biggest|largest|smallest|main|top|leading|chief|major|key|second-largest|third-largest|best|worst|first|last|latest)$|(?:ed|ing|est)$/i;
// A subject's head ends before its prepositional tail ("Revenue at its cloud unit", "yield on the note").
const PREPOSITION_RE = /\s(?:at|from|in|on|of|to|for|across|among|within|by|with|per|outside|excluding|including)\s/i;
const LEADING_WORDS_RE = /^(?:(?:the|a|an|its|their|his|her|our|this|that|these|those|each|both|all|total|overall|group|combined)\s+)+/i;
// Period words are the figure's period, not its measure.
const PERIOD_WORDS_RE = /^(?:(?:quarterly|annual|annualised|annualized|monthly|weekly|daily|yearly|half-yearly|full-year|half-year|year-end|year-ago|(?:first|second|third|fourth)-(?:quarter|half)|fiscal|interim|final|latest|record|new|\d{4}|Q[1-4]|January|February|March|April|May|June|July|August|September|October|November|December)\s+)+/i;
// An owner before the measure: "Pellam Foods' operating margin", "the lender's deposits".
const POSSESSIVE_RE = /^[\s\S]*['’]s?\s+/;
// A phrase "of" which a figure is no measure: a quantity, a move, an estimate or a part.
const NOT_MEASURE_HEADS = new Set([
  "consensus", "estimate", "estimates", "forecast", "forecasts", "view", "views", "expectations", "expectation", "guidance",
  "outlook", "target", "targets", "range", "average", "total", "record", "high", "low", "rise", "fall", "increase",
  "decrease", "gain", "gains", "drop", "decline", "growth", "jump", "slump", "fell", "rose", "figure", "number", "tally",
  "level", "levels", "pace", "rate", "bid", "offer", "deal", "stake", "part", "share", "shares", "stock", "stocks", "index",
  "some", "most", "many", "one", "none", "all", "half", "top", "bottom", "end", "start", "sum", "amount", "value", "worth",
  "analysts", "analyst", "economists", "investors", "traders", "it", "they", "this", "that", "which", "who", "he", "she",
  "we", "quarter", "year", "month", "week", "period", "day", "session", "time", "times", "basis", "cent", "percent",
  "points", "point", "business", "segment", "division", "arm", "unit", "units", "side", "market", "markets", "economy",
  "move", "result", "results", "reading", "print", "survey", "poll", "report", "data", "statement", "plan", "programme",
  "program", "payment", "fee", "price", "prices", "cost", "costs", "loss", "profit", "sales", "revenue", "trading",
  "close", "open", "session", "futures", "contract", "company", "group", "firm", "bank", "metal", "commodity", "currency",
  "bellwether", "bell", "change", "plan", "government", "people", "consumers", "clients", "customer", "client", "respondent",
  ...COMPANY_KIND_NOUNS, ...REFERRING_NOUNS,
]);
// Nouns by their ending: a capitalised first word of a sentence names a measure only so ("Capacity", "Attendance").
const NOUN_ENDING_RE = /(?:ity|tion|sion|ance|ence|ency|ment|ness|age|ure|ings|ship|ism|ery|ory|acy)$/;

/**
 * The head of the clause subject that `verbAt` is the verb of, inside `chunk` (text from a
 * clause start to the verb), as a span of `text`.
 */
function subjectHead(text: string, chunkStart: number, verbAt: number): HeadPhrase | null {
  let raw = text.slice(chunkStart, verbAt);
  const aux = AUX_BEFORE_RE.exec(raw);
  if (aux) raw = raw.slice(0, aux.index);
  let start = chunkStart;
  const opener = CHUNK_OPENER_RE.exec(raw);
  if (opener) {
    start += opener[0].length;
    raw = raw.slice(opener[0].length);
  }
  // ("after the streaming platform's active accounts climbed": a subordinating conjunction opens the clause, its subject follows.)
  // (Only before a determiner: "profit after taxation hit" is one phrase.)
  const lead = /^\W*(?:(?:and|but|or|while|whereas|with|as)(?:\s+|$)|(?:after|before|since|because|when|once|although|though|until|unless)\s+(?=(?:the|its|their|a|an)\s|[A-Z][\w&.-]*['’]s\s))?/i.exec(raw)![0];
  start += lead.length;
  raw = raw.slice(lead.length).trimEnd().replace(/\s+to$/i, "");
  // ("At the IPO price the company was valued at": a clause opened by a prepositional phrase names no measure there.)
  if (NOUN_MOVE_BEFORE_RE.test(raw) || /^(?:at|in|on|for|by|with|after|before|from|during|under|over|since|despite|according|among|of|to)\b/i.test(raw)) return null;
  if (raw.length === 0 || raw.length > 90) return null;
  const chunk: Span = [start, start + raw.length];
  const pp = PREPOSITION_RE.exec(raw);
  const head = pp ? raw.slice(0, pp.index) : raw;
  return { span: [start, start + head.length], chunk };
}

/** The phrase a figure is "of": "a dividend of", "Gold production of", "a bid-to-cover ratio of". */
const OF_FRAME_RE = /(?<![\w'’-])((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w-]*)\s+of\s+(?:(?:about|around|roughly|nearly|almost|some|approximately|more than|over|just over|just under|up to|at least|as much as)\s+)?$/;

export function headPhrase(text: string, segment: Span, figure: Span, verbs: { start: number; end: number }[], figures: Span[]): HeadPhrase | null {
  const before = text.slice(segment[0], figure[0]);
  // (Cheap tail check first: the frame ends in "of".)
  const tailFrom = Math.max(0, before.length - 80);
  const of = /\bof\s+(?:[a-z]+\s+){0,2}$/.test(before.slice(-32)) ? OF_FRAME_RE.exec(before.slice(tailFrom)) : null;
  if (of) {
    // Keep the words after the last determiner, owner or verb-like word ("posted a net profit of").
    const words = of[1]!;
    let cut = 0;
    for (const m of words.matchAll(/\b(?:the|a|an|its|their|his|her|our|this|that|with|and|or|to|for|at|on|in|reported|posted|booked|recorded|expects|expected|sees|saw|forecast|forecasts|targets|has|had|have|is|was|were|are)\s+|['’]s?\s+|\d[\w.,]*\s+/gi)) cut = m.index + m[0].length;
    const start = segment[0] + tailFrom + of.index + cut;
    const end = segment[0] + tailFrom + of.index + words.length;
    if (end > start) return { span: [start, end], chunk: [start, end] };
  }
  // "lifting its assets to $12.3 billion", "raised its dividend to 46 cents": a transitive verb's object is the measure.
  const object = OBJECT_FRAME_RE.exec(before.slice(-90));
  if (object && !/\d/.test(object[1]!)) {
    // (The match ends at the figure.)
    const start = figure[0] - object[0].length + object[0].indexOf(object[1]!);
    const end = start + object[1]!.length;
    return { span: [start, end], chunk: [start, end] };
  }
  // The verb that governs the figure: the last one before it ("Sales fell 3.8% with its market share
  // down to 10.9%": down), its subject after the verb or figure before it.
  const found = verbs.filter((v) => v.start >= segment[0] && v.end <= figure[0]).map((v) => ({ start: v.start, end: v.end }));
  for (const m of before.matchAll(STATE_VERBS_RE)) found.push({ start: segment[0] + m.index, end: segment[0] + m.index + m[0].length });
  if (found.length === 0) return null;
  found.sort((a, b) => a.start - b.start);
  let v = found.length - 1;
  // "was up", "has also risen": a verb group is one verb.
  while (v > 0 && /^\s+(?:\w+ly\s+|also\s+|been\s+)?$/.test(text.slice(found[v - 1]!.end, found[v]!.start))) v--;
  const verb = found[v]!;
  // "the deal will lift earnings by 7%", "clients added $205 billion": a transitive move's subject is
  // its cause; the measure is its object, which the nearest words read.
  if (TRANSITIVE_MOVE_RE.test(text.slice(found[found.length - 1]!.start, found[found.length - 1]!.end))) return null;
  let chunkStart = v > 0 ? Math.max(segment[0], found[v - 1]!.end) : segment[0];
  const verbChunkStart = chunkStart;
  for (const f of figures) if (f[1] <= verb.start && f[1] > chunkStart) chunkStart = f[1];
  // "Customers with more than $100,000 in ARR rose to 4,310": a threshold inside the subject is part of it.
  if (chunkStart !== verbChunkStart && /^\s*(?:in|of|on|at|a|an|per|each)\b/i.test(text.slice(chunkStart, verb.start))) chunkStart = verbChunkStart;
  return subjectHead(text, chunkStart, verb.start);
}

/** Whether the figure's clause opens on its verb, its subject left in an earlier segment (", rose 3%"). */
export function opensOnVerb(text: string, segment: Span, figure: Span, verbs: { start: number; end: number }[]): boolean {
  const before = text.slice(segment[0], figure[0]);
  const move = verbs.find((v) => v.start >= segment[0] && v.end <= figure[0]);
  const state = STATE_VERB_RE.exec(before);
  const verbAt = Math.min(move?.start ?? Infinity, state ? segment[0] + state.index : Infinity);
  // ("settled down 7.25 cents", "closed up 2%": a verb of the close before its direction.)
  return verbAt !== Infinity && /^\W*(?:(?:and|but)\s+)?(?:(?:has|have|had|also|then|now|later)\s+)*(?:(?:settled|closed|ended|finished|traded)\s+)?$/i.test(text.slice(segment[0], verbAt));
}

/** The subject of a clause that opens on its verb ("..., rose 3%"): the same reading of a whole earlier segment. */
export function segmentHead(text: string, segment: Span): HeadPhrase | null {
  return subjectHead(text, segment[0], segment[1]);
}

// Words before a measure that say how much, not what: no part of its name.
const NOT_MODIFIERS_RE = /\b(?:higher|lower|strong|stronger|weak|weaker|solid|robust|record|overall|total|combined|reported|bigger|smaller|better|worse|key|closely|watched|and|or|of|its|their|the|a|an)\b/i;

/**
 * "Refining margins slumped": the lower-case words before a rule's measure inside the head
 * phrase say which one it is ("refining margin", "iron ore shipments"); null when there are none.
 */
export function headModifiers(text: string, head: HeadPhrase, measureStart: number, sentenceStart: number): string | null {
  let phrase = text.slice(head.span[0], measureStart);
  const owner = POSSESSIVE_RE.exec(phrase);
  if (owner) phrase = phrase.slice(owner[0].length);
  for (const re of [LEADING_WORDS_RE, PERIOD_WORDS_RE, LEADING_WORDS_RE]) phrase = phrase.replace(re, "");
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 2 || NOT_MODIFIERS_RE.test(phrase)) return null;
  const atStart = text.slice(sentenceStart, head.span[0]).trim() === "" && !owner;
  if (!words.every((w, i) => /^[a-z][a-z-]*[a-z]$/.test(w) || (i === 0 && atStart && /^[A-Z][a-z-]*[a-z]$/.test(w)))) return null;
  return words.join(" ").toLowerCase();
}

// A ratio-like noun that ends a head phrase past a rule's words: "average expense ratio", "loan-to-deposit ratio".
const RATIO_TAIL_RE = /^(?:-[a-z][\w-]*)?(?:\s+[a-z][\w-]*){0,2}?\s+(?:ratios?|rates?|margins?|yields?|spreads?|factor)$/;
// "revenue per loaded mile", "sales per square foot" (a result per share is EPS, its own rule).
const PER_TAIL_RE = /^\s+per\s+(?!(?:share|ADS|ADR|diluted|basic|cent|cents)\b)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*$/;

/**
 * The words of the head phrase past a rule's measure that still name it ("The average expense ratio": " ratio"; "revenue
 * per loaded mile": " per loaded mile"), as written; null when the measure ends the phrase.
 */
export function headTail(text: string, head: HeadPhrase, measureEnd: number): string | null {
  if (measureEnd > head.span[1]) return null;
  const inside = text.slice(measureEnd, head.span[1]);
  if (inside !== "" && !RATIO_TAIL_RE.test(inside)) return null;
  const rest = text.slice(head.span[1], head.chunk[1]);
  const per = PER_TAIL_RE.test(rest) ? rest : "";
  const tail = inside + per;
  return tail === "" ? null : tail.replace(/\s+/g, " ").toLowerCase();
}

/**
 * The phrase as a metric name when no metric rule knows its words: lower-case nouns, period
 * words dropped ("employee numbers", "capacity", "attendance"); null for a name, a pronoun, a
 * company noun, a quantity or an estimate.
 */
export function phraseMetric(text: string, head: HeadPhrase, sentenceStart: number, isName: (span: Span) => boolean): string | null {
  let phrase = text.slice(head.span[0], head.span[1]);
  const owner = POSSESSIVE_RE.exec(phrase);
  let start = head.span[0];
  if (owner) {
    start += owner[0].length;
    phrase = phrase.slice(owner[0].length);
  }
  for (const re of [LEADING_WORDS_RE, PERIOD_WORDS_RE, LEADING_WORDS_RE]) {
    const m = re.exec(phrase);
    if (m) {
      start += m[0].length;
      phrase = phrase.slice(m[0].length);
    }
  }
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 4) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // ("the 90-day delinquency ratio": a number-and-unit modifier before the head.)
    if (/^[a-z][a-z-]*[a-z]$/.test(w) || (i < words.length - 1 && /^\d{1,3}-(?:day|month|year|week)$/.test(w))) continue;
    // "Capacity, measured in ...": a sentence's capitalised first word, only when it reads as a noun.
    const first = i === 0 && text.slice(sentenceStart, start).trim() === "" && /^[A-Z][a-z-]*[a-z]$/.test(w);
    // ("Rents at its shopping centres rose": a name is not "at its" anything.)
    const ownedTail = /^\s(?:at|in|from|on|for|of|to)\s(?:its|their|the)\s/.test(text.slice(head.span[1], head.chunk[1]));
    // ("Money market fund assets rose": a capitalised first word before lower-case nouns is sentence case, names checked below.)
    const sentenceCase = first && words.length >= 3 && words.slice(1).every((x) => /^[a-z][a-z-]*[a-z]$/.test(x));
    if (first && (NOUN_ENDING_RE.test(w) || ownedTail || sentenceCase || new RegExp(String.raw`\b${w.toLowerCase()}\b`).test(text))) continue;
    return null;
  }
  // (A participle may describe the head, "operating ratio", never be it: "helped".)
  if (words.some((w, i) => NOT_NOUN_RE.test(w) && !/ings$/i.test(w) && (i === words.length - 1 || !/(?:ed|ing)$/i.test(w)))) return null;
  const last = words[words.length - 1]!.toLowerCase();
  const first = words[0]!.toLowerCase();
  // ("employee numbers" names a measure where "numbers" alone, or "plans", would not.)
  const notMeasure = (w: string) => NOT_MEASURE_HEADS.has(w) || (words.length === 1 && NOT_MEASURE_HEADS.has(w.replace(/s$/, "")));
  if (last.length < 3 || notMeasure(last) || notMeasure(first)) return null;
  if (isName([start, head.span[1]])) return null;
  return words.join(" ").toLowerCase();
}
