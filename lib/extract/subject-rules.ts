// Whose figure it is, as an ordered table of named rules: the first rule that decides
// wins (an entity index, or -1 for nobody: the market, an industry, several companies).
// Each rule carries an example sentence (our own words, in the styles of wires, papers
// and market reports) that subject-rules.test.ts runs through extractFacts to check that
// the rule, and no earlier one, decides it. A new rule goes above the first rule that
// gets its example wrong. subjects.ts builds the scope the rules read.
import type { EntityKind, Span } from "@/lib/contract";
import { alternation, MARKET_BENCHMARKS, MARKET_SECTORS, RESEARCH_FIRMS } from "./lexicon";

/** A mention of a company, fund or index, with its entity index. */
export interface SubjectMention {
  span: Span;
  entity: number;
}

/** What a subject rule reads about one figure. */
export interface SubjectScope {
  text: string;
  figure: Span;
  segment: Span;
  sentence: Span;
  /** The sentence's text before the figure. */
  before: string;
  /** The clause segment's text before the figure. */
  segmentBefore: string;
  /** The ordered company, fund and index mentions that can be subjects. */
  mentions: SubjectMention[];
  /** Mention indexes named in the sentence before the figure, nearest first (deal targets and asides left out). */
  named: number[];
  /** Where the last "its", "the company", "the shares" before the figure starts, or -1. */
  anaphorAt: number;
  /** Where the last "its"/"it" before the figure that refers to a public body, agency or forecasting broker starts, or -1. */
  bodyAnaphorAt: number;
  kindOf(entity: number): EntityKind | undefined;
  /** True when the mention sits in a list ("Amazon, Alphabet and Meta"). */
  inList(k: number): boolean;
  /** The company the text is about at `at`: the last one named as a clause's subject (or the story's company). */
  focusAt(at: number, sentenceStart: number, listedOnly?: boolean, from?: number, orElse?: number): number;
  /** The company an earlier figure of this paragraph went to, or -1. */
  paragraphCarry(): number;
  /** The company the last figure of the paragraph before went to, or -1. */
  previousParagraphCarry(): number;
  /** The index, company or fund named right after the figure that owns it ("the 19% rise in the S&P 500"), or -1. */
  ownerAfter(): number;
  /** The antecedent of a relative clause the figure sits in ("Norvale, which priced at $18"), or -1. */
  relativeAntecedent(): number;
  /** The company of the speaker a quotation holding the figure is attributed to ("'We grew 12%,' said Acme's CEO"), or -1. */
  speakerAfter(): number;
  /** The index last named before `at` (within a few sentences), or -1. */
  indexBefore(at: number): number;
  /** The first index the article names whose name fits `name`, or -1. */
  indexNamed(name: RegExp): number;
  /** True when a research firm or public body ("IDC forecasts", "the Federal Reserve held") is named before the figure in its sentence (not a firm that only compiled estimates). */
  forecasterCited(): boolean;
}

export interface SubjectRule {
  name: string;
  /** A text the rule decides, the figure in it, and the subject (ticker, else name; null for nobody). */
  example: { text: string; figure: string; subject: string | null };
  decide: (s: SubjectScope) => number | null;
}

const COLLECTIVE_RE = /\b(?:collectively|combined|together|altogether|between them|all (?:three|four|five)|the (?:three|four|five|big) )/i;
/** Words that make a clause about the world, not a company: markets, industries, economies, rates. */
// "RevPAR, a key industry measure, fell": an industry yardstick stays the company's; "sold
// 5.2 million cars worldwide in the half": an adverb of the company's own verb.
export const WORLD_RE =
  /\b(?:(?:global|worldwide)(?!\s+(?:net\s+|total\s+)?(?:revenues?|sales|profits?|earnings|shipments|deliveries|headcount|workforce|in|on|at|for|and|to|from|during|this|last|over)\b)|industry(?![- ](?:measure|benchmark|gauge|metric|yardstick|standard))|industry-wide|sector|sector-wide|market-wide|economy|economies|nationwide|government|countries|Treasury|bond|yields?|(?:oil|gold)(?!\s+(?:sales|production|output|revenues?|reserves|mines?|equivalent|deliveries|shipments|business|units?|divisions?|segments?|operations)\b)|inflation|GDP|gross domestic product|central bank)\b/i;
/**
 * A sentence or clause that opens on a market, commodity, currency or the economy is
 * about it ("Brent crude rose 1.2%", "The yen strengthened to 147.85", "Consumer prices
 * rose 3.1%"), whichever company the paragraph was about.
 */
