// The word lists the extractor shares: who is cited (brokers, data firms, research
// firms, newspapers and wires), which names are market indexes, and the words that
// scale a number. entities.ts, attributes.ts and figures.ts build their patterns from
// these lists, so a new name is added here once.
//
// Every entry is a regular-expression source (alternatives inside an entry are
// fine); lists are tried in their order, so a longer form goes before its prefix.

/** Joins entries into one alternation for a RegExp. */
export function alternation(entries: readonly string[]): string {
  return entries.join("|");
}

/** Investment banks and brokers whose analysts are cited ("analysts at Jefferies"). */
export const BROKERS = [
  "Goldman Sachs", "Morgan Stanley", "JPMorgan(?: Chase)?", String.raw`J\.P\. Morgan`, "Citigroup", "Citi", "UBS",
  "Barclays", "HSBC", "Jefferies", "Bernstein", "Nomura", "Macquarie", "Deutsche Bank", "Bank of America",
  "BofA(?: Securities)?", "Wells Fargo", "Evercore(?: ISI)?", "Wedbush", "Mizuho", "Piper Sandler",
  "Raymond James", "Baird", "Cowen", "TD Cowen", "KeyBanc", "Oppenheimer", "Truist", "Needham", "Loop Capital",
  "Rosenblatt", "BMO(?: Capital Markets)?", "RBC(?: Capital Markets)?", "Credit Suisse", "CLSA", "Daiwa",
  "Citic Securities", "CICC",
  // UK, South African, Indian and Asian brokers that market reports cite.
  "Peel Hunt", "Shore Capital", "Liberum", "Numis", "Panmure Gordon", "Panmure Liberum", "Berenberg", "Stifel(?: Nicolaus)?",
  "Canaccord(?: Genuity)?", "Investec(?: Securities)?", "Cavendish", "Singer Capital Markets", "Hargreaves Lansdown",
  "AJ Bell", "Interactive Investor", "Anchor Capital", "Nedbank CIB", "Motilal Oswal", "Kotak Institutional Equities",
  "ICICI Securities", "SMBC Nikko", "Kepler Cheuvreux", "Redburn",
  // Gulf brokers Reuters' Gulf results stories cite for their forecasts.
  "EFG Hermes", "Arqaam Capital", "Global Investment House", "SICO", "Al Rajhi Capital",
] as const;

/**
 * Firms that compile analysts' consensus ("analysts polled by FactSet", "LSEG data").
 * They are the source of an estimate, never the company whose figure it is.
 */
export const CONSENSUS_COMPILERS = [
  "LSEG", "FactSet", "Refinitiv", "Visible Alpha", "Zacks", "StreetAccount",
  String.raw`Thomson Reuters I/B/E/S`, String.raw`I/B/E/S`, "Consensus Metrix", "S&P Global Market Intelligence", "Estimize",
] as const;

/** Research firms whose market forecasts are cited ("IDC expects shipments to ..."). */
export const RESEARCH_FIRMS = [
  "IDC", "Gartner", "Counterpoint(?: Research)?", "Canalys", "Morningstar", "Moody's", "Fitch", "CFRA",
  // Market-research and deal-data firms wires cite for an industry's figures ("DRAM prices fell 6%,
  // according to TrendForce", "AI startups raised $97 billion, according to PitchBook").
  "TrendForce", "Omdia", "Circana", "NielsenIQ", "Kantar", "Euromonitor(?: International)?", "Wood Mackenzie", "Rystad Energy",
  "Kpler", "Vortexa", "Dealogic", "PitchBook", "Preqin", "CB Insights", "Renaissance Capital", "EPFR(?: Global)?",
  "Lipper", "Cox Automotive", "J\.D\. Power", "GlobalData", "Sensor Tower", "Cirium", "CoreLogic", "BloombergNEF",
  "Bloomberg Intelligence", "Farside Investors", "Chainalysis", "Kaiko",
] as const;

