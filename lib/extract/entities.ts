// Finds companies (with every ticker form news uses), funds, people with roles,
// indexes, products and places, and resolves each one's mentions.
//
// Ticker rules (general, not per article):
// - "(BABA)", "(GOOGL, GOOG)", "(NASDAQ:MSFT)", "(NASDAQ: MSFT)", "[NYSE: BABA]",
//   "[HKG: 9988]", "$NVDA", "9988.HK" and quote widgets "(GH -2.96%)" are tickers.
// - An upper-case word in parentheses is NOT a ticker when it is a common acronym
//   (ADRs, AI, CEO, EPS, ETF, IPO, US, GDP...) or the initials of the words before it
//   ("American Depository Shares (ADRs)").
// - A fund's code ("Ark Fintech Innovation ETF (ARK-F)") is kept as a ticker only
//   when it has the plain exchange-symbol form (ARKF); a hyphenated code on a fund is
//   a house abbreviation, not the symbol, so it is not reported as a ticker.
import type { Entity, EntityKind, Span } from "@/lib/contract";
import { alternation, BROKERS, indexNameOf, CITED_FIRMS, COMPANY_KIND_NOUNS, CONSENSUS_COMPILERS, MARKET_INDEXES, MEASURE_OPENERS, NEWS_OUTLETS, PUBLIC_BODIES, RANKINGS, REFERRING_NOUNS, RESEARCH_FIRMS, WIRE_ABBREVIATIONS } from "./lexicon";

// The first letter of a name: a capital, or digits that begin a name ("3M", "7-Eleven",
// "1-800-Flowers", "23andMe"), a lower-case brand prefix ("eBay", "iRobot", "easyJet"), never an ordinal ("3rd"), a filing ("10-K") or a quarter ("4Q").
const NAME_HEAD = String.raw`(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE]|(?<![\w$£€¥.,'’])(?:e|i|easy)(?=[A-Z][a-z])|(?<![\w$£€¥.,])\d[\d-]*(?=[A-Z][a-z]|[a-z]{3,}|M(?![\w]))(?!\d*-?[KQH]\b))`;

export interface EntityScan {
  entities: Entity[];
  /** Regions that hold no figure: tickers, quote widgets, index and product names. */
  excluded: Span[];
  /** Company-like mentions (company or fund), ordered, with the entity index. */
  companyMentions: { span: Span; entity: number }[];
  /** Person entity index -> the company entity index they speak for. */
  affiliation: Map<number, number>;
  /** Index of the article's main company, or -1. */
  primary: number;
  /** The headline names the main company (by a name of it or a ticker). */
  primaryInTitle: boolean;
  /** Brokers and research firms: cited as sources of estimates, not as subjects. */
  sources: Set<number>;
  /** Research firms ("IDC forecasts ..."): a figure they forecast is a market's, no company's. */
  forecasters: Set<number>;
  /** Newspapers, wires and data firms: sources wherever they are named. */
  alwaysSources: Set<number>;
  /** Where a bank or broker is cited ("analysts at Barclays"): those mentions are no subject. */
  citedAt: Set<number>;
}

const EXCHANGES = String.raw`Euronext (?:Paris|Amsterdam|Brussels|Lisbon|Dublin|Milan|Oslo)|Nasdaq (?:Stockholm|Helsinki|Copenhagen|Iceland|Riga|Tallinn|Vilnius|Dubai)|NASDAQ GS|Nasdaq GS|NASDAQ GM|Cboe Canada|NEO|KOSPI|TSX-V|TSX Venture|OSE|OB|BOM|Bursa|BURSA|MOEX|MCX|BIST|VIE|WBAG|ATHEX|ATH|BVB|XETR|XTRA|TPEX|TPEx|HNX|OTC Pink|OTC Markets|OTCMKTS|OTCQB|OTCPK|OTCPINK|NGX|NGSE|B3|BVMF|FWB|CSE|IDX|SET|PSE|HOSE|DFM|ADX|QSE|EGX|WSE|GPW|PSX|DSE|BVL|MYX|NYSE American|NYSEAMERICAN|NYSE Arca|NYSEARCA|NYSEMKT|NYSE|NASDAQ|Nasdaq|NasdaqGS|NasdaqGM|AMEX|OTCQX|OTC|LSE|LON|HKG|HKEX|HKSE|SEHK|HK|SSE|SHA|SZSE|SHE|TSX|TSXV|TSE|TYO|ASX|ETR|FRA|XETRA|EPA|AMS|BIT|BME|SWX|SIX|KRX|KOSDAQ|TWSE|TPE|NSE|BSE|SGX|JSE|STO|CPH|HEL|OSL|AIM|Euronext|EURONEXT|ISE|NZX|KLSE|BMV|TASE|Tadawul|TADAWUL|CBOE|Cboe|BATS`;
// A bracket may label its code instead of naming the exchange: "(ticker: NCLH)".
const TICKER_LABELS = String.raw`[Tt]icker symbol|[Tt]icker|[Ss]ymbol|[Ss]tock symbol|[Ss]tock code`;
// Exchanges named by their city, read only inside a ticker bracket ("(Frankfurt: SIE)", "(Milan: ENI)"):
// unbracketed, "Paris: EU leaders met" is a dateline.
const CITY_EXCHANGES = String.raw`Xetra|Frankfurt|Paris|Amsterdam|Brussels|Lisbon|Milan|Madrid|Stockholm|Helsinki|Copenhagen|Oslo|Zurich|Vienna|Warsaw|Tokyo|Seoul|Taipei|Mumbai|Toronto|Johannesburg`;
const EXCHANGE_OR_LABEL = String.raw`${EXCHANGES}|${CITY_EXCHANGES}|${TICKER_LABELS}`;
// One bracketed ticker list; items separated by "," ";" "/".
const TICKER_GROUP_RE = new RegExp(
  String.raw`[(\[<]\s*((?:(?:${EXCHANGE_OR_LABEL})\s*:\s*)?[A-Z0-9][A-Za-z0-9.\-]{0,9}(?:\s*[,;/]\s*(?:(?:${EXCHANGE_OR_LABEL})\s*:\s*)?[A-Z0-9][A-Za-z0-9.\-]{0,9})*)\s*[)\]>]`,
  "g",
);
const TICKER_ITEM_RE = new RegExp(String.raw`^(?:(${EXCHANGE_OR_LABEL})\s*:\s*)?(\S+)$`);
// "Shell plc LON:SHEL": an exchange-prefixed code written without brackets (no space before the colon).
const BARE_EXCHANGE_TICKER_RE = new RegExp(String.raw`(?<![\w(\[:])(?:${EXCHANGES}):\s?([A-Z0-9][A-Z0-9.\-]{0,9}?)(?=[.,;]?(?:\s|$))`, "g");
// "its shares will trade under the ticker “LINE”", "under the symbol TLSA", "under “SNAP”",
// "which trades as LUMR": the listing sentence names its company's ticker.
const QUOTED_CODE = String.raw`["“'‘]([A-Z][A-Z0-9.\-]{0,9}?)[.,]?["”'’]`;
const LISTING_RE = new RegExp(
  String.raw`\b(?:under|as)\s+(?:the\s+|its\s+)?(?:(?:ticker|stock|trading)\s+)?(?:symbols?|tickers?|codes?)\s+(?:${QUOTED_CODE}|([A-Z0-9][A-Z0-9.\-]{0,9}?)(?=[.,;]?(?:\s|$)))` +
    String.raw`|\bunder\s+${QUOTED_CODE}` +
    String.raw`|\b(?:trades|traded|trading|trade|listed|lists)\s+as\s+(?:${QUOTED_CODE}|([A-Z]{2,6})(?![\w]))`,
  "g",
);
// Longer codes written bare after their name: Brazil's B3 ("Petrobras (PETR4)", "Vale (VALE3)") and
// Mexico's BMV ("Walmart de Mexico (WALMEX)", "Cemex (CEMEXCPO)"), when the code opens on a word of the name ("Miner Vale (VALE3)").
const LONG_CODE_RE = /^(?:[A-Z]{4}\d{1,2}|[A-Z]{6,8})$/;
const PLAIN_TICKER_RE = /^(?:[A-Z]{1,5}(?:[.-][A-Z]{1,2})?|\d{4,6}\.(?:HK|T|SS|SZ|KS|KQ|TW|SE)|[A-Z]{1,5}\.[A-Z]{1,2})$/;
// "RR.", "BT.A", "BRK-B", "9988", "7203.T"; Indian exchange codes run longer ("NSE: RELIANCE", "NSE: HDFCBANK").
// Singapore, Brazilian and Nigerian codes mix in digits ("SGX: D05", "B3: ITUB4", "SGX: C6L").
const EXCHANGE_TICKER_RE = /^(?:[A-Z][A-Z0-9]{0,9}(?:[.-][A-Z0-9]{1,3}|\.)?|\d{1,6}(?:\.[A-Z]{1,2})?)$/;
const WIDGET_RE = new RegExp(
  String.raw`\(\s*(?:(?:${EXCHANGES})\s*:\s*)?([A-Z][A-Z0-9.\-]{0,9})\s+([+\-−]\s?)?\d+(?:\.\d+)?%\s*\)`,
  "g",
);
// MarketWatch's quote widget, unbracketed after the name: "Sinopec SNP, -0.39%", "BHP Billiton BHP, +2.18%".
const TRAILING_WIDGET_RE = /(?<=[a-z.)] )([A-Z]{1,5}(?:\.[A-Z]{1,2})?), [+\-−]\d+(?:\.\d+)?%/g;
const NUMERIC_WIDGET_RE = /\((?:\s*[+\-−]?\$?\d[\d.]*%?\s*,){1,3}\s*[+\-−]?\d[\d.]*%\s*\)/g;
const CASHTAG_RE = /(?<![\w$])\$([A-Z]{1,5})(?![\w])/g;

// Upper-case words that are not tickers however they are bracketed.
const NOT_TICKERS = new Set([
  "AI", "ADR", "ADRS", "ADS", "ADSS", "CEO", "CFO", "COO", "CTO", "EPS", "IPO", "ETF", "ETFS", "US", "USA", "UK",
  "EU", "GDP", "CPI", "PMI", "EV", "EVS", "GPU", "GPUS", "CPU", "API", "LLM", "IT", "PC", "TV", "HR", "RD", "SEC",
  "FDA", "FTC", "DOJ", "IMF", "WTO", "OPEC", "FX", "YOY", "YTD", "QOQ", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "FY",
  "ESG", "M&A", "PE", "VC", "UN", "NATO", "ECB", "FED", "BOE", "BOJ", "PBOC", "SOE", "SOES", "GAAP", "EBITDA",
  "EBIT", "ROE", "ROI", "TAM", "SAAS", "IOT", "AR", "VR", "XR", "OK", "NEW", "A", "I", "HQ", "USD", "EUR", "GBP",
  "CNY", "HKD", "JPY", "RMB", "NYSE", "NASDAQ", "HKEX", "LSE", "ARPU", "GMV", "B2B", "B2C", "DTC", "CAGR", "NIM",
  // Results and banking measures, regulators and bodies news abbreviates in brackets.
  "EBITA", "FCF", "AUM", "NAV", "LNG", "ARR", "NII", "CET1", "RWA", "PBT", "DPS", "TSR", "ROCE", "ROTE", "RPO", "MAU",
  "DAU", "AGM", "EGM", "PLC", "LTD", "INC", "CMA", "FCA", "SEBI", "RBI", "SARB", "RBA", "SNB", "IEA", "WHO", "NHS",
  // Operating measures of banks, airlines, REITs, SaaS and industry ("like-for-like sales (LFL)", "net revenue retention (NRR)").
  "LFL", "NRR", "TCV", "ACV", "HEPS", "NPAT", "PAT", "OPM", "NPA", "GNPA", "NNPA", "PCR", "CASA", "ROA", "CIR", "LCR",
  "NSFR", "NPL", "NPLS", "ASK", "ASKS", "RPK", "RPKS", "ASM", "RPM", "PLF", "CASK", "RASK", "TEU", "TEUS", "FFO", "AFFO",
  "NOI", "LTV", "DSCR", "MW", "GW", "GWH", "MWH", "HBM", "DRAM", "NAND", "FOMC", "WTI", "FMCG", "QSR", "SKU", "SKUS", "SUV",
  "SUVS", "BEV", "BEVS", "PHEV", "PHEVS", "OEM", "OEMS", "ADAS", "SAM", "RNS", "DIY", "BPD", "BOE", "MTPA",
  ...WIRE_ABBREVIATIONS,
]);

const GENERIC_LEADING = new Set([
  "shares", "share", "stock", "stocks", "the", "investors", "analysts", "chipmaker", "rival", "rivals",
  "peer", "peers", "both", "like", "including", "and", "of", "as", "while", "with", "unlike", "for", "in", "at",
  "on", "by", "from", "to", "a", "an", "its", "their", "fellow", "china's", "u.s.", "units", "parent",
  "meanwhile", "but", "also", "when", "after", "before", "since", "if", "then", "u.s.-listed", "hong", "kong-listed",
  // Subordinators and participles that open a sentence ("Although Halden reported", "Having cut forecasts").
  "although", "though", "despite", "because", "whilst", "unless", "once", "having", "being",
  // ("Excluding stock-based compensation, profit rose 34%", "Major stock exchanges in Asia closed mixed".)
  "excluding", "adjusting", "stripping", "major",
  // Quantifiers that open a figure's clause ("Only 74.1 per cent of proxies voted", "Some 600 million shares").
  "only", "some", "about", "nearly", "almost", "roughly", "around", "approximately", "fewer", "less", "many", "most", "few", "each", "every",
]);
const CORPORATE_SUFFIX = /^(?:Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Group|Holdings?|plc|Plc|PLC|LLC|AG|SA|S\.A\.|N\.V\.|NV|SE|SpA|Cos\.?|Platforms|Technologies|Technology)$/;
const GENERIC_FIRST = new Set([
  "bank", "american", "general", "united", "china", "national", "first", "international", "global", "new", "the",
  "royal", "standard", "hong", "south", "north", "west", "east", "state", "federal", "asia", "euro", "european",
  "banco", "grupo", "caixa", "compagnie", "societe", "société",
]);
// "and West Texas Intermediate gained 0.5%": a crude grade that opens a clause is a market, not a company;
// so are a metal's spot and futures markets written as names ("Spot Gold shed 0.8 percent", "Gold Futures
// and Spot Silver rose"; RTTNews and dpa-AFX metals reports).
const CRUDE_GRADE_RE = /^(?:West Texas Intermediate|Brent crude|Dubai crude|Urals|(?:Spot|Comex|COMEX) (?:Gold|Silver|Platinum|Palladium|Copper)|(?:Gold|Silver|Platinum|Palladium|Copper|Crude|Oil|Brent) Futures)$/;
// "Walmart de México", "Banco de Sabadell": a lower-case particle inside a name.
const NAME_PARTICLE_RE = /^(?:de|del|da|do|dos|das|di|du|des)$/;