const MARKET_WORDS = String.raw`Brent|WTI|West Texas Intermediate|crude|oil|gold|silver|copper|platinum|palladium|iron ore|natural gas|bitcoin|wheat|corn|soybeans?|sugar|coffee|cocoa|cotton|palm oil|lumber|cattle|(?:(?:Canadian|Australian|Aussie|New Zealand|Hong Kong|Singapore|Taiwan)\s+)?(?:dollar|euro|yen|pound|sterling|rupee|rand|yuan|franc|won|ringgit|rupiah|peso|lira|krona|krone|real|naira|shilling)(?:'s)?|(?:10|2|30|five|two|ten|thirty)-year (?:Treasury |gilt |bund )?yield|yields?|Treasur(?:y|ies)|gilts?|bunds?|(?:annual |core |headline )?(?:consumer|producer|house|home) prices|(?:annual |core |headline )?inflation|the economy|GDP|unemployment|the jobless rate|payrolls`;
/** A market, commodity, currency or economic series named anywhere ("sees Brent averaging $82"). */
export const MARKET_WORD_RE = new RegExp(String.raw`\b(?:${MARKET_WORDS})\b`, "i");
// "European shares fell", "Semiconductor stocks jumped", "The broader market gained", "Miners
// led the fallers": the market or a sector, not a company ("Hong Kong-listed shares" and
// "Class A shares" are a company's, and so is "Markets revenue": a bank's business).
// Countries and regions whose data series open clauses ("Chile's copper production fell 6.2%", "Brazil's retail sales rose").
const COUNTRIES = String.raw`China|Japan|India|Brazil|Chile|Canada|Australia|Germany|France|Britain|Italy|Spain|Mexico|Russia|Indonesia|South Korea|Korea|Sweden|Norway|Switzerland|Turkey|South Africa|Nigeria|Kenya|Egypt|Argentina|Peru|Colombia|Poland|America|Europe|Asia|Taiwan|Vietnam|Thailand|Malaysia|Singapore|Saudi Arabia|Israel|Ireland|Netherlands|Denmark|Finland|New Zealand|Philippines|Pakistan|Ghana|Hong Kong|the country|the nation|the euro zone`;
const MARKET_SIDES = String.raw`U\.S\.|US|American|European|Asian|Chinese|Japanese|Indian|British|UK|German|French|Australian|Canadian|South African|global|world|world's|emerging[- ]market|regional|broader|blue-chip|small-cap|mid-cap|large-cap|growth|value|tech(?:nology)?|chip|semiconductor|bank(?:ing)?|energy|mining|oil|healthcare|health care|consumer|retail|property|real estate|financial|industrial|utility|defen[cs]e|luxury|auto|airline|travel|media|telecoms?|gold|lithium|commodity`;
// ("with media, chemicals and travel stocks each down more than 1%": a list of sectors; "Financials fell
// 1.3%", "Health care was helped by": a sector of the index, `MARKET_SECTORS`.)
const MARKET_SUBJECTS = String.raw`(?:(?:${MARKET_SIDES})\s+){1,2}(?:stocks|shares|equities|markets|sector|indices|indexes|bourses)|(?:[a-z-]+(?:,\s+|\s+and\s+)){1,4}[a-z-]+\s+(?:stocks|shares|sectors)\b|(?:broader|overall|wider|stock)\s+market|market|stocks|equities|markets|(?:foreign|overseas|domestic|retail|institutional)(?: portfolio| institutional| fund)? (?:investors|institutions|funds)|Wall Street(?:'s main indexes| indexes)?|(?:central bank|Reserve Bank|Fed|monetary policy committee)|(?:(?:${COUNTRIES})['’]s\s+|(?:U\.S\.|UK|euro zone|euro area)\s+)(?!(?:[a-z-]+\s+)?(?:like-for-like|comparable|same-store|organic|underlying)\b)(?:[a-z-]+\s+){0,2}(?:sales|production|output|exports|imports|trade surplus|trade deficit|economy|growth|jobless rate|unemployment rate|inflation|factory activity|housing starts)|(?:[A-Za-z-]+\s+){0,2}?(?:deals|takeovers|mergers|acquisitions|listings|IPOs|flotations)|(?:turnover|volume|trading volume|trading)\s+(?:on|across)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:board|exchange|exchanges|bourse|market)s?|[Cc]ompanies|(?:${alternation(MARKET_SECTORS)})(?:\s+(?:stocks|shares|sector|names))?(?=\s+(?:was|were|is|are|also|led|rose|fell|gained|gains|lost|added|slid|sliding|dropped|climbed|shed|eased|advanced|declined|sank|jumped|tumbled|slipped|edged|rises|falls|climbs)\b)|(?:Miners|Banks|Lenders|Insurers|Housebuilders|Retailers|Carmakers|Automakers|Chipmakers|Utilities|Airlines|Drugmakers|Telecoms)\b`;
// "Wall Street had expected $1.15 billion", "The market had pencilled in a margin of 10.2%": the
// consensus for the company in focus, not a market's own figure ("Wall Street expects the
// spending to keep climbing" names no figure: still the market's).
const CONSENSUS_VERB = String.raw`\s+(?:(?:had|has|was|were|had been|has been)\s+)?(?:expect(?:s|ed|ing)?|looking for|forecast(?:ing)?|pencil(?:l)?ed in|estimat(?:es|ed|ing)|anticipat(?:ed|ing)|predicted|projected|modell?ing|braced for|hoping for)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:(?:about|around|roughly)\s+)?(?:$|(?:[A-Z]{0,3}[$€£¥]|Rs\.?\s?)?\d)`;
/**
 * A sentence or clause that opens on a market, a sector, a commodity, a currency or the
 * economy is about it ("Brent crude rose 1.2%", "The yen strengthened to 147.85", "Consumer
 * prices rose 3.1%", "European shares fell 0.5%"), whichever company the paragraph was about.
 */
const MARKET_OPENER_RE = new RegExp(
  String.raw`^\s*(?:(?:and|while|but|with|meanwhile|elsewhere|separately|on the currency markets|in commodities)[\s,]+)?(?:the\s+)?(?:(?:benchmark|front-month|spot|U\.?S\.?|international|global)\s+)*(?:(?:${MARKET_WORDS})(?!\s+index\b)|${MARKET_SUBJECTS})\b(?!\s+(?:revenues?|sales|income|profits?|fees|business|units?|divisions?|arm|segments?|trading|desks?|volumes?|operations|shares?|value|cap|capitali[sz]ation|production|output|reserves|mines?|equivalent|deliveries|shipments)\b)(?<!\b(?:Wall Street|Street|market)(?=${CONSENSUS_VERB}))`,
  "i",
);
// ("a 62% chance that the Federal Reserve cuts rates": odds priced for a central bank are the market's.)
const MARKET_AFTER_RE = new RegExp(
  String.raw`^\s+(?:(?:rise|gain|jump|drop|fall|decline|increase|advance|slide|rally|climb|surge|slump|retreat)\s+(?:in|for)\s+(?:the\s+)?(?:price\s+of\s+|prices\s+of\s+|(?:benchmark|front-month|spot|U\.S\.)\s+)?(?:${MARKET_WORDS})\b(?!\s+(?:stocks?|shares|miners?|producers?|companies|groups?|majors?)\b)|(?:chance|probability|likelihood|odds)\s+(?:that|of)\s+(?:the\s+)?(?:Fed\b|Federal Reserve|ECB|European Central Bank|Bank of|central bank|(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?(?:rate\s+)?(?:cut|hike|increase|reduction)))`,
  "i",
);
// ", which has lagged since May, will fund": a relative aside says nothing about the figure's clause.
export const RELATIVE_ASIDE_RE = /,\s+(?:which|who|whose)\b[^,;]*,/g;
const withoutAsides = (s: string) => s.replace(RELATIVE_ASIDE_RE, ",");