/** Credit rating agencies: what they expect of a company or a market is their forecast, never its guidance. */
export const RATING_AGENCIES = [
  "Moody's(?: Investors Service| Ratings)?", "S&P Global(?: Ratings)?", "Standard & Poor's", "Fitch(?: Ratings)?",
  "DBRS(?: Morningstar)?", "Scope Ratings", "Kroll Bond Rating Agency", "KBRA",
] as const;

/**
 * Public bodies whose forecasts, data and decisions are the market's or the economy's
 * ("OPEC expects demand to grow", "the Federal Reserve held rates at 4.5%"): never a subject.
 */
export const PUBLIC_BODIES = [
  String.raw`OPEC(?:\+)?`, "International Energy Agency", "IEA", "Energy Information Administration", "EIA",
  "International Monetary Fund", "IMF", "World Bank", "OECD", "Federal Reserve", "European Central Bank", "ECB",
  "Bank of England", "Bank of Japan", "People's Bank of China", "Reserve Bank of India", "Reserve Bank of Australia",
  "South African Reserve Bank", "Swiss National Bank", "Office for National Statistics", "ONS", "Eurostat",
  "Statistics Canada", "Census Bureau", "Bureau of Labor Statistics", "Labor Department", "Commerce Department",
  // Other central banks, statistics offices, ministries and state forecasters wires quote.
  "Riksbank", "Norges Bank", "Bundesbank", "Bank of Spain", "Bank of Italy", "Bank of France", "Bank of Portugal",
  "Bank of Greece", "Bank of Canada", "Bank of Korea", "Bank of Mexico", "Banco de Mexico", "Banco de México", "Banxico", "Bank of Thailand",
  "Reserve Bank of New Zealand", "Central Bank of Nigeria", "Central Bank of Kenya", "Central Bank of Brazil",
  "Central Bank of Egypt", "Central Bank of Ireland", "Central Bank of Chile", "Central Bank of Russia",
  "Central Bank of Iceland", "Central Bank of the Philippines", "National Bank of Poland", "National Bank of Romania",
  "National Bank of Hungary", "Danmarks Nationalbank", "Statistics Sweden", "Statistics Norway", "Statistics Finland",
  "Statistics Denmark", "Statistics Netherlands", "Statistics Korea", "Statistics South Africa", "Statistics New Zealand",
  "National Bureau of Statistics", "Federal Statistical Office", "Destatis", "Istat", "INSEE", "Australian Bureau of Statistics",
  "National Institute of Economic Research", "Finance Ministry", "Economy Ministry", "Trade Ministry", "Ministry of Finance",
  "Ministry of Economy", "Ministry of Commerce", "Ministry of Trade", "Treasury Department",
  "Bureau of Economic Analysis", "Federal Housing Finance Agency", "Conference Board", "University of Michigan", "Institute for Supply Management", "ISM",
  // Regulators: their plans and rulings are no company's figures.
  "Federal Aviation Administration", "FAA", "Federal Trade Commission", "FTC", "Securities and Exchange Commission",
  "Food and Drug Administration", "FDA", "European Commission", "Competition and Markets Authority", "Justice Department",
] as const;

/** Newspapers, wires and data terminals that report the news ("Bloomberg reported"). */
export const NEWS_OUTLETS = [
  "Bloomberg(?: News| Intelligence)?", "Reuters", "Dow Jones Newswires", "MarketWatch", "Barron's", "CNBC",
  "Financial Times", "Wall Street Journal", "Associated Press", "Agence France-Presse", "PA Media",
  "Sharecast", "Proactive Investors", "Benzinga", "Seeking Alpha", "Motley Fool", String.raw`Investing\.com`,
  "Economic Times", "Business Standard", "Moneycontrol", "Business Day", "BusinessLive", "Fin24",
  "South China Morning Post", "Caixin", "Yonhap", "Kyodo", "Nikkei Asia", "MT Newswires",
] as const;

/**
 * Wire services as datelines abbreviate them ("NEW YORK (AP) —", "MUMBAI (PTI)"): a
 * bracketed upper-case word that is the wire, never a ticker.
 */
