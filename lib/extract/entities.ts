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
import { alternation, CITED_FIRMS, MARKET_INDEXES, RANKINGS } from "./lexicon";

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
  /** Brokers and research firms: cited as sources of estimates, not as subjects. */
  sources: Set<number>;
}

const EXCHANGES = String.raw`NYSE American|NYSEAMERICAN|NYSE Arca|NYSE|NASDAQ|Nasdaq|NasdaqGS|NasdaqGM|AMEX|OTCQX|OTC|LSE|LON|HKG|HKEX|HKSE|SEHK|HK|SSE|SHA|SZSE|SHE|TSX|TSXV|TSE|TYO|ASX|ETR|FRA|XETRA|EPA|AMS|BIT|BME|SWX|SIX|KRX|KOSDAQ|TWSE|TPE|NSE|BSE|SGX|JSE|STO|CPH|HEL|OSL`;
// One bracketed ticker list; items separated by "," ";" "/".
const TICKER_GROUP_RE = new RegExp(
  String.raw`[(\[]\s*((?:(?:${EXCHANGES})\s*:\s*)?[A-Z0-9][A-Za-z0-9.\-]{0,9}(?:\s*[,;/]\s*(?:(?:${EXCHANGES})\s*:\s*)?[A-Z0-9][A-Za-z0-9.\-]{0,9})*)\s*[)\]]`,
  "g",
);
const TICKER_ITEM_RE = new RegExp(String.raw`^(?:(${EXCHANGES})\s*:\s*)?(\S+)$`);
const PLAIN_TICKER_RE = /^(?:[A-Z]{1,5}(?:[.-][A-Z]{1,2})?|\d{4,6}\.(?:HK|T|SS|SZ|KS|TW)|[A-Z]{1,5}\.[A-Z]{1,2})$/;
const EXCHANGE_TICKER_RE = /^(?:[A-Z]{1,6}(?:[.-][A-Z]{1,2})?|\d{1,6}(?:\.[A-Z]{1,2})?)$/;
const WIDGET_RE = new RegExp(
  String.raw`\(\s*(?:(?:${EXCHANGES})\s*:\s*)?([A-Z][A-Z0-9.\-]{0,9})\s+[+\-−]\s?\d+(?:\.\d+)?%\s*\)`,
  "g",
);
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
]);

const GENERIC_LEADING = new Set([
  "shares", "share", "stock", "stocks", "the", "investors", "analysts", "chipmaker", "rival", "rivals",
  "peer", "peers", "both", "like", "including", "and", "of", "as", "while", "with", "unlike", "for", "in", "at",
  "on", "by", "from", "to", "a", "an", "its", "their", "fellow", "china's", "u.s.", "units", "parent",
  "meanwhile", "but", "also", "when", "after", "before", "since", "if", "then", "u.s.-listed", "hong", "kong-listed",
]);
const CORPORATE_SUFFIX = /^(?:Ltd\.?|Limited|Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Group|Holdings?|plc|PLC|LLC|AG|SA|S\.A\.|N\.V\.|NV|SE|SpA|Cos\.?|Platforms|Technologies|Technology)$/;
const GENERIC_FIRST = new Set([
  "bank", "american", "general", "united", "china", "national", "first", "international", "global", "new", "the",
  "royal", "standard", "hong", "south", "north", "west", "east", "state", "federal", "asia", "euro", "european",
]);