// "The index has gained 21.2% this year", "the benchmark ended 0.3% lower": an index named before
// ("the yield on the benchmark 10-year government bond" is no index).
const INDEX_REFERENCE_RE = /\b[Tt]he (?:(?:benchmark|broader|blue-chip|main|wider|local|tech-heavy|[A-Z][\w&/-]*) )?(?:index|benchmark|gauge|blue-chip index)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:bonds?|yields?|rates?|notes?|crude|Brent|futures|gilts?|bunds?|Treasur(?:y|ies)|policy|lending|interest)\b)(?![\s\S]*\b[Tt]he (?:index|benchmark|gauge)\b)/;
// "its highest close ever", "its best week since May": an index's own record.
// "Ten of its 11 major sectors ended higher": an index's own parts.
const INDEX_PARTS_ITS_RE = /^its\s+\d+\s+(?:(?:major|main|industry)\s+)?(?:sectors|sub-?indexes|sub-?indices|components|constituents|members)\b/i;
const INDEX_ITS_RE = /^its\s+(?:highest|lowest|best|worst|biggest|steepest|sharpest|largest|strongest|weakest|first|record|longest)\b/i;

// "Economists polled by Reuters expect", "economists had forecast": the sentence opens on economists.
const ECONOMISTS_LEAD_RE = /^(?:[\w,'’ -]{0,30}\s)?(?:[Ee]conomists|[Ss]trategists)\b/;

/** True when the sentence before this one in its paragraph opened on a market and no company was named since the paragraph began. */
function afterMarketSentence(s: SubjectScope): boolean {
  const paragraph = s.text.lastIndexOf("\n", s.sentence[0] - 1) + 1;
  const earlier = s.text.slice(paragraph, s.sentence[0]).trim();
  if (!earlier) return false;
  const previous = earlier.split(/(?<=[.!?])\s+(?=[A-Z])/).pop() ?? "";
  return MARKET_OPENER_RE.test(previous) && !s.mentions.some((m) => m.span[0] >= paragraph && m.span[0] < s.sentence[0]);
}
// "…, according to one research firm": a research firm's estimate of a market, after the figure.
// ("according to data from the research firm PitchBook", "according to data provider Dealogic".)
// ("..., research firm FootCount Analytics said", "..., Circana estimated": the attribution after the figure.)
const RESEARCH_FIRM_NOUN = String.raw`(?:[a-z-]+\s+)?(?:research|consulting|consultancy|data|analytics)\s+(?:firm|group|company|house|provider)`;
const RESEARCH_AFTER_RE = new RegExp(
  String.raw`^[^.;]*?(?:\baccording to (?:(?:data|figures|estimates|research)\s+(?:from|by|compiled by)\s+)?(?:(?:(?:one|a|an|the|another)\s+)?${RESEARCH_FIRM_NOUN}|(?:${alternation(RESEARCH_FIRMS)})\b)|,\s+(?:(?:the\s+)?${RESEARCH_FIRM_NOUN}\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}|(?:${alternation(RESEARCH_FIRMS)}))\s+(?:said|says|estimated|estimates|reported|reports)\b)`,
);

// "closed down 68.71 points", "ended 120.4 points higher" (not "percentage points" or "basis points").
const POINTS_RE = /\d\s+points?\b/;
// "Hong Kong stocks", "Mainland Chinese shares", "Tokyo equities" opening the sentence: one group per MARKET_BENCHMARKS row.
const MARKET_STOCKS_OPENER_RE = new RegExp(
  String.raw`^\s*(?:(?:meanwhile|elsewhere|in\s+Asia)[\s,]+)?(?:the\s+)?(?:${MARKET_BENCHMARKS.map((b) => `(${b.market})`).join("|")})\s+(?:stocks|shares|equities|stock markets?)\b`,
  "i",
);

/** A finder's answer as a rule's: an entity, or no decision (-1, none found). */
const found = (entity: number): number | null => (entity >= 0 ? entity : null);

// "holds a 4.9% stake in Flight Centre", "owns about 11% of the company": a stake one holder
// has in another company is neither's own figure (but "holds 30% of the market" is a share).
const STAKE_AFTER_RE = /^\s+(?:equity\s+|voting\s+)?(?:stake|holding|shareholding|interest)\b/;
// "will retain a stake of about 64%", "built a stake of more than 9%", "raised its stake in Commerzbank to 29.9%".
const STAKE_BEFORE_RE = /\b(?:stake|holding|shareholding)\s+(?:in\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+)?(?:of|to)\s+(?:about|roughly|nearly|almost|around|some|more than|just over|just under|close to)?\s*$/;
const HOLDS_BEFORE_RE = /\b(?:owns?|owned|owning|holds?|held|holding|controls?|controlled|controlling)\s+(?:a\s+)?(?:about|roughly|nearly|almost|around|some|more than|just over|just under)?\s*$/;
const NOT_A_STAKE_RE = /^\s*(?:of\s+(?:the\s+)?(?:global\s+|world\s+|domestic\s+|U\.S\.\s+)?(?:market|sector|industry|segment|category)|share)\b/;

/**
 * The terms of a takeover between two companies belong to the deal, not to either company:
 * the price per share, the equity and enterprise value, the multiple it pays, premiums, break
 * fees, synergies, earlier approaches and the vote it needs. Each shape reads the sentence
 * before the figure (`before`, its tail) or the words right after it (`after`); `dealOnly`
 * shapes decide only in a sentence that speaks of a takeover (a valuation in an IPO story is
 * the company's). A company's own purchase of an unnamed business ("completed its acquisition
 * of a neuroscience company for $1.4 billion") and "its €10bn bid" stay the buyer's.
 */
export interface DealTermShape {
  name: string;
  example: { text: string; figure: string };
  before?: RegExp;
  after?: RegExp;
  /** Both `before` and `after` must fit (else either). */
  both?: boolean;
  dealOnly?: boolean;
}

// A target as written after the buying verb: "Pinecrest Brands", "pump maker Ferrin Pumps (NASDAQ: FRPM)".
const TARGET = String.raw`(?:[a-z-]+\s+){0,3}[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:\([^()]*\)\s+)?`;
// A listed target, its ticker bracket written: the price of taking over a public company is the deal's
// ("buy Pellucid Diagnostics (NASDAQ: PLCD) for $7.4 billion"), a private one's the buyer's purchase.
const LISTED_TARGET = String.raw`(?:[a-z-]+\s+){0,3}[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+\([^()]*\)\s+`;
const ABOUT = String.raw`(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|approximately\s+)?`;
export const DEAL_TERM_SHAPES: readonly DealTermShape[] = [
  {
    name: "premium",
    example: { text: "Harbor Lane Foods (NYSE: HLNF) agreed to buy Pinecrest Brands at a 29% premium to Friday's close.", figure: "29%" },
    before: new RegExp(String.raw`\bpremium of\s+${ABOUT}$`, "i"),
    after: /^\s*premium\b/i,
  },
  {
    name: "premium over an average or close",
    example: { text: "Stratton Medical will pay $62 a share for Pellucid, an offer 52% above its 30-day volume-weighted average.", figure: "52%" },
    after: /^\s*(?:above|over)\s+(?:its|the|[A-Z][\w'’]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:average|closing price|close|undisturbed|share price)/i,
    dealOnly: true,
  },
  {
    name: "a second premium in its sentence",
    example: { text: "That is a premium of 38 per cent to Calder's closing price, and 44 per cent to the three-month volume-weighted average.", figure: "44 per cent" },
    // "a premium of 38% to the close, and 44% to the three-month average": the second premium
    // of a sentence names only what it is measured from.
    before: /\bpremium\b[^.;]*,\s+and\s+$/i,
    after: /^\s+to\s+(?:its|the|[A-Z][\w'’]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?:average|closing price|close|undisturbed|share price)/i,
    both: true,
  },
  {
    name: "break fees",
    example: { text: "The agreement includes a $265 million break fee payable by Pellucid Diagnostics if it accepts a rival offer.", figure: "$265 million" },
    before: new RegExp(String.raw`\b(?:break(?:-up)?|termination|reverse(?: break| termination)?) fee of\s+${ABOUT}$`, "i"),
    after: /^\s*(?:reverse\s+)?(?:break(?:-up)?|termination)\s+fee\b/i,
  },
  {
    name: "fee owed if the deal fails",
    example: { text: "Harbor Lane Foods (NYSE: HLNF) agreed to buy Pinecrest Brands; Harbor Lane would owe $310 million if regulators blocked the deal.", figure: "$310 million" },
    before: new RegExp(String.raw`\bwould (?:owe|pay)\s+(?:[A-Z][\w&'’-]*\s+){0,3}${ABOUT}$`),
    after: /^\s+(?:[\w-]+\s+){0,3}?if\b/,
    both: true,
    dealOnly: true,
  },
  {
    name: "offer price per share",
    example: { text: "Calloway Systems (NYSE: CLWY) agreed to buy Ferrin Pumps (NASDAQ: FRPM) for $54 a share in cash.", figure: "$54" },
    before: new RegExp(
      String.raw`\b(?:(?:buy|acquire|purchase|take over)\s+(?:${TARGET}|it\s+|them\s+)for|(?:taken private|acquired|bought)\s+by\s+${TARGET}for|(?:will|would) (?:pay|offer)|(?:bid|offer) (?:to|of)|shareholders (?:will|would) (?:receive|get)(?:\s+[\w\s.]{0,40}?\s+(?:and|plus))?)\s+${ABOUT}$`,
    ),
    // ("0.41 new Marlow shares plus 120p in cash for each Kestrel share".)
    after: /^\s*(?:a|per|for each)\s+share\b|^\s*in cash(?: and|\s+for each)\b|^\s*(?:new\s+)?[A-Z][\w-]*\s+shares\s+(?:plus\s+[^.;]{0,30}?\s+)?for each\b/,
    both: true,
    dealOnly: true,
  },
  {
    name: "an offer's price per share",
    example: { text: "Marlow Taverns raised its cash-and-shares offer for Kestrel Pubs (LSE: KPUB) to 372p a share.", figure: "372p" },
    // "raised its offer for the pub chain to 372p a share", "its earlier proposal, which was worth 345p a share".
    // (Never an IPO's "offer price of HK$263 a share".)
    before: new RegExp(String.raw`\b(?:offer(?!\s+price)|bid|proposal|approach)\b[^.;]{0,80}?\b(?:to|at|of|worth)\s+${ABOUT}$`),
    after: /^\s*(?:a|per)\s+share\b/,
    both: true,
    dealOnly: true,
  },
  {
    name: "a minority buyout",
    example: { text: "Veolia (EPA: VIE) agreed to buy the 60% of Aqualys it does not already own for €11.4 billion, or €28 a share.", figure: "€11.4 billion" },
    // "buy the 60% of Aqualys it does not already own for €11.4 billion, or €28 a share": the stake
    // bought and its price are the deal's.
    before: new RegExp(String.raw`\b(?:(?:does not|doesn['’]t|did not|does not yet)\s+(?:already\s+)?own\s+for\s+${ABOUT}|(?:does not|doesn['’]t)\s+(?:already\s+)?own\s+for\s+(?:[^.;]|\.(?=\d)){1,40}?,\s+or\s+${ABOUT})$`),
    after: /^\s+of\s+(?:[A-Z][\w&.'’-]*\s+){1,3}(?:that\s+|which\s+)?(?:it|they)\s+(?:does not|doesn['’]t|did not)\s+(?:already\s+)?own\b/,
    dealOnly: true,
  },
  {
    name: "an earlier offer's terms",
    example: { text: "Marlow Taverns raised its offer for Kestrel Pubs (LSE: KPUB), up from 0.38 new shares and 112p under its first approach.", figure: "112p" },
    // "up from 0.38 new shares and 112p under its first approach", "against £2.70bn for its earlier proposal".
    after: /^[^.;]{0,40}?\b(?:under|for|in)\s+(?:its|the|their)\s+(?:first|earlier|previous|initial|original|prior)\s+(?:cash\s+)?(?:approach|offer|bid|proposal)/,
    dealOnly: true,
  },
  {
    name: "offer value per share",
    example: { text: "Vanterra Group agreed to buy Hartwell Foods; the offer values each Hartwell share at 566 pence.", figure: "566 pence" },
    before: /\bvalues each [A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)?\s+share at\s+$/,
    dealOnly: true,
  },
  {
    name: "deal value",
    example: { text: "Stratton Medical (NYSE: STMD) agreed to buy Pellucid Diagnostics (NASDAQ: PLCD) for $7.4 billion in cash.", figure: "$7.4 billion" },
    before: new RegExp(
      String.raw`\b(?:(?:buy|acquire|purchase|take over)\s+${LISTED_TARGET}for|valu(?:es|ing|ed)\s+(?:[\w'’-]+\s+){1,8}?at|(?:enterprise|equity|transaction|deal) value of|(?:the|its) (?:deal|offer|bid|takeover) (?:would be|is|was) (?:worth|valued at))\s+${ABOUT}$`,
    ),
    dealOnly: true,
  },
  {
    name: "deal multiple",
    example: { text: "Stratton Medical (NYSE: STMD) agreed to buy Pellucid Diagnostics. Including debt, the deal values Pellucid at about $8.1 billion, or roughly 9.5 times its expected sales.", figure: "9.5 times" },
    // ("an enterprise value of roughly $2.6 billion including net debt, or 11.8 times".)
    before: new RegExp(String.raw`\b(?:valu(?:es|ing)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+at|(?:billion|million|bn|m)(?:\s+(?:including|excluding|with)\s+(?:net\s+)?debt)?,\s+or)\s+${ABOUT}$`),
    after: /^\s+(?:[a-z'’]+\s+){0,2}(?:[A-Z][\w]*['’]s\s+)?(?:expected\s+|forecast\s+|estimated\s+|trailing\s+|forward\s+)?(?:\d{4}\s+)?(?:sales|revenue|EBITDA|earnings|core profit)\b/,
    both: true,
    dealOnly: true,
  },
  {
    name: "the offer's cash or share portion",
    example: { text: "The cash portion, about £985m in total, will be funded from existing cash and a new term loan.", figure: "£985m" },
    before: new RegExp(String.raw`\b(?:cash|share|stock) (?:portion|component|element)(?: of the (?:deal|offer|consideration))?,?\s+${ABOUT}$`, "i"),
  },
  {
    name: "synergies",
    example: { text: "Calloway Systems (NYSE: CLWY) agreed to buy Ferrin Pumps. The companies expect annual cost synergies of $150 million.", figure: "$150 million" },
    before: new RegExp(String.raw`\bsynergies\s+of\s+${ABOUT}$`, "i"),
    after: /^\s+(?:(?:in|of)\s+)?(?:annual\s+)?(?:cost\s+|revenue\s+)?synergies\b/i,
  },
  {
    name: "earlier approaches",
    example: { text: "Hartwell Foods' board, which rejected two earlier approaches at 480p and 525p, backed Vanterra Group's offer.", figure: "525p" },
    before: /\b(?:approach(?:es)?|proposals?|offers?|bids?)\s+(?:of|at)\s+(?:[\d.,]+p?\s+and\s+)?$/i,
    dealOnly: true,
  },
  {
    name: "votes the deal needs",
    example: { text: "Vanterra Group agreed to buy Hartwell Foods. The deal needs approval from 75 per cent of the votes cast.", figure: "75 per cent" },
    after: /^\s+of\s+(?:the\s+)?(?:votes|shareholders|shares voted)\b/i,
    dealOnly: true,
  },
];
// A sentence about a takeover, not a listing ("initial public offering", "IPO").
const DEAL_SENTENCE_RE = /\b(?:acqui(?:re|res|red|ring|sition)|buy|takeover|offer|bid|deal|merger|tender|approach|premium|terms|the price values)/i;
const RATING_BUY_RE = /\b(?:Strong )?Buy\b/g;
const LISTING_SENTENCE_RE = /\b(?:initial public offering|IPO|listing|debut)\b/i;
/** The deal-term shape a figure fits, or null. */
export function dealTermShape(before: string, after: string, sentence: string): DealTermShape | null {
  const tail = before.slice(-160);
  // ("was started at Buy with a $236 target": a rating named Buy is no purchase.)
  const deal = DEAL_SENTENCE_RE.test(sentence.replace(RATING_BUY_RE, "")) && !LISTING_SENTENCE_RE.test(sentence);
  // (Speed: outside a takeover sentence only the premium, fee, synergy and cash-portion shapes can fit.)
  if (!deal && !/premium|fee|synerg|portion|component|element/i.test(tail.slice(-40) + after)) return null;
  for (const shape of DEAL_TERM_SHAPES) {
    if (shape.dealOnly && !deal) continue;
    const fitsBefore = shape.before?.test(tail) ?? false;
    const fitsAfter = shape.after?.test(after) ?? false;
    if (shape.both ? fitsBefore && fitsAfter : fitsBefore || fitsAfter) return shape;
  }
  return null;
}

// "rose 1.2%, 0.8% and 1.5% respectively", "advanced 1.7%, 1.2% and 2.4%, in that order".
const RESPECTIVELY_RE = /^(?:[^.;]|\.(?=\d))*?(?:\brespectively\b|,?\s+in that order\b)/;
const FIGURE_DIGITS_RE = /\d[\d.,]*/g;
const COMPANY_OF_MARKET_RE = /^[\s-]+(?:majors?|giants?|producers?|miners?|explorers?|refiners?|groups?|compan(?:y|ies)|firms?|makers?|traders?|drillers?|stocks?|shares)\b/i;
const GROUP_TOTAL_RE =
  /\b(?:combined|total|aggregate|collective)\s+(?:[\w-]+\s+){0,4}?of\s+(?:the\s+)?(?:big|top|largest|biggest|major)\s+(?:two|three|four|five|six|ten)\b(?:\s+[a-z]+)?(?:\s+(?:to|at|of|was|were|reached|rose to|fell to|came to))?(?:\s+(?:about|around|roughly|nearly|some|more than|almost))?\s*$|\b(?:the\s+)?(?:big|top)\s+(?:two|three|four|five|six|ten)(?:['’]s?)?\s+(?:[a-z]+\s+)?(?:combined|total)\s+(?:[\w-]+\s+){0,3}?(?:of|was|were|at|to|rose|fell)?\s*(?:about\s+|around\s+)?$/i;
const SEVERAL_RANGE_LEAD_RE = /\b(?:rose|fell|gained|lost|losing|gaining|rising|falling|dropped|declined|sagged|slid|climbed|advanced|added|eased|shed|moved)\s+(?:by\s+)?(?:between|in the range of)\s+$/i;
const LISTED_NAME = String.raw`[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*`;
const NAME_LIST_RE = new RegExp(String.raw`${LISTED_NAME}\s*,\s+${LISTED_NAME}(?:\s*,\s+${LISTED_NAME})*,?\s+and\s+[A-Z]`);
const GROUP_OF_MOVERS_RE = /\b(?:banks|lenders|miners|companies|insurers|retailers|carmakers|producers|peers|rivals|developers)\b/i;
const COMBINED_COMPANY_RE = /\b(?:the|a)\s+(?:combined|enlarged|merged)\s+(?:company|group|business|entity|firm|bank|lender|insurer|concern)\b/i;
const SUBORDINATOR_RE = /\b(?:as|after|while|when|since|because|though|although)\s+/g;

export const SUBJECT_RULES: SubjectRule[] = [
  {
    name: "deal terms",
    example: { text: "Harbor Lane Foods (NYSE: HLNF) agreed to buy Pinecrest Brands at a 29% premium to Friday's close.", figure: "29%", subject: null },
    decide: (s) => (dealTermShape(s.before, s.text.slice(s.figure[1], s.figure[1] + 48), s.text.slice(s.sentence[0], s.sentence[1])) ? -1 : null),
  },
  {
    name: "a stake held in another company",
    example: { text: "Wesfarmers (ASX: WES) holds a 4.9% stake in Flight Centre (ASX: FLT).", figure: "4.9%", subject: null },
    decide: (s) => {
      const after = s.text.slice(s.figure[1], s.figure[1] + 40);
      if (STAKE_AFTER_RE.test(after) || STAKE_BEFORE_RE.test(s.before.slice(-60))) return -1;
      return HOLDS_BEFORE_RE.test(s.before.slice(-40)) && /%|per ?cent/.test(s.text.slice(s.figure[0], s.figure[1])) && !NOT_A_STAKE_RE.test(after) ? -1 : null;
    },
  },
  {
    name: "owner named after the figure",
    example: { text: "Acme Corp (NYSE: ACME) has gained 12% this year, behind the 30% rise in the Sprott Uranium Miners ETF (URNM).", figure: "30%", subject: "URNM" },
    decide: (s) => found(s.ownerAfter()),
  },
  {
    name: "market named after the figure",
    example: { text: "Miner Vale (VALE3) rose 2.2%, tracking a 1.8% jump in iron ore futures.", figure: "1.8%", subject: null },
    // "a 1.8% jump in iron ore futures", "the 0.5% fall in the yen": a move of the market named
    // right after it, as "the 19% rise in the S&P 500" is the index's.
    decide: (s) => (MARKET_AFTER_RE.test(s.text.slice(s.figure[1], s.figure[1] + 60)) ? -1 : null),
  },
  {
    name: "relative clause antecedent",
    example: { text: "Europe's index lagged the S&P 500, which is up 26% this year.", figure: "26%", subject: "S&P 500" },
    decide: (s) => found(s.relativeAntecedent()),
  },
  {
    name: "respectively list",
    example: { text: "Westpac, ANZ and National Australia Bank rose 1.2%, 0.8% and 1.5% respectively.", figure: "0.8%", subject: "ANZ" },
    // The n-th figure before "respectively" goes to the n-th name of the list before it.
    decide: (s) => {
      let k0 = s.named[0];
      // ("National Australia Bank (ASX: NAB) rose": the name, not its ticker bracket, is the list item.)
      while (k0 !== undefined && k0 > 0 && s.mentions[k0 - 1]!.entity === s.mentions[k0]!.entity && s.mentions[k0]!.span[0] - s.mentions[k0 - 1]!.span[1] < 12) k0--;
      const tail = RESPECTIVELY_RE.exec(s.text.slice(s.figure[1], s.sentence[1]));
      if (k0 === undefined || !s.inList(k0) || !tail) return null;
      const list = [k0];
      // ("The Doha index eased, with Qatar Navigation and Ooredoo shedding 1.1% and 0.4% respectively":
      // an index before a list of companies is no item of it.)
      const itemKind = (k: number) => s.kindOf(s.mentions[k]!.entity) === "index";
      for (let k = k0 - 1; k >= 0 && s.mentions[k]!.span[0] >= s.sentence[0] && s.inList(k) && itemKind(k) === itemKind(k0); k--) list.unshift(k);
      // (A ticker bracket or a wire code after the last name holds no figure: "(TYO: 7203)", "Rohm 6963.T".)
      const between = s.text.slice(s.mentions[k0]!.span[1], s.figure[0]).replace(/^\s*(?:\([^()]*\)|(?:[A-Z][A-Z0-9]{1,9}|\d{3,6})\.[A-Z]{1,3}(?![\w.]))/, "");
      const figuresBefore = between.match(FIGURE_DIGITS_RE)?.length ?? 0;
      // "gaining 57p at 1,946p, 8.3p at 411.5p and 76p at 2,488p respectively": a move and a
      // level for each name, in pairs.
      const all = figuresBefore + 1 + (tail[0].match(FIGURE_DIGITS_RE)?.length ?? 0);
      const k = list[all === 2 * list.length ? Math.floor(figuresBefore / 2) : figuresBefore];
      return k !== undefined && list.length >= 2 ? s.mentions[k]!.entity : null;
    },
  },
  {
    name: "several companies together",
    example: { text: "Amazon (AMZN), Alphabet (GOOGL) and Meta (META) are set to spend a combined $364 billion.", figure: "$364 billion", subject: null },
    decide: (s) => (new Set(s.named.map((k) => s.mentions[k]!.entity)).size >= 2 && COLLECTIVE_RE.test(s.before) ? -1 : null),
  },
  {
    name: "several movers' range",
    example: { text: "Westpac (ASX: WBC), ANZ (ASX: ANZ) and NAB (ASX: NAB) fell between 1.1% and 1.6%.", figure: "1.1% and 1.6%", subject: null },
    // "the rest of the big four banks losing between 1.2% and 2.1%", "Cipla, ... and JSW Steel also rose
    // between 2-5 per cent each": a range of moves spread over several companies is none's own.
    decide: (s) => {
      if (!SEVERAL_RANGE_LEAD_RE.test(s.before.slice(-40))) return null;
      const names = new Set(s.named.map((k) => s.mentions[k]!.entity));
      // (The list's names need not all be known companies: "Bharat Petroleum, Cipla ... and JSW Steel".)
      return names.size >= 2 || NAME_LIST_RE.test(s.before) || GROUP_OF_MOVERS_RE.test(s.segmentBefore) ? -1 : null;
    },
  },
  {
    name: "a group's total",
    example: {
      text: "National Australia Bank (ASX: NAB) lagged. NAB's result takes the combined first-half cash profit of the big four to about A$15.3 billion.",
      figure: "A$15.3 billion",
      subject: null,
    },
    // "the combined cash profit of the big four", "the big three's total sales": a total of
    // several companies, whichever one the clause names.
    decide: (s) => (GROUP_TOTAL_RE.test(s.segmentBefore) ? -1 : null),
  },
  {
    name: "the combined company",
    example: { text: "Halden Corp (NYSE: HLD) agreed to merge with Norvale Inc. The combined company would have annual revenue of $9.4 billion.", figure: "$9.4 billion", subject: null },
    // "The combined business would have built 17,850 homes", "the enlarged group's land bank":
    // a merger's pro forma figures are both companies', neither's own.
    decide: (s) => {
      const combined = COMBINED_COMPANY_RE.exec(s.before);
      if (!combined) return null;
      const at = s.sentence[0] + combined.index;
      return s.named.some((k) => s.mentions[k]!.span[0] > at) ? null : -1;
    },
  },
  {
    name: "market in a subordinate clause",
    example: { text: "Oil giant BP (LSE: BP) eased 0.7% as Brent crude slipped 1.2% to $81.40 a barrel.", figure: "1.2%", subject: null },
    // "eased 0.7% as Brent crude slipped 1.2%", "rose 2% after the yen weakened 0.5%": a clause
    // of its own, opened by a subordinator, that opens on a market is about it.
    decide: (s) => {
      const k = s.named[0];
      if (k === undefined) return null;
      const between = s.text.slice(s.mentions[k]!.span[1], s.figure[0]);
      let open = -1;
      for (const m of between.matchAll(SUBORDINATOR_RE)) open = m.index + m[0].length;
      if (open < 0) return null;
      const rest = between.slice(open);
      const market = MARKET_OPENER_RE.exec(rest);
      // ("after the oil major said its output climbed 9%": a company named by its market.)
      return market && !COMPANY_OF_MARKET_RE.test(rest.slice(market[0].length)) ? -1 : null;
    },
  },
  {
    name: "nearest name before the figure",
    example: { text: "Kestrel Mining climbed 6.1 per cent and Brackley put on 88p, while Quillon slipped 1%.", figure: "88p", subject: "Brackley" },
    decide: (s) => {
      const k = s.named[0];
      if (k === undefined) return null;
      const m = s.mentions[k]!;
      if (m.span[0] < s.anaphorAt) return null;
      if (s.inList(k)) return -1;
      // "Alibaba ... global investment in AI": a world word between the name and the figure.
      if (m.span[0] < s.segment[0] && WORLD_RE.test(withoutAsides(s.text.slice(m.span[1], s.figure[0])))) return -1;
      // "The STOXX 600 closed 0.2% higher, and the euro was steady at $1.0840": a clause of its
      // own that opens on a market, currency or commodity is about it.
      if (m.span[0] < s.segment[0] && MARKET_OPENER_RE.test(s.segmentBefore)) return -1;
      // ("The Canadian dollar weakened 0.2%": a name's word inside the opener is the currency's.)
      const opener = MARKET_OPENER_RE.exec(s.segmentBefore);
      if (opener && m.span[0] >= s.segment[0] && m.span[0] < s.figure[0] - s.segmentBefore.length + opener[0].length) return -1;
      return m.entity;
    },
  },
  {
    name: "speaker of the quotation",
    example: { text: "Kestrel Foods (LSE: KFD) reported.\n\u201cWe grew revenue 12% this year,\u201d said Brackley Group chief executive Anna Li.", figure: "12%", subject: "Brackley Group" },
    decide: (s) => found(s.speakerAfter()),
  },
  {
    name: "the index",
    example: { text: "The S&P/TSX composite index rose 0.7% to 25,391.66. The index has gained 21.2% this year.", figure: "21.2%", subject: "S&P/TSX composite index" },
    decide: (s) => {
      const ref = INDEX_REFERENCE_RE.exec(s.before);
      if (!ref) return null;
      const at = s.sentence[0] + ref.index;
      // A name after "the index" is the clause's own ("the index rose as Shell gained 2%").
      if (s.named.some((k) => s.mentions[k]!.span[0] > at) || at < s.anaphorAt) return null;
      const index = s.indexBefore(at);
      return index >= 0 ? index : null;
    },
  },
  {
    name: "a public body's or forecaster's its",
    example: {
      text: "Exxon Mobil (NYSE: XOM) rose 1.8%.\nThe Paris-based agency, in its monthly report, cut its estimate of supply growth to 1.1 million barrels per day. It left its demand forecast at 930,000 bpd.",
      figure: "930,000",
      subject: null,
    },
    // "The Paris-based agency ... cut its estimate", "OPEC kept its forecast ... Its members
    // pumped", "Goldman Sachs now sees Brent at $82, up from its earlier forecast of $78": the
    // text still talks about the body or forecaster, not the company it talked about before.
    decide: (s) => (s.bodyAnaphorAt >= 0 && s.bodyAnaphorAt > s.anaphorAt && !s.named.some((k) => s.mentions[k]!.span[0] > s.bodyAnaphorAt) ? -1 : null),
  },
  {
    name: "its and the company",
    example: { text: "Tiger Brands (JSE: TBS) sold its bakeries. Its shares rose 2.9% to R203.47.", figure: "2.9%", subject: "TBS" },
    decide: (s) => {
      if (s.anaphorAt < 0) return null;
      if (WORLD_RE.test(s.segmentBefore) && s.anaphorAt < s.segment[0]) return -1;
      // "The central bank has held its benchmark Selic rate at 14.25%": the clause's own opener owns "its".
      if (s.anaphorAt >= s.segment[0] && s.named.length === 0 && MARKET_OPENER_RE.test(s.segmentBefore)) return -1;
      // "Alibaba's AI push ... its stock": the company named earlier in the sentence; "the
      // STOXX 600 rose 0.9% to a record, its highest close": the index.
      const indexOwns = INDEX_ITS_RE.test(s.text.slice(s.anaphorAt, s.anaphorAt + 40));
      const named0 = s.named.find((k) => !s.inList(k) && (indexOwns || s.kindOf(s.mentions[k]!.entity) !== "index"));
      if (named0 !== undefined) return s.mentions[named0]!.entity;
      if (INDEX_PARTS_ITS_RE.test(s.text.slice(s.anaphorAt, s.anaphorAt + 40))) {
        const index = s.indexBefore(s.anaphorAt);
        if (index >= 0) return index;
      }
      // "The spot gold price was steady. In Australian dollar terms, it has risen 28%": the market.
      if (afterMarketSentence(s)) return -1;
      const aboutStock = /\b(?:stock|shares)\b/i.test(s.text.slice(s.anaphorAt, s.figure[0]).slice(0, 16));
      return s.focusAt(s.anaphorAt, s.sentence[0], aboutStock);
    },
  },
  {
    name: "a market's benchmark",
    example: { text: "Hong Kong stocks closed down 68.71 points, or 0.3 percent, at 22,668.30 on Thursday.\nThe benchmark Hang Seng Index traded in a narrow range.", figure: "0.3 percent", subject: "Hang Seng Index" },
    // An index move written as the market's ("Tokyo shares ended 120.4 points higher") is its
    // benchmark's, when the sentence moves in points and the article names that benchmark.
    decide: (s) => {
      if (s.named.length > 0 || !POINTS_RE.test(s.text.slice(s.sentence[0], s.sentence[1]))) return null;
      const opener = MARKET_STOCKS_OPENER_RE.exec(s.before);
      if (!opener) return null;
      const benchmark = MARKET_BENCHMARKS.findIndex((_, i) => opener[i + 1] !== undefined);
      return found(s.indexNamed(MARKET_BENCHMARKS[benchmark]!.index));
    },
  },
  {
    name: "world words",
    example: { text: "Shell (LSE: SHEL) rose 1%.\nAnalysts said global oil demand would grow 1.2% next year.", figure: "1.2%", subject: null },
    // ("Other income, which includes fees and treasury gains, was flat": a relative aside's words are not the clause's.)
    decide: (s) => (WORLD_RE.test(s.segmentBefore) || WORLD_RE.test(withoutAsides(s.before)) ? -1 : null),
  },
  {
    name: "market clause",
    example: { text: "Shell (LSE: SHEL) rose 1%.\nThe yen strengthened 0.4% against the dollar.", figure: "0.4%", subject: null },
    decide: (s) => (MARKET_OPENER_RE.test(s.segmentBefore) || MARKET_OPENER_RE.test(s.before) ? -1 : null),
  },
  {
    name: "economists' view",
    example: { text: "Kestrel Foods (NYSE: KSF) rose 2%.\nEconomists polled by Reuters expect growth of 1.2% next year.", figure: "1.2%", subject: null },
    // Economists forecast economies, not companies (analysts forecast companies).
    decide: (s) => (s.named.length === 0 && s.anaphorAt < 0 && ECONOMISTS_LEAD_RE.test(s.before) ? -1 : null),
  },
  {
    name: "forecaster's market view",
    example: { text: "Nvidia (NVDA) grew. IDC forecasts AI spending will grow at a 29% annual rate.", figure: "29%", subject: null },
    decide: (s) => (s.forecasterCited() ? -1 : null),
  },
  {
    name: "market sentence before",
    example: { text: "Redgum Resources (ASX: RGR) rose 2%.\nThe spot gold price was steady at $2,710 an ounce. In Australian dollar terms, the gain this year comes to 28%.", figure: "28%", subject: null },
    // A sentence that names nobody, after one in its paragraph that opened on a market, goes on about that market.
    decide: (s) => (s.named.length === 0 && s.anaphorAt < s.sentence[0] && afterMarketSentence(s) ? -1 : null),
  },
  {
    name: "research firm's market estimate",
    example: { text: "Nvidia (NVDA) rose 1.2%.\nSpending by the largest cloud companies is on course to reach $400 billion, according to one research firm.", figure: "$400 billion", subject: null },
    decide: (s) => (s.named.length === 0 && s.anaphorAt < s.sentence[0] && RESEARCH_AFTER_RE.test(s.text.slice(s.figure[1], s.sentence[1])) ? -1 : null),
  },
  {
    name: "paragraph focus",
    example: { text: "Acme Corp (NYSE: ACME) reported results.\nAnalysts were divided. One brokerage raised its price target to $72.", figure: "$72", subject: "ACME" },
    // A sentence that names nobody and refers to nobody continues its own paragraph only: its
    // last clause subject, else the company its earlier figures went to, else the story's.
    decide: (s) => {
      const paragraph = s.text.lastIndexOf("\n", s.sentence[0] - 1) + 1;
      const carry = s.paragraphCarry();
      if (carry >= 0) return s.focusAt(s.figure[0], s.sentence[0], false, paragraph, carry);
      const previous = s.previousParagraphCarry();
      return previous >= 0 ? s.focusAt(s.figure[0], s.sentence[0], false, paragraph, previous) : s.focusAt(s.figure[0], s.sentence[0], false, paragraph);
    },
  },
];