export const WIRE_ABBREVIATIONS = [
  "AP", "PA", "PTI", "IANS", "ANI", "AFP", "UPI", "DPA", "CNA", "BBC", "CNN", "CNBC", "ANSA", "EFE", "RTRS", "KYODO",
] as const;

/** Firms cited as the source of a figure rather than as its subject. */
export const CITED_FIRMS = [...BROKERS, ...CONSENSUS_COMPILERS, ...NEWS_OUTLETS, ...RESEARCH_FIRMS, ...PUBLIC_BODIES] as const;

/** A market index, named in full ("the FTSE 100 rose 0.4%"). */
export interface IndexName {
  pattern: string;
  example: string;
}

/** Market indexes by their full names; their digits are names, never figures. */
export const MARKET_INDEXES: readonly IndexName[] = [
  { pattern: "S&P 500", example: "The S&P 500 rose 0.4% to 5,120.3." },
  // ("The S&P/ASX200 closed 17.4 points lower", "the benchmark S&P ASX200 index": Australian papers close the gap.)
  { pattern: String.raw`S&P(?:\/| )ASX ?200`, example: "The S&P/ASX200 slipped 0.2%." },
  { pattern: "All Ordinaries", example: "The broader All Ordinaries added 0.2%." },
  { pattern: String.raw`S&P\/TSX [Cc]omposite(?: [Ii]ndex)?`, example: "Toronto's S&P/TSX composite index added 0.5%." },
  // (Canadian papers name the junior market's gauge in full, with or without "composite".)
  { pattern: String.raw`S&P\/TSX Venture(?: [Cc]omposite)?(?: [Ii]ndex)?`, example: "The junior S&P/TSX Venture composite index slipped 3.2 points." },
  { pattern: "Nasdaq Composite", example: "The Nasdaq Composite gained 1.1%." },
  { pattern: "Nasdaq[- ]100", example: "The Nasdaq-100 rose 0.9%." },
  { pattern: "Nasdaq Golden Dragon(?: China)? [Ii]ndex", example: "The Nasdaq Golden Dragon China index fell 2%." },
  { pattern: "Dow Jones Industrial Average", example: "The Dow Jones Industrial Average fell 367 points." },
  { pattern: "Dow Jones", example: "The Dow Jones closed 0.3% higher." },
  { pattern: "Russell [0-9]{3,4}", example: "The small-cap Russell 2000 jumped 2%." },
  { pattern: "FTSE (?:100|250|350|All-Share)", example: "The FTSE 100 closed up 0.6% at 8,150.2." },
  // Sector gauges that European bank and carmaker stories measure a stock against.
  { pattern: String.raw`(?:Euro )?(?:STOXX|Stoxx)(?: Europe)?(?: 600)? (?:Banks|Autos(?: (?:&|and) Parts)?|Automobiles (?:&|and) Parts|Basic Resources|Oil (?:&|and) Gas|Insurance|Technology)(?: [Ii]ndex)?`, example: "The Euro Stoxx Banks index gained 1.2%." },
  { pattern: "(?:STOXX|Stoxx) (?:Europe )?600", example: "The pan-European Stoxx 600 edged down 0.1%." },
  { pattern: "Euro (?:STOXX|Stoxx) 50", example: "The Euro Stoxx 50 rose 0.7%." },
  { pattern: "(?:DAX|Dax)(?: 40)?", example: "Germany's Dax lost 1.2%." },
  { pattern: "(?:CAC|Cac) 40", example: "The Cac 40 in Paris was flat." },
  { pattern: "Nikkei(?: 225| [Ss]tock [Aa]verage| average)?", example: "The benchmark Nikkei average rose 1.5%." },
  { pattern: "Topix|TOPIX", example: "The broader Topix gained 0.8%." },
  { pattern: "Hang Seng(?: Tech| TECH| China Enterprises?| Enterprises?)?(?: Index)?", example: "The Hang Seng Index climbed 1.4%." },
  { pattern: "CSI 300", example: "The blue-chip CSI 300 fell 0.5%." },
  { pattern: "Shanghai Composite(?: Index)?", example: "The Shanghai Composite rose 0.3%." },
  { pattern: "Shenzhen Component(?: Index)?", example: "The Shenzhen Component Index lost 0.9%." },
  // (Yonhap names it in full: "The benchmark Korea Composite Stock Price Index (KOSPI) fell 34.22 points".)
  { pattern: "Korea Composite Stock Price Index|KOSPI|Kospi", example: "The benchmark Korea Composite Stock Price Index fell 1.3 percent." },
  { pattern: "(?:S&P )?(?:BSE )?Sensex", example: "The S&P BSE Sensex rose 300 points." },
  { pattern: "(?:NSE )?Nifty(?: 50| Bank| IT| Midcap 100| Smallcap 100)?|Bank Nifty", example: "The NSE Nifty 50 ended 0.4% higher." },
  {
    pattern: String.raw`(?:FTSE\/)?JSE (?:All[- ]Share|Top 40)(?: [Ii]ndex)?|(?:FTSE )?AIM All-Share(?: [Ii]ndex)?|[Aa]ll[- ][Ss]hare(?: [Ii]ndex)?|(?<=[Tt]he )[Tt]op 40(?: [Ii]ndex)?`,
    example: "The all share index closed 1.2% higher.",
  },
  { pattern: "KBW (?:Nasdaq )?Bank [Ii]ndex|PHLX Semiconductor [Ii]ndex", example: "The KBW Bank Index fell 3.1%." },
  { pattern: "MSCI [A-Z][\\w ]{0,30}?Index", example: "The MSCI Asia Pacific Index fell 0.7%." },
  // Index tables and wires drop the word "Index": "MSCI Emerging Markets: 1,112.45, up 0.3%".
  { pattern: String.raw`MSCI (?:Emerging Markets|LatAm|Latin America|World|All Country World|ACWI|EAFE|Asia ex-Japan|Asia Pacific|Europe)`, example: "MSCI Emerging Markets: 1,112.45, up 0.3%" },
  { pattern: "Philadelphia Semiconductor Index", example: "The Philadelphia Semiconductor Index jumped 3%." },
  { pattern: String.raw`NYSE Arca [A-Z][\w ]{0,30}?Index`, example: "The NYSE Arca Airline Index sank 5%." },
  { pattern: "VIX", example: "The VIX volatility gauge rose above 20." },
  // European, Nordic, Asian and Latin American benchmarks that regional wires name in full.
  // Short forms that are also common words or tickers ("SMI", "KOSDAQ") only before an index verb.
  { pattern: "Swiss Market Index|SMI(?= index| rose| fell| was| ended| closed)", example: "The Swiss Market Index was 0.2% lower." },
  { pattern: "OMX (?:Stockholm|Copenhagen|Helsinki) (?:30|25|All-Share|PI)(?: [Ii]ndex)?|OMXS30|OMXC25|OMXH25", example: "The OMX Stockholm 30 index gained 0.9%." },
  { pattern: "Oslo (?:Stock Exchange )?(?:benchmark|All-Share|OBX)(?: [Ii]ndex)?|OBX", example: "Oslo's OBX index fell 0.4%." },
  { pattern: "MDAX|SDAX|TecDAX", example: "The mid-cap MDAX fell 0.6%." },
  { pattern: "AEX(?: [Ii]ndex)?", example: "Amsterdam's AEX index rose 0.4%." },
  { pattern: "IBEX 35|Ibex 35|IBEX|Ibex(?= index| rose| fell| was| ended| closed| added| gained| lost| slipped| edged)", example: "Madrid's Ibex rose 0.9%." },
  { pattern: "FTSE MIB", example: "Milan's FTSE MIB fell 1.1%." },
  { pattern: "Straits Times Index", example: "Singapore's Straits Times Index rose 0.5%." },
  { pattern: "Taiex|TAIEX", example: "Taiwan's Taiex jumped 1.9%." },
  { pattern: "(?:S&P\/)?NZX 50", example: "The NZX 50 eased 0.2%." },
  { pattern: "Ibovespa|Bovespa", example: "Brazil's Ibovespa rose 1.3%." },
  { pattern: "Kosdaq|KOSDAQ(?= index| rose| fell| was| ended| closed)", example: "The tech-heavy Kosdaq rose 2.1%." },
  // Kuala Lumpur, Gulf and Dublin benchmarks as Bernama, Gulf News, The National and the Irish press write them.
  { pattern: "(?:FTSE Bursa Malaysia |FBM )?KLCI", example: "The FTSE Bursa Malaysia KLCI rose 8.72 points to 1,628.15." },
  { pattern: "FBM (?:Emas(?: Shariah)?|ACE|70|Small Cap)(?: [Ii]ndex)?|FBMT 100(?: [Ii]ndex)?", example: "The FBM Emas Index added 51.30 points to 12,204.66." },
  { pattern: "DFM (?:[Gg]eneral )?[Ii]ndex", example: "The DFM General Index gained 1.4 per cent to 5,412.36." },
  { pattern: "(?:FTSE )?ADX (?:[Gg]eneral )?[Ii]ndex", example: "The FTSE ADX General Index added 0.6 per cent." },
  { pattern: "Tadawul All[- ]Share [Ii]ndex|TASI", example: "The Tadawul All Share Index lost 0.7 per cent to 11,904.20." },
  { pattern: "ISEQ(?: 20| [Ii]ndex)?", example: "The ISEQ index closed at 9,812.40." },
  // The other Gulf bourses' gauges, as Gulf papers close their market round-ups.
  { pattern: "(?:Muscat )?MSM 30(?: [Ii]ndex)?", example: "The Muscat MSM 30 index closed 0.2 per cent lower at 4,408.20." },
  { pattern: String.raw`(?:Boursa )?(?:Kuwait|Bahrain|Qatar) All[- ]Share(?: [Ii]ndex)?|Qatar Exchange [Ii]ndex|QE [Ii]ndex`, example: "The Kuwait All Share Index closed 0.1 per cent higher at 5,162.58." },
];