// Companies that are cited as sources of estimates, often without a ticker.
const KNOWN_FIRMS_RE = new RegExp(String.raw`\b(${alternation(CITED_FIRMS)})\b`, "g");
// Companies named with a corporate suffix but no ticker ("Ark Invest", "Foo Holdings").
const SUFFIXED_COMPANY_RE =
  /\b((?:[A-Z][\w&'’-]*\s+){0,3}?[A-Z][\w&'’-]*)\s+(Inc\.?|Corp\.?|Corporation|Ltd\.|Limited|Holdings|Group|plc|PLC|LLC|AG|N\.V\.|Invest|Capital|Partners|Asset Management|Investments|Securities|Ventures)(?![\w])/g;

const DESCRIBED_COMPANY_RE =
  /\b(?:firm|company|startup|start-up|maker|rival|giant|chipmaker|retailer|lender|insurer|carmaker|automaker|developer|operator|provider|conglomerate|unit|subsidiary)\s+([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})/g;
const SHARES_OF_RE = /\b[Ss]hares (?:in|of) ([A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|&|of)){0,4})(?= (?:were|was|are|is|have|had|rose|fell|jumped|slid|closed|ended|gained|lost|dropped|climbed|surged|soared|tumbled|plunged|traded|edged|slipped|rallied)\b)/g;
const POSSESSOR_COMPANY_RE =
  /\b([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})['’]s (?:(?:total|quarterly|annual|net|adjusted|U\.S\.-listed|Hong Kong-listed|cloud|core) )?(?:revenues?|sales|profits?|earnings|net income|shares|stock|market (?:value|cap|capitalization)|CEO|chief executive|board|guidance|outlook|operating (?:income|profit|margin)|gross margin|valuation)\b/g;
const CITED_BEFORE_RE = /\b(?:by|at|from|according to|per|analysts? (?:at|from))\s+(?:the\s+)?$/i;
const CITED_AFTER_RE =
  /^['’]?s?\s+(?:data|estimates?|analysts?|consensus|research|survey|poll|forecasts?|note|expects|projects|predicts|said in a (?:note|report))\b/i;
const SENTENCE_SUBJECT_RE =
  /(?:^|[.!?]\s+|\n)([A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2})(?:['’]s)? (?:(?:also|on \w+|now|has|had|will|would) )?(?:reported|reports|posted|posts|announced|announces|unveiled|unveils|launched|launches|delivered|delivers|shipped|ships|acquired|acquires|deployed|hired|opened|generated|earned|booked|guided|raised|raises|lowered|lowers|beat|beats|missed|misses|topped|reaffirmed|expects|sees|plans|agreed|agrees|warned|shares|stock)\b/g;
// Capitalized sentence openers that are not company names.
const NOT_SUBJECT_WORDS = new Set([
  "it", "he", "she", "they", "we", "this", "that", "these", "those", "there", "here", "revenue", "sales", "profit",
  "analysts", "investors", "traders", "officials", "executives", "management", "company", "group", "firm",
  "earlier", "separately", "meanwhile", "overall", "net", "gross", "operating", "deliveries", "shipments",
  "regulators", "customers", "users", "consumers", "economists", "people", "reporting", "editing", "photo",
  // "Wall Street expects": the market's analysts, not a company.
  "wall",
]);
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
  Brussels: "Brussels", Paris: "Paris", Frankfurt: "Frankfurt", Russia: "Russia", Israel: "Israel",
  Italy: "Italy", Spain: "Spain", Switzerland: "Switzerland", Sweden: "Sweden", Ireland: "Ireland",
  Indonesia: "Indonesia", Vietnam: "Vietnam", Thailand: "Thailand", Malaysia: "Malaysia", Mexico_: "Mexico",
  Philippines: "Philippines", Asia: "Asia", Africa: "Africa", "Middle East": "Middle East", Texas: "Texas",
};
const PLACE_RE = new RegExp(
  String.raw`(?<![\w.])(${Object.keys(PLACES)
    .filter((k) => !k.endsWith("_"))
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replaceAll(".", "\\."))
    .join("|")})(?![\w]|\.[A-Za-z])`,
  "g",
);
const CAPITALIZED_RE = /(?<![\w'’])[A-Z][\w&'’.-]*/g;
const ANAPHOR_RE = /\b(?:[Tt]he (?:company|firm|group|conglomerate|e-commerce giant|tech giant|chipmaker|retailer|bank|lender|carmaker|automaker|insurer))\b/g;

interface Draft {
  name: string;
  kind: EntityKind;
  tickers: string[];
  aliases: Set<string>;
  mentions: Span[];
}

/** Splits off the words that name the company just before a ticker bracket. */
function nameBefore(text: string, at: number): { name: string; start: number } | null {
  const head = text.slice(Math.max(0, at - 90), at);
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
    if (!isLast && /\.$/.test(token) && !CORPORATE_SUFFIX.test(token) && !/^[A-Z]\.$/.test(token)) break;
    if (/^[A-Z0-9]/.test(token) || CORPORATE_SUFFIX.test(token) || token === "&" || (token === "of" && kept.length > 0)) kept.unshift(w);
    else break;
  }
  while (kept.length > 0 && GENERIC_LEADING.has(kept[0]![0].toLowerCase())) kept.shift();
  while (kept.length > 0 && (kept[kept.length - 1]![0] === "of" || kept[kept.length - 1]![0] === "&")) kept.pop();
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

/** True when "XYZ" in "(XYZ)" abbreviates the words before it. */
function isAcronymOfPreceding(text: string, at: number, code: string): boolean {
  const letters = code.replace(/[^A-Za-z]/g, "").toUpperCase().replace(/S$/, "");
  if (letters.length < 2) return false;
  const head = text.slice(Math.max(0, at - 80), at).trim();
  const words = head.split(/\s+/);
  for (let n = letters.length; n <= Math.min(words.length, letters.length + 2); n++) {
    const tail = words.slice(-n).join(" ");
    if (initials(tail).endsWith(letters) || initials(tail) === letters) return true;
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
  if (words.length > 1 && first.length >= 3 && !GENERIC_FIRST.has(first.toLowerCase()) && /^[A-Z]/.test(first)) {
    out.add(first.replace(/['’]s$/, ""));
  }
  // "Amazon.com" is also "Amazon".
  const dotCom = /^([A-Z][\w-]{2,})\.com$/.exec(words.join(" "));
  if (dotCom) out.add(dotCom[1]!);
  // "Associated British Foods" is also "ABF".
  const capitals = words.filter((w) => /^[A-Z]/.test(w));
  if (capitals.length >= 3 && capitals.length === words.length) out.add(capitals.map((w) => w[0]).join(""));
  return [...out];
}

export function findEntities(text: string, hintTickers: string[] = []): EntityScan {
  const drafts: Draft[] = [];
  const excluded: Span[] = [];
  const byAlias = new Map<string, number>();
  const byTicker = new Map<string, number>();

  const addCompany = (name: string, kind: EntityKind, tickers: string[]): number => {
    let idx = -1;
    for (const t of tickers) idx = byTicker.get(t) ?? idx;
    // Match by full or suffix-less name only: a shared first word ("Ark") is not identity.
    if (idx < 0) for (const a of legalAliases(name)) idx = byAlias.get(a.toLowerCase()) ?? idx;
    if (idx < 0) {
      idx = drafts.length;
      drafts.push({ name, kind, tickers: [], aliases: new Set(), mentions: [] });
    }
    const d = drafts[idx]!;
    // "Barclays" then "Barclays plc": keep the fuller legal name.
    if (name.length > d.name.length && name.startsWith(`${d.name} `)) d.name = name;
    for (const t of tickers) {
      if (!d.tickers.includes(t)) d.tickers.push(t);
      byTicker.set(t, idx);
    }
    for (const a of aliasesOf(name)) {
      if (!byAlias.has(a.toLowerCase())) byAlias.set(a.toLowerCase(), idx);
      d.aliases.add(a);
    }
    return idx;
  };

  // "(6.67, 0.71, 11.91%)": price, change, change% after a name is a quote, no figure.
  for (const m of text.matchAll(NUMERIC_WIDGET_RE)) excluded.push([m.index, m.index + m[0].length]);
  // Quote widgets first: their ticker counts, their percentage is no figure.
  for (const m of text.matchAll(WIDGET_RE)) {
    excluded.push([m.index, m.index + m[0].length]);
    const ticker = m[1]!;
    if (NOT_TICKERS.has(ticker)) continue;
    const named = nameBefore(text, m.index);
    addCompany(named?.name ?? ticker, "company", [ticker]);
  }

  // Bracketed ticker groups; adjacent groups ("[HKG: 9988] [NYSE: BABA]") name one company.
  let pending: { name: string | null; tickers: string[]; fund: boolean; end: number } | null = null;
  const flush = () => {
    if (pending && pending.tickers.length > 0 && pending.name !== null) {
      addCompany(pending.name, pending.fund ? "fund" : "company", pending.tickers);
    } else if (pending && pending.tickers.length > 0) {
      addCompany(pending.tickers[0]!, "company", pending.tickers);
    }
    pending = null;
  };
  for (const m of text.matchAll(TICKER_GROUP_RE)) {
    if (excluded.some((r) => r[0] <= m.index && m.index < r[1])) continue;
    const named = nameBefore(text, m.index);
    const isFund = named !== null && /\b(?:ETF|Fund|Trust)$/i.test(named.name);
    const tickers: string[] = [];
    for (const raw of m[1]!.split(/\s*[,;/]\s*/)) {
      const item = TICKER_ITEM_RE.exec(raw.trim());
      if (!item) continue;
      const exchange = item[1];
      const code = item[2]!;
      // An exchange prefix makes any code a ticker ("(NYSE Arca: IPO)").
      if (exchange === undefined && NOT_TICKERS.has(code.toUpperCase())) continue;
      if (exchange !== undefined) {
        if (EXCHANGE_TICKER_RE.test(code)) tickers.push(code);
        continue;
      }
      if (!PLAIN_TICKER_RE.test(code)) continue;
      if (isAcronymOfPreceding(text, m.index, code)) continue;
      if (isFund && /[-]/.test(code)) continue;
      tickers.push(code);
    }
    if (tickers.length === 0 && !isFund) continue;
    excluded.push([m.index, m.index + m[0].length]);
    const adjacent = pending !== null && /^\s*$/.test(text.slice(pending.end, m.index));
    if (adjacent && pending) {
      pending.tickers.push(...tickers);
      pending.end = m.index + m[0].length;
    } else {
      flush();
      pending = { name: named?.name ?? null, tickers, fund: isFund, end: m.index + m[0].length };
      if (isFund && named && tickers.length === 0) {
        addCompany(named.name, "fund", []);
        pending = null;
      }
    }
  }
  flush();

  for (const m of text.matchAll(CASHTAG_RE)) {
    const ticker = m[1]!;
    excluded.push([m.index, m.index + m[0].length]);
    if (!byTicker.has(ticker)) addCompany(nameBefore(text, m.index)?.name ?? ticker, "company", [ticker]);
  }
  // A broker or data firm is a source where the text cites it ("polled by LSEG", "LSEG data").
  const sources = new Set<number>();
  for (const m of text.matchAll(KNOWN_FIRMS_RE)) {
    const idx = addCompany(m[1]!, "company", []);
    const end = m.index + m[0].length;
    if (CITED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 20), m.index)) || CITED_AFTER_RE.test(text.slice(end, end + 20))) {
      sources.add(idx);
    }
  }
  // "cybersecurity firm Wiz", "chipmaker Arm": a descriptor names the company after it.
  for (const m of text.matchAll(DESCRIBED_COMPANY_RE)) {
    const name = m[1]!.replace(/['’]s$/, "");
    if (!NOT_TICKERS.has(name.toUpperCase()) && PLACES[name] === undefined) addCompany(name, "company", []);
  }
  for (const m of text.matchAll(SUFFIXED_COMPANY_RE)) {
    const named = nameBefore(text, m.index + m[0].length);
    if (!named) continue;
    const words = named.name.split(/\s+/);
    if (words.length < 2) continue;
    const kind: EntityKind = /\b(?:ETF|Fund|Trust)$/.test(named.name) ? "fund" : "company";
    addCompany(named.name, kind, []);
  }

  // A capitalized name that opens a sentence as the doer of a business verb
  // ("Nvidia reported", "Tesla also deployed") is a company when no person or place.
  for (const m of text.matchAll(SENTENCE_SUBJECT_RE)) {
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined) continue;
    if (ROLE_AT_END_RE.test(text.slice(Math.max(0, m.index - 30), m.index + m[0].indexOf(name)))) continue;
    if (byAlias.has(name.toLowerCase()) || byAlias.has(first)) continue;
    addCompany(name, "company", []);
  }

  // "Shares in Associated British Foods were down": the company traded.
  for (const m of text.matchAll(SHARES_OF_RE)) {
    const name = m[1]!.replace(/['’]s$/, "");
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || PLACES[name] !== undefined || byAlias.has(name.toLowerCase())) continue;
    addCompany(name, "company", []);
  }

  // "IBM's revenues", "Nvidia's shares": a capitalized possessor of a business measure.
  for (const m of text.matchAll(POSSESSOR_COMPANY_RE)) {
    const name = m[1]!;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    if (GENERIC_LEADING.has(first) || NOT_SUBJECT_WORDS.has(first) || PLACES[name] !== undefined) continue;
    if (NOT_TICKERS.has(name.toUpperCase()) || byAlias.has(name.toLowerCase()) || byAlias.has(first)) continue;
    addCompany(name, "company", []);
  }

  // Front-matter tickers: attach an unmatched one to the most-mentioned tickerless company later.
  const unmatchedHints = hintTickers.map((t) => t.toUpperCase()).filter((t) => !byTicker.has(t));

  // Indexes and products (their digits are names, not figures).
  const others: Draft[] = [];
  const otherByName = new Map<string, Draft>();
  const addOther = (name: string, kind: EntityKind, span: Span) => {
    let d = otherByName.get(name);
    if (!d) {
      d = { name, kind, tickers: [], aliases: new Set([name]), mentions: [] };
      otherByName.set(name, d);
      others.push(d);
    }
    d.mentions.push(span);
  };
  for (const m of text.matchAll(INDEX_RE)) {
    const span: Span = [m.index, m.index + m[0].length];
    excluded.push(span);
    addOther(m[1]!, "index", span);
  }
  for (const m of text.matchAll(PRODUCT_RE)) {
    const span: Span = [m.index, m.index + m[0].length];
    if (excluded.some((r) => r[0] <= span[0] && span[1] <= r[1])) continue;
    if (/^(?:Q[1-4]|H[12]|FY\d+|COVID-19|Covid-19|G[0-9]+)$/.test(m[1]!)) continue;
    excluded.push(span);
    addOther(m[1]!, "product", span);
  }
  for (const m of text.matchAll(PLACE_RE)) {
    const canonical = PLACES[m[1]!];
    if (canonical) addOther(canonical, "place", [m.index, m.index + m[0].length]);
  }

  // Company mentions: longest alias starting at each capitalized word.
  const aliasList = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const firstWordIndex = new Map<string, string[]>();
  for (const a of aliasList) {
    const fw = a.split(/\s+/)[0]!;
    const list = firstWordIndex.get(fw) ?? [];
    list.push(a);
    firstWordIndex.set(fw, list);
  }
  const companyMentions: { span: Span; entity: number }[] = [];
  const lower = text.toLowerCase();
  for (const m of text.matchAll(CAPITALIZED_RE)) {
    const word = m[0].replace(/(?:['’]s|[.,;:'’])+$/, "").toLowerCase();
    const candidates = firstWordIndex.get(word) ?? firstWordIndex.get(m[0].toLowerCase());
    if (!candidates) continue;
    for (const alias of candidates) {
      if (!lower.startsWith(alias, m.index)) continue;
      const end = m.index + alias.length;
      if (wordCharAt(text, end) && !/^['’]s\b/.test(text.slice(end, end + 3))) continue;
      const entity = byAlias.get(alias)!;
      companyMentions.push({ span: [m.index, end], entity });
      drafts[entity]!.mentions.push([m.index, end]);
      break;
    }
  }
  // Ticker mentions count as mentions too (and anchor ticker-only entities).
  for (const m of text.matchAll(/(?<![\w])\$?([A-Z][A-Z0-9.\-]{0,9})(?![\w])/g)) {
    const idx = byTicker.get(m[1]!);
    if (idx === undefined || !excludedHas(excluded, m.index)) continue;
    drafts[idx]!.mentions.push([m.index + m[0].length - m[1]!.length, m.index + m[0].length]);
  }

  // The main company: a front-matter ticker, else the most-mentioned company.
  let primary = -1;
  for (const t of hintTickers) {
    const idx = byTicker.get(t.toUpperCase());
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
    // A declared ticker the text never names still tells whose article it is.
    primary = drafts.length;
    drafts.push({ name: unmatchedHints[0]!, kind: "company", tickers: [unmatchedHints[0]!], aliases: new Set(), mentions: [] });
  }

  // "The company", "the firm": the last named company before it.
  for (const m of text.matchAll(ANAPHOR_RE)) {
    const prev = lastBefore(companyMentions, m.index);
    const idx = prev >= 0 ? companyMentions[prev]!.entity : primary;
    if (idx >= 0 && drafts[idx]!.kind === "company") drafts[idx]!.mentions.push([m.index, m.index + m[0].length]);
  }

  // People, with the company they speak for.
  const people: { draft: Draft; company: number }[] = [];
  const personByName = new Map<string, { draft: Draft; company: number }>();
  const addPerson = (name: string, span: Span, company: number) => {
    const words = name.split(/\s+/);
    if (words.some((w) => NOT_NAME_WORDS.has(w.toLowerCase()))) return;
    if (byAlias.has(name.toLowerCase()) || PLACES[name] !== undefined) return;
    let p = personByName.get(name);
    if (!p) {
      p = { draft: { name, kind: "person", tickers: [], aliases: new Set([name]), mentions: [] }, company };
      personByName.set(name, p);
      people.push(p);
    }
    if (p.company < 0) p.company = company;
  };
  const companyNear = (at: number): number => {
    const prev = lastBefore(companyMentions, at);
    return prev >= 0 ? companyMentions[prev]!.entity : primary;
  };
  for (const m of text.matchAll(ROLE_BEFORE_NAME_RE)) {
    const name = m[1]!;
    addPerson(name, [m.index, m.index + m[0].length], /analyst|economist|strategist/i.test(m[0]) ? -1 : companyNear(m.index));
  }
  for (const m of text.matchAll(NAME_COMMA_ROLE_RE)) addPerson(m[1]!, [m.index, m.index + m[1]!.length], companyNear(m.index + m[0].length + 40));
  for (const m of text.matchAll(POSSESSIVE_PERSON_RE)) {
    const owner = m[1]!;
    let idx = byAlias.get(owner.toLowerCase());
    if (idx === undefined) continue;
    addPerson(m[2]!, [m.index, m.index + m[0].length], idx);
  }
  for (const m of text.matchAll(SAID_PERSON_RE)) addPerson((m[1] ?? m[2])!, [m.index, m.index + m[0].length], -1);
  // Full names and surnames alone ("Wu said") are mentions of the person.
  const affiliation = new Map<number, number>();
  const entities: Entity[] = drafts.map((d) => ({ name: d.name, kind: d.kind, tickers: d.tickers, mentions: d.mentions }));
  for (const p of people) {
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
        if (mentions.some((s) => s[0] <= at && at < s[1])) continue;
        mentions.push([at, at + key.length]);
      }
    }
    mentions.sort((a, b) => a[0] - b[0]);
    entities.push({ name: p.draft.name, kind: "person", tickers: [], mentions });
    if (p.company >= 0) affiliation.set(idx, p.company);
  }
  for (const d of others) entities.push({ name: d.name, kind: d.kind, tickers: [], mentions: d.mentions });
  for (const e of entities) {
    // Ordered, and an overlapping span ("$NVDA" and "NVDA") counted once.
    e.mentions.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    e.mentions = e.mentions.filter((m, i, all) => i === 0 || m[0] >= all[i - 1]![1]);
  }
  companyMentions.sort((a, b) => a.span[0] - b.span[0]);
  return {
    entities,
    excluded: excluded.sort((a, b) => a[0] - b[0]),
    companyMentions,
    affiliation,
    primary,
    sources,
  };
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
