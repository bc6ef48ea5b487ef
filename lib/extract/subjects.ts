// Decides whose figure it is: the company named (or referred to) nearest before
// the figure in its sentence; the article's current focus company for "the
// company", "its", "the stock"; and nobody (null) for figures about the world, an
// industry, or several companies together.
import type { Entity, Span } from "@/lib/contract";
import type { EntityScan } from "./entities";
import { lastBefore } from "./entities";
import { alternation, COMPANY_KIND_NOUNS, PUBLIC_BODY_NOUNS, REFERRING_NOUNS, SEGMENT_WORDS } from "./lexicon";
import { recordRule } from "./rule-trace";
import { MARKET_WORD_RE, RELATIVE_ASIDE_RE, SUBJECT_RULES, type SubjectMention, type SubjectScope } from "./subject-rules";

// "the company", "the Swiss drugmaker", "the consumer goods group", "the London-listed miner"
// (but "the other company", "the combined group" are no referent).
// ("The Brazilian central bank's Selic rate" is a public body, never the company.)
const REFERRING_MODIFIER = String.raw`(?!(?:other|two|three|both|each|another|rival|acquiring|target|combined|merged|new|parent|enlarged|holding|central|reserve)\s)(?:[A-Z][a-z]+(?:-[A-Za-z]+)*|[a-z]+(?:-[a-z]+)*)\s+`;
// "The country's third-biggest lender said", "the world's largest miner": a rank where it stands.
const REFERRING_PLACE = String.raw`(?:(?:country|nation|world|region|city|state|island|continent)['’]s\s+)?`;
const ANAPHOR_RE = new RegExp(
  String.raw`\b(?:[Ii]ts|[Ii]t|[Tt]he (?:(?:Class [A-C]\s+|U\.S\.-listed\s+|Hong Kong-listed\s+|London-listed\s+)?(?:stock|shares)|${REFERRING_PLACE}(?:${REFERRING_MODIFIER}){0,2}?(?:${alternation(REFERRING_NOUNS)}))(?:['’]s)?)\b`,
  "g",
);
const OF_THE_END_RE = / of the $/;
const QUOTE_OPEN_RE = /^\s*["“'‘]/;
// A paragraph that opens on "The company", "The cement manufacturer's", "The country's second-largest lender".
const OPENING_REFERENCE_RE = new RegExp(String.raw`^The ${REFERRING_PLACE}(?:${REFERRING_MODIFIER}){0,2}?(?:${alternation(REFERRING_NOUNS)})(?:['’]s)?\b`);
const DATA_SHOWED_RE = /\b(?:data|figures|numbers|research|survey|estimates)\s+(?:[\w-]+\s+){0,3}?(?:showed|shows|show|suggested|suggests|indicated|indicates)\b/;
// "The Paris-based agency", "the cartel", "the U.S. regulator": a public body named by what it is.
const PUBLIC_BODY_REF_RE = new RegExp(String.raw`^(?:[Tt]he\s+)(?:[\w.'’-]+\s+){0,2}?(?:${alternation(PUBLIC_BODY_NOUNS)})\b`);
// What may stand before a body's name that opens its sentence: "The", "The U.S.".
const BODY_LEAD_RE = /^(?:[Tt]he\s+)?(?:U\.S\.\s+|[A-Z][\w.'’-]*\s+)?$/;
// "One brokerage raised its price target", "analysts lifted their target": the clause's "its" is the broker's.
const BROKER_WORD_RE = /\b(?:brokerage|broker|analysts?|research house)\b/i;
const BROKER_OWNED_RE = /^\s+(?:analysts?|economists?|strategists?|note|research)\b/i;
const RATING_VERB_END_RE = /\b(?:raised|raises|cut|cuts|lifted|lifts|lowered|lowers|trimmed|trims|kept|keeps|reiterated|upgraded|downgraded|initiated|started|set|moved|boosted|increased|reduced|slashed|hiked)\s+$/i;
// The figure sits in a relative clause that has not closed: ", which is up 26%", "whose
// shares jumped 28%", ", which priced at $18, the bottom of its range, and has since fallen 11%".
// ("whose shares fell 7.4% to": a figure's decimal point or thousands comma does not close it.)
const RELATIVE_CLAUSE_RE = /,\s+(?:which|whose|who)\b(?:[^,;.]|[.,](?=\d)|,\s+(?:the|a|an|its|their)\s[^,;.]*(?=,)|,\s+and\s+(?:has|have|had|is|are|was|were)\b)*$/;
// What may stand between the antecedent and ", which": its possessive, a ticker bracket, a quote chip.
// (The mention may be the ticker inside the bracket: "(NASDAQ: ARM), the chip designer".)
// ("the MDAX index, which was down 0.85%": an index name's own "index" word.)
// ("Advantest 6857.T, which sells to Nvidia, climbed": a wire code after the name.)
const ANTECEDENT_GAP_RE = /^(?:['’]s?)?[)\]]?(?:\s*[(\[][^()\[\]]{0,40}[)\]])*(?:\s+(?:[A-Z][A-Z0-9]{1,9}|\d{3,6})\.[A-Z]{1,3})?(?:\s+(?:index|benchmark|gauge))?\s*$/;
// A ticker bracket or a wire code between two names ("Advantest 6857.T and Tokyo Electron 8035.T
// slipping 1.6% and 1.1%, respectively"): no figure, so no clause of its own.
const TICKER_IN_GAP_RE = /\s*\((?:[A-Za-z ]+:\s*)?[A-Z0-9][A-Za-z0-9.\-]{0,9}\)|\s+(?:[A-Z][A-Z0-9]{1,9}|\d{3,6})\.[A-Z]{1,3}(?![\w.])/g;
// A quotation closing after the figure, then its attribution: `," said Acme's chief executive`,
// `,” Acme finance chief Jo Ray told analysts`, `,' the Acme CEO said` (a single quote only
// after punctuation, where it cannot be an apostrophe).
const QUOTE_CLOSE_RE = /^[^"“”\n]*?(?:[,.!?]\s?["”'’]|["”])\s*/;
const SPEECH_VERB_RE = /\b(?:said|says|told|tells|added|adds|noted|notes|explained|wrote|writes)\b/;
// "..., while rival J.B. Hunt", "while the sector's largest producer, Northern Star".
const CONTRAST_LEAD_RE = /\b(?:while|whereas)\s[^.;:]*$/;
const SIDE_COMPANY_RE = /^(?:\s*\([^()]*\))?,\s+(?:a|an|the|one of its|[A-Z][\w&.-]*['’]s?)\s+(?:[\w-]+\s+){0,2}(?:competitor|rival|peer|customer|supplier|client)s?\b/;
const INDEX_VENUE_RE = /\b(?:on|in|across|than|outperforming|underperforming|beating|lagging)\s+(?:the\s+)?(?:benchmark\s+)?$/i;
const OBJECT_OF_DEAL_RE =
  /\b(?:buy|buys|buying|bought|acquire[sd]?|acquiring|acquisition of|takeover of|purchase of|stake in|bid for|merger with|merge with)\s+(?:[\w-]+\s+){0,2}$/i;
// ("a 3.6% fall in petrochemical firm Industries Qatar", "a 1.8% gain in the country's largest lender
// First Abu Dhabi Bank": what the company is may stand between the move and its name.)
const OWNER_AFTER_RE =
  /^\s+(?:(?:rise|gain|jump|drop|fall|decline|increase|advance|slide|rally|climb|surge|slump|plunge|leap|leapfrog|retreat|dip|tumble|rebound)\s+(?:in|of|for|at|by)(?=\s+(?:the\s+)?(?:(?:benchmark|broader|blue-chip|tech-heavy|pan-European)\s+)?(?:(?:shares|stock) (?:of|in)\s+)?(?:(?!(?:of|at|in|on|to|from|by|for|with|and|or|than|the|its|their)\b)[a-z][\w-]*(?:['’]s)?\s+){0,4}$)(?:\s+the\s+(?:[a-z][\w-]*['’]s\s+)?)?(?:\s+(?!(?:of|at|in|on|to|from|by|for|with|and|or|than|its|their)\b)[a-z][\w-]*(?:['’]s)?(?=\s)){0,4}|(?:that\s+|what\s+)?investors (?:pay|are paying|will pay) for|(?:of\s+the\s+\d+\s+)?(?:analysts|brokers)\s+(?:who\s+)?(?:cover|covering|follow|following|track|tracking))\s+(?:the\s+)?(?:benchmark\s+|broader\s+|blue-chip\s+|tech-heavy\s+|pan-European\s+)?(?:(?:shares|stock) (?:of|in)\s+)?$/i;
const MOVE_OF_LEAD_RE = /\b(?:an?|the)\s+(?:rise|gain|jump|drop|fall|decline|increase|advance|slide|rally|climb|surge|slump|plunge|retreat)\s+of\s+(?:(?:about|roughly|nearly|almost|around|some|more than)\s+)?$/i;
const CLAUSE_CONJUNCTION_RE = /\b(?:while|whereas|but|although|though)\b/;
const OWNER_FOR_RE = /^\s+(?:in|for|by|at)\s+(?:the\s+)?(?:(?:shares|stock) (?:of|in)\s+)?(?:(?!(?:of|at|in|on|to|from|by|for|with|and|or|than|its|their)\b)[a-z][\w-]*(?:['’]s)?\s+){0,4}$/;
// "the 19% rise in the S&P 500", "compared with a 0.4 pct gain in the Nikkei": an index's own move.
// ("the roughly 15% rise in the Dow": a hedge may stand between.)
const INDEX_MOVE_LEAD_RE = /\b(?:the|(?:compared with|against|versus|behind|outpacing|lagging|beating|ahead of) an?)\s+(?:(?:about|roughly|nearly|almost|around|some|more than|just over|just under)\s+)?$/i;
const REDUCED_RELATIVE_VERB_RE = /^\s+(?:has|had|have|is|was|will|would|agreed|expects|expected|assumed|assumes|paid|pays|set|forecast|forecasts|plans|planned|offered|offers|budgeted|targets)\b/;
const COMPARED_BASE_LEAD_RE = /\b(?:compared with|compared to|versus|vs\.?|against)\s+(?:an?\s+)?(?:about\s+|around\s+|roughly\s+|just\s+)?$/i;
const BASE_FOR_RE = /^\s+(?:[a-z-]+\s+){0,3}?for\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/;
// (Not "compiled by": an average compiled by a data firm may cover several companies.)
const COMPILED_BY_RE = /\b(?:polled|surveyed)\s+by\s+$/i;
/** Words after which a company name begins its sentence's subject. */
// A cashtag ("$NVDA said") opens a sentence as its subject too.
const SUBJECT_LEAD_RE = /^(?:(?:shares|stock) (?:of|in) |(?:the )?(?:e-commerce|tech|chip|cloud)?\s?(?:giant|maker|company|firm) )?\$?$/i;
const VIEW_VERB_END_RE = /\b(?:expects?|expected|sees?|saw|forecasts?|estimates?|predicts?|rates?|upgraded|downgraded|upgrades|downgrades|likes?|prefers?|values?)\s+$/i;
const DATELINE_RE = /^(?:[A-Z][A-Z. ]+(?:,\s+[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^()]{1,40}\))?\s*[-–—]+\s*|[\w ,.]*\([^()]{1,40}\)\s*[-–—]+\s*)/;
const TOPIC_OF_LEAD_RE =
  /^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:initial public offering|IPO|listing|debut|share sale|offering|results|earnings|shares|stock|share price)\s+(?:of|in)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$/i;
const OBJECT_LEAD_RE = /\b(?:by|at|from|of|for|on|to|with|after|than|against|versus|like|including|over|into|about)\s+(?:the\s+)?$/;
// A clause opener behind a conjunction or descriptor words: "and Antofagasta", "Rival BP",
// "In company news, ABF", "wealth manager St James's Place" (never after a preposition, nor
// in a subordinate clause: "when Ark Invest disclosed" carries no focus).
const CLAUSE_SUBJECT_LEAD_RE =
  /^(?:(?:and|while|but|whereas|meanwhile|with|in company news|elsewhere|separately)\s+)?(?:(?:the\s+)?(?!(?:by|at|from|of|for|on|to|with|after|than|against|versus|vs|like|including|over|into|about|buy|bought|acquire|acquired|sell|sold|owner|when|before|since|as|because|if|although|though|until|unless|where|that|which|who|whom|whose)\s)[a-z][\w-]*\s+){0,3}$|^(?:and\s+|while\s+)?(?:Rival|Peer|Fellow|Insurer|Lender|Miner|Retailer|Chipmaker|Carmaker|Housebuilder|Broker|Conglomerate|Brokerage)\s+$/;

/** A subject rule that decided a figure (for the rule table's tests). */
// "Food producer Tiger Brands said", "Health care giant Johnson & Johnson rose": a sentence
// that opens on what kind of company the name is.
const KIND_LEAD_RE = new RegExp(String.raw`^(?:(?:And|and|While|while|But|but)\s+)?[A-Z][a-z-]*(?:\s+[a-z][\w-]*){0,3}?\s+(?:${alternation(COMPANY_KIND_NOUNS)})\s+$`);

const SEGMENT_NAMES: ReadonlySet<string> = new Set(SEGMENT_WORDS);
// A list item's bullet: "* ", "- ", "• ", "– ".
const LIST_ITEM_RE = /^\s*[*\-•–·]\s/;
// A results line: a measure and where it stands, no verb of speech ("Revenue up 23.4% at Rs 995 crore",
// "Ebitda margin at 18.5% vs 13.4%", "Net profit is down 12.6% at", "Gross NPA at 2.74%").
const RESULTS_LINE_RE = /^[A-Z][\w&/-]*(?: [\w&/-]+){0,3} (?:(?:is|was) )?(?:up|down|at|flat)\b/;

export interface SubjectResolver {
  /** The subject of a figure in `sentence`: its entity's name (the entity lists its tickers), or null. */
  subjectOf(figure: Span, segment: Span, sentence: Span): string | null;
  /** The company index a figure is about, or -1. */
  entityOf(figure: Span, segment: Span, sentence: Span): number;
  /** How the subject is written in a statement line. */
  display(subject: string | null): string | null;
}


// "the top Sensex gainer", "Nifty losers", "Of 30 Sensex stocks", "Hang Seng constituents".
const INDEX_AS_MODIFIER_RE = /^\s+(?:gainers?|losers?|laggards?|stocks|scrips?|counters?|constituents?|components?|heavyweights?|members?|pack)\b(?!\s+(?:index|sub-index)\b)/;

export function subjectResolver(text: string, scan: EntityScan): SubjectResolver {
  /** Where the paragraph holding `from` (skipping blank lines) ends. */
  const paragraphEnd = (from: number): number => {
    let at = from;
    while (text[at] === "\n") at++;
    const end = text.indexOf("\n", at);
    return end < 0 ? text.length : end;
  };
  const { entities, companyMentions } = scan;
  // A broker cited for its view is no subject, unless the article is about it.
  const isSource = (i: number) => scan.sources.has(i) && i !== scan.primary;
  // A newspaper or data firm is never a subject; a bank is, except where it is cited as a broker.
  const companyLike = (i: number) =>
    (entities[i]?.kind === "company" || entities[i]?.kind === "fund") && !(scan.alwaysSources.has(i) && i !== scan.primary);
  // "Revenue at the Cloud Intelligence Group", "Alibaba's Cloud Intelligence Group": a name
  // always written after "the" or another company's possessive is a unit of that company,
  // whose figures are the company's.
  const unitLead = /(?:\bthe|[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F.&-]*['’]s?)\s+$/;
  // ("the Commonwealth Bank" is a company: after "the", only a name that ends like a unit is one.)
  const possessedOnly = /[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F.&-]*['’]s?\s+$/;
  const UNIT_END_RE = /\b(?:Group|Division|Unit|Segment|Business|Services|Labs|Studios|Intelligence|Cloud|Arm)$/;
  // "Meta's Reality Labs unit", "its AWS business", "Alphabet's Google Cloud": a name the text
  // ever calls a listed company's part is that company's unit wherever it is written.
  const listedOwnerLead = new RegExp(String.raw`(?:\b[Ii]ts|${listedNames()})['’]?s?\s+$`);
  function listedNames(): string {
    const names = entities.filter((e) => e.kind === "company" && e.tickers.length > 0).flatMap((e) => [e.name, e.name.split(/\s+/)[0]!]);
    return names.length > 0 ? `\\b(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})` : "(?!)";
  }
  // "the Building Automation segment", "Aerospace Technologies, its largest segment,".
  const UNIT_AFTER_RE = /^(?:\s+|,\s+(?:its|the company's|the group's)\s+(?:[a-z-]+\s+){0,2})(?:unit|division|segment|business|arm|subsidiary)\b/;
  // "Its British unit Jaguar Land Rover said", "Its retail arm, Reliance Retail, opened".
  const UNIT_BEFORE_RE = /\b(?:[Ii]ts|[Tt]he (?:company|group)['’]s)\s+(?:[A-Za-z-]+\s+){0,2}(?:unit|division|subsidiary|arm|business)\s*,?\s+$/;
  const unitOf = (i: number) =>
    entities[i]!.mentions.some(
      ([a, b]) =>
        UNIT_AFTER_RE.test(text.slice(b, b + 48)) ||
        listedOwnerLead.test(text.slice(Math.max(0, a - 40), a)) ||
        // (Only a name the text writes no other way: "Reliance Retail" is no name of "Reliance Industries".)
        (UNIT_BEFORE_RE.test(text.slice(Math.max(0, a - 48), a)) && entities[i]!.mentions.every(([c, d]) => text.slice(c, d) === text.slice(a, b) || /^[A-Z&]{2,6}$/.test(text.slice(c, d)))),
    ) ||
    entities[i]!.mentions.every(([a]) => SIBLING_UNIT_RE.test(sentenceBefore(a))) ||
    // "The conglomerate's four segments told different stories. Aerospace Technologies, the
    // largest, posted ...", "The two weaker units were Industrial Automation and ...": names
    // written only where the company's units are the topic are those units.
    entities[i]!.mentions.every(([a]) => UNITS_TOPIC_RE.test(sentencesBefore(a, 2)));
  // "Its Industrial segment grew 7%, while Consumer fell 2%": a name listed after a named
  // segment in its sentence is a sibling segment.
  const SIBLING_UNIT_RE = /\b(?:[Ii]ts|[Tt]he (?:company|group)['’]s|[A-Z][\w&.-]*['’]s?)\s+(?:[A-Z][\w&-]*\s+){1,3}(?:segment|division|unit|business)\b[^.;]*?[,;]\s+(?:(?:and|while|but|whereas)\s+)?(?:the\s+)?$/;
  const UNITS_TOPIC_RE =
    /(?:\b(?:[Ii]ts|[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth)|[a-z]['’]s?)\s+(?:[\w-]+\s+){0,2}(?:segments|divisions|units|business lines)\b|\b(?:operates|organi[sz]ed|reports)\s+in\s+(?:two|three|four|five|six|seven|\d)\s+(?:segments|divisions)\b/;
  /** The last `n` sentences of the paragraph before `at`, up to `at`. */
  const sentencesBefore = (at: number, n: number) => {
    const head = text.slice(Math.max(0, at - 320, text.lastIndexOf("\n", at - 1) + 1), at);
    const parts = head.split(/(?<=[.!?])\s+(?=[A-Z])/);
    return parts.slice(-n).join(" ");
  };
  const sentenceBefore = (at: number) => text.slice(Math.max(0, at - 160, text.lastIndexOf("\n", at - 1) + 1), at).replace(/^[\s\S]*[.!?]\s+(?=[A-Z])/, "");
  const unitCache = new Map<number, boolean>();
  const isUnit = (i: number): boolean => {
    let unit = unitCache.get(i);
    if (unit === undefined) unitCache.set(i, (unit = computeUnit(i)));
    return unit;
  };
  const computeUnit = (i: number) =>
    entities[i]!.tickers.length === 0 &&
    entities[i]!.mentions.length > 0 &&
    (unitOf(i) ||
      // "Cloud grew 9%, while Aerospace slipped 2%": a business line's bare name in a story about a company.
      (SEGMENT_NAMES.has(entities[i]!.name) && entities.some((e, j) => j !== i && e.kind === "company" && e.mentions.length > 0 && !SEGMENT_NAMES.has(e.name))) ||
      // (Only its written names count: "the company" may refer back to it.)
      entities[i]!.mentions.every(
        ([a]) =>
          /^[Tt]he\s/.test(text.slice(a, a + 4)) ||
          ((UNIT_END_RE.test(entities[i]!.name) ? unitLead : possessedOnly).test(text.slice(Math.max(0, a - 30), a)) && !placePossessive(a)),
      ));
  // ("Austria's Raiffeisen Bank International said": a country's possessive owns no unit.)
  const placeEnds = new Set(entities.flatMap((e) => (e.kind === "place" ? e.mentions.map(([, b]) => b) : [])));
  const placePossessive = (a: number) => {
    const m = /['’]s?\s+$/.exec(text.slice(Math.max(0, a - 4), a));
    return m !== null && placeEnds.has(a - m[0].length);
  };
  // "Analysts at Leerink Partners estimate": a firm whose analysts speak is cited there, lexicon or not.
  const citedLead = (at: number) => /\b(?:analysts?|economists?|strategists?)\s+(?:at|from|with)\s+$/i.test(text.slice(Math.max(0, at - 24), at));
  const cited = (m: { span: Span; entity: number }) =>
    scan.citedAt.has(m.span[0]) || (isSource(m.entity) && entities[m.entity]!.tickers.length === 0) || (entities[m.entity]!.tickers.length === 0 && citedLead(m.span[0]));
  // Index mentions compete too: "the Hang Seng Index climbed 1.4%" is about the index.
  const indexMentions: SubjectMention[] = [];
  const venueIndexMentions: SubjectMention[] = [];
  // ("The Vanguard S&P 500 ETF (VOO), which gathered $9.8 billion": an index inside a fund's name is the fund's.)
  const insideName = (span: Span) => companyMentions.some((m) => m.span[0] <= span[0] && span[1] <= m.span[1] && m.span[1] - m.span[0] > span[1] - span[0]);
  entities.forEach((e, i) => {
    if (e.kind !== "index") return;
    for (const span of e.mentions) {
      if (insideName(span)) continue;
      // "down 1% on the FTSE 100": the index is where it traded, not what moved.
      if (INDEX_VENUE_RE.test(text.slice(Math.max(0, span[0] - 20), span[0]))) venueIndexMentions.push({ span, entity: i });
      // "Infosys was the top Sensex gainer, up 2.4 per cent", "Among Nifty losers,
      // Titan fell 2%": an index that names a kind of stock is no subject.
      else if (INDEX_AS_MODIFIER_RE.test(text.slice(span[1], span[1] + 24))) continue;
      else indexMentions.push({ span, entity: i });
    }
  });
  // "the 30-share Sensex of the Bombay Stock Exchange (BSE) opened", "the Nifty50 index of the
  // National Stock Exchange (NSE) rose": the exchange an index is "of" (and its bracketed code) is where the
  // index is kept, no subject.
  const indexEnds = new Set(indexMentions.map((m) => m.span[1]));
  let keptAt = -1;
  let keptEntity = -1;
  const exchangeOfIndex = (m: SubjectMention): boolean => {
    if (m.entity === keptEntity && m.span[0] - keptAt <= 3) return true;
    const lead = OF_THE_END_RE.exec(text.slice(Math.max(0, m.span[0] - 12), m.span[0]));
    if (!lead || !indexEnds.has(m.span[0] - lead[0].length)) return false;
    keptAt = m.span[1] + 1;
    keptEntity = m.entity;
    return true;
  };
  const mentions = [...companyMentions.filter((m) => companyLike(m.entity) && !cited(m) && !isUnit(m.entity) && !exchangeOfIndex(m)), ...indexMentions].sort(
    (a, b) => a.span[0] - b.span[0],
  );

  /** Where the paragraph holding `at` starts. */
  const paragraphOf = (at: number): number => text.lastIndexOf("\n", at - 1) + 1;
  /** True when a company, fund, source or index is named in [from, to). */
  const namesAnyone = (from: number, to: number): boolean =>
    [companyMentions, mentions].some((list) => (list[lastBefore(list, from) + 1]?.span[0] ?? to) < to);

  /** True when the mention sits in a list of companies ("Amazon, Alphabet and Meta"). */
  // ("... in Jabal Omar Development Co., while Saudi Aramco rose": a conjunction opens a clause, no list item.)
  const inList = (k: number): boolean => {
    const m = mentions[k]!;
    const prev = mentions[k - 1];
    const next = mentions[k + 1];
    // A figure between two names makes them two clauses, not a list ("Brackley put on 88p, while Quillon").
    const close = (a: Span, b: Span) => {
      // "Boeing (NYSE: BA), Vantor's biggest customer,": a possessor opens an appositive, not a list item.
      if (/^['’]s\b/.test(text.slice(b[1], b[1] + 3))) return false;
      const gap = text.slice(a[1], b[0]).replace(TICKER_IN_GAP_RE, "");
      // (A list never runs across a sentence's end: "NAB (ASX: NAB) lagged.\n\nAcross town, ANZ".)
      // ("Northgate and Quarry Capital, and from Nvidia (NASDAQ: NVDA), which invested": a new
      // prepositional phrase after "and" opens no list item.)
      return b[0] - a[1] < 30 && /^[\s\w().,:&-]*$/.test(gap) && /,|\band\b/.test(gap) && !/\d/.test(gap) && !/[.!?]\s|\n/.test(gap) && !/\band\s+(?:from|to|with|by|for|at|on)\s+$/.test(gap) && !/\b(?:which|who|whose)\b/.test(gap) && !CLAUSE_CONJUNCTION_RE.test(gap);
    };
    // ("Outside the FTSE 100, Debenhams rose": an index before a company opens no list with it.)
    const indexBefore = prev !== undefined && entities[prev.entity]?.kind === "index" && entities[m.entity]?.kind !== "index";
    return (
      (prev !== undefined && prev.entity !== m.entity && !indexBefore && close(prev.span, m.span)) ||
      (next !== undefined && next.entity !== m.entity && close(m.span, next.span))
    );
  };

  /**
   * True when the mention is its clause's grammatical subject or possessor: it opens the
   * sentence or a clause (after ", and", "while", ";"), maybe behind descriptor words
   * ("Rival BP", "shares in Tesco", "the e-commerce giant Alibaba"), or owns what follows
   * ("Barclays' profit"). A name after a preposition ("after Jefferies", "on Meituan") is
   * an object.
   */
  const isClauseSubject = (span: Span): boolean => {
    const lead = text.slice(Math.max(0, span[0] - 60), span[0]);
    // ("ZURICH - Swiss elevator maker Schindler", "TOKYO (Tokyo Bay Wire) - SoftBank": a dateline opens no clause.)
    const clauseLead = lead
      .slice(Math.max(lead.lastIndexOf(". "), lead.lastIndexOf("\n"), lead.lastIndexOf("; "), lead.lastIndexOf(", ")) + 1)
      .trimStart()
      .replace(DATELINE_RE, "");
    // "the initial public offering of food delivery firm Swiggy was subscribed": the clause is about it.
    if (TOPIC_OF_LEAD_RE.test(clauseLead)) return true;
    // "Analysts at Bernstein expect Unilever to report", "Jefferies now sees Nike earning": the
    // company a broker's view is about.
    if (VIEW_VERB_END_RE.test(clauseLead) && (BROKER_WORD_RE.test(clauseLead) || citedWithin(span[0] - clauseLead.length, span[0]))) return true;
    // "fueled by Ark Invest's Cathie Wood": a possessor after a preposition is an object's.
    if (OBJECT_LEAD_RE.test(lead)) return false;
    // "Barclays' profit", "8.2 million Guardant shares had changed hands": the name owns what follows.
    if (/^(?:['’]s?\s|\s+(?:shares|stock)\s+(?:were|was|have|has|had|are|is|rose|fell|jumped|gained|closed|ended|traded|changed)\b)/.test(text.slice(span[1], span[1] + 24))) return true;
    return SUBJECT_LEAD_RE.test(clauseLead) || CLAUSE_SUBJECT_LEAD_RE.test(clauseLead) || KIND_LEAD_RE.test(clauseLead);
  };

  const anyTicker = entities.some((e) => e.kind === "company" && e.tickers.length > 0);
  // A story about one company falls back on it; a story about several falls back on nobody.
  const companyCounts = new Map<number, number>();
  // (Counted over all its mentions, "the Google parent" and its tickers too: how much the story is about it.)
  for (const m of mentions) if (entities[m.entity]?.kind !== "index") companyCounts.set(m.entity, entities[m.entity]!.mentions.length);
  const namedTotal = [...companyCounts.values()].reduce((a, b) => a + b, 0);
  const primaryCount = companyCounts.get(scan.primary) ?? 0;
  const runnerUp = Math.max(0, ...[...companyCounts].filter(([i]) => i !== scan.primary && !isSource(i)).map(([, n]) => n));
  // The story's own company: named at least twice as often as any other, or more than a third of all names.
  const dominant = primaryCount >= 2 * runnerUp || primaryCount * 3 > namedTotal;
  // ... and one the story opens on: named in its first two paragraphs. (A bond or economy
  // wire that names one utility's deal in its fourth paragraph is not that utility's story.)
  const openingEnd = paragraphEnd(paragraphEnd(0));
  // (Or one its headline names: a wire's summary bullets may come before the story's first paragraph.)
  const opensOn = scan.primary >= 0 && (scan.primaryInTitle || entities[scan.primary]!.mentions.some(([a]) => a < openingEnd));
  const fallback = scan.primary >= 0 && dominant && opensOn ? scan.primary : -1;

  /** True when the mention at `at` sits in a "while"/"whereas" clause of its sentence. */
  const inContrast = (at: number): boolean => {
    // (A sentence ends after a word, not after an initial: "while rival J.B. Hunt".)
    const lead = text.slice(Math.max(0, at - 120, text.lastIndexOf("\n", at - 1) + 1), at).replace(/^[\s\S]*[a-z\d)%][.!?]["”]?\s+(?=[A-Z"“])/, "");
    return CONTRAST_LEAD_RE.test(lead);
  };
  /** The company the text is about at `at`: the last one named as a clause's subject. */
  const focusAt = (at: number, sentenceStart: number, listedOnly = false, from = 0, orElse = fallback): number => {
    let contrast = -1;
    for (let k = lastBefore(mentions, at); k >= 0; k--) {
      const m = mentions[k]!;
      if (m.span[0] >= sentenceStart) continue;
      if (m.span[0] < from) break;
      if (inList(k) || entities[m.entity]?.kind === "index") continue;
      // "Siemens (ETR: SIE), a competitor in grid equipment, gained 1.2%. ... Its revenue": a
      // company the text names as another's rival, customer or supplier is an aside, not the focus.
      if (SIDE_COMPANY_RE.test(text.slice(m.span[1], m.span[1] + 80))) continue;
      // "the stock" is a listed company's (when the article writes any ticker at all).
      if (listedOnly && anyTicker && entities[m.entity]!.tickers.length === 0) continue;
      if (isClauseSubject(m.span)) {
        // "Harbrook rose 5.6%, while rival J.B. Hunt gained 2.1%. ... the stock": a company named
        // in a contrast clause is a comparison; the text goes on about the main clause's company
        // (and about it only when no such company comes before).
        if (!inContrast(m.span[0])) return m.entity;
        if (contrast < 0) contrast = m.entity;
      }
      if (at - m.span[0] > 600) break;
    }
    return contrast >= 0 ? contrast : orElse;
  };
  // The last company a figure of each paragraph went to ("It climbed 8% ... Analysts at
  // Vontobel had forecast 12.4%": the paragraph still talks about the company).
  const carried = new Map<number, number>();

  // "lagging the S&P 500, which is up 26%": an index after a preposition is still the
  // antecedent of its own relative clause.
  const antecedents = [...mentions, ...venueIndexMentions].sort((a, b) => a.span[0] - b.span[0]);
  const cachedAt = new Map<number, number>();
  /** The mention that a relative clause ending at `at` hangs on, or -1. */
  const relativeAntecedent = (figure: Span, sentence: Span): number => {
    const before = text.slice(sentence[0], figure[0]);
    const clause = RELATIVE_CLAUSE_RE.exec(before);
    if (!clause) return -1;
    const at = sentence[0] + clause.index;
    const cached = cachedAt.get(at);
    if (cached !== undefined) return cached;
    let found = -1;
    const k = lastBefore(antecedents, at);
    const m = antecedents[k];
    if (m && m.span[1] <= at && ANTECEDENT_GAP_RE.test(text.slice(m.span[1], at)) && !(mentions.includes(m) && inList(mentions.indexOf(m)))) found = m.entity;
    cachedAt.set(at, found);
    // "Acme, whose rival Beta reported a 5% drop": a name inside the clause has the figure.
    const inside = antecedents[lastBefore(antecedents, figure[0])];
    if (inside && inside.span[0] > at) return -1;
    return found;
  };

  // One scope for every figure (its per-figure fields are set by entityOf): no closures per figure.
  const scope: SubjectScope = {
    text,
    figure: [0, 0],
    segment: [0, 0],
    sentence: [0, 0],
    before: "",
    segmentBefore: "",
    mentions,
    named: [],
    anaphorAt: -1,
    bodyAnaphorAt: -1,
    kindOf: (i) => entities[i]?.kind,
    inList,
    focusAt,
    ownerAfter: () => {
      const { figure, segment } = scope;
      // "the 41% rise in the VanEck Semiconductor ETF", "31 times investors pay for Microsoft",
      // "behind the 19% rise in the S&P 500": the name right after the figure owns it.
      const k = lastBefore(antecedents, figure[1]) + 1;
      const following = antecedents[k];
      if (!following || following.span[1] > segment[1] || following.span[0] - figure[1] > 60) return -1;
      // "trades at 29 times forward earnings, compared with 22 times for the S&P 500", "versus 19
      // times for Target": the base of a comparison belongs to the name it is "for".
      const between = text.slice(figure[1], following.span[0]);
      if (COMPARED_BASE_LEAD_RE.test(text.slice(Math.max(scope.sentence[0], figure[0] - 30), figure[0])) && BASE_FOR_RE.test(between)) return following.entity;
      // An index owns only "the 19% rise in the S&P 500" ("led with a 5% gain in the FTSE 100" is the company's).
      if (entities[following.entity]?.kind === "index" && !INDEX_MOVE_LEAD_RE.test(text.slice(Math.max(0, figure[0] - 24), figure[0]))) return -1;
      if (OWNER_AFTER_RE.test(between)) return following.entity;
      // "a gain of 0.4% for Toronto-Dominion Bank": the move named before its amount.
      if (MOVE_OF_LEAD_RE.test(text.slice(Math.max(0, figure[0] - 40), figure[0])) && OWNER_FOR_RE.test(between) && entities[following.entity]?.kind !== "index") return following.entity;
      // "against the 146 yen Toyota has assumed": a reduced relative clause whose subject owns the figure.
      const reduced =
        /\bthe\s+$/i.test(text.slice(Math.max(0, figure[0] - 5), figure[0])) &&
        /^(?:\s+[a-z-]+){0,2}\s+$/.test(between) &&
        REDUCED_RELATIVE_VERB_RE.test(text.slice(following.span[1], following.span[1] + 30));
      return reduced && entities[following.entity]?.kind !== "index" ? following.entity : -1;
    },
    relativeAntecedent: () => relativeAntecedent(scope.figure, scope.sentence),
    speakerAfter: () => {
      const { figure, sentence, named } = scope;
      // A name inside the quotation before the figure is its own subject ("'Acme's sales rose 5%,' he said").
      if (named.length > 0) return -1;
      const after = text.slice(figure[1], sentence[1]);
      const close = QUOTE_CLOSE_RE.exec(after);
      if (!close) return -1;
      const attribution = after.slice(close[0].length);
      if (!SPEECH_VERB_RE.test(attribution)) return -1;
      const from = figure[1] + close[0].length;
      const k = lastBefore(mentions, from - 1) + 1;
      const speaker = mentions[k];
      if (!speaker || speaker.span[1] > sentence[1] || speaker.span[0] - from > 50) return -1;
      return entities[speaker.entity]?.kind === "index" ? -1 : speaker.entity;
    },
    paragraphCarry: () => carried.get(text.lastIndexOf("\n", scope.sentence[0] - 1) + 1) ?? -1,
    previousParagraphCarry: () => {
      let end = text.lastIndexOf("\n", scope.sentence[0] - 1);
      // Back over the list items before ("* Q3 sales $812 mln" under "BRIEF-Meridian Foods
      // (NYSE: MRF) posts Q3 loss"): a line naming nobody passes on its own company.
      for (let hops = 0; hops < 12; hops++) {
        while (end > 0 && text[end - 1] === "\n") end--;
        if (end <= 0) return -1;
        const start = text.lastIndexOf("\n", end - 1) + 1;
        const carry = carried.get(start) ?? -1;
        const first = mentions[lastBefore(mentions, start) + 1];
        if (first && first.span[0] < end) {
          // Only a paragraph about that company: it is the first one the paragraph names ("Alphabet
          // trades at 27 times, below the 31 times investors pay for Microsoft" stays Alphabet's).
          if (carry >= 0) return first.entity === carry ? carry : -1;
          // A heading line that names a company and no figure ("BRIEF-Meridian Foods (NYSE: MRF) posts Q3 loss").
          const line = text.slice(start, end);
          return line.length <= 160 && !/[.!?]["”]?\s*$/.test(line) && entities[first.entity]?.kind === "company" ? first.entity : -1;
        }
        // (And a short results line under a company's heading, bulleted or not: "Ebitda up 19.6% at Rs 142
        // crore vs Rs 119 crore." after "Revenue up 20.2% at Rs 938 crore" under "GMM Pfaudler Q2 FY24".)
        // (And a paragraph that opens on what the company is: "The cement manufacturer's profit rose 2.4 times
        // ... tracked by Bloomberg." passes its company on to "Revenue rose 19% to Rs 4,800 crore".)
        // (And, in a story about several companies, a paragraph that names nobody, not even a source, to a
        // sentence that names nobody: "It shrugged off weak PC sales to post revenue of $24.5 billion." then
        // "Net income went up 16 per cent to $7.7 billion." stay the company named before; a quotation
        // paragraph's unnamed speaker may talk of anything.)
        const passes =
          carry >= 0 &&
          ((end - start <= 160 && RESULTS_LINE_RE.test(text.slice(start, start + 60))) ||
            OPENING_REFERENCE_RE.test(text.slice(start, start + 80)) ||
            (!namesAnyone(start, end) && !namesAnyone(scope.sentence[0], scope.sentence[1]) && !QUOTE_OPEN_RE.test(text.slice(paragraphOf(scope.sentence[0]), scope.sentence[0] + 1))));
        if (!LIST_ITEM_RE.test(text.slice(start, start + 4)) && !passes) return -1;
        if (carry >= 0) return carry;
        end = start - 1;
      }
      return -1;
    },
    indexNamed: (name) => entities.findIndex((e) => e.kind === "index" && name.test(e.name)),
    indexBefore: (at) => {
      for (let k = lastBefore(antecedents, at); k >= 0 && at - antecedents[k]!.span[0] < 600; k--) {
        if (entities[antecedents[k]!.entity]?.kind === "index") return antecedents[k]!.entity;
      }
      return -1;
    },
    forecasterCited: () => {
      const { figure, sentence } = scope;
      // "IDC forecasts AI spending will grow 29%": a research firm's view of a market. (But
      // "analysts polled by LSEG had expected $1.05": the firm only compiled the estimates of
      // the company in focus.)
      const compiledBy = ([a]: Span) => COMPILED_BY_RE.test(text.slice(Math.max(sentence[0], a - 20), a));
      for (const i of scan.forecasters) if (isSource(i) && entities[i]!.mentions.some((m) => m[0] >= sentence[0] && m[0] < figure[0] && !compiledBy(m))) return true;
      return false;
    },
  };

  const entityOf = (figure: Span, segment: Span, sentence: Span): number => {
    const before = text.slice(sentence[0], figure[0]);
    const named: number[] = [];
    // "Wheat prices, which drive demand at the group's farm arm, fell 1.8%": a closed relative
    // aside refers inside itself, not for the figure's clause ("The company, whose biggest customer
    // was AT&T Inc, forecast revenue of $550 million": nor is a name inside it the clause's).
    const asides = before.includes(", wh") ? [...before.matchAll(RELATIVE_ASIDE_RE)].map((a): Span => [a.index, a.index + a[0].length]) : [];
    const inAside = (at: number) => asides.some(([a, b]) => a <= at - sentence[0] && at - sentence[0] < b);
    // (A name the sentence splitter cut, "J.B. | Hunt Transport Services", is still the sentence's.)
    for (let k = lastBefore(mentions, figure[0]); k >= 0 && mentions[k]!.span[1] > sentence[0]; k--) {
      const at = mentions[k]!.span[0];
      if (inAside(at)) continue;
      // "agreed to buy cybersecurity firm Wiz for $32 billion": the target is not the payer.
      if (OBJECT_OF_DEAL_RE.test(text.slice(Math.max(sentence[0], at - 40), at))) continue;
      // "Arm Holdings (NASDAQ: ARM), the chip designer in which SoftBank owns 90%, reported":
      // a name inside an appositive that a company opens is not the clause's.
      if (insideAppositive(at, figure[0], sentence[0])) continue;
      named.push(k);
    }
    let anaphorAt = -1;
    let bodyAnaphorAt = -1;
    ANAPHOR_RE.lastIndex = 0;
    for (let m = ANAPHOR_RE.exec(before); m; m = ANAPHOR_RE.exec(before)) {
      const at = sentence[0] + m.index;
      if (asides.some(([a, b]) => a <= m!.index && m!.index < b)) continue;
      // "OPEC, in its monthly report, kept its forecast", "the FAA said it would add": a public
      // body's or a newspaper's own "its".
      if (/^(?:its|it|their)$/i.test(m[0]) && organizationLeads(at, sentence[0])) continue;
      // "One brokerage raised its price target", "Citi cut its target": the broker's "its".
      if (/^(?:its|their)$/i.test(m[0]) && brokerLeads(at, sentence[0])) continue;
      // "The investment bank's analysts expect", "the broker's note": the broker, not a company.
      if (BROKER_OWNED_RE.test(text.slice(at + m[0].length, at + m[0].length + 16)) && /['’]s$/.test(m[0])) continue;
      // ("It left its demand forecast unchanged": the body's "It" owns the sentence's later "its".)
      const sinceBody = bodyAnaphorAt >= 0 && !mentions.some((x) => x.span[0] > bodyAnaphorAt && x.span[0] < at);
      if (/^(?:its|it)$/i.test(m[0]) && (sinceBody || bodyRefers(at, sentence[0]))) {
        bodyAnaphorAt = at;
        continue;
      }
      anaphorAt = at;
    }
    scope.figure = figure;
    scope.segment = segment;
    scope.sentence = sentence;
    scope.before = before;
    scope.segmentBefore = text.slice(segment[0], figure[0]);
    scope.named = named;
    scope.anaphorAt = anaphorAt;
    scope.bodyAnaphorAt = bodyAnaphorAt;
    for (const rule of SUBJECT_RULES) {
      const decided = rule.decide(scope);
      if (decided !== null) {
        recordRule(figure, "subject", rule.name);
        if (decided >= 0 && entities[decided]?.kind === "company") carried.set(text.lastIndexOf("\n", sentence[0] - 1) + 1, decided);
        return decided;
      }
    }
    return -1;
  };

  /** True when `at` sits in a closed ", the/a ... ," appositive right after a company mention, before `figureAt`. */
  const insideAppositive = (at: number, figureAt: number, sentenceStart: number): boolean => {
    const open = text.lastIndexOf(", ", at);
    // (", Vantor's biggest customer, rose": a possessive appositive too; ", which is backed by
    // SoftBank (TYO: 9984), raised": a closed relative aside.)
    if (open < sentenceStart || !/^,\s+(?:the|a|an|which|who|whose|[A-Z][\w&.-]*['’]s)\s/.test(text.slice(open, open + 40))) return false;
    const close = text.indexOf(", ", at);
    if (close < 0 || close > figureAt || /[.;]/.test(text.slice(open, close))) return false;
    const k = lastBefore(mentions, open);
    const owner = mentions[k];
    return owner !== undefined && owner.span[0] >= sentenceStart && entities[owner.entity]?.kind === "company" && ANTECEDENT_GAP_RE.test(text.slice(owner.span[1], open));
  };

  // Mentions of public bodies, research firms and news outlets (never subjects), in order.
  const organizationStarts = entities
    .flatMap((e, i) => ((scan.forecasters.has(i) || scan.alwaysSources.has(i)) && i !== scan.primary ? e.mentions.map(([a]) => a) : []))
    .sort((a, b) => a - b);
  /** True when a public body or outlet is named in the sentence before `at`, with no company after it. */
  const organizationLeads = (at: number, sentenceStart: number): boolean => {
    let org = -1;
    for (const a of organizationStarts) {
      if (a >= at) break;
      if (a >= sentenceStart) org = a;
    }
    if (org < 0 || DATA_SHOWED_RE.test(text.slice(org, at))) return false;
    const k = lastBefore(mentions, at);
    return k < 0 || mentions[k]!.span[0] < org;
  };

  // Mentions of public bodies, research firms and outlets, and of brokers cited for their views, in order.
  const isBody = (i: number) => (scan.forecasters.has(i) || scan.alwaysSources.has(i)) && i !== scan.primary;
  const isBroker = (i: number) => scan.sources.has(i) && !isBody(i) && i !== scan.primary;
  const startsOf = (keep: (i: number) => boolean) => entities.flatMap((e, i) => (keep(i) ? e.mentions.map(([a]) => a) : [])).sort((a, b) => a - b);
  const bodyStarts = startsOf(isBody);
  const brokerStarts = startsOf(isBroker);
  /** True when the sentence [from, to) opens on a public body, agency or cited firm and names no company before `to`. */
  const opensOnBody = (from: number, to: number): boolean => {
    const lead = text.slice(from, to).replace(DATELINE_RE, "");
    const start = to - lead.length;
    const k = lastBefore(mentions, to);
    if (k >= 0 && mentions[k]!.span[0] >= start && entities[mentions[k]!.entity]?.kind !== "index") return false;
    // ("Kantar data on Tuesday showed that its food sales grew": a data firm's figures show a company's.)
    if (DATA_SHOWED_RE.test(lead)) return false;
    if (PUBLIC_BODY_REF_RE.test(lead)) return true;
    const opens = (a: number) => a >= start && a < to && BODY_LEAD_RE.test(text.slice(start, a));
    if (bodyStarts.some(opens)) return true;
    // A broker's "its" is its own only about a market ("Goldman Sachs now sees Brent at $82, up
    // from its earlier forecast"); "Peel Hunt cut its target price to 220p" is on the company.
    return brokerStarts.some(opens) && MARKET_WORD_RE.test(lead);
  };
  /**
   * True when an "its"/"it" at `at` refers to a public body or forecaster: its sentence opens
   * on one ("The Paris-based agency, in its monthly report", "Goldman Sachs now sees Brent at
   * $82, up from its earlier forecast"), or it opens the sentence after one in its paragraph
   * ("OPEC kept its forecast. Its members pumped ..."), with no company named since.
   */
  const bodyRefers = (at: number, sentenceStart: number): boolean => {
    if (opensOnBody(sentenceStart, at)) return true;
    if (/\S/.test(text.slice(sentenceStart, at))) return false;
    const paragraph = text.lastIndexOf("\n", sentenceStart - 1) + 1;
    const earlier = text.slice(paragraph, sentenceStart).trimEnd();
    if (!earlier) return false;
    let previous = paragraph;
    for (const m of earlier.matchAll(/[.!?]["”]?\s+(?=[A-Z"“])/g)) previous = paragraph + m.index + m[0].length;
    return opensOnBody(previous, sentenceStart);
  };

  const citedStarts = [...scan.citedAt].sort((a, b) => a - b);
  /** True when a cited broker mention starts in [from, to). */
  const citedWithin = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = citedStarts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (citedStarts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < citedStarts.length && citedStarts[lo]! < to;
  };

  /** True when a broker or analyst opens the clause before `at` ("Citi cut its", "analysts lifted their"). */
  const brokerLeads = (at: number, sentenceStart: number): boolean => {
    const clauseStart = Math.max(sentenceStart, text.lastIndexOf(", ", at) + 1, text.lastIndexOf("; ", at) + 1);
    const lead = text.slice(clauseStart, at);
    if (!RATING_VERB_END_RE.test(lead)) return false;
    if (BROKER_WORD_RE.test(lead)) return true;
    return citedWithin(clauseStart, at);
  };

  return {
    entityOf,
    subjectOf(figure, segment, sentence) {
      const idx = entityOf(figure, segment, sentence);
      const e = idx >= 0 ? entities[idx] : undefined;
      return e ? e.name : null;
    },
    display(subject) {
      if (subject === null) return null;
      const e = entities.find((x) => x.name === subject);
      const name = e?.name ?? subject;
      return name.replace(/(?:\s+(?:Group|Holdings?|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|Co\.?|plc|Plc|PLC|Platforms|N\.V\.|SE|AG|SA))+$/, "");
    },
  };
}