/**
 * The benchmark a market report means by a market's stocks: "Hong Kong stocks closed down
 * 68.71 points, or 0.3 percent, at 22,668.30" (Xinhua, then "The benchmark Hang Seng Index
 * traded between ..."), "Tokyo shares ended 120.4 points higher". `market` is what comes
 * before "stocks", "shares" or "equities"; `index` matches the index's name as the article
 * writes it (an index the article never names is no subject).
 */
export const MARKET_BENCHMARKS: readonly { market: string; index: RegExp; example: string }[] = [
  { market: "Hong Kong", index: /^Hang Seng(?: Index)?$/, example: "Hong Kong stocks closed down 68.71 points, or 0.3 percent, at 22,668.30. The benchmark Hang Seng Index traded in a narrow range." },
  { market: "Tokyo|Japanese", index: /^Nikkei(?: 225| [Ss]tock [Aa]verage| average)?$/, example: "Tokyo shares ended 120.4 points higher at 38,110.2, leaving the Nikkei 225 near its record." },
  { market: "Shanghai|(?:Chinese )?mainland(?: Chinese)?|Chinese", index: /^Shanghai Composite(?: Index)?$/, example: "Mainland stocks lost 16.3 points to 3,048.2, the Shanghai Composite Index its lowest in a month." },
  { market: "Seoul|South Korean|Korean", index: /^(?:Korea Composite Stock Price Index|KOSPI|Kospi)$/, example: "Seoul shares rose 22.1 points to 2,610.4, the KOSPI led by chipmakers." },
  { market: "Taiwan|Taipei", index: /^(?:Taiex|TAIEX)$/, example: "Taiwan shares closed up 98.6 points at 21,340.5, the Taiex at a record." },
  { market: "Singapore", index: /^Straits Times Index$/, example: "Singapore shares slipped 12.4 points to 3,702.1 as the Straits Times Index lost its gains." },
  { market: "Malaysian|Bursa Malaysia", index: /KLCI$/, example: "Bursa Malaysia stocks ended 4.2 points lower at 1,598.3, the FBM KLCI dragged by banks." },
  { market: "Toronto|Canadian", index: /^S&P\/TSX [Cc]omposite(?: [Ii]ndex)?$/, example: "Toronto stocks gained 110.5 points to 24,870.2, the S&P/TSX composite index lifted by energy." },
  { market: "London|British|UK", index: /^FTSE 100$/, example: "London shares ended 48.6 points lower at 8,312.4, the FTSE 100 hit by miners." },
  { market: "Australian|Sydney", index: /^S&P(?:\/| )ASX ?200$/, example: "Australian shares fell 35.2 points to 8,101.7 as the S&P/ASX200 gave up its gains." },
];