// "the Reserve Bank cut", "the Bank of England held": a central bank behind "the", no company.
const CENTRAL_BANK_NAME_RE = /\b(?:Reserve|Central|People['’]s) Bank\b|^Bank of (?:England|Japan|Canada|Korea|Israel|Thailand|Mexico|Russia|Italy|France|Spain|Ghana|Uganda|Tanzania|Zambia|Botswana|Jamaica)\b|^Federal Reserve\b/;
// Companies that are cited as sources of estimates, often without a ticker.
const ALWAYS_SOURCE_RE = new RegExp(String.raw`^(?:${alternation([...NEWS_OUTLETS, ...CONSENSUS_COMPILERS, ...RESEARCH_FIRMS, ...PUBLIC_BODIES])})$`);
const FORECASTER_RE = new RegExp(String.raw`^(?:${alternation([...RESEARCH_FIRMS, ...PUBLIC_BODIES])})$`);
const KNOWN_FIRMS_RE = new RegExp(String.raw`\b(${alternation(CITED_FIRMS)})\b`, "g");
// Companies named with a corporate suffix but no ticker ("Ark Invest", "Foo Holdings").
const SUFFIXED_COMPANY_RE =
  /\b((?:[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’-]*\s+){0,3}?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’-]*)\s+(Inc\.?|Corp\.?|Corporation|Ltd\.|Limited|Holdings|Group|plc|Plc|PLC|LLC|AG|N\.V\.|Invest|Capital|Partners|Asset Management|Investments|Securities|Ventures|ETF)(?![\w])/g;

// "JPMorgan cuts Tesco price target to 270 pence", "Goldman Sachs cuts Croda International to
// 'neutral'", "Barclays cut its target on Tesco", "lifted its target price for bookseller WH
// Smith": the company a broker rates (the broker that opens the line is cited, no subject).
const RATING_VERBS = String.raw`raises|raised|cuts|cut|lifts|lifted|lowers|lowered|trims|trimmed|boosts|boosted|upgrades|upgraded|downgrades|downgraded|starts|started|initiates|initiated|reiterates|reiterated|keeps|kept|resumes|resumed|moves|moved|reinstates|reinstated`;
const RATED_NAME = String.raw`${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+|of[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,4}?`;
const RATINGS = String.raw`buy|sell|hold|neutral|overweight|underweight|outperform|underperform|equal[- ]?weight|market perform|sector perform|peer perform|in[- ]line|add|reduce|accumulate|positive|negative`;
const RATED_COMPANY_RE = new RegExp(
  String.raw`(?:(?:^|\n|[.!?][ \t]+)(${RATED_NAME})[ \t]+(?:analysts?[ \t]+)?)?\b(?:${RATING_VERBS})[ \t]+(${RATED_NAME})(?:['’]s)?[ \t]+(?:(?:price[ \t]+)?target\b|to[ \t]+['‘"“]?(?:${RATINGS})\b|(?:at|with)[ \t]+['‘"“](?:${RATINGS})\b)` +
    String.raw`|\b(?:target(?:[ \t]+price)?|price[ \t]+target|rating|recommendation)[ \t]+(?:on|for)[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,3}?(${RATED_NAME})(?=[ \t]+(?:to|from|at|with|shares|stock)\b|[,.;]|$)`,
  "gm",
);
const DESCRIBED_COMPANY_RE = new RegExp(
  String.raw`\b(?:${alternation(COMPANY_KIND_NOUNS)})[ \t]+(${NAME_HEAD}[\w\u00C0-\u017F&'’-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’-]*){0,2})`,
  "g",
);
// "The Kelvara Mining share price is down 1.7%": Australian and Indian market copy.
const SHARE_PRICE_OF_RE = /\b[Tt]he ([A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’-]*(?: (?:[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’-]*|&|of)){0,4}) share price\b/g;
const POSSESSOR_COMPANY_RE =
  /\b([A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&-]+(?: [A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&-]+){0,2})['’]s (?:(?:total|quarterly|annual|net|adjusted|U\.S\.-listed|Hong Kong-listed|cloud|core|[a-z]+-(?:quarter|half|year)|like-for-like|same-store|comparable|underlying|organic|pretax|pre-tax|headline|group|operating) )?(?:revenues?|sales|profits?|earnings|net income|shares|stock|market (?:value|cap|capitalization)|CEO|chief executive|board|guidance|outlook|forecast|operating (?:income|profit|margin|loss)|gross margin|margins?|valuation|net interest (?:income|margin)|dividend|free cash flow|cash flow|order book|orders|backlog|bookings|deliveries|shipments|production|output|EBITDA|loss|net loss|costs|capex|capital expenditure|subscribers|users)\b/g;
// "The stock of Velora fell 4%" (not "revenue at Google Cloud": a unit is written so as often as a company).
const MEASURE_AT_RE = new RegExp(
  String.raw`\b(?:[Tt]he stock|[Tt]he share price)[ \t]+of[ \t]+(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,3})[ \t]+(?:were|was|are|is|have|has|had|rose|fell|grew|jumped|climbed|slid|dropped|declined|increased|decreased|surged|slumped|edged|came in|totaled|totalled|reached)\b`,
  "g",
);
const CITED_BEFORE_RE = /\b(?:by|at|from|according to|per|analysts? (?:at|from)|brokerage|broker|research firm|data provider)\s+(?:the\s+)?$/i;
const CITED_AFTER_RE =
  /^['’]?s?\s+(?:data|FedWatch|estimates?|analysts?|consensus|research|survey|poll|forecasts?|note|expects|projects|predicts|said in a (?:note|report)|wrote|(?:now\s+)?(?:sees|expects|estimates|forecasts|values)|(?:cut|cuts|raised|raises|lowered|lowers|lifted|lifts|trimmed|trims|kept|keeps|reiterated|upgraded|upgrades|downgraded|downgrades|initiated|started|moved|rates|rated)\b)/i;
const SENTENCE_SUBJECT_RE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n)(${NAME_HEAD}[\w\u00C0-\u017F&-]+(?: [A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&-]+){0,2})(?:['’]s)? (?:(?:also|on \w+|now|has|had|will|would) )?(?:is (?:weighing|considering|exploring|planning|seeking|in talks)|is (?:expected|forecast|due|set)(?: by analysts)? to (?:report|post|earn|announce|deliver|book)|reported|reports|posted|posts|announced|announces|unveiled|unveils|launched|launches|delivered|delivers|shipped|ships|acquired|acquires|deployed|hired|opened|generated|earned|booked|guided|forecast|forecasts|projected|recorded|logged|swung|raised|raises|lowered|lowers|beat|beats|missed|misses|topped|reaffirmed|expects|sees|plans|agreed|agrees|warned|shares|stock|sold|sells|spent|spends|paid|increased|increases|made|had|returned|employs|employed|priced|debuted|listed|grew|grows|narrowed|widened|doubled|tripled|issued|signed|completed|bought|won|cut|trimmed|boosted|lifted|led)\b`,
  "g",
);
// A name that opens a clause and makes a market move or a result: "Shell rose 5 per cent",
// "and Antofagasta put on 88p", "while Unilever slipped 1%", "Rival BP added 2.3 per cent",
// "Glencore, which said on Monday ..., rose 11.2p", "Asian Paints 2.77 per cent higher".
const CLAUSE_LEAD = String.raw`(?:^|[.!?]["”]?[ \t]+|\n|;[ \t]+|:[ \t]+|,[ \t]+(?:and[ \t]+|while[ \t]+|but[ \t]+|with[ \t]+|whereas[ \t]+|(?:of|in)[ \t]+which[ \t]+)?|[ \t](?:and|while|but|whereas|with(?:[ \t]+the)?|as|that)[ \t]+)`;
// ("and chip tester Advantest climbed", "Banknote printer De La Rue said": a kind of company
// before a mover's or a sayer's name. Any lower-case words there would take in "analyst" and
// "executive" roles too.)
const KIND_DESCRIPTOR = String.raw`(?:(?:[A-Z][a-z]+[ \t]+|[a-z][a-z-]+[ \t]+){0,2}(?:${alternation(COMPANY_KIND_NOUNS)})[ \t]+(?=[A-Z]))?`;
const KIND_BEFORE_RE = new RegExp(String.raw`\b(?:${alternation(COMPANY_KIND_NOUNS)})[ \t]+$`);
const DESCRIPTOR_LEAD = String.raw`(?:(?:[Rr]ival|[Pp]eer|[Ff]ellow|[Ss]ector peer|[Cc]ompatriot|[Ii]nsurer|[Ll]ender|[Mm]iner|[Rr]etailer|[Cc]hipmaker|[Cc]armaker|[Hh]ousebuilder|[Bb]rokerage|[Bb]roker|[Cc]onglomerate|[Ww]ealth manager|[Ff]und manager|[Aa]sset manager|[Tt]elecoms group|[Oo]il major|[Dd]rugmaker)\s+)?`;
// ("with Dubai Islamic Bank falling 1.3 percent and Emirates NBD losing 0.4 percent": a move in a participle.
// Never "improved": "Profitability improved" is a measure.)
const MOVE_VERBS = String.raw`rising|falling|gaining|losing|climbing|advancing|dropping|sliding|slipping|jumping|surging|easing|declining|retreating|tumbling|shedding|firming|slumping|rallying|rose|fell|climbed|gained|added|put on|lost|slid|slipped|dropped|jumped|surged|soared|rallied|tumbled|plunged|sank|shed|eased|edged(?: up| down| higher| lower)?|advanced|firmed|declined|retreated|dipped|slumped|spurted|sagged|weakened|strengthened|rebounded|recovered|ended|closed|finished|traded|nudged(?: up| down)?|ticked(?: up| down)|tacked on|zoomed|skidded|bucked|outperformed|underperformed|lagged|topped|plummeted|gave up|shed|hit|touched|jumped|leapt|popped|was (?:up|down|off|higher|lower|flat|unchanged|little changed|the (?:biggest|top|best|worst))|(?:was|were) (?:the|a|an|among the|one of the) (?:[a-z-]+ ){0,2}(?:gainers?|fallers?|risers?|losers?|performers?|winners?|laggards?|decliners?|movers?|advancers?|drags?)\b|(?:was|were) (?:among the|one of the) (?:best|worst|weakest|strongest|biggest|top) (?:[A-Za-z-]+ )?(?:stocks|shares|names)\b|lead(?:ing)? the way|led (?:the )?(?:gainers|risers|fallers|losers|decliners|advancers|declines|gains|the (?:index|market|benchmark|blue chips))|were (?:up|down|off|higher|lower)|is (?:up|down|off)|reported|posted|raised|cut|lowered|beat|missed|agreed|announced|delivered|earned|booked|grew|is (?:expected|forecast|due|set)(?: by analysts)? to (?:report|post|earn|announce|deliver|book)`;
// "Shares in Associated British Foods were down", "Shares in Aurizon eased".
const COMPANY_NOUNS_AFTER = "supermarket|group|chain|retailer|lender|bank|miner|insurer|airline|carrier|builder|housebuilder|brewer|grocer";
// ("shares in property classifieds business Domain plunged", "Shares in Morrisons supermarket fell": what the
// company is may stand before or after its name.)
// ("Shares in Alphabet, Google's parent company, soared": an appositive between the name and its move.)
const SHARES_OF_RE = new RegExp(String.raw`\b[Ss]hares (?:in|of) (?:(?!(?:the|a|an|its|their)\b)[a-z][\w-]*[ \t]+){0,3}?(${NAME_HEAD}[\w\u00C0-\u017F&'’-]*(?: (?:[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’-]*|&|of)){0,4})(?:[ \t]+(?:${COMPANY_NOUNS_AFTER}))?(?= (?:were|was|are|is|have|had|${MOVE_VERBS})\b|,[ \t]+(?:which|whose)\b|,[ \t]+[^,.;\n]{3,60},[ \t]+(?:were|was|${MOVE_VERBS})\b)`, "g");
// The last word of a name that is a company's, not a person's ("Tiger Brands said").
const COMPANY_WORD_END_RE = /\b(?:Group|Holdings|Brands|Banks?|Energy|Mining|Motors|Foods|Resources|Capital|Technologies|Systems|Industries|Pharma|Airways|Airlines|Telecom|Retail|Stores|Platinum|Gold|Steel|Oil|Gas|Power|Properties|Insurance|Financial|Partners|Electric|Chemicals|Logistics|Media|Networks|Semiconductor|Software|Therapeutics|Biosciences|Health|Healthcare|Motor|Communications)$/;
// A company's word anywhere in a name of several words ("Raiffeisen Bank International said"): no person's name.
const COMPANY_WORD_IN_RE = new RegExp(`${COMPANY_WORD_END_RE.source.replace(/\$$/, "")}\\b|\\b(?:International|Corporation|Bancorp)$`);
// "Halma, the safety equipment maker, said": an appositive that names a kind of company.
const COMPANY_NOUNS = String.raw`maker|group|company|firm|owner|operator|retailer|lender|bank|insurer|miner|producer|provider|developer|giant|chain|business|conglomerate|manufacturer|specialist|supplier|platform|brand|carrier|airline|utility|housebuilder|builder|REIT|trust|grocer|supermarket|chipmaker|carmaker|automaker|drugmaker|pharmaceutical group|brewer|distiller|publisher|broadcaster`;
// "Commonwealth Bank of Australia surged", "Bank of America rose": "of" inside a mover's name.
const OF_PART = String.raw`(?:[ \t]+of[ \t]+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*(?:[ \t]+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*)?)?`;
// "The biggest risers were Aviva, up 18.4p to 531.2p": a list of movers after "were" or "been".
// ("The largest risers had been Aviva, up 12.3p", "the greatest fallers have been Haleon, down 2.05p".)
const LIST_LEAD = String.raw`(?:${CLAUSE_LEAD}|[ \t](?:were|was|been|included|including)[ \t]+)`;
const CLAUSE_SUBJECT_RE = new RegExp(
  String.raw`${CLAUSE_LEAD}${DESCRIPTOR_LEAD}${KIND_DESCRIPTOR}(?:[Tt]he[ \t]+)?(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,4}${OF_PART})` +
    String.raw`(?:,[ \t]+(?:which|in which|of which|the|a|an|whose|who|owner|maker|operator|one of|another|[A-Z][a-z]+['’]s)\b[^,.;\n]{1,90},)?[ \t]+(?:(?:also|shares|stock|has|have|had|still|now|already|just|today|yesterday|earlier|later)[ \t]+){0,3}(?:${MOVE_VERBS})\b` +
    String.raw`|${CLAUSE_LEAD}(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,4}),[ \t]+(?:the|a|an)[ \t]+[^,.;\n]{0,60}?\b(?:${COMPANY_NOUNS})(?:[ \t]+(?:of|in)[ \t]+[^,.;\n]{1,40})?(?:,?[ \t]+|,[ \t]+which[ \t]+)(?:said|says|reported|posted|announced|produced|recorded|delivered)\b` +
    String.raw`|${CLAUSE_LEAD}${KIND_DESCRIPTOR}((?:In company news,[ \t]+)?${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,3})[ \t]+(?:(?:also|late|earlier|separately|on|[A-Z][a-z]+day)[ \t]+){0,3}(?:said|says)[ \t]+(?:(?:U\.S\.|US|UK|U\.K\.|China|Chinese|European|Asian|international|global|domestic|overseas|North American)[ \t]+)?(?:it|its|on|the|margins?|volumes|orders|demand|costs|(?:[a-z]+-(?:quarter|half|year)|quarterly|annual|net|headline|group|underlying|adjusted|core|operating|comparable|like-for-like|same-store|organic|total)[ \t]|production|revenues?|sales|profits?|output|earnings|turnover|deliveries|shipments|bookings|subscribers|customers|losses|cash|capex|spending|headcount|EBITDA|EPS)\b` +
    // ("Rival Bellway was 4p lower", "were Aviva, up 18.4p to 531.2p".)
    String.raw`|${LIST_LEAD}(?:the[ \t]+)?${DESCRIPTOR_LEAD}(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,4})(?:,[ \t]+|[ \t]+\(?|[ \t]+(?:was|were|is|closed|ended|finished)[ \t]+)(?:up|down|off|ahead|higher|lower)?[ \t]*[+\-−]?\d[\d.,]*[ \t]?(?:%|per cent|percent|p\b|pence)`,
  "g",
);

// "were NTPC (up 3.54%)": a bracketed move names its company wherever it stands (read only
// where the text has one).
const BRACKET_MOVE_RE = new RegExp(
  String.raw`(?<![\w'’])(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,4})[ \t]+\((?:up|down)[ \t]+[\d.,]+[ \t]?(?:%|per cent|percent)\)`,
  "g",
);
// "boosted by a 1.9% rise in Al Rajhi Bank", "a 3.6% fall in petrochemical firm Industries Qatar",
// "a gain of 0.4% for Toronto-Dominion Bank", "a seven per cent gain by cannabis producer Organigram":
// a market report names a mover after its move (what the company is may stand between; never a
// market, "a 2% rise in European shares", nor a month).
const MOVE_NOUNS = String.raw`rise|gain|jump|fall|decline|drop|increase|advance|slide|slump|plunge|surge|leap|leapfrog|rally|climb|retreat|dip|tumble|rebound|loss`;
const MOVE_AMOUNT = String.raw`(?:(?:more than|nearly|almost|about|roughly|around|over)[ \t]+)?(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten)[ \t]?(?:%|per[ \t]?cent|percent|pct)`;
const MOVE_IN_NAME_RE = new RegExp(
  String.raw`\b[Aa]n?[ \t]+(?:${MOVE_AMOUNT}[ \t]+(?:${MOVE_NOUNS})|(?:${MOVE_NOUNS})[ \t]+of[ \t]+${MOVE_AMOUNT})[ \t]+(?:in|for|by|at)[ \t]+(?:the[ \t]+)?(?:shares?[ \t]+(?:of|in)[ \t]+)?` +
    String.raw`(?:(?!(?:of|at|in|on|to|from|by|for|with|and|or|than|the|its|their)\b)[a-z][\w-]*(?:['’]s)?[ \t]+){0,4}?` +
    String.raw`(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?(?![A-Z0-9]{1,10}\.[A-Z]{1,3}\b)[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,4}${OF_PART})` +
    String.raw`(?![\w&'’.-]|[ \t]+(?:stocks|shares|equities|markets?|futures|prices?|yields?|bonds?|sectors?|index|indices|indexes|crude|sales|exports|imports|output|production)\b)`,
  "g",
);
const MONTH_OR_PERIOD_RE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12]|FY\d*)\b/;
// "Intel — The chip stock jumped 6%", "Roku – Shares popped 25%": a movers list's paragraph
// head (a list only when two paragraphs open so; a lone "LONDON —" is a dateline; a head
// with its ticker, "Oracle (ORCL) —", is the bracketed tickers' pass's).
const DASH_HEAD_RE = new RegExp(
  String.raw`(?:^|\n)(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,4})[ \t]+[—–-]{1,2}[ \t]+(?=[A-Z])`,
  "g",
);
// "Kotak Bank: With a gain of 1.45 percent", "- SBI: 3.37 per cent": a market list's line head.
const LIST_HEAD_RE = new RegExp(
  String.raw`(?:^|\n)(?:[-•*][ \t]+)?(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,4}):[ \t]+(?:(?:With|with)[ \t]+an?[ \t]+(?:gain|loss|rise|fall|drop|decline|jump)\b|(?:Rising|Falling|Gaining|Losing|Declining|Advancing|Jumping|Sliding|Up|Down)\b|[+\-−]?\d[\d.,]*[ \t]?(?:%|per cent|percent))`,
  "g",
);
const PRONOUN_OPENERS = new Set(["it", "he", "she", "they", "we", "this", "that", "these", "those", "there", "here"]);
// Capitalized sentence openers that are not company names.
const NOT_SUBJECT_WORDS = new Set([
  "it", "he", "she", "they", "we", "this", "that", "these", "those", "there", "here", "revenue", "sales", "profit",
  "analysts", "investors", "traders", "officials", "executives", "management", "company", "group", "firm",
  "earlier", "separately", "meanwhile", "overall", "net", "gross", "operating", "deliveries", "shipments",
  "regulators", "customers", "users", "consumers", "economists", "people", "reporting", "editing", "photo",
  // "Wall Street expects": the market's analysts, not a company.
  "wall",
  // Nationalities and regions ("Indian shares ended higher").
  "indian", "chinese", "japanese", "british", "american", "european", "asian", "german", "french", "korean",
  "australian", "canadian", "swiss", "dutch", "italian", "spanish", "brazilian", "russian", "african", "global",
  // People by nationality ("Americans spent $21.4 billion over the Thanksgiving weekend").
  "americans", "britons", "europeans", "germans", "canadians", "australians", "indians", "brazilians", "mexicans",
  "italians", "spaniards", "koreans", "shoppers", "households", "homeowners", "motorists", "travellers", "travelers",
  // Sectors, markets and measures that open market-report sentences ("Miners led the risers").
  "miners", "banks", "lenders", "insurers", "housebuilders", "retailers", "carmakers", "automakers", "chipmakers",
  "utilities", "telecoms", "airlines", "oil", "energy", "tech", "technology", "healthcare", "financials",
  "industrials", "stocks", "shares", "equities", "bonds", "markets", "futures", "peers", "rivals", "gainers",
  "losers", "fallers", "risers", "gold", "silver", "copper", "brent", "crude", "bitcoin", "platinum", "sterling",
  "earnings", "income", "margins", "orders", "bookings", "volumes", "prices", "costs", "spending", "demand",
  "inflation", "unemployment", "growth", "output", "exports", "imports", "adjusted", "underlying", "core",
  "total", "headline", "comparable", "like-for-like", "same-store", "dividends", "cash", "turnover", "elsewhere",
  "shipments", "deliveries", "subscribers", "users", "in", "on", "at", "for", "after", "before", "among", "across",
  "inventory", "inventories", "receivables", "assets", "liabilities", "deposits", "loans", "provisions", "expenses", "revenues",
  "profits", "charges", "reserves", "capex", "debt", "borrowings", "impairments", "buybacks", "wages", "exports",
  "materials", "mining", "banking", "media", "property", "retail", "staples", "discretionary", "semiconductors",
  "defensives", "cyclicals", "resources", "financial", "industrial",
  // Banks' and data releases' measures that open sentences ("Advances grew 14.2 per cent").
  "advances", "lending", "borrowing", "permits", "starts", "payrolls", "wages", "remittances", "arrivals",
  // Metals, commodities and currencies ("Aluminium rose 1.8%", "The krona strengthened").
  // (Not words that open company names: "Dollar General", "Steel Dynamics", "Coal India".)
  "aluminium", "aluminum", "nickel", "zinc", "cobalt", "uranium", "palladium", "rhodium", "wheat", "corn",
  "soybeans", "cocoa", "cotton", "diesel", "krona", "krone", "yen", "rupee", "rand", "yuan", "renminbi", "won",
  "peso", "lira", "ringgit", "rupiah", "shekel", "zloty", "forint", "naira", "shilling",
  "worldwide", "international", "domestic", "u.s.", "us", "uk", "eu", "china", "europe", "asia", "investors'",
  ...MEASURE_OPENERS,
]);
const ROLE_WORDS = new Set(["chief", "chairman", "chairwoman", "president", "executive", "director", "head", "managing", "ceo", "cfo", "founder", "analyst", "spokesman", "spokeswoman", "spokesperson"]);
const ROLE_AT_END_RE = /\b(?:CEO|CFO|COO|CTO|[Cc]hief [Ee]xecutive|[Cc]hairman|[Ff]ounder|[Pp]resident|[Aa]nalyst|[Dd]irector)\s*$/;
const ROLE = String.raw`(?:CEO|CFO|COO|CTO|Chief Executive(?: Officer)?|chief executive(?: officer)?|Chief Financial Officer|chief financial officer|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Ff]ounder|[Cc]o-founder|President|president|[Aa]nalyst|[Ee]conomist|[Ss]trategist|[Pp]ortfolio manager|[Ff]und manager|[Dd]irector|[Hh]ead)`;
const PERSON_NAME = String.raw`([A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z-]+(?:['’][a-z]{2,}[a-z-]*)?){1,2})(?=['’]s\b|[^\w'’]|$)`;
const ROLE_BEFORE_NAME_RE = new RegExp(String.raw`\b${ROLE}\s+${PERSON_NAME}`, "g");
const NAME_COMMA_ROLE_RE = new RegExp(String.raw`${PERSON_NAME},\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,2}?${ROLE}\b`, "g");
const POSSESSIVE_PERSON_RE = new RegExp(String.raw`\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})['’]s\s+${PERSON_NAME}`, "g");
const SAID_PERSON_RE = new RegExp(String.raw`\b(?:said|says|told)\s+${PERSON_NAME}|${PERSON_NAME}\s+(?:said|says|told)\b`, "g");
const NOT_NAME_WORDS = new Set([
  "the", "cloud", "group", "shares", "stock", "ai", "chief", "ceo", "new", "street", "wall", "fintech", "next",
  "generation", "internet", "innovation", "etf", "fund", "index", "american", "depository", "company", "inc",
  "board", "business", "shareholders", "investors", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "earnings", "revenue", "first", "second", "third", "fourth", "in", "on", "at", "but",
]);

const INDEX_RE = new RegExp(
  String.raw`\b(${alternation([...MARKET_INDEXES.map((i) => i.pattern), ...RANKINGS])})(?![\w])`,
  "g",
);
const PRODUCT_RE = /\b([A-Z][a-z]+[0-9][\w.]*(?:-[A-Z][\w]*)*|[A-Z][\w]*-[0-9][\w.]*|i[A-Z][a-z]+ [0-9]{1,2}(?: Pro| Max| Plus)*)(?![\w])/g;

const PLACES: Record<string, string> = {
  "U.S.": "United States", US: "United States", "United States": "United States", America: "United States",
  China: "China", "Hong Kong": "Hong Kong", Hangzhou: "Hangzhou", Beijing: "Beijing", Shanghai: "Shanghai",
  Shenzhen: "Shenzhen", Japan: "Japan", Tokyo: "Tokyo", "South Korea": "South Korea", Korea: "South Korea",
  Seoul: "Seoul", Taiwan: "Taiwan", India: "India", "U.K.": "United Kingdom", UK: "United Kingdom",
  Britain: "United Kingdom", "United Kingdom": "United Kingdom", London: "London", Europe: "Europe",
  Germany: "Germany", France: "France", Netherlands: "Netherlands", Brazil: "Brazil", Australia: "Australia",
  Canada: "Canada", Singapore: "Singapore", Mexico: "Mexico", "Saudi Arabia": "Saudi Arabia", Dubai: "Dubai",
  "New York": "New York", California: "California", "Silicon Valley": "Silicon Valley", Washington: "Washington",
  Brussels: "Brussels", Paris: "Paris", Frankfurt: "Frankfurt", Madrid: "Madrid", Milan: "Milan", Russia: "Russia", Israel: "Israel",
  Italy: "Italy", Spain: "Spain", Switzerland: "Switzerland", Sweden: "Sweden", Ireland: "Ireland",
  Indonesia: "Indonesia", Vietnam: "Vietnam", Thailand: "Thailand", Malaysia: "Malaysia", Mexico_: "Mexico",
  Philippines: "Philippines", Asia: "Asia", Africa: "Africa", "Middle East": "Middle East", Texas: "Texas",
  // Regions a company reports by ("North America posted growth of 8.3%").
  "North America": "North America", "Latin America": "Latin America", "South America": "South America",
  "Asia Pacific": "Asia Pacific", "Asia-Pacific": "Asia Pacific", Americas: "Americas", EMEA: "EMEA", APAC: "APAC",
  // Where commodity and market stories price things ("margins on the U.S. Gulf Coast", "in Chicago").
  "Gulf Coast": "Gulf Coast", "North Sea": "North Sea", Chicago: "Chicago", Sydney: "Sydney", Mumbai: "Mumbai",
  Toronto: "Toronto", Johannesburg: "Johannesburg",
  // More countries whose possessive opens a company's sentence ("Austria's Raiffeisen Bank International said").
  Austria: "Austria", Poland: "Poland", Belgium: "Belgium", Portugal: "Portugal", Greece: "Greece", Norway: "Norway",
  Denmark: "Denmark", Finland: "Finland", Hungary: "Hungary", Romania: "Romania", Turkey: "Turkey", Egypt: "Egypt",
  Nigeria: "Nigeria", Kenya: "Kenya", Argentina: "Argentina", Chile: "Chile", Peru: "Peru", Colombia: "Colombia",
  Pakistan: "Pakistan", Slovakia: "Slovakia", Qatar: "Qatar", Kuwait: "Kuwait",
  "Abu Dhabi": "Abu Dhabi", Bahrain: "Bahrain", Oman: "Oman", Riyadh: "Riyadh", Doha: "Doha",
};
const PLACE_RE = new RegExp(
  String.raw`(?<![\w.])(${Object.keys(PLACES)
    .filter((k) => !k.endsWith("_"))
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replaceAll(".", "\\."))
    .join("|")})(?![\w]|\.[A-Za-z])`,
  "g",
);
// "Saudi Arabia's benchmark index climbed 0.7%", "Dubai's main share index", "the Abu Dhabi index",
// "Qatari benchmark gained 0.5%", "In Qatar, the benchmark slid": a market's index named by its place
// (Gulf and African closes name their indexes so). Never a benchmark bond or rate ("Germany's
// benchmark 10-year yield") nor a named index ("Japan's benchmark Nikkei").
const PLACE_ADJECTIVES = String.raw`Saudi|Qatari|Emirati|Kuwaiti|Omani|Bahraini|Egyptian|Nigerian|Kenyan|Ghanaian|Moroccan|Israeli|Turkish|Pakistani`;
const PLACE_NAMES = `${Object.keys(PLACES)
  .filter((k) => !k.endsWith("_"))
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replaceAll(".", "\\."))
  .join("|")}|${PLACE_ADJECTIVES}`;
const INDEX_MODIFIERS = String.raw`(?:(?:main|benchmark|blue-chip|key|broader|headline|general|premier(?: market)?|all-share|leading)[ \t]+){0,2}(?:share[ \t]+|stock[ \t]+|equity[ \t]+)?`;
const INDEX_HEAD_END = String.raw`(?:index(?![ \t]+(?:of|futures|funds?|provider|compiler|yields?|rates?|bonds?)\b)|benchmark(?![ \t]+(?:index|[\w-]*\d|[\w-]+-(?:year|month|day)|bonds?|yields?|rates?|interest|lending|crude|oil|policy|notes?|gilts?|bunds?|[Tt]reasur)))`;
// ("Dubai's main share index (.DFMGI) gained 0.9%", "In Qatar, the index (.QSI) rose": a wire's index code after it.)
const INDEX_CODE_AFTER = String.raw`(?:[ \t]+\(\.[A-Z0-9]{2,9}\))?(?![ \t]*[A-Z0-9(])`;
const PLACE_INDEX_RE = new RegExp(String.raw`(?<![\w.])(?:[Tt]he[ \t]+)?((?:${PLACE_NAMES})(?:['’]s)?[ \t]+${INDEX_MODIFIERS}${INDEX_HEAD_END})${INDEX_CODE_AFTER}(?![ \t]*,[ \t]+(?:the[ \t]+)?[A-Z])`, "g");
/**
 * The matches of a place-index pattern, read only around the words "index" and "benchmark" (speed:
 * the place alternation tried at every position of a long text cost ~5% of extraction).
 */
function placeIndexMatches(text: string, re: RegExp): { index: number; 0: string; [group: number]: string | undefined }[] {
  const found = new Map<number, RegExpMatchArray>();
  for (const head of text.matchAll(/\b(?:index|benchmark)\b/g)) {
    const from = Math.max(0, head.index - 80);
    for (const m of text.slice(from, head.index + 40).matchAll(re)) {
      const at = from + m.index!;
      // (A match must not open inside a word the window cut.)
      if (at > 0 && /[\w.]/.test(text[at - 1]!)) continue;
      if (at <= head.index && at + m[0].length > head.index && !found.has(at)) found.set(at, Object.assign(m, { index: at }));
    }
  }
  return [...found.values()].sort((a, b) => a.index! - b.index!) as { index: number; 0: string; [group: number]: string | undefined }[];
}
const IN_PLACE_INDEX_RE = new RegExp(String.raw`\b[Ii]n[ \t]+(${PLACE_NAMES}),[ \t]+([Tt]he[ \t]+${INDEX_MODIFIERS}(index|benchmark))\b${INDEX_CODE_AFTER}`, "g");
// ("BRIEF-Meridian Foods": a wire slug glued to a name does not hide the name.)
const CAPITALIZED_RE = new RegExp(String.raw`(?<![\w'’])(?!BRIEF-)${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*`, "g");
// ("The cement manufacturer's profit rose", "The national transporter's net profit": a possessive may say
// what the company is in lower-case words; "the other company's", "the combined group's" refer to no company named before.)
const ANAPHOR_RE = new RegExp(
  String.raw`\b[Tt]he (?:(?!(?:other|two|three|both|each|another|rival|acquiring|target|combined|merged|new|parent|enlarged|holding|central|reserve)\s)[a-z]+(?:-[a-z]+)*\s+){0,2}?(?:${alternation(REFERRING_NOUNS)})\b(?=['’]s\s)|\b[Tt]he (?:${alternation(REFERRING_NOUNS)})\b`,
  "g",
);

interface Draft {
  name: string;
  kind: EntityKind;
  tickers: string[];
  aliases: Set<string>;
  mentions: Span[];
}

const LISTED_WORD_RE = /^[A-Z][\w.]*-(?:listed|based|headquartered|owned|backed|quoted)$/;

/** Splits off the words that name the company just before a ticker bracket. */
function nameBefore(text: string, at: number): { name: string; start: number } | null {
  // A name never runs across a line break.
  const head = text.slice(Math.max(0, at - 90, text.lastIndexOf("\n", at - 1) + 1), at);
  const offset = at - head.length;
  const words = [...head.matchAll(/\S+/g)];
  const kept: RegExpMatchArray[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const token = w[0];
    const isLast = kept.length === 0;
    // "Getty Images Holdings, Inc.": a comma before a lone corporate suffix is inside the name.
    const suffixOnly = kept.length > 0 && kept.every((k) => CORPORATE_SUFFIX.test(k[0]));
    if (!isLast && /[;:!?)"”]$/.test(token)) break;
    if (!isLast && /,$/.test(token) && !suffixOnly) break;
    // ("J.B. Hunt Transport Services": initials are inside the name.)
    if (!isLast && /\.$/.test(token) && !CORPORATE_SUFFIX.test(token) && !/^(?:[A-Z]\.){1,3}$/.test(token)) break;
    // "Marks and Spencer (LON:MKS)": "and" between two single capitalized words right before the bracket.
    // "Seven & i Holdings": a short lower-case word after "&" is inside the name.
    if (!isLast && /^[a-z]{1,3}$/.test(token) && words[i - 1]?.[0] === "&") {
      kept.unshift(w);
      continue;
    }
    // ("Australia and New Zealand Banking Group (ASX: ANZ)": a place before "and" opens a longer name too.)
    const joinsName =
      token === "and" && i > 0 && /^[A-Z][a-z]+$/.test(words[i - 1]![0]) && (i < 2 || !/^[A-Z]/.test(words[i - 2]![0])) && (kept.length === 1 || PLACES[words[i - 1]![0]] !== undefined);
    const particle = NAME_PARTICLE_RE.test(token) && kept.length > 0 && i > 0 && /^[A-Z\u00C0-\u00DE]/.test(words[i - 1]![0]);
    if (/^[A-Z0-9]/.test(token) || CORPORATE_SUFFIX.test(token) || token === "&" || (token === "of" && kept.length > 0) || joinsName || particle) kept.unshift(w);
    else break;
  }
  // "Amsterdam-listed Vanterra Group": where it is listed or based is no part of its name.
  while (kept.length > 0 && (GENERIC_LEADING.has(kept[0]![0].toLowerCase()) || LISTED_WORD_RE.test(kept[0]![0]))) kept.shift();
  while (kept.length > 0 && (kept[kept.length - 1]![0] === "of" || kept[kept.length - 1]![0] === "&" || NAME_PARTICLE_RE.test(kept[kept.length - 1]![0]))) kept.pop();
  while (kept.length > 0 && NAME_PARTICLE_RE.test(kept[0]![0])) kept.shift();
  if (kept.length === 0 || kept.every((k) => CORPORATE_SUFFIX.test(k[0].replace(/,$/, "")))) return null;
  const first = kept[0]!;
  const last = kept[kept.length - 1]!;
  const start = offset + first.index!;
  const end = offset + last.index! + last[0].length;
  let name = text.slice(start, end).replace(/[,;:]$/, "");
  name = name.replace(/['’]s$/, "");
  return { name, start };
}

function initials(words: string): string {
  return words
    .split(/[\s-]+/)
    .filter((w) => /^[A-Za-z]/.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/**
 * True when "XYZ" in "(XYZ)" abbreviates the words before it as a term ("earnings per share
 * (EPS)", "Headline earnings per share (HEPS)", "Reliance Industries Limited (RIL)"). The
 * initials of a company's plain name are its ticker as often as not ("Procter & Gamble
 * (PG)", "Advanced Micro Devices (AMD)"), so those stay tickers.
 */
function isAcronymOfPreceding(text: string, at: number, code: string): boolean {
  const whole = code.replace(/[^A-Za-z]/g, "").toUpperCase();
  const head = text.slice(Math.max(0, at - 80), at).trim();
  const words = head.split(/\s+/);
  for (const letters of new Set([whole, whole.replace(/S$/, "")])) {
    if (letters.length < 2) continue;
    for (let n = letters.length; n <= Math.min(words.length, letters.length + 2); n++) {
      const tail = words.slice(-n);
      const abbreviates = initials(tail.join(" ")).endsWith(letters) || initials(tail.join(" ")) === letters;
      if (!abbreviates) continue;
      const named = tail.filter((w) => /^[A-Za-z]/.test(w));
      // "Reliance Industries Limited (RIL)" abbreviates the name; "Wells Fargo & Co. (WFC)", a
      // partnership's name, is how US wires write a ticker.
      const suffixed = CORPORATE_SUFFIX.test(named[named.length - 1] ?? "") && !tail.includes("&");
      const properName = named.every((w) => /^[A-Z]/.test(w)) && !suffixed;
      return !properName;
    }
  }
  return false;
}

/** The name and the name without its corporate suffixes ("Barclays plc" -> "Barclays"). */
function legalAliases(name: string): string[] {
  const out = [name];
  const words = name.split(/\s+/);
  while (words.length > 1 && CORPORATE_SUFFIX.test(words[words.length - 1]!)) {
    words.pop();
    words[words.length - 1] = words[words.length - 1]!.replace(/,$/, "");
    out.push(words.join(" "));
  }
  return out;
}

/** Legal aliases plus the distinctive first word ("Alibaba"). */
function aliasesOf(name: string): string[] {
  const out = new Set<string>(legalAliases(name));
  const words = [...out].pop()!.split(/\s+/);
  const first = words[0] ?? "";
  // ("Tokyo Electron" is not "Tokyo": a place that opens a name is no short name of it.)
  if (words.length > 1 && first.length >= 3 && !GENERIC_FIRST.has(first.toLowerCase()) && PLACES[first] === undefined && /^[A-Z]/.test(first)) {
    out.add(first.replace(/['’]s$/, ""));
  }
  // "Banco de Sabadell" is also "Sabadell" (never a place: "Walmart de México" is no "México").
  const particle = words.findIndex((w) => NAME_PARTICLE_RE.test(w));
  const afterParticle = particle > 0 ? words[particle + 1] : undefined;
  if (afterParticle !== undefined && particle === words.length - 2 && PLACES[afterParticle] === undefined && PLACES[afterParticle.normalize("NFD").replace(/[\u0300-\u036f]/g, "")] === undefined) out.add(afterParticle);
  // "Amazon.com" is also "Amazon".
  const dotCom = /^([A-Z][\w-]{2,})\.com$/.exec(words.join(" "));
  if (dotCom) out.add(dotCom[1]!);
  // "Associated British Foods" is also "ABF".
  const capitals = words.filter((w) => /^[A-Z]/.test(w));
  if (capitals.length >= 3 && capitals.length === words.length) out.add(capitals.map((w) => w[0]).join(""));
  // "Larsen & Toubro" is also "L&T", "Procter & Gamble" "P&G", "Mahindra & Mahindra" "M&M".
  const amp = /^([A-Z])[\w'’.-]*\s+&\s+([A-Z])[\w'’.-]*$/.exec(words.join(" "));
  if (amp) out.add(`${amp[1]}&${amp[2]}`);
  // "Taiwan Semiconductor Manufacturing Co" is also "TSMC": initials may keep the suffix's letter
  // (four letters or more, so "Samsung Electronics Co" is no "SEC").
  const whole = name.split(/\s+/);
  if (whole.length >= 4 && whole.every((w) => /^[A-Z]/.test(w))) out.add(whole.map((w) => w[0]).join(""));
  return [...out];
}

/** What the passes build up, in the order they run. */
export interface ScanState {
  text: string;
  /** Front-matter tickers, and headline tickers that name no company. */
  hintTickers: string[];
  /** The headline: scanned for tickers only (its offsets are not the text's). */
  title: string;
  /** Tickers the headline ties to their company before the text starts. */
  titleTickers: Set<string>;
  /** Bracketed tickers with no name before them, given a company once names are known. */
  unnamedTickers: { at: number; tickers: string[] }[];
  drafts: Draft[];
  excluded: Span[];
  byAlias: Map<string, number>;
  byTicker: Map<string, number>;
  sources: Set<number>;
  forecasters: Set<number>;
  alwaysSources: Set<number>;
  citedAt: Set<number>;
  /** Indexes, products and places: never subjects, never merged with companies. */
  others: Draft[];
  otherByName: Map<string, Draft>;
  companyMentions: { span: Span; entity: number }[];
  /** Front-matter tickers the text never wrote. */
  unmatchedHints: string[];
  primary: number;
  people: { draft: Draft; company: number }[];
}

/**
 * Finds the entities of an article, pass by pass. Each pass reads the text for one kind
 * of mention; later passes see what earlier ones found (a name already known is not a
 * new company). A new kind of mention is a new pass, put where what it needs is known.
 */
export function findEntities(text: string, hintTickers: string[] = [], title = ""): EntityScan {
  const s: ScanState = {
    text,
    hintTickers: [...hintTickers],
    title,
    titleTickers: new Set(),
    unnamedTickers: [],
    drafts: [],
    excluded: [],
    byAlias: new Map(),
    byTicker: new Map(),
    sources: new Set(),
    forecasters: new Set(),
    alwaysSources: new Set(),
    citedAt: new Set(),
    others: [],
    otherByName: new Map(),
    companyMentions: [],
    unmatchedHints: [],
    primary: -1,
    people: [],
  };
  for (const pass of ENTITY_PASSES) pass.run(s);
  return assemble(s);
}

/** One pass of findEntities: what it finds, a text it finds it in, and the pass. */
export interface EntityPass {
  name: string;
  /** A text the pass reads, and the company (name or ticker) it finds there, if it finds one. */
  example: { text: string; company?: string; title?: string; tickers?: string[] };
  run: (s: ScanState) => void;
}

/**
 * The passes of findEntities, in order: tickers first (they name companies for sure), then
 * cited firms, then names by the words around them, then headline and listing tickers that
 * need the names, then indexes and places, then mentions, the main company, and people.
 * A new kind of mention is a new pass, put after the passes whose results it needs.
 */
export const ENTITY_PASSES: readonly EntityPass[] = [
  { name: "quote widgets", example: { text: "Guardant Health (GH -2.96%) fell.", company: "GH" }, run: findQuoteWidgets },
  { name: "bracketed tickers", example: { text: "Lululemon Athletica (NASDAQ: LULU) beat estimates.", company: "LULU" }, run: findBracketedTickers },
  { name: "bare exchange tickers", example: { text: "Shell plc LON:SHEL rose 2%.", company: "SHEL" }, run: findBareExchangeTickers },
  { name: "wire codes after a name", example: { text: "Commonwealth Bank of Australia CBA.AX fell 1.2 percent.", company: "CBA.AX" }, run: findWireCodes },
  { name: "cashtags", example: { text: "$NVDA jumped 4% after hours.", company: "NVDA" }, run: findCashtags },
  { name: "bare codes after names", example: { text: "Halvorsen Foods HVF is expected to grow, and Corvane CRV and Tessaly Mining KTM to shrink.", company: "KTM" }, run: findBareCodesAfterNames },
  { name: "names joined by and", example: { text: "Hong Kong Exchanges and Clearing rose 1.8%.", company: "Hong Kong Exchanges and Clearing" }, run: findAndJoinedNames },
  { name: "cited firms", example: { text: "Analysts polled by LSEG expect revenue of $3 billion.", company: "LSEG" }, run: findCitedFirms },
  { name: "firms described as researchers", example: { text: "Research firm Evaluate expects the market to reach $150 billion.", company: "Evaluate" }, run: findDescribedResearchers },
  { name: "bodies named by their kind", example: { text: "The Japan Machine Tool Builders' Association said orders fell 9.4%.", company: "Japan Machine Tool Builders' Association" }, run: findNamedBodies },
  { name: "firms that move their targets", example: { text: "Telsey Advisory Group cut its price target to $190 from $240.", company: "Telsey Advisory Group" }, run: findTargetSetters },
  { name: "firms that move a rating", example: { text: "Moderna (NASDAQ: MRNA) was downgraded to Underperform from Neutral at Lindqvist Partners, with a target of $24.", company: "Lindqvist Partners" }, run: findRatingFirms },
  { name: "rated companies", example: { text: "JPMorgan cuts Tesco price target to 270 pence.", company: "Tesco" }, run: findRatedCompanies },
  { name: "companies a broker's view is about", example: { text: "Analysts at Nomura expect Honda to cut its profit forecast by 10%.", company: "Honda" }, run: findViewObjects },
  { name: "described companies", example: { text: "Alphabet agreed to buy cybersecurity firm Wiz for $32 billion.", company: "Wiz" }, run: findDescribedCompanies },
  { name: "suffixed companies", example: { text: "Shares were bought by Kestrel Holdings last week.", company: "Kestrel Holdings" }, run: findSuffixedCompanies },
  { name: "results headings", example: { text: "Orvani Textiles Q3 FY25 (Consolidated, YoY)\n\nRevenue up 8.1% at Rs 412 crore vs Rs 381 crore.", company: "Orvani Textiles" }, run: findResultsHeadings },
  { name: "sentence subjects", example: { text: "Velmora reported revenue of $3.1 billion.", company: "Velmora" }, run: findSentenceSubjects },
  { name: "names a relative clause describes", example: { text: "Meanwhile, Tessaly Mining, which raised HK$210 million, found support.", company: "Tessaly Mining" }, run: findRelativeClauseNames },
  { name: "shares of", example: { text: "Shares in Aurizon eased 0.5 per cent to $4.18.", company: "Aurizon" }, run: findSharesOf },
  { name: "possessors", example: { text: "Harlow Bank's net interest income rose 9% to £3.2bn.", company: "Harlow Bank" }, run: findPossessors },
  // Last of the name passes: a market report's short names ("Zhenhai") join the full names.
  { name: "clause subjects", example: { text: "Shell rose 5 per cent and Antofagasta put on 88p.", company: "Antofagasta" }, run: findClauseSubjects },
  { name: "respectively lists", example: { text: "Westpac, ANZ and National Australia Bank rose 1.2%, 0.8% and 1.5% respectively.", company: "Westpac" }, run: findRespectivelyLists },
  { name: "a pair with a known company", example: { text: "Tesco and Next came out of Christmas as winners.\n\nNext (LON: NXT) raised its guidance.", company: "Tesco" }, run: findPairedCompanies },
  { name: "movers list heads", example: { text: "Intel — The chip stock jumped 6%.\n\nRoku – Shares popped 25%.", company: "Roku" }, run: findDashListHeads },
  { name: "names ending in 's", example: { text: "Shares in Sainsbury's rose 2.1% while Tesco slipped.", company: "Sainsbury's" }, run: keepNameApostrophes },
  { name: "headline tickers", example: { text: "Lululemon Athletica beat estimates.", title: "Lululemon Athletica (NASDAQ: LULU) beats", company: "LULU" }, run: findHeadlineTickers },
  { name: "listing tickers", example: { text: "Lumora Robotics will trade under the ticker “LUMR”.", company: "LUMR" }, run: findListingTickers },
  { name: "names it is known as", example: { text: "Walmart de México (BMV: WALMEX), known as Walmex, said sales rose. Walmex opened 41 stores.", company: "WALMEX" }, run: findKnownAsNames },
  { name: "codes that spell a name", example: { text: "$NVDA fell 2.6% on the report. Nvidia has still gained 35% this year.", company: "NVDA" }, run: joinCodesToNames },
  {
    name: "unmatched front-matter tickers",
    example: { text: "Velmora said revenue rose 8%.", tickers: ["VLM"], company: "VLM" },
    run: (s) => {
      s.unmatchedHints = s.hintTickers.map((t) => t.toUpperCase()).filter((t) => !s.byTicker.has(t));
    },
  },
  { name: "indexes, products and places", example: { text: "The FTSE 100 closed up 0.6% at 8,150.2." }, run: findIndexesProductsPlaces },
  { name: "company mentions", example: { text: "Barclays (LON:BARC) fell. Barclays said costs rose.", company: "BARC" }, run: resolveCompanyMentions },
  { name: "ticker mentions", example: { text: "Micron (MU) forecast record revenue.", company: "MU" }, run: resolveTickerMentions },
  {
    name: "bare headline codes",
    example: { text: "Delta Air Lines fell 5.3% and Southwest Airlines dropped 4.4%.", title: "DAL leads airline slide as oil jumps", company: "DAL" },
    run: findBareHeadlineCodes,
  },
  { name: "main company", example: { text: "Velmora said revenue rose 8%.", tickers: ["VLM"], company: "VLM" }, run: choosePrimary },
  { name: "tickers as names", example: { text: "Lululemon Athletica (Nasdaq: LULU) beat. LULU shares jumped 9%.", company: "LULU" }, run: resolveTickersAsNames },
  { name: "referring nouns", example: { text: "Rio Tinto (ASX: RIO) said shipments slipped. The miner expects costs to rise.", company: "RIO" }, run: resolveAnaphors },
  { name: "people", example: { text: "Acme Corp (NYSE: ACME) chief executive Jane Doe said demand was strong.", company: "ACME" }, run: findPeople },
];

// "Westpac, ANZ and National Australia Bank rose 1.2%, 0.8% and 1.5% respectively": a list of
// names that move, with the moves matched "respectively".
const LIST_NAME = String.raw`${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,4}(?:[ \t]+\([^()\n]{1,30}\))?`;
const RESPECTIVELY_LIST_RE = new RegExp(
  // (Also with words before the move: "Miners Antofagasta, Glencore and Anglo American were all in
  // demand, gaining 57p at 1,946p, 8.3p at 411.5p and 76p at 2,488p respectively".)
  String.raw`(${LIST_NAME}(?:,[ \t]+${LIST_NAME})*,?[ \t]+and[ \t]+${LIST_NAME})(?:[ \t,]+[a-z][\w'’-]*){0,6}?[ \t,]+(?:${MOVE_VERBS}|gaining|losing|rising|falling|adding|shedding|advancing|dropping)\b(?:[^.;\n]|\.(?=\d))*?(?:\brespectively\b|,?[ \t]+in that order\b)`,
  "g",
);

const SECTOR_LEAD_RE = /^(?:Miners|Banks|Lenders|Insurers|Retailers|Grocers|Carmakers|Automakers|Chipmakers|Housebuilders|Airlines|Utilities|Drugmakers|Brewers|Telecoms)[ \t]+(?=[A-Z])/;

// "carmakers BYD, Geely and Great Wall Motor lost between 1.2% and 2.6%": a list of names that
// move together (each a company; the figure is the list's, see "nearest name before the figure").
const MOVING_LIST_RE = new RegExp(String.raw`(?<=[a-z][ \t]|^|\n)(${LIST_NAME}(?:,[ \t]+${LIST_NAME})+,?[ \t]+and[ \t]+${LIST_NAME})[ \t]+(?:all[ \t]+|each[ \t]+)?(?:${MOVE_VERBS})\b`, "g");

function findRespectivelyLists(s: ScanState): void {
  const lists = [...s.text.matchAll(MOVING_LIST_RE)];
  if (s.text.includes("respectively") || s.text.includes("in that order")) lists.push(...s.text.matchAll(RESPECTIVELY_LIST_RE));
  for (const m of lists) {
    for (const item of m[1]!.split(/,[ \t]+(?:and[ \t]+)?|,?[ \t]+and[ \t]+/)) {
      // ("Miners Antofagasta, Glencore and ...": the sector that opens the list is no part of its first name.)
      const name = item.replace(/[ \t]+\([^()]*\)$/, "").replace(SECTOR_LEAD_RE, "").replace(LEADING_DESCRIPTOR_RE, "").trim();
      const first = name.split(/\s+/)[0]!.toLowerCase();
      // ("First Abu Dhabi Bank and Abu Dhabi Commercial Bank losing 0.9 percent and 0.7 percent respectively".)
      const namedFirst = first === "first" && name.includes(" ") && COMPANY_WORD_END_RE.test(name);
      if (!name || GENERIC_LEADING.has(first) || (NOT_NAME_WORDS.has(first) && !namedFirst) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined) continue;
      if (new RegExp(INDEX_RE.source).test(name) || s.byAlias.has(name.toLowerCase())) continue;
      addCompany(s, name, "company", []);
    }
  }
}

// "Tesco and Next came out of the festive season as winners", "JD.com and Alibaba reported":
// two names opening a sentence before its verb; when one is a known company, so is the other.
const PAIR_OPENING_RE = new RegExp(
  String.raw`(?:^|\n|[.!?]["”]?[ \t]+|\)[ \t]+-[ \t]+|[—–][ \t]+)(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,2})[ \t]+and[ \t]+(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*){0,2})(?:[ \t]+\([^()\n]{1,30}\))?[ \t]+(?:both[ \t]+|each[ \t]+|also[ \t]+)?(?!(?:of|in|on|at|for|to|and|or|the|a|an|with|from|as|by)\b)[a-z]{3,}\b`,
  "g",
);
function findPairedCompanies(s: ScanState): void {
  const known = (name: string) => {
    const i = s.byAlias.get(name.toLowerCase());
    return i !== undefined && s.drafts[i]?.kind === "company";
  };
  for (const m of s.text.matchAll(PAIR_OPENING_RE)) {
    const [a, b] = [m[1]!, m[2]!];
    for (const [name, other] of [[a, b], [b, a]] as const) {
      if (known(name) || !known(other)) continue;
      const first = name.split(/\s+/)[0]!.toLowerCase();
      if (GENERIC_LEADING.has(first) || NOT_NAME_WORDS.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined) continue;
      addCompany(s, name, "company", []);
    }
  }
}

function findDashListHeads(s: ScanState): void {
  const heads = [...s.text.matchAll(DASH_HEAD_RE)].map((m) => m[1]!);
  if (heads.length < 2) return;
  for (const name of heads) {
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (/^[A-Z]+$/.test(name) && name.length > 4) continue;
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined || NOT_TICKERS.has(name.toUpperCase())) continue;
    addCompany(s, name, "company", []);
  }
}

// "Sainsbury's rose", "McDonald's says": an "'s" a verb follows is no possessive but the name's
// own. Only verbs that cannot follow "'s" for "has" or "is" ("Nvidia's gained 20%", "Tesla's
// said", "Apple's expected" are "has" and "is").
// ("McDonald's also saw its shares rise", "McDonald’s’ second-quarter profits": an adverb between, or the name's own possessive.)
const NAME_APOSTROPHE_VERB_RE =
  /^['’]s(?:['’]|\s+(?:(?:also|still|now|then)\s+)?(?:rose|fell|grew|sank|shrank|swung|saw|took|says|reports|posts|expects|plans|sees|forecasts|is|was|has|had)\b)/;
// "McDonald's said": "said" keeps the "'s" only for a name the text never writes without it.
const NAME_APOSTROPHE_SAID_RE = /^['’]s\s+said\b/;

// "Dr Reddy’s Labs reported", "Shares of Dr Reddy's Laboratories": a name the text never writes
// without its "'s", and writes two times or more always before the same capitalised word, is one
// name with that word (Indian results wires, roundups and exchange filings name the drugmaker so).
const NAME_APOSTROPHE_WORD_RE = /^['’]s\s+([A-Z][a-z]+)\b/;

/** "Dr Reddy’s Labs ... Dr Reddy’s Labs": the word that always follows a name's "'s", if one does. */
function apostropheWord(text: string, name: string, escaped: string): string | null {
  if (new RegExp(String.raw`\b${escaped}\b(?!['’]s\b)`).test(text)) return null;
  const words = [...text.matchAll(new RegExp(String.raw`\b${escaped}(?=['’]s\b)`, "g"))].map(
    (m) => NAME_APOSTROPHE_WORD_RE.exec(text.slice(m.index + name.length, m.index + name.length + 30))?.[1] ?? "",
  );
  const word = words[0];
  if (!word || words.length < 2 || words.some((w) => w !== word) || APOSTROPHE_NON_NAME_RE.test(word)) return null;
  return word;
}
const APOSTROPHE_NON_NAME_RE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|Quarter|Results|Shares?|Stock|Board|Chief|Chairman|Managing|President|Executive)$/;

/** Names whose "'s" is their own ("Sainsbury's rose 2%"): the name keeps it. */
function keepNameApostrophes(s: ScanState): void {
  for (const d of s.drafts) {
    if (d.kind !== "company" || /['’]s$/.test(d.name)) continue;
    const escaped = d.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const word = apostropheWord(s.text, d.name, escaped);
    if (word !== null) {
      const at = s.text.search(new RegExp(String.raw`\b${escaped}['’]s\b`));
      const full = `${d.name}${s.text[at + d.name.length]}s ${word}`;
      for (const a of aliasesOf(full)) if (!s.byAlias.has(a.toLowerCase())) s.byAlias.set(a.toLowerCase(), s.drafts.indexOf(d));
      d.name = full;
      continue;
    }
    if (d.name.includes(" ")) continue;
    const re = new RegExp(String.raw`\b${escaped}(?=['’]s\b)`, "g");
    const neverBare = () => !new RegExp(String.raw`\b${escaped}\b(?!['’]s\b)`).test(s.text);
    for (const m of s.text.matchAll(re)) {
      const after = s.text.slice(m.index + d.name.length, m.index + d.name.length + 24);
      const own = NAME_APOSTROPHE_VERB_RE.test(after) || (NAME_APOSTROPHE_SAID_RE.test(after) && neverBare());
      if (!own) continue;
      d.name = `${d.name}${s.text[m.index + d.name.length]}s`;
      break;
    }
  }
}

/** Every alias of draft `from` names draft `to` from now on (the two are one company). */
function moveAliases(s: ScanState, from: number, to: number): void {
  for (const [alias, i] of s.byAlias) if (i === from) s.byAlias.set(alias, to);
}

/** The name without a place's possessive before it ("Australia's BHP Billiton" -> "BHP Billiton"). */
function withoutPlaceOwner(name: string): string {
  const owner = /^([A-Z][\w. ]*?)['’]s\s+(.+)$/.exec(name);
  return owner && PLACES[owner[1]!] !== undefined ? owner[2]! : name;
}

/** Adds a company (or merges it into the one with the same ticker or name); its index. */
// "Brokerage Motilal Oswal raised its target", "Rival Ostrander added", "BRIEF-Meridian Foods posts":
// what the company is, or the wire's slug, not its name.
// ("Utility Cemig", "Brewer Ambev", "Refiner Neste": more kinds that open market reports' clauses;
// never words that open real names, "Carrier Global", "Designer Brands", "Builders FirstSource".)
const ROLE_WORD_RE =
  /^(?:BRIEF-|(?:Brokerage|Broker|Rival|Peer|Lender|Insurer|Miner|Retailer|Chipmaker|Carmaker|Automaker|Drugmaker|Conglomerate|Housebuilder|Homebuilder|Utility|Brewer|Distiller|Grocer|Supermarket|Refiner|Explorer|Steelmaker|Shipbuilder|Jeweller|Jeweler|Broadcaster|Publisher)\s+)(?=[A-Z])/;

function addCompany(s: ScanState, written: string, kind: EntityKind, tickers: string[]): number {
  let name = written.replace(ROLE_WORD_RE, "");
  // ("Developers DAMAC Properties and Emaar Properties lost", "Peers Harmony and Anglogold added",
  // "Dual-listed Gold Fields", "Realtor McGrath closed down": what the companies are is no part of a name.)
  if (kind === "company") name = name.replace(LEADING_DESCRIPTOR_RE, "");
  // ("Fortescue Metals Group FMG.AX advanced", "Shopify IncSHOP.TO": a known code after the name is no part of it.)
  const tail = CODE_TAIL_RE.exec(name);
  if (tail && [...s.byTicker.keys()].some((t) => t === tail[0].trim() || t.startsWith(`${tail[1]}.`))) name = name.slice(0, tail.index);
  let idx = -1;
  for (const t of tickers) idx = s.byTicker.get(t) ?? idx;
  // Match by full or suffix-less name only: a shared first word ("Ark") is not identity.
  if (idx < 0) for (const a of legalAliases(name)) idx = s.byAlias.get(a.toLowerCase()) ?? idx;
  // "Moody's expects" read as "Moody" + "'s": the firm whose own name ends in "'s".
  if (idx < 0 && !/['’]s$/.test(name)) idx = s.byAlias.get(`${name.toLowerCase()}'s`) ?? s.byAlias.get(`${name.toLowerCase()}’s`) ?? -1;
  // "Zhenhai sold ..." found before "Zhenhai Battery Technology": the short name was the company's.
  if (idx < 0 && kind === "company") {
    const short = s.byAlias.get(name.split(/\s+/)[0]!.toLowerCase());
    const d = short === undefined ? undefined : s.drafts[short];
    if (d && d.kind === "company" && !d.name.includes(" ") && name.startsWith(`${d.name} `) && (d.tickers.length === 0 || tickers.length === 0)) idx = short!;
  }
  // "Harbor Lane fell 3.8%" after "Harbor Lane Foods (NYSE: HLNF)": a name of two or more words
  // that opens exactly one company's longer name is that company's short name (and the other
  // way round: "Harbor Lane" found first, "Harbor Lane Foods" later).
  if (idx < 0 && kind === "company") idx = wordPrefixCompany(s, name, tickers);
  // "L&T shares rose" found before "Larsen & Toubro": the initials were the company's.
  const initials = idx < 0 && kind === "company" ? aliasesOf(name).find((a) => /^[A-Z]&[A-Z]$/.test(a)) : undefined;
  const byInitials = initials === undefined ? undefined : s.byAlias.get(initials.toLowerCase());
  if (byInitials !== undefined && s.drafts[byInitials]!.name === initials) {
    idx = byInitials;
    s.drafts[idx]!.name = name;
  }
  if (idx < 0) {
    idx = s.drafts.length;
    s.drafts.push({ name, kind, tickers: [], aliases: new Set(), mentions: [] });
  }
  const d = s.drafts[idx]!;
  // "Barclays" then "Barclays plc": keep the fuller legal name.
  if (name.length > d.name.length && name.startsWith(`${d.name} `)) d.name = name;
  for (const t of tickers) {
    if (!d.tickers.includes(t)) d.tickers.push(t);
    s.byTicker.set(t, idx);
  }
  for (const a of aliasesOf(name)) {
    if (!s.byAlias.has(a.toLowerCase())) s.byAlias.set(a.toLowerCase(), idx);
    d.aliases.add(a);
  }
  return idx;
}

/** The one company whose name opens with `name` word by word, or whose name `name` opens with; else -1. */
function wordPrefixCompany(s: ScanState, name: string, tickers: string[]): number {
  let found = -1;
  for (let i = 0; i < s.drafts.length; i++) {
    const d = s.drafts[i]!;
    if (d.kind !== "company" || (d.tickers.length > 0 && tickers.length > 0)) continue;
    const [short, long] = d.name.length < name.length ? [d.name, name] : [name, d.name];
    if (!short.includes(" ") || !long.startsWith(`${short} `)) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}

/**
 * Quote widgets: "(6.67, 0.71, 11.91%)" (price, change, change%) and "(GH -2.96%)".
 * Their ticker counts; their numbers are no figures.
 */
function findQuoteWidgets(s: ScanState): void {
  const { text } = s;
  for (const m of text.matchAll(NUMERIC_WIDGET_RE)) s.excluded.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(TRAILING_WIDGET_RE)) {
    const named = nameBefore(text, m.index);
    if (named === null || NOT_TICKERS.has(m[1]!)) continue;
    s.excluded.push([m.index, m.index + m[0].length]);
    // ("Shares of Australia's BHP Billiton BHP, +2.18%": the place's possessive is no part of the name.)
    addCompany(s, withoutPlaceOwner(named.name), "company", [m[1]!]);
  }
  for (const m of text.matchAll(WIDGET_RE)) {
    const ticker = m[1]!;
    const named = nameBefore(text, m.index);
    // ("Shares of Bristol-Myers Squibb Co. (BMY 0.61%) rallied": a scrape may drop the widget's arrow;
    // an unsigned one counts only right after a name.)
    if (m[2] === undefined && (named === null || NOT_TICKERS.has(ticker))) continue;
    s.excluded.push([m.index, m.index + m[0].length]);
    if (NOT_TICKERS.has(ticker)) continue;
    addCompany(s, named?.name ?? ticker, "company", [ticker]);
  }
}

const PARENTHETICAL_BEFORE_RE = /\([^()]{1,60}\)\s*$/;
// "the company (NYSE: X)", "its shares (HKEX: 2788)": a bracket after a word that refers back.
const REFERS_BEFORE_RE = /\b(?:the (?:company|group|firm|stock|shares)|its (?:shares|stock))\s*$/i;
const REFERS_OPENER_RE = /^(?:The (?:company|group|firm|stock|shares)|Its (?:shares|stock)|It)\b/;

/** The tickers in one bracketed group's items ("NYSE: BABA", "GOOGL, GOOG"). */
function tickersOfGroup(text: string, at: number, items: string, isFund: boolean, name?: string): string[] {
  const tickers: string[] = [];
  for (const raw of items.split(/\s*[,;/]\s*/)) {
    const item = TICKER_ITEM_RE.exec(raw.trim());
    if (!item) continue;
    const exchange = item[1];
    const code = item[2]!;
    // An exchange prefix (or a "ticker:" label) makes any code a ticker ("(NYSE Arca: IPO)").
    if (exchange !== undefined) {
      if (EXCHANGE_TICKER_RE.test(code)) tickers.push(code);
      continue;
    }
    if (NOT_TICKERS.has(code.toUpperCase())) continue;
    if (!PLAIN_TICKER_RE.test(code) && !(name && LONG_CODE_RE.test(code) && name.split(/\s+/).some((w) => w[0] === code[0]))) continue;
    if (isAcronymOfPreceding(text, at, code)) continue;
    if (isFund && /[-]/.test(code)) continue;
    tickers.push(code);
  }
  return tickers;
}

/**
 * Bracketed ticker lists after a name: "(BABA)", "(GOOGL, GOOG)", "(NYSE: ABBV)",
 * "[HKG: 9988] [NYSE: BABA]" (adjacent groups name one company), a fund's "(ARKF)".
 */
function findBracketedTickers(s: ScanState): void {
  const { text } = s;
  let pending: { name: string | null; tickers: string[]; fund: boolean; end: number } | null = null;
  const flush = () => {
    if (pending && pending.tickers.length > 0 && pending.name !== null) {
      addCompany(s, pending.name, pending.fund ? "fund" : "company", pending.tickers);
    } else if (pending && pending.tickers.length > 0) {
      addCompany(s, pending.tickers[0]!, "company", pending.tickers);
    }
    pending = null;
  };
  for (const m of text.matchAll(TICKER_GROUP_RE)) {
    if (s.excluded.some((r) => r[0] <= m.index && m.index < r[1])) continue;
    // '("Qingfeng" or the "Company") (NASDAQ: QFTR)': the name is before the first bracket.
    const aside = PARENTHETICAL_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    let named = nameBefore(text, aside ? m.index - aside[0].length : m.index);
    // "Tesco and Sainsbury (LON:SBRY)": a known company before "and" makes it a list.
    const listed = named && / and /.exec(named.name);
    if (named && listed && s.byAlias.has(named.name.slice(0, listed.index).toLowerCase())) {
      const after = listed.index + listed[0].length;
      named = { name: named.name.slice(after), start: named.start + after };
    }
    const isFund = named !== null && /\b(?:ETF|Fund|Trust)$/i.test(named.name);
    const tickers = tickersOfGroup(text, m.index, m[1]!, isFund, named?.name);
    if (tickers.length === 0 && !isFund) continue;
    // "The company, which trades under the stock code 2788 (HKEX: 2788)": no name before the
    // bracket; its company is known only once the names are found (findListingTickers).
    // ("BBVA (BME: BBVA) ended flat" names itself: only a code after "the stock code" is unnamed.)
    const unnamed =
      named === null
        ? REFERS_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))
        : tickers.includes(named.name) && /\b(?:codes?|symbols?|tickers?|as)\s+$/.test(text.slice(Math.max(0, named.start - 12), named.start));
    // "its widget metric (LFL) rose": a bare code with no name and no exchange before it is
    // the initials of a term, not a ticker (movers lists and wires write tickers after names).
    // ("the SPDR Gold Shares fund (GLD)", "Alibaba's cloud business (BABA)": a name before a few
    // lower-case words still names the code.)
    if (named === null && !unnamed && !/:/.test(m[1]!)) {
      const words = LOWER_WORDS_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 40), m.index));
      if (!words || nameBefore(text, m.index - words[0].length) === null) continue;
    }
    if (unnamed && tickers.length > 0 && !isFund) {
      s.excluded.push([m.index, m.index + m[0].length]);
      s.unnamedTickers.push({ at: m.index, tickers });
      continue;
    }
    s.excluded.push([m.index, m.index + m[0].length]);
    const adjacent = pending !== null && /^\s*$/.test(text.slice(pending.end, m.index));
    if (adjacent && pending) {
      pending.tickers.push(...tickers);
      pending.end = m.index + m[0].length;
    } else {
      flush();
      pending = { name: named?.name ?? null, tickers, fund: isFund, end: m.index + m[0].length };
      if (isFund && named && tickers.length === 0) {
        addCompany(s, named.name, "fund", []);
        pending = null;
      }
    }
  }
  flush();
}

const LOWER_WORDS_BEFORE_RE = /(?:['’]s?)?(?:\s+[a-z][a-z-]*){1,3}\s*$/;

/** "Shell plc LON:SHEL", "Ocado's stock LON:OCDO": an exchange-prefixed code without brackets. */
function findBareExchangeTickers(s: ScanState): void {
  const { text } = s;
  for (const m of text.matchAll(BARE_EXCHANGE_TICKER_RE)) {
    if (excludedHas(s.excluded, m.index)) continue;
    const code = m[1]!;
    if (!EXCHANGE_TICKER_RE.test(code)) continue;
    s.excluded.push([m.index, m.index + m[0].length]);
    const named = nameBefore(text, m.index - (STOCK_WORD_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[0].length ?? 0));
    addCompany(s, named?.name ?? code, "company", [code]);
  }
}
const STOCK_WORD_BEFORE_RE = /(?:['’]s)?\s+(?:stock|shares|share price)\s+$/;

// Wire copy writes a company's exchange code after its name, unbracketed: "Commonwealth Bank of
// Australia CBA.AX", "Al Rajhi Bank 1120.SE", "Emaar Malls EMAA.DU" (Reuters instrument codes: a
// symbol, a dot and the exchange's suffix), at times glued to the name by a scrape ("Shopify
// IncSHOP.TO"). Index codes open on a dot (".AXJO") and are no company's.
const WIRE_CODE_SUFFIXES = "AX|TO|V|N|O|OQ|L|DU|AD|SE|QA|CA|HK|SS|SZ|T|KS|KQ|NS|BO|SI|PA|DE|AS|MI|MC|ST|CO|OL|HE|SW|JO|KW|BH|OM|SA|MX|TW|NZ|IS|BK|KL|JK|LG|BR|LS|WA|TA";
const WIRE_CODE_RE = new RegExp(String.raw`(?:(?<=[a-z])|(?<![\w.$@/(\[<]))((?:[A-Z][A-Z0-9]{1,9}|\d{3,6})\.(?:${WIRE_CODE_SUFFIXES}))(?![\w]|\.\w)`, "g");
/** A code's symbol written as the last word of a name ("Emaar Properties EMAR"): no part of the name. */
const CODE_TAIL_RE = /(?:[ \t]+|(?<=[a-z]))([A-Z][A-Z0-9]{1,9}|\d{3,6})(?:\.[A-Z]{1,2})?$/;
const COMPOUND_ADJECTIVE_RE = /^[A-Z][a-z]+-(?:related|linked|heavy|sensitive|exposed|focused|oriented|weighted|listed|based|owned|backed|quoted|driven)$/;
const LEADING_DESCRIPTOR_RE = new RegExp(
  String.raw`^(?:(?:Peers?|Rivals?|Fellow|Realtor|Dual-listed|[A-Z][\w.]*-(?:listed|based)|[A-Z]{2,5}s|${COMPANY_KIND_NOUNS.map((n) => `${n[0]!.toUpperCase()}${n.slice(1)}s`).join("|")})[ \t]+)+(?=[A-Z0-9])`,
);
// "BHP Billiton (LON:BLT) BHP.AX": a second listing's code after the first's bracket.
const BRACKET_BEFORE_RE = /\(\s*(?:[\w ]+:\s*)?([A-Z0-9][A-Za-z0-9.\-]{0,9})\s*\)\s*$/;

function findWireCodes(s: ScanState): void {
  const { text } = s;
  if (!/[A-Z0-9]\.[A-Z]/.test(text)) return;
  for (const m of text.matchAll(WIRE_CODE_RE)) {
    if (excludedHas(s.excluded, m.index)) continue;
    const listed = s.byTicker.get(BRACKET_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 24), m.index))?.[1] ?? "") ?? -1;
    const named = listed < 0 ? nameBefore(text, m.index) : null;
    if (!named && listed < 0) continue;
    s.excluded.push([m.index, m.index + m[0].length]);
    addCompany(s, named?.name ?? s.drafts[listed]!.name, "company", named ? [m[1]!] : [m[1]!, ...s.drafts[listed]!.tickers]);
  }
}

/**
 * A ticker written only in the headline ("Lululemon Athletica (NASDAQ: LULU) beats"): given
 * to the company the text knows by that name (or its first word), else a company of its
 * own with no mentions. A headline ticker with no name before it is read like a
 * front-matter ticker.
 */
function findHeadlineTickers(s: ScanState): void {
  const { title } = s;
  if (!title) return;
  const found: { name: string | null; tickers: string[] }[] = [];
  for (const m of title.matchAll(TICKER_GROUP_RE)) {
    const named = nameBefore(title, m.index);
    // ("(LEAD) Seoul shares end lower", "(URGENT) ...": Yonhap's bracketed labels open a headline, no ticker.)
    const tickers = tickersOfGroup(title, m.index, m[1]!, false, named?.name).filter((t) => named !== null || !HEADLINE_LABELS.has(t));
    if (tickers.length > 0) found.push({ name: named?.name ?? null, tickers });
  }
  for (const m of title.matchAll(BARE_EXCHANGE_TICKER_RE)) {
    if (EXCHANGE_TICKER_RE.test(m[1]!)) found.push({ name: nameBefore(title, m.index)?.name ?? null, tickers: [m[1]!] });
  }
  for (const m of title.matchAll(CASHTAG_RE)) found.push({ name: nameBefore(title, m.index)?.name ?? null, tickers: [m[1]!] });
  // "MU: Micron forecasts record quarter": a headline that opens with its ticker.
  const lead = HEADLINE_TICKER_RE.exec(title);
  if (lead && !NOT_TICKERS.has(lead[1]!) && !HEADLINE_LABELS.has(lead[1]!)) found.push({ name: null, tickers: [lead[1]!] });
  for (const { name, tickers } of found) {
    const fresh = tickers.filter((t) => !s.byTicker.has(t));
    for (const t of tickers) s.titleTickers.add(t);
    if (fresh.length === 0) continue;
    if (name === null) {
      s.hintTickers.push(...fresh);
      continue;
    }
    const idx = knownCompany(s, name);
    if (idx >= 0) {
      for (const t of fresh) {
        s.drafts[idx]!.tickers.push(t);
        s.byTicker.set(t, idx);
      }
    } else addCompany(s, name, "company", fresh);
  }
}

// Labels that open headlines the way a ticker does ("LIVE: Velmora beats", "WATCH: ...").
const HEADLINE_LABELS: ReadonlySet<string> = new Set([
  "LIVE", "WATCH", "VIDEO", "AUDIO", "PODCAST", "OPINION", "COLUMN", "ANALYSIS", "EXPLAINER", "FACTBOX", "UPDATE", "BREAKING",
  "EXCLUSIVE", "CORRECTED", "WRAPUP", "INSIGHT", "REVIEW", "PREVIEW", "POLL", "TIMELINE", "GRAPHIC", "NEWS", "MARKETS",
  "STOCKS", "EARNINGS", "DEALS", "TECH", "BRIEF", "QUOTE", "CHART", "DATA", "ALERT", "FLASH", "MORNING", "EVENING", "WEEKLY",
  "LEAD", "URGENT", "RPT", "REPEAT", "EDITORIAL", "PROFILE", "INTERVIEW", "FEATURE",
]);
const HEADLINE_TICKER_RE = /^([A-Z]{1,5}(?:\.[A-Z]{1,2})?):\s/;

/** The company already known by this name, its suffix-less form or its first word; else -1. */
function knownCompany(s: ScanState, name: string): number {
  for (const a of [...legalAliases(name), ...aliasesOf(name)]) {
    const idx = s.byAlias.get(a.toLowerCase());
    if (idx !== undefined) return idx;
  }
  return -1;
}

/**
 * A listing sentence ("will trade under the ticker “LINE”", "under the symbol TLSA",
 * "which trades as LUMR") gives the ticker to the company the sentence names (the last
 * known company before it, else the name that opens the sentence).
 */
function findListingTickers(s: ScanState): void {
  const { text } = s;
  for (const { at, tickers } of s.unnamedTickers) {
    const fresh = tickers.filter((t) => !s.byTicker.has(t));
    if (fresh.length === 0) continue;
    const owner = companyBefore(s, at);
    if (owner < 0) {
      addCompany(s, fresh[0]!, "company", fresh);
      continue;
    }
    for (const t of fresh) {
      s.drafts[owner]!.tickers.push(t);
      s.byTicker.set(t, owner);
    }
  }
  for (const m of text.matchAll(LISTING_RE)) {
    const quoted = m[1] ?? m[3] ?? m[4];
    const bare = m[2] ?? m[5];
    const code = quoted ?? bare!;
    // A bare code after "trades as" must look like nothing else ("trades as GDP" is no listing).
    if (m[5] !== undefined && NOT_TICKERS.has(code)) continue;
    if (s.byTicker.has(code)) continue;
    const codeAt = m.index + m[0].lastIndexOf(code);
    s.excluded.push([codeAt, codeAt + code.length]);
    const sentenceStart = sentenceStartBefore(text, m.index);
    const names = [...text.slice(sentenceStart, m.index).matchAll(NAME_RUN_RE)].map((n) => n[0].replace(/['’]s$/, ""));
    // "The stock, which trades under the code 2597": a sentence that opens on a referring noun
    // lists the company named before it.
    let idx = companyInSentence(s, m.index);
    if (idx < 0 && REFERS_OPENER_RE.test(text.slice(sentenceStart, m.index))) idx = subjectOfSentenceBefore(s, sentenceStart);
    if (idx >= 0) {
      s.drafts[idx]!.tickers.push(code);
      s.byTicker.set(code, idx);
      continue;
    }
    const opener = names[0];
    const usable = opener !== undefined && text.slice(sentenceStart).startsWith(opener) &&
      !GENERIC_LEADING.has(opener.split(/\s+/)[0]!.toLowerCase()) && !NOT_SUBJECT_WORDS.has(opener.split(/\s+/)[0]!.toLowerCase()) && PLACES[opener] === undefined;
    addCompany(s, usable ? opener : code, "company", [code]);
  }
}
// "Walmart de México (BMV: WALMEX), known as Walmex,": the short name the company goes by.
const KNOWN_AS_RE = /[(\[]([^()[\]\n]{1,40})[)\]],?\s+(?:also\s+|commonly\s+|better\s+)?known\s+as\s+["“]?([A-Z\u00C0-\u00DE][\w\u00C0-\u017F&.-]+(?:\s+[A-Z\u00C0-\u00DE][\w\u00C0-\u017F&.-]+){0,2}?)["”]?(?=[,;.)]|\s+(?:said|is|was|has|reported|posted)\b)/g;
// "China Petroleum & Chemical Corp., better known as Sinopec": the legal name and the name the text goes on to use.
const NAME_KNOWN_AS_RE = /([A-Z][\w&.'’-]*(?:\s+(?:&\s+)?[A-Z][\w&.'’-]*){0,5}),\s+(?:also\s+|commonly\s+|better\s+)?known\s+as\s+["“]?([A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+){0,2}?)["”]?(?=[,;.)]|\s+(?:said|is|was|has|reported|posted)\b|\s+[A-Z]{1,5},)/g;
function findKnownAsNames(s: ScanState): void {
  for (const m of s.text.matchAll(NAME_KNOWN_AS_RE)) {
    const legal = s.byAlias.get(m[1]!.replace(/^(?:Shares of|Shares in)\s+/, "").toLowerCase());
    const known = s.byAlias.get(m[2]!.toLowerCase());
    if (legal === undefined || known === undefined || legal === known) continue;
    // The legal name's mentions are the known name's company.
    moveAliases(s, legal, known);
    s.drafts[known]!.aliases.add(s.drafts[legal]!.name);
  }
  for (const m of s.text.matchAll(KNOWN_AS_RE)) {
    // The company is the one whose ticker the bracket holds.
    const idx = [...m[1]!.matchAll(/[A-Z0-9][A-Z0-9.-]*/g)].map((t) => s.byTicker.get(t[0])).find((i) => i !== undefined) ?? -1;
    if (idx < 0) continue;
    const name = m[2]!;
    const alias = name.toLowerCase();
    const other = s.byAlias.get(alias);
    // A draft the name passes made of the short name alone is the same company.
    if (other !== undefined && other !== idx && (s.drafts[other]!.tickers.length > 0 || s.drafts[other]!.kind !== "company")) continue;
    s.byAlias.set(alias, idx);
    s.drafts[idx]!.aliases.add(name);
  }
}

function sentenceStartBefore(text: string, at: number): number {
  const stop = text.lastIndexOf(". ", at);
  return Math.max(stop < 0 ? 0 : stop + 2, text.lastIndexOf("\n", at) + 1);
}

/** The company named last before `at` ("The company, which trades ..."), within a few sentences; else -1. */
function companyBefore(s: ScanState, at: number): number {
  const names = [...s.text.slice(Math.max(0, at - 600), at).matchAll(NAME_RUN_RE)];
  for (let i = names.length - 1; i >= 0; i--) {
    const idx = knownCompany(s, names[i]![0].replace(/['’]s$/, ""));
    if (idx >= 0 && !s.sources.has(idx)) return idx;
  }
  return -1;
}

/**
 * The company the sentence before `start` is about: the first known company it names (its
 * subject, not the backer an aside names: "Lineport Cold Storage, backed by Ashgrove
 * Capital, jumped"); else -1.
 */
function subjectOfSentenceBefore(s: ScanState, start: number): number {
  const before = s.text.slice(0, start).replace(/\s+$/, "");
  if (before === "") return -1;
  const from = sentenceStartBefore(s.text, Math.max(0, before.length - 2));
  for (const n of s.text.slice(from, before.length).matchAll(NAME_RUN_RE)) {
    const idx = knownCompany(s, n[0].replace(/['’]s$/, ""));
    if (idx >= 0 && !s.sources.has(idx)) return idx;
  }
  return -1;
}

/** The last company already known that the sentence names before `at`, or -1. */
function companyInSentence(s: ScanState, at: number): number {
  const names = [...s.text.slice(sentenceStartBefore(s.text, at), at).matchAll(NAME_RUN_RE)];
  for (let i = names.length - 1; i >= 0; i--) {
    const idx = knownCompany(s, names[i]![0].replace(/['’]s$/, ""));
    if (idx >= 0) return idx;
  }
  return -1;
}

// A run of capitalized words that may be a name ("Tiziana Life Sciences", "Marks & Spencer").
const NAME_RUN_RE = /(?<![\w'’])[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*(?:\s+(?:&\s+)?[A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&'’.-]*)*/g;

/** Cashtags: "$NVDA". */
function findCashtags(s: ScanState): void {
  for (const m of s.text.matchAll(CASHTAG_RE)) {
    const ticker = m[1]!;
    s.excluded.push([m.index, m.index + m[0].length]);
    if (!s.byTicker.has(ticker)) addCompany(s, nameBefore(s.text, m.index)?.name ?? ticker, "company", [ticker]);
  }
}

// "Netflix NFLX is expected to", "Biogen Idec BIIB, Burger King Worldwide BKW and Herbalife HLF": earnings
// previews whose ticker links lost their brackets write a bare code after each name. The code is followed by a
// lower-case word, "and", a comma or the sentence's end.
const BARE_CODE_AFTER_NAME_RE = /(?<=[A-Za-z&.] )([A-Z]{1,5})(?=[,;.]?(?:[ \t]+(?:[a-z]|and\b)|[ \t]*$)|[,;.][ \t])/gm;

/**
 * Bare codes after a name, read only in an article that writes the house style at least twice with
 * a code that opens on its name's first letter ("Apple AAPL", "Merck MRK"); then every such pair
 * counts ("Coca-Cola KO"), a one-letter code only on its name's initial ("Ford F").
 */
function findBareCodesAfterNames(s: ScanState): void {
  const { text } = s;
  const pairs: { at: number; code: string; name: string }[] = [];
  let styled = 0;
  for (const m of text.matchAll(BARE_CODE_AFTER_NAME_RE)) {
    const code = m[1]!;
    if (NOT_TICKERS.has(code) || CORPORATE_SUFFIX.test(code) || excludedHas(s.excluded, m.index)) continue;
    const named = nameBefore(text, m.index);
    if (!named || named.start + named.name.length + 1 !== m.index) continue;
    const initial = named.name[0]!.toUpperCase() === code[0];
    if (code.length === 1 && !initial) continue;
    if (initial && code.length > 1) styled++;
    pairs.push({ at: m.index, code, name: named.name });
  }
  if (styled < 2) return;
  for (const { at, code, name } of pairs) {
    s.excluded.push([at, at + code.length]);
    addCompany(s, name, "company", [code]);
  }
}

// "Campus Activewear Q2 FY24 (YoY)", "GMM Pfaudler Q2 FY24 (Consolidated, YoY)", "Mcleod Russel India Q2 FY24
// results: profit falls": an earnings wrap heads each company's results lines with its name and the period.
const RESULTS_HEADING_RE = /^((?:[A-Z][\w&'’.-]*[ \t]+){1,5}?)(?:Q[1-4]|H[12]|[1-4]Q)[ \t]?(?:FY[ \t]?)?'?\d{2,4}\b[^\n]{0,80}$/gm;

/** Results headings: a line that opens on a company's name and a quarter or half ("IRCTC Q2 FY24") and ends on no full stop. */
function findResultsHeadings(s: ScanState): void {
  const { text } = s;
  if (!/(?:Q[1-4]|H[12]|[1-4]Q)[ \t]?(?:FY[ \t]?)?'?\d/.test(text)) return;
  for (const m of text.matchAll(RESULTS_HEADING_RE)) {
    if (/[.!?]["”]?\s*$/.test(m[0])) continue;
    const name = m[1]!.trim();
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined) continue;
    addCompany(s, name, "company", []);
  }
}

// "Meanwhile, Ruichang International, which raised just HK$131.1 million, found support", "Norvale, which priced
// at $18", "Betatron, whose shares jumped 28%": a name that a relative clause tells raised, priced, reported or
// moved money is a company.
const RELATIVE_BUSINESS_RE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n|\b(?:Meanwhile|However|Elsewhere|Separately|Also),\s+)(${NAME_HEAD}[\w\u00C0-\u017F&-]+(?: [A-Z\u00C0-\u00D6\u00D8-\u00DE][\w\u00C0-\u017F&-]+){0,2}),\s+(?:which|whose (?:shares|stock))\s+(?:(?:has|had|also|just|only|earlier)\s+){0,2}(?:raised|priced|reported|posted|listed|debuted|floated|jumped|soared|surged|rose|gained|fell|dropped|slumped|sank|tumbled|makes|owns|operates|sells)\b`,
  "gm",
);

/** Names a business relative clause describes: companies, when no person, place or common word. */
function findRelativeClauseNames(s: ScanState): void {
  const { text } = s;
  if (!/,\s+(?:which|whose)\s/.test(text)) return;
  for (const m of text.matchAll(RELATIVE_BUSINESS_RE)) {
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined || s.byTicker.has(name) || s.byAlias.has(name.toLowerCase())) continue;
    if (CRUDE_GRADE_RE.test(name) || new RegExp(INDEX_RE.source).test(name) || /\b(?:index|Index)$/.test(name)) continue;
    addCompany(s, name, "company", []);
  }
}

/**
 * Brokers, data firms and research firms (lexicon.ts). One is a source where the text
 * cites it ("polled by LSEG", "LSEG data"): never a subject unless the story is about it.
 */
function findCitedFirms(s: ScanState): void {
  const { text } = s;
  for (const m of text.matchAll(KNOWN_FIRMS_RE)) {
    // "Citi shares gained" after "Citigroup (NYSE: C)": a bank's short name is the listed bank.
    const short = m[1]!;
    const longer = s.byAlias.has(short.toLowerCase()) ? -1 : s.drafts.findIndex((d) => d.tickers.length > 0 && d.name.length > short.length && d.name.startsWith(short) && /[a-z]/.test(d.name[short.length]!));
    if (longer >= 0) {
      s.byAlias.set(short.toLowerCase(), longer);
      s.drafts[longer]!.aliases.add(short);
    }
    const idx = addCompany(s, short, "company", []);
    const end = m.index + m[0].length;
    // A newspaper, wire, data firm or research firm is a source wherever it is named.
    if (FORECASTER_RE.test(m[1]!)) s.forecasters.add(idx);
    if (ALWAYS_SOURCE_RE.test(m[1]!)) {
      s.sources.add(idx);
      s.alwaysSources.add(idx);
    } else if (CITED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index)) || CITED_AFTER_RE.test(text.slice(end, end + 20))) {
      s.sources.add(idx);
      s.citedAt.add(m.index);
    }
  }
}

/** A firm or body the text presents as a forecaster: always a source, never a subject (unless listed). */
function addForecaster(s: ScanState, name: string): void {
  const idx = addCompany(s, name, "company", []);
  if (s.drafts[idx]!.tickers.length > 0) return;
  s.forecasters.add(idx);
  s.sources.add(idx);
  s.alwaysSources.add(idx);
}

// "Research firm Evaluate expects", "Consultancy SovEcon raised its forecast", "according to
// data provider Dealogic": a firm the text calls a researcher or data provider is a forecaster
// and a source, lexicon or not (never "Tata Consultancy Services": the noun opens the phrase).
const DESCRIBED_RESEARCHER_RE = new RegExp(
  String.raw`(?<![A-Z][\w&.'’-]*[ \t])\b(?:[Rr]esearch (?:firm|group|house|company)|[Cc]onsultancy|[Cc]onsulting firm|[Dd]ata (?:provider|firm|company)|[Mm]arket (?:researcher|research firm|tracker)|[Aa]nalytics (?:firm|company)|[Ii]ndustry tracker)[ \t]+(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+[A-Z][\w\u00C0-\u017F&'’.-]*){0,2})`,
  "g",
);
function findDescribedResearchers(s: ScanState): void {
  for (const m of s.text.matchAll(DESCRIBED_RESEARCHER_RE)) {
    const name = m[1]!.replace(/['’]s$/, "").replace(/[.,]$/, "");
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined) continue;
    addForecaster(s, name);
  }
}

// "The Japan Machine Tool Builders' Association said", "the Semiconductor Industry Association":
// a body a name calls an association, federation or institute is a public body (never a
// subject; what it reports is an industry's).
// ("The Ifo institute now expects": the kind word may be written in lower case.)
const NAMED_BODY_RE = /(?<![\w'’&-])((?:[A-Z][\w'’&.-]*[ \t]+){1,5}(?:Association|Federation|Institute|Chamber of Commerce|institute|association|federation))(?![\w-])/g;
function findNamedBodies(s: ScanState): void {
  for (const m of s.text.matchAll(NAMED_BODY_RE)) {
    const name = m[1]!.replace(/^The[ \t]+/, "");
    if (!/[ \t]/.test(name) || s.byTicker.has(name)) continue;
    addForecaster(s, name);
  }
}

// "Telsey Advisory Group cut its price target to $190", "KeyBanc cut its rating": a firm that
// moves its target or rating is a broker cited there, lexicon or not (never "Sabadell raised
// its target for return on equity": a company's own target names no price or stock).
const TARGET_SETTER_RE = new RegExp(
  String.raw`(?<![\w'’])(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+[A-Z][\w\u00C0-\u017F&'’.-]*){0,3})[ \t]+(?:now[ \t]+|also[ \t]+)?(?:cut|raised|lowered|lifted|trimmed|increased|reduced|slashed|boosted|hiked)[ \t]+its[ \t]+(?:(?:price[ \t]+target|target[ \t]+price|price[ \t]+objective|rating|recommendation)\b|target[ \t]+(?=(?:on|for)[ \t]+[A-Z]|to[ \t]+[$£€¥\d]))`,
  "g",
);
/** A firm cited at `at` for its rating or target: a source there, unless it is a listed company. */
function citeFirm(s: ScanState, name: string, at: number): void {
  const idx = addCompany(s, name, "company", []);
  if (s.drafts[idx]!.tickers.length > 0) return;
  s.sources.add(idx);
  s.citedAt.add(at);
}

function findTargetSetters(s: ScanState): void {
  for (const m of s.text.matchAll(TARGET_SETTER_RE)) {
    const name = m[1]!.replace(/['’]s$/, "");
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PRONOUN_OPENERS.has(first) || PLACES[name] !== undefined) continue;
    citeFirm(s, name, m.index);
  }
}

// Brokers named where they move a rating or target, lexicon or not: "was downgraded to Underperform
// from Neutral at Lindqvist Partners", "was started at Buy with a $236 target at Halvern & Co.",
// "three target cuts: UBS to $141 from $147, RBC to $137 from $140", "Deutsche Bank and Wells Fargo
// both cut their price targets". Each is cited there: the figures are the rated company's.
const RATING_WORDS_RE = /^(?:Buy|Sell|Hold|Neutral|Overweight|Underweight|Equal|Outperform|Underperform|Market|Sector|Peer|Strong|Accumulate|Reduce|Add|Positive|Negative|In-Line|Perform)$/;
const FIRM_NAME = String.raw`${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w\u00C0-\u017F&'’.-]*){0,3}`;
// Each with a cheap check of the words it cannot match without (speed: the name classes open every pattern).
const RATING_FIRM_RES: readonly (readonly [RegExp, RegExp])[] = [
  [/\b(?:upgraded|downgraded|initiated|started|resumed|reiterated|assumed)\b/, new RegExp(String.raw`\b(?:upgraded|downgraded|initiated|started|resumed|reiterated|assumed)\b[^.;\n]{0,80}?\bat[ \t]+(${FIRM_NAME})`, "g")],
  // (Only a list item, after a colon, comma or "and": "its target on Tesco to 270p from 250p" names the rated company.)
  [/\d[p%]?\s+from\s/, new RegExp(String.raw`(?<=(?:[:;,]|\band)[ \t]+)(${FIRM_NAME})[ \t]+to[ \t]+(?:[A-Z]{0,2}[$€£¥]|R\$[ \t]?|Rs\.?[ \t]?)?\d[\d.,]*p?[ \t]+from[ \t]+(?:[A-Z]{0,2}[$€£¥]|R\$[ \t]?|Rs\.?[ \t]?)?\d`, "g")],
  [/\btheir\s+(?:price\s+)?(?:targets?|ratings?)\b/, new RegExp(String.raw`(?<![\w'’])(${FIRM_NAME})[ \t]+and[ \t]+(${FIRM_NAME})[ \t]+(?:both[ \t]+|each[ \t]+|also[ \t]+)?(?:cut|raised|lowered|lifted|trimmed|reduced|boosted)[ \t]+their[ \t]+(?:price[ \t]+)?(?:targets?|ratings?)\b`, "g")],
];
function findRatingFirms(s: ScanState): void {
  for (const [check, re] of RATING_FIRM_RES) {
    if (!check.test(s.text)) continue;
    for (const m of s.text.matchAll(re)) {
      for (const group of [1, 2]) {
        const raw = m[group];
        if (raw === undefined) continue;
        const name = raw.replace(/['’]s$/, "").replace(/[.,]$/, "");
        const first = name.split(/\s+/)[0]!;
        if (RATING_WORDS_RE.test(first) || GENERIC_LEADING.has(first.toLowerCase()) || NOT_SUBJECT_WORDS.has(first.toLowerCase()) || PRONOUN_OPENERS.has(first.toLowerCase()) || PLACES[name] !== undefined) continue;
        citeFirm(s, name, m.index + m[0].indexOf(raw));
      }
    }
  }
}

// "Analysts at Nomura expect Honda to cut", "Jefferies now sees Nike earning": the company a
// broker's view is about, named with no ticker (the broker is cited, and found by its own pass).
const VIEW_OBJECT_RE = new RegExp(
  String.raw`\b(?:[Aa]nalysts?\s+(?:at|from)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}|(?:${alternation(BROKERS)}))\s+(?:now\s+)?(?:expects?|sees?|forecasts?|predicts?|estimates?)\s+(${NAME_HEAD}[\w\u00C0-\u017F&'’.-]*(?:[ \t]+[A-Z][\w\u00C0-\u017F&'’.-]*){0,2})\s+(?:to|earning|reporting|posting|will)\b`,
  "g",
);

function findViewObjects(s: ScanState): void {
  for (const m of s.text.matchAll(VIEW_OBJECT_RE)) {
    const name = m[1]!.replace(/['’]s$/, "");
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PRONOUN_OPENERS.has(first) || PLACES[name] !== undefined || NOT_TICKERS.has(name.toUpperCase())) continue;
    if (!s.byTicker.has(name) && !s.byAlias.has(name.toLowerCase())) addCompany(s, name, "company", []);
  }
}

/** The company a broker rates ("JPMorgan cuts Tesco price target"); the broker is cited there. */
function findRatedCompanies(s: ScanState): void {
  const { text } = s;
  for (const m of text.matchAll(RATED_COMPANY_RE)) {
    const broker = m[1];
    const name = (m[2] ?? m[3])!.replace(/['’]s$/, "");
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined || NOT_TICKERS.has(name.toUpperCase())) continue;
    if (broker !== undefined && !GENERIC_LEADING.has(broker.split(/\s+/)[0]!.toLowerCase())) {
      const at = m.index + m[0].indexOf(broker);
      const idx = addCompany(s, broker, "company", []);
      s.sources.add(idx);
      s.citedAt.add(at);
    }
    if (!s.byTicker.has(name)) addCompany(s, name, "company", []);
  }
}

/** A descriptor names the company after it: "cybersecurity firm Wiz", "chipmaker Arm". */
function findDescribedCompanies(s: ScanState): void {
  for (const m of s.text.matchAll(DESCRIBED_COMPANY_RE)) {
    const name = m[1]!.replace(/['’]s$/, "");
    const first = name.split(/\s+/)[0]!.toLowerCase();
    // "the group Chief Executive", "a unit In March": a role or a common word is no name ("rival J.B.
    // Hunt": nor an initial, which the bracket pass reads with the rest of the name).
    if (ROLE_WORDS.has(first) || GENERIC_LEADING.has(first) || NOT_NAME_WORDS.has(first) || name.length < 2) continue;
    if (!NOT_TICKERS.has(name.toUpperCase()) && PLACES[name] === undefined && !s.byTicker.has(name)) addCompany(s, name, "company", []);
  }
}

/** Names with a corporate suffix but no ticker: "Ark Invest", "Foo Holdings", "Bar plc". */
function findSuffixedCompanies(s: ScanState): void {
  for (const m of s.text.matchAll(SUFFIXED_COMPANY_RE)) {
    const named = nameBefore(s.text, m.index + m[0].length);
    if (!named) continue;
    const words = named.name.split(/\s+/);
    if (words.length < 2) continue;
    const kind: EntityKind = /\b(?:ETF|Fund|Trust)$/.test(named.name) ? "fund" : "company";
    addCompany(s, named.name, kind, []);
  }
}

// "Hong Kong Exchanges and Clearing", "China Overseas Land and Investment", "Drake and Scull"
// stays two: a name whose "and" is followed by a word that names a line of business, never a
// company alone ("Tesco and Next" are two companies).
// ("Legal and General's divisions", "Marks and Spencer's food sales", "Procter and Gamble": British and US
// papers spell these names with "and".)
const AND_JOINED_NAME_RE = /\b((?:[A-Z][\w&'’-]*\s+){1,3})and\s+(?:Clearing|Investments?|Development|Technology|Engineering|Trading|Construction|Exploration|Sons|General|Spencer|Gamble|Noble)\b/g;
function findAndJoinedNames(s: ScanState): void {
  for (const m of s.text.matchAll(AND_JOINED_NAME_RE)) {
    const name = m[0].replace(/^(?:The|In|At|On|And|But|While|With|Shares of|Shares in)\s+/, "");
    const first = name.split(/\s+/)[0]!.toLowerCase();
    // (A place may open it: "Hong Kong Exchanges and Clearing", "China Overseas Land and Investment".)
    if (PRONOUN_OPENERS.has(first)) continue;
    addCompany(s, name, "company", []);
  }
}

/**
 * A capitalized name that opens a sentence as the doer of a business verb ("Nvidia
 * reported", "Tesla also deployed") is a company when it is no person or place.
 */
function findSentenceSubjects(s: ScanState): void {
  const { text } = s;
  for (const m of text.matchAll(SENTENCE_SUBJECT_RE)) {
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined || s.byTicker.has(name) || COMPOUND_ADJECTIVE_RE.test(name) || CRUDE_GRADE_RE.test(name)) continue;
    if (ROLE_AT_END_RE.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].indexOf(name)))) continue;
    if (s.byAlias.has(name.toLowerCase()) || s.byAlias.has(first)) continue;
    // "Warren Buffett sold", "Buffett paid": a person does these too; a surname or a first and
    // last name is no company unless its last word is a company's.
    const verb = m[0].slice(m[0].lastIndexOf(" ") + 1);
    if (PERSON_VERBS_RE.test(verb)) {
      if (name.includes(" ") ? !COMPANY_WORD_END_RE.test(name) : new RegExp(String.raw`[A-Z][a-z]+ ${name}\b`).test(text)) continue;
    }
    addCompany(s, name, "company", []);
  }
}
const PERSON_VERBS_RE = /^(?:sold|sells|spent|spends|paid|made|had|bought|won|signed|led|returned|cut|increased|boosted|lifted|trimmed)$/;

/**
 * Market reports name a company per clause: "Shell rose 5 per cent", "and Antofagasta put
 * on 88p", "Rival BP added", "Asian Paints 2.77 per cent higher". A clause opener moving
 * or reporting is a company when it is no common word (one the text also writes in lower
 * case), place, index, person or sector.
 */
function findClauseSubjects(s: ScanState): void {
  const { text } = s;
  let lowerWords: Set<string> | null = null;
  // Each match as [whole, mover, appositive, sayer, bare move, one-name pattern]: the name is in one group.
  const matches: { index: number; m: (string | undefined)[] }[] = [
    ...[...text.matchAll(CLAUSE_SUBJECT_RE)].map((x) => ({ index: x.index, m: [...x] })),
    ...(/\((?:up|down) /.test(text) ? [...text.matchAll(BRACKET_MOVE_RE)] : []).map((x) => ({ index: x.index, m: [x[0], undefined, undefined, undefined, undefined, x[1]] })),
    ...(/^[^\n:]{1,60}: /m.test(text) ? [...text.matchAll(LIST_HEAD_RE)] : []).map((x) => ({ index: x.index, m: [x[0], undefined, undefined, undefined, undefined, x[1]] })),
    // (A name never runs across a full stop: "... for Toronto-Dominion Bank. In Abu Dhabi".)
    ...[...text.matchAll(MOVE_IN_NAME_RE)].filter((x) => !MONTH_OR_PERIOD_RE.test(x[1]!)).map((x) => ({ index: x.index, m: [x[0], undefined, undefined, undefined, undefined, x[1]!.split(/\.\s/)[0]] })),
  ];
  for (const { index, m } of matches) {
    // "JD's Hong Kong-listed shares rose": the name ends at its possessive.
    // "Sasol said it ...": a name that says is a company unless it is a person's surname
    // ("Eddie Wu ... Wu said") or a first and last name.
    if (m[3] !== undefined) {
      const said = m[3].replace(/^In company news,\s+/, "");
      // An acronym that says ("ABF said") is some name's initials: the alias pass finds it.
      const at = index + m[0]!.indexOf(m[3]);
      const kindBefore = KIND_BEFORE_RE.test(text.slice(Math.max(0, at - 30), at));
      if (/^[A-Z&]+$/.test(said) || (said.includes(" ") && !COMPANY_WORD_IN_RE.test(said) && !kindBefore)) continue;
      if (!said.includes(" ") && new RegExp(String.raw`[A-Z][a-z]+ ${said}\b`).test(text)) continue;
    }
    // ("the Royal Bank of Scotland dropped 3%": a mover behind "the" only with a company's word or an "of" in its name.)
    if (m[1] !== undefined && /\b[Tt]he\s+$/.test(m[0]!.slice(0, m[0]!.indexOf(m[1]))) && ((!COMPANY_WORD_IN_RE.test(m[1]) && !/ of /.test(m[1])) || CENTRAL_BANK_NAME_RE.test(m[1]) || ALWAYS_SOURCE_RE.test(m[1]))) continue;
    let name = (m[1] ?? m[2] ?? m[3]?.replace(/^In company news,\s+/, "") ?? m[4] ?? m[5])!.replace(LEADING_DESCRIPTOR_RE, "");
    // "Germany's DAX", "Austria's Raiffeisen Bank International said": a place's possessive is no
    // part of the name (read before the name is cut at its own "'s").
    name = withoutPlaceOwner(name);
    name = name.replace(/['’]s\b.*$/, "").replace(/[.,]$/, "");
    // "Spain and Indonesia. It reported": a name never runs across a full stop.
    if (/\.\s/.test(name)) continue;
    const words = name.split(/\s+/);
    const first = words[0]!.toLowerCase();
    // ("American Airlines lost 7.2%" and "First Abu Dhabi Bank" are names; "American depositary shares" is none.)
    if (GENERIC_LEADING.has(first) || (NOT_NAME_WORDS.has(first) && !((first === "american" || first === "first") && words.length > 1 && COMPANY_WORD_END_RE.test(name)))) continue;
    // "Indian shares" is no name, "Asian Paints" is: a stop word only stops a one-word name.
    if ((words.length === 1 || PRONOUN_OPENERS.has(first)) && NOT_SUBJECT_WORDS.has(first)) continue;
    // ("Chip-related shares fell", "Steel-related shares were higher": a compound adjective names a group of stocks.)
    if (words.length === 1 && COMPOUND_ADJECTIVE_RE.test(name)) continue;
    if (PLACES[name] !== undefined || s.byTicker.has(name) || NOT_TICKERS.has(name.toUpperCase())) continue;
    // "Adjusted EBITA rose", "Core EPS fell": a measure's acronym makes no name.
    if (words.some((w) => NOT_TICKERS.has(w.toUpperCase()) && !CORPORATE_SUFFIX.test(w))) continue;
    if (new RegExp(INDEX_RE.source).test(name) || /\b(?:index|Index)$/.test(name) || CRUDE_GRADE_RE.test(name)) continue;
    if (s.byAlias.has(name.toLowerCase())) continue;
    if (ROLE_AT_END_RE.test(text.slice(Math.max(0, index - 30), index + m[0]!.indexOf(name)))) continue;
    if (words.length === 1) {
      // ("an airline's biggest cost" writes "airline" in lower case too.)
      lowerWords ??= new Set((text.match(/(?<![\w'’])[a-z][a-z'’-]*/g) ?? []).map((w) => w.replace(/['’]s$/, "")));
      if (lowerWords.has(first)) continue;
    }
    addCompany(s, name, "company", []);
  }
}

/** "Shares in Associated British Foods were down": the company traded. */
function findSharesOf(s: ScanState): void {
  for (const m of [...s.text.matchAll(SHARES_OF_RE), ...s.text.matchAll(SHARE_PRICE_OF_RE)]) {
    const name = m[1]!.replace(/['’]s$/, "");
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || PLACES[name] !== undefined || s.byAlias.has(name.toLowerCase()) || s.byTicker.has(name)) continue;
    addCompany(s, name, "company", []);
  }
}

/** "IBM's revenues", "Nvidia's shares", "The stock of Velora fell": the owner of a business measure. */
function findPossessors(s: ScanState): void {
  for (const m of [...s.text.matchAll(POSSESSOR_COMPANY_RE), ...s.text.matchAll(MEASURE_AT_RE)]) {
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined) continue;
    if (NOT_TICKERS.has(name.toUpperCase()) || s.byAlias.has(name.toLowerCase()) || s.byAlias.has(first) || s.byTicker.has(name)) continue;
    addCompany(s, name, "company", []);
  }
}

// "the Dow", "the Nasdaq", "the FTSE": an index's short name in a market report (not the
// exchange: "the Nasdaq Stock Market", "the JSE-listed", "the Nasdaq:").
// ("the Nasdaq 100" is another index; "and the Nasdaq 26.5%", its verb left out, is the Nasdaq.)
const SHORT_INDEX_RE = /(?<=\b[Tt]he )(?:Dow|Nasdaq|FTSE|JSE|Topix|All Share|All-Share)(?![\w-]|:|\s+(?:Stock|stock|exchange|Exchange|market|Market|listing|Composite|Jones|Industrial|[0-9](?![\d.,]*(?:%|\s+(?:per ?cent|percent|points)))))/g;

// ("The financials sub-index fell 1.97%", "with the financial index .AXFJ down 0.8 percent": a sub-index,
// and a wire's index code after it.)
const SECTOR_INDEX_RE =
  /\b(?:rise|gain|jump|drop|fall|decline|increase|advance|slide|rally|climb) in the ((?:[a-z][\w&-]*\s+){1,4}(?:sub-)?index)\b|\b[Tt]he ((?:[a-z][\w&-]*\s+){1,4}(?:sub-)?index)(?:\s+\.[A-Z0-9]{2,9})?\s+(?:rose|fell|gained|lost|climbed|dropped|slipped|added|jumped|declined|advanced|was (?:up|down)|ended|closed|down|up)\b/g;

const NAMED_INDEX_RE = /(?<![\w&/.-])((?!The\s)[A-Z][\w&/.-]*(?:[ \t]+[A-Z][\w&/.-]*){0,3}[ \t]+(?:Index|index))\b/g;
const STATISTIC_INDEX_RE = /\b(?:Price|Prices|Managers['’]?|Confidence|Sentiment|Activity|Production|Development|Misery|Freedom|Inflation|Wage|Leading|Index Ventures)\b/;

/** True when one index name is the other's short form ("Sensex" of "S&P BSE Sensex"). */
// "Nifty Bank", "Bank Nifty", "Nifty Midcap 100", "Hang Seng TECH Index": a sector or size index named
// after its main index is an index of its own ("the Sensex" after "the S&P BSE Sensex" is the same one).
const SUB_INDEX_WORDS_RE = /^(?:Bank|Banks|Private Bank|PSU Bank|IT|Metal|Metals|Pharma|Auto|Realty|FMCG|Energy|Media|Financial(?: Services)?|Oil & Gas|Midcap|MidCap|Smallcap|SmallCap|Tech|TECH|Technology|Information Technology|China Enterprises|Volatility)\b/;
function sameIndex(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(`${short} `)) return !SUB_INDEX_WORDS_RE.test(long.slice(short.length + 1));
  return long.endsWith(` ${short}`) && !SUB_INDEX_WORDS_RE.test(long.slice(0, -short.length - 1));
}

/** Indexes ("FTSE 100") and products ("Qwen3"), whose digits are names, not figures; places. */
function findIndexesProductsPlaces(s: ScanState): void {
  const { text } = s;
  const addOther = (written: string, kind: EntityKind, span: Span) => {
    const name = kind === "index" ? indexNameOf(written, text.slice(Math.max(0, span[0] - 16), span[0])) : written;
    let d = s.otherByName.get(name);
    // "the Sensex" after "the S&P BSE Sensex", "the Nasdaq" after "the Nasdaq Composite": one index.
    if (!d && kind === "index") {
      d = s.others.find((o) => o.kind === "index" && sameIndex(o.name, name));
      // (The index keeps the name the text first gives it: "Sensex and Nifty closed higher ... the
      // broader NSE Nifty" is the Nifty, "The BSE Sensex rose ... the Sensex" the BSE Sensex.)
      if (d) s.otherByName.set(name, d);
    }
    if (!d) {
      d = { name, kind, tickers: [], aliases: new Set([name]), mentions: [] };
      s.otherByName.set(name, d);
      s.others.push(d);
    }
    d.mentions.push(span);
  };
  for (const m of text.matchAll(INDEX_RE)) {
    const span: Span = [m.index, m.index + m[0].length];
    s.excluded.push(span);
    addOther(m[1]!, "index", span);
  }
  for (const m of text.matchAll(SHORT_INDEX_RE)) {
    const span: Span = [m.index, m.index + m[0].length];
    if (excludedHas(s.excluded, span[0])) continue;
    s.excluded.push(span);
    addOther(m[0], "index", span);
  }
  // "Dubai's main share index", "In Qatar, the benchmark": an index known by its place, where the
  // text names no index of its own there.
  for (const m of placeIndexMatches(text, PLACE_INDEX_RE)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const end = at + m[1]!.length;
    if (excludedHas(s.excluded, at) || excludedHas(s.excluded, end - 1)) continue;
    s.excluded.push([at, end]);
    addOther(m[1]!, "index", [at, end]);
  }
  for (const m of placeIndexMatches(text, IN_PLACE_INDEX_RE)) {
    const at = m.index + m[0].lastIndexOf(m[2]!);
    if (excludedHas(s.excluded, at)) continue;
    addOther(`${m[1]} ${m[3]}`, "index", [at, at + m[2]!.length]);
  }
  // "The Cboe Volatility Index, Wall Street's fear gauge, climbed", "the S&P/BMV IPC index": a
  // capitalized name ending in "Index" that the lexicon does not list (never a statistic:
  // "the Consumer Price Index", "the Purchasing Managers' Index").
  for (const m of text.matchAll(NAMED_INDEX_RE)) {
    // ("the S&P/BMV IPC index" is the S&P/BMV IPC: a lower-case "index" is no part of the name.)
    const name = m[1]!.replace(/[ \t]+index$/, "");
    const at = m.index + m[0].lastIndexOf(m[1]!);
    if (excludedHas(s.excluded, at) || excludedHas(s.excluded, at + name.length - 1) || STATISTIC_INDEX_RE.test(name)) continue;
    // ("the Dubai index": a place's index is whatever index the text names in full.)
    if (PLACES[name] !== undefined || /^[A-Z][a-z]+$/.test(name)) continue;
    s.excluded.push([at, at + name.length]);
    addOther(name, "index", [at, at + name.length]);
  }
  // "a 6,2% rise in the general retailers index", "the food and drug retailers index fell 1%":
  // a sector index the lexicon does not name, written in lower case.
  for (const m of text.matchAll(SECTOR_INDEX_RE)) {
    const name = m[1] ?? m[2]!;
    const at = m.index + m[0].lastIndexOf(name);
    if (excludedHas(s.excluded, at)) continue;
    addOther(name, "index", [at, at + name.length]);
  }
  for (const m of text.matchAll(PRODUCT_RE)) {
    const span: Span = [m.index, m.index + m[0].length];
    if (s.excluded.some((r) => r[0] <= span[0] && span[1] <= r[1])) continue;
    if (/^(?:Q[1-4]|H[12]|FY\d+|COVID-19|Covid-19|G[0-9]+)$/.test(m[1]!)) continue;
    s.excluded.push(span);
    addOther(m[1]!, "product", span);
  }
  for (const m of text.matchAll(PLACE_RE)) {
    const canonical = PLACES[m[1]!];
    if (canonical) addOther(canonical, "place", [m.index, m.index + m[0].length]);
  }
}

/** Every written mention of a known company: the longest alias at each capitalized word. */
function resolveCompanyMentions(s: ScanState): void {
  const { text, byAlias, drafts } = s;
  const aliasList = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const firstWordIndex = new Map<string, string[]>();
  for (const a of aliasList) {
    const fw = a.split(/\s+/)[0]!;
    const list = firstWordIndex.get(fw) ?? [];
    list.push(a);
    firstWordIndex.set(fw, list);
  }
  const lower = text.toLowerCase();
  // ("Kotak Mahindra Bank" holds no mention of "Mahindra & Mahindra", nor "NYSE Arca Airline Index" of
  // a company "Airline": a word inside a name is the name's.)
  let mentionEnd = 0;
  const indexSpans = s.others.flatMap((o) => (o.kind === "index" ? o.mentions : [])).sort((a, b) => a[0] - b[0]);
  let nextIndex = 0;
  for (const m of text.matchAll(CAPITALIZED_RE)) {
    if (m.index < mentionEnd) continue;
    while (nextIndex < indexSpans.length && indexSpans[nextIndex]![1] <= m.index) nextIndex++;
    const inIndex = indexSpans[nextIndex];
    if (inIndex && inIndex[0] < m.index && m.index < inIndex[1]) continue;
    const word = m[0].replace(/(?:['’]s|[.,;:'’])+$/, "").toLowerCase();
    const candidates = firstWordIndex.get(word) ?? firstWordIndex.get(m[0].toLowerCase());
    if (!candidates) continue;
    for (const alias of candidates) {
      if (!lower.startsWith(alias, m.index)) continue;
      const end = m.index + alias.length;
      if (wordCharAt(text, end) && !/^['’]s\b/.test(text.slice(end, end + 3))) continue;
      const entity = byAlias.get(alias)!;
      // "3M", "7-Eleven": a name's digits are no figure.
      if (/^\d/.test(alias)) s.excluded.push([m.index, end]);
      s.companyMentions.push({ span: [m.index, end], entity });
      drafts[entity]!.mentions.push([m.index, end]);
      mentionEnd = end;
      break;
    }
  }
}

/** Tickers written inside ticker regions count as mentions (and anchor ticker-only entities). */
function resolveTickerMentions(s: ScanState): void {
  for (const m of s.text.matchAll(/(?<![\w])\$?([A-Z][A-Z0-9.\-]{0,9})(?![\w])/g)) {
    const idx = s.byTicker.get(m[1]!);
    if (idx === undefined || !excludedHas(s.excluded, m.index)) continue;
    s.drafts[idx]!.mentions.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  }
}

// "Azure, Microsoft’s flagship cloud product,", "YouTube, Alphabet's video service,", "AWS, Amazon's
// cloud unit,": an appositive that calls a name another company's product or part.
const OWNED_APPOSITIVE_RE = new RegExp(
  String.raw`^,\s+(${NAME_HEAD}[\w\u00C0-\u017F.&-]*(?:\s+[A-Z][\w\u00C0-\u017F.&-]*){0,3})['’]s?\s+(?:[\w-]+\s+){0,3}?(?:product|service|unit|business|division|subsidiary|arm|platform|brand|segment|app|chain)\b`,
);

/** The company whose product or part an appositive calls company `i` ("Azure, Microsoft’s ... product,"), or -1. */
function ownedBy(s: ScanState, i: number): number {
  for (const [, b] of s.drafts[i]!.mentions) {
    const m = OWNED_APPOSITIVE_RE.exec(s.text.slice(b, b + 90));
    const owner = m ? s.byAlias.get(m[1]!.toLowerCase()) : undefined;
    if (owner !== undefined && owner !== i && s.drafts[owner]!.kind === "company") return owner;
  }
  return -1;
}

/**
 * The main company: a front-matter ticker, else the most-mentioned company. An unmatched
 * front-matter ticker goes to the most-mentioned tickerless company, else to an entity of
 * its own with no mentions (it still tells whose article it is).
 */
function choosePrimary(s: ScanState): void {
  const { drafts, sources } = s;
  // Front matter "tickers: [JD, BABA]" over a text that writes "JD.com" and "Alibaba": a hint
  // goes to the one tickerless company whose name starts with the code's letter and holds its
  // letters in order ("NVDA" in Nvidia, "AMZN" in Amazon, "TSCO" in Tesco). So does a lone
  // hint over a story that names two companies alike ("HLD" is Halden's, not Norvale's).
  if (s.unmatchedHints.length > 0) {
    for (const hint of [...s.unmatchedHints]) {
      const letters = hint.replace(/[^A-Z]/g, "").toLowerCase();
      if (letters.length < 2) continue;
      const fits = drafts.flatMap((d, i) => (d.kind === "company" && d.tickers.length === 0 && !sources.has(i) && d.mentions.length > 0 && spellsCode(d.name, letters) ? [i] : []));
      if (fits.length !== 1) continue;
      drafts[fits[0]!]!.tickers.push(hint);
      s.byTicker.set(hint, fits[0]!);
      s.unmatchedHints.splice(s.unmatchedHints.indexOf(hint), 1);
    }
  }
  const { unmatchedHints } = s;
  let primary = -1;
  for (const t of s.hintTickers) {
    const idx = s.byTicker.get(t.toUpperCase());
    if (idx !== undefined) {
      primary = idx;
      break;
    }
  }
  if (primary < 0 || unmatchedHints.length > 0) {
    let best = -1;
    for (let i = 0; i < drafts.length; i++) {
      const d = drafts[i]!;
      if (d.kind !== "company") continue;
      // A newspaper, data firm, statistics office, central bank or regulator with no ticker
      // is cited, never the story's company, however often a data wire names it.
      if (s.alwaysSources.has(i) && d.tickers.length === 0) continue;
      // ("Azure, Microsoft’s flagship cloud product, competes with ...": a part of another company is no story's company.)
      if (ownedBy(s, i) >= 0) continue;
      // Brokers and data firms count half: they are cited, rarely the story.
      const weight = (j: number) => drafts[j]!.mentions.length / (sources.has(j) ? 2 : 1);
      if (best < 0 || weight(i) > weight(best)) best = i;
    }
    if (primary < 0) primary = best;
    const tickerless = best >= 0 && drafts[best]!.tickers.length === 0 && !sources.has(best) ? best : -1;
    if (tickerless >= 0 && unmatchedHints.length === 1) {
      drafts[tickerless]!.tickers.push(unmatchedHints[0]!);
      primary = tickerless;
    }
  }
  if (primary < 0 && unmatchedHints.length > 0) {
    primary = drafts.length;
    drafts.push({ name: unmatchedHints[0]!, kind: "company", tickers: [unmatchedHints[0]!], aliases: new Set(), mentions: [] });
  }
  s.primary = primary;
}

/**
 * "$NVDA fell 2.6% ... Nvidia has still gained 35%": a ticker written with no name (a cashtag,
 * a bare bracket) is the one company the text names whose name spells the code.
 */
function joinCodesToNames(s: ScanState): void {
  // "Research In Motion Ltd. ... R.I.M. said it earned": the dotted initials some papers (The New
  // York Times) write for a company after its full name are that company, not one of their own.
  s.drafts.forEach((short, i) => {
    if (short.kind !== "company" || short.tickers.length > 0 || !/^(?:[A-Z]\.){2,}[A-Z]?\.?$|^(?:[A-Z]\.)+[A-Z]$/.test(short.name)) return;
    const letters = short.name.replace(/[^A-Z]/g, "");
    const fits = s.drafts.flatMap((d, j) => (j !== i && d.kind === "company" && !s.sources.has(j) && initials(legalAliases(d.name).at(-1) ?? d.name) === letters ? [j] : []));
    if (fits.length !== 1) return;
    moveAliases(s, i, fits[0]!);
  });
  s.drafts.forEach((code, i) => {
    if (code.kind !== "company" || code.tickers.length !== 1 || code.name !== code.tickers[0]) return;
    const letters = code.name.replace(/[^A-Z]/g, "").toLowerCase();
    if (letters.length < 2) return;
    const fits = s.drafts.flatMap((d, j) => (j !== i && d.kind === "company" && d.tickers.length === 0 && !s.sources.has(j) && spellsCode(d.name, letters) ? [j] : []));
    if (fits.length !== 1) return;
    const target = fits[0]!;
    s.drafts[target]!.tickers.push(code.name);
    s.byTicker.set(code.name, target);
    moveAliases(s, i, target);
    code.tickers = [];
  });
}

// "DAL, UAL lead airline slide; refiner VLO rallies": capitals standing alone in a mixed-case headline.
const BARE_HEADLINE_CODE_RE = /(?<![\w$:.&'’-])([A-Z]{2,5})(?![\w&'’-]|:\s)/g;

/**
 * "DAL, UAL lead airline slide" over a text that writes "Delta Air Lines" and "United
 * Airlines" with no tickers: a code the headline writes on its own (never in an all-capitals
 * headline, never a common abbreviation, never a word the text writes) is the ticker of the
 * one tickerless company the text names whose name spells it; else it is nobody's.
 */
function findBareHeadlineCodes(s: ScanState): void {
  const { title, text } = s;
  if (!title || !/[a-z]/.test(title)) return;
  for (const m of title.matchAll(BARE_HEADLINE_CODE_RE)) {
    const code = m[1]!;
    if (NOT_TICKERS.has(code) || s.byTicker.has(code) || s.titleTickers.has(code) || new RegExp(`\\b${code}\\b`).test(text)) continue;
    const letters = code.toLowerCase();
    const fits = s.drafts.flatMap((d, i) => (d.kind === "company" && d.tickers.length === 0 && !s.sources.has(i) && d.mentions.length > 0 && spellsCode(d.name, letters) ? [i] : []));
    if (fits.length !== 1) continue;
    s.drafts[fits[0]!]!.tickers.push(code);
    s.byTicker.set(code, fits[0]!);
    s.titleTickers.add(code);
  }
}

/** True when a name starts with a code's first letter and holds all its letters in order. */
function spellsCode(name: string, letters: string): boolean {
  const lower = name.toLowerCase();
  if (lower[0] !== letters[0]) return false;
  let at = 0;
  for (const c of letters) {
    at = lower.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A ticker used as a name once the article has tied it to its company ("LULU’s earnings",
 * "LULU shares" after "Lululemon Athletica (Nasdaq: LULU)", or after a headline that
 * does): a company mention. Before the tie, or for a code that reads as a common
 * abbreviation or a single letter, it is no mention.
 */
function resolveTickersAsNames(s: ScanState): void {
  const tiedAt = new Map<string, number>();
  for (const [ticker, idx] of s.byTicker) {
    if (ticker.length < 2 || !/^[A-Z]{2,6}(?:\.[A-Z])?$/.test(ticker) || NOT_TICKERS.has(ticker)) continue;
    if (s.titleTickers.has(ticker) || s.hintTickers.some((t) => t.toUpperCase() === ticker)) {
      tiedAt.set(ticker, -1);
      continue;
    }
    const tie = s.drafts[idx]!.mentions.find((m) => s.text.slice(m[0], m[1]) === ticker && excludedHas(s.excluded, m[0]));
    if (tie) tiedAt.set(ticker, tie[0]);
  }
  if (tiedAt.size === 0) return;
  let added = false;
  for (const m of s.text.matchAll(CAPS_WORD_RE)) {
    const at = m.index;
    const tie = tiedAt.get(m[0]);
    if (tie === undefined || at <= tie || excludedHas(s.excluded, at)) continue;
    const span: Span = [at, at + m[0].length];
    const k = lastBefore(s.companyMentions, at + 1);
    if (k >= 0 && s.companyMentions[k]!.span[1] > at) continue;
    const entity = s.byTicker.get(m[0])!;
    s.companyMentions.push({ span, entity });
    s.drafts[entity]!.mentions.push(span);
    added = true;
  }
  if (added) s.companyMentions.sort((a, b) => a.span[0] - b.span[0]);
}

const CAPS_WORD_RE = /(?<![\w$.])[A-Z]{2,6}(?:\.[A-Z])?(?![\w]|\.[A-Za-z])/g;

/** "The company", "the firm": a mention of the last named company before it. */
function resolveAnaphors(s: ScanState): void {
  // "A Bloomberg survey had pointed to €296 million. ... the bank's revenue", "Analysts at Shore
  // Capital said the grocer": a data firm, outlet or broker cited there is never what "the
  // bank" or "the grocer" refers to (the story's company may be one; a public body's "the
  // group" is OPEC's).
  const cited = (i: number) => i !== s.primary && !s.forecasters.has(i) && (s.alwaysSources.has(i) || s.sources.has(i));
  for (const m of s.text.matchAll(ANAPHOR_RE)) {
    let prev = lastBefore(s.companyMentions, m.index);
    while (prev >= 0 && cited(s.companyMentions[prev]!.entity)) prev--;
    const idx = prev >= 0 ? s.companyMentions[prev]!.entity : s.primary;
    if (idx >= 0 && s.drafts[idx]!.kind === "company") s.drafts[idx]!.mentions.push([m.index, m.index + m[0].length]);
  }
}

/**
 * People with a role ("CEO Jane Doe", "Jane Doe, chief executive", "Acme's Jane Doe",
 * "said Jane Doe"), with the company they speak for (analysts speak for none).
 */
function findPeople(s: ScanState): void {
  const { text, byAlias, companyMentions } = s;
  const personByName = new Map<string, { draft: Draft; company: number }>();
  const addPerson = (name: string, company: number) => {
    const words = name.split(/\s+/);
    if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return;
    if (words.length > 1 && COMPANY_WORD_IN_RE.test(name)) return;
    if (byAlias.has(name.toLowerCase()) || PLACES[name] !== undefined) return;
    // ("Dr Reddy’s Labs said": the words after a title are the tail of a company's name.)
    if (s.drafts.some((d) => d.kind === "company" && d.name.length > name.length && d.name.endsWith(` ${name}`))) return;
    let p = personByName.get(name);
    if (!p) {
      p = { draft: { name, kind: "person", tickers: [], aliases: new Set([name]), mentions: [] }, company };
      personByName.set(name, p);
      s.people.push(p);
    }
    if (p.company < 0) p.company = company;
  };
  const companyNear = (at: number): number => {
    const prev = lastBefore(companyMentions, at);
    return prev >= 0 ? companyMentions[prev]!.entity : s.primary;
  };
  for (const m of text.matchAll(ROLE_BEFORE_NAME_RE)) {
    addPerson(m[1]!, /analyst|economist|strategist/i.test(m[0]) ? -1 : companyNear(m.index));
  }
  for (const m of text.matchAll(NAME_COMMA_ROLE_RE)) addPerson(m[1]!, companyNear(m.index + m[0].length + 40));
  for (const m of text.matchAll(POSSESSIVE_PERSON_RE)) {
    const idx = byAlias.get(m[1]!.toLowerCase());
    if (idx === undefined) continue;
    addPerson(m[2]!, idx);
  }
  for (const m of text.matchAll(SAID_PERSON_RE)) addPerson((m[1] ?? m[2])!, -1);
}

/** The scan's result: companies, then people (full names and surnames alone), then the rest. */
function assemble(s: ScanState): EntityScan {
  const { text } = s;
  const affiliation = new Map<number, number>();
  const entities: Entity[] = s.drafts.map((d) => ({ name: d.name, kind: d.kind, tickers: d.tickers, mentions: d.mentions }));
  for (const p of s.people) {
    const idx = entities.length;
    const surname = p.draft.name.split(/\s+/).pop()!;
    const mentions: Span[] = [];
    for (const key of [p.draft.name, surname]) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(key, from);
        if (at < 0) break;
        from = at + key.length;
        if (wordCharAt(text, at - 1) || wordCharAt(text, at + key.length)) continue;
        if (mentions.some((m) => m[0] <= at && at < m[1])) continue;
        mentions.push([at, at + key.length]);
      }
    }
    mentions.sort((a, b) => a[0] - b[0]);
    entities.push({ name: p.draft.name, kind: "person", tickers: [], mentions });
    if (p.company >= 0) affiliation.set(idx, p.company);
  }
  for (const d of s.others) entities.push({ name: d.name, kind: d.kind, tickers: [], mentions: d.mentions });
  // "said CFO Peter Oppenheimer": a company's name inside a person's full name is the person's.
  const fullNames = entities.flatMap((e) => (e.kind === "person" ? e.mentions.filter((m) => text.slice(m[0], m[1]).includes(" ")) : []));
  if (fullNames.length > 0) {
    const insideName = (m: Span) => fullNames.some((n) => n[0] <= m[0] && m[1] <= n[1] && (n[0] < m[0] || m[1] < n[1]));
    for (const e of entities) if (e.kind === "company") e.mentions = e.mentions.filter((m) => !insideName(m));
    s.companyMentions = s.companyMentions.filter((m) => !insideName(m.span));
  }
  for (const e of entities) {
    // Ordered, and an overlapping span ("$NVDA" and "NVDA") counted once.
    e.mentions.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    e.mentions = e.mentions.filter((m, i, all) => i === 0 || m[0] >= all[i - 1]![1]);
  }
  s.companyMentions.sort((a, b) => a.span[0] - b.span[0]);
  return {
    entities,
    excluded: s.excluded.sort((a, b) => a[0] - b[0]),
    companyMentions: s.companyMentions,
    affiliation,
    primary: s.primary,
    primaryInTitle: s.primary >= 0 && namedInTitle(s.title, s.drafts[s.primary]!),
    sources: s.sources,
    forecasters: s.forecasters,
    alwaysSources: s.alwaysSources,
    citedAt: s.citedAt,
  };
}

function namedInTitle(title: string, d: Draft): boolean {
  const words = [d.name, ...d.aliases, ...d.tickers].filter((w) => w.length >= 2);
  return words.some((w) => new RegExp(String.raw`(?<![\w&])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\w&])`).test(title));
}

function wordCharAt(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

function excludedHas(regions: Span[], at: number): boolean {
  for (const r of regions) if (r[0] <= at && at < r[1]) return true;
  return false;
}

/** Index of the last mention starting before `at`, or -1. */
export function lastBefore(mentions: { span: Span }[], at: number): number {
  let lo = 0;
  let hi = mentions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span[0] < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