/**
 * An index named only by its size and exchange (Indian market reports: "the 30-share BSE index",
 * "the 50-issue NSE index"): `written` is the name as found, `before` the words just before it.
 * "the BSE midcap index" is a sub-index of its own, and "BSE" alone is the exchange.
 */
export const INDEX_NAME_FORMS: readonly { written: RegExp; before: RegExp; name: string; example: string }[] = [
  { written: /^BSE$/, before: /\b30-(?:share|scrip|stock|issue)\s+$/, name: "Sensex", example: "The 30-share BSE index rose 228 points." },
  { written: /^NSE$/, before: /\b50-(?:share|scrip|stock|issue)\s+$/, name: "Nifty", example: "The 50-issue NSE index gained 0.4%." },
];

/** The index's own name for a name as written (INDEX_NAME_FORMS), or the name unchanged. */
export function indexNameOf(written: string, before: string): string {
  for (const form of INDEX_NAME_FORMS) {
    if (form.written.test(written) && form.before.test(before)) return form.name;
  }
  return written;
}

/**
 * Operating measures and reporting regions that open sentences and KPI lines like a name
 * ("Occupancy edged up 0.8 percentage points", "Traffic grew faster than capacity", "Nordics
 * up 4%"): one alone is never a company, in lower case as listed.
 */
export const MEASURE_OPENERS = [
  "occupancy", "traffic", "capacity", "attendance", "ridership", "footfall", "throughput", "utilisation", "utilization",
  "churn", "backlog", "yields", "passengers", "cancellations", "enrolment", "enrollment", "memberships", "tonnage",
  "nordics", "americas", "emea", "apac", "benelux", "dach", "latam",
] as const;

/**
 * What "the X" calls a public body, agency or regulator already named ("The Paris-based
 * agency, in its monthly report, cut its estimate"): its "its" is no company's.
 */
export const PUBLIC_BODY_NOUNS = [
  "agency", "cartel", "producer group", "organi[sz]ation", "watchdog", "regulator", "central bank", "statistics office",
  "statistics bureau", "bureau", "ministry", "rating agency", "ratings agency", "monetary authority",
] as const;

/**
 * What "the X" calls a company already named, so a figure after it stays that company's:
 * "Rio Tinto said … The miner expects output of 330 million tonnes".
 */
export const REFERRING_NOUNS = [
  "company", "firm", "group", "conglomerate", "business", "e-commerce giant", "tech giant", "chipmaker", "retailer",
  "bank", "lender", "carmaker", "automaker", "insurer", "miner", "drugmaker", "airline", "carrier", "supermarket",
  "grocer", "brewer", "housebuilder", "utility", "operator",
  // "The cement manufacturer's profit rose", "the iPhone maker said", "The national transporter's net profit",
  // "the steel producer" (earnings wraps and wires name the company by what it makes or does).
  "manufacturer", "maker", "producer", "transporter", "supplier", "developer",
] as const;

/**
 * Nouns that say what kind of company a name is, written before it ("chipmaker Arm", "pubs
 * group Mitchells & Butlers", "Health care giant Johnson & Johnson rose"): the name after
 * one is a company, and opens its clause as the subject.
 */
/** Market sectors that move in a market report ("Energy was the worst, sliding 1.9%", "Financials gained 1.1%"). */
export const MARKET_SECTORS = [
  "energy", "utilities", "financials", "materials", "industrials", "information technology", "technology", "tech",
  "communication services", "consumer staples", "consumer discretionary", "health care", "healthcare", "real estate",
];

export const COMPANY_KIND_NOUNS = [
  "firm", "company", "startup", "start-up", "maker", "rival", "giant", "chipmaker", "retailer", "lender", "insurer",
  "carmaker", "automaker", "developer", "operator", "provider", "conglomerate", "unit", "subsidiary", "producer", "miner",
  "manufacturer", "supplier", "grocer", "supermarket", "brewer", "airline", "housebuilder", "drugmaker", "group", "chain",
  "specialist", "railroad", "carrier", "utility", "owner",
  // More kinds that market reports put before a name ("Banknote printer De La Rue said").
  "printer", "tester", "designer", "distributor", "exporter", "refiner", "explorer", "broadcaster", "publisher",
  // "Nikkei heavyweight SoftBank Group rose", "index bellwether CRH", "pork processor WH Group".
  "heavyweight", "bellwether", "processor",
  // "Trading house Marubeni jumped", "Spanish builder Constructora Vega", "defence contractor X".
  "house", "builder", "contractor",
] as const;

/** Company rankings named with digits ("a Fortune 500 company"): names, never figures. */
/**
 * Business lines that conglomerates name as segments ("Cloud grew 9%, while Aerospace slipped
 * 2%"): written alone as a one-word name, with no ticker, one is a segment of the story's
 * company, never a company of its own.
 */
export const SEGMENT_WORDS = [
  "Aerospace", "Automotive", "Aviation", "Cloud", "Consumer", "Commercial", "Defense", "Defence", "Devices", "Energy",
  "Healthcare", "Industrial", "Industrials", "Infrastructure", "Materials", "Chemicals", "Mining", "Networking",
  "Payments", "Pharma", "Pharmaceuticals", "Residential", "Retail", "Wholesale", "Security", "Semiconductors",
  "Services", "Software", "Transportation", "Logistics", "Gaming", "Advertising", "Marine", "Rail", "Construction",
  "Agriculture", "Banking", "Insurance", "Wealth", "Media", "Entertainment", "Studios",
] as const;

export const RANKINGS = ["Fortune (?:500|100|Global 500)"] as const;

/**
 * The short names a market report uses for an index once it is clear it means the
 * index ("the Dow fell", "the FTSE closed higher"), as metric cues.
 */
export const INDEX_CUE_NAMES = [
  "Hang Seng(?: Index)?", "Nikkei(?: 225)?", "S&P 500", "Nasdaq(?: Composite)?", "Dow(?: Jones)?", "FTSE(?: 100| 250)?", "Stoxx 600",
  "(?:M|S|Tec)?DAX", "CAC 40", "Kospi", "KOSPI", "Sensex", "Nifty", "Topix", "CSI 300", "Shanghai Composite",
  "SMI", "Swiss Market Index", "IBEX(?: 35)?", "FTSE MIB", "AEX", "OMX(?: Stockholm)?(?: 30)?", "Straits Times Index",
  "Ibovespa", "Bovespa",
] as const;

/** Scale words written out ("2.5 billion"; Indian "Rs 6,021 crore", "Rs 4.78 lakh crore"), longer first. */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, "lakh crore": 1e12, crore: 1e7, lakh: 1e5,
};
/** Scale abbreviations ("$511 mln", "£3bn", "$1.2tn"). */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  mln: 1e6, bln: 1e9, mn: 1e6, bn: 1e9, trln: 1e12, tn: 1e12, trn: 1e12, tln: 1e12,
};
/** Scale letters glued to the number ("$5k", "£40m", "$2B"). */
export const SCALE_LETTERS: Readonly<Record<string, number>> = {
  k: 1e3, m: 1e6, b: 1e9,
};
