// The metric words: an ordered table of named rules, each with an example sentence that
// rules.test.ts runs through extractFacts. Earlier rules are more specific and win on the
// same words ("net income" before "income"); a new measure goes above any more general
// rule whose words it contains. metricOf (attributes.ts) picks the nearest hit.

import { isCurrencyUnit } from "@/lib/contract";
import { alternation, BROKERS, CITED_FIRMS, INDEX_CUE_NAMES } from "./lexicon";
import { recordRule } from "./rule-trace";

export interface MetricRule {
  /** The rule's name (unique). */
  id: string;
  /** A sentence the rule names the measure of, the figure in it, and the metric it ends with. */
  example: { text: string; figure: string; metric: string };
  re: RegExp;
  name: (m: RegExpExecArray) => string;
  /** Share-price words: their metric depends on the figure's unit. */
  share?: boolean;
  /** Money verbs ("spend", "invest", "buy"): their metric takes the object's words. */
  spend?: boolean;
  /** Stock-index words: "index change" for percentages, "index level" otherwise. */
  index?: boolean;
  /** Words that look like a measure but name a firm or a business ("Zacks Investment Research",
   * "its investment bank"): they take their words from later rules and name nothing. */
  none?: boolean;
  /** Words that name only the figure written right before them ("8 per cent June 2027 bond"). */
  attributiveOnly?: boolean;
}

// Analysts' ratings as wires capitalise them ("reiterated a Buy rating", "to Overweight from Equal Weight").
const RATING_WORDS = String.raw`Buy|Sell|Hold|Overweight|Underweight|Outperform|Underperform|Neutral|Equal[- ]Weight|Market Perform|Sector Perform|Accumulate|Reduce|rating`;

// Business lines that name a revenue ("cloud revenue", "data center revenue").
const REVENUE_SEGMENTS = String.raw`annual recurring|recurring|cloud|data center|data-center|datacenter|gaming|automotive|advertising|ad|services|subscription|product|products|hardware|software|iPhone|Mac|iPad|wearables|e-commerce|commerce|international|domestic|China|retail|wholesale|online|digital|streaming|licensing|core|mobile|enterprise|consumer|energy|insurance|trading|investment banking|net interest|fee|interest|AI|commercial|government|U\.S\.|US|North American|North America|Latin American|Latin America|European|Europe|Asia-Pacific|Asian|Asia|Americas|EMEA|APAC|overseas|same-store merchandise|inside same-store|same-store|identical|comparable store|comparable|like-for-like|organic|underlying|food|grocery|passenger|cargo|freight|transaction|membership`;

// "a 61% chance of a quarter-point cut", "a 70% chance that the Bank of England cuts": the probability names its event.
const PROBABILITY_EVENT_RE = /^\s+(?:of|that|for)\s+(?:(?:a|an|the|another|further|its|their)\s+)?(?:[\w'’.-]+\s+){0,4}?(cut|cuts|cutting|reduction|lowers|hike|hikes|hiking|raises|rate rises?|rate increases?|recession|default)\b/i;
function probabilityName(m: RegExpExecArray): string {
  const event = PROBABILITY_EVENT_RE.exec(m.input.slice(m.index + m[0].length, m.index + m[0].length + 70))?.[1]?.toLowerCase();
  if (!event) return "probability";
  if (event === "recession" || event === "default") return `${event} probability`;
  return /^(?:cut|cuts|cutting|reduction|lowers)$/.test(event) ? "rate cut probability" : "rate hike probability";
}

// An investor group in a market report's fund-flow line: "Foreign portfolio investors", "Offshore investors", "Institutions",
// "foreigners", "individuals" (a bare group noun is capitalised, or a lower-case plural Yonhap and Bernama use for the groups).
const INVESTOR_GROUP = String.raw`(?:\b(?:[Ff]oreign|[Dd]omestic|[Ll]ocal|[Oo]verseas|[Oo]ffshore|[Rr]etail|[Ii]nstitutional|[Ii]ndividual)\s+(?:(?:portfolio|institutional|fund|mutual fund)\s+)?(?:investors|institutions|funds|institutional investors)|\b(?:[Ff]oreigners|[Ii]ndividuals|Institutions|(?<=\band\s)institutions|[Rr]etailers))`;
function investorFlowName(m: RegExpExecArray): string {
  const words = m[0].replace(/['’]\s+(?:net\s+)?(?:(?:stock|share|equity)\s+)?\w+$/, "").replace(/\s+(?:(?:were|was)\s+)?(?:net\s+)?(?:scooped up|\S+)$/, "");
  return `${words.toLowerCase()} net ${/sold|sellers|offloaded|dumped|selling|sales/.test(m[0]) ? "selling" : "buying"}`;
}
export const METRIC_RULES: MetricRule[] = [
  // Firm names first: their "Investment", "Capital", "Market" words are no measure.
  { id: "firm name", example: { text: "Analysts surveyed by Zacks Investment Research had expected revenue of $4.2 billion.", figure: "$4.2 billion", metric: "revenue" }, re: new RegExp(String.raw`\b(?:${alternation(CITED_FIRMS)})(?: Investment Research| Research| Investments?| Securities| Capital Markets)?\b|\b[A-Z][\w&]* (?:Investment Research|Investments|Invest|Asset Management|Capital Economics)\b`, "g"), name: () => "", none: true },
  { id: "investment bank", example: { text: "Costs at its investment bank will be about \u00a3150m higher this year.", figure: "\u00a3150m", metric: "costs" }, re: /\binvestment banks?\b(?!ing)/gi, name: () => "", none: true },
  // "UBS upgraded Reckitt to buy and lifted its target to 6,200p": a broker's target is a price target.
  { id: "broker target", example: { text: "UBS upgraded Reckitt to buy and lifted its target to 6,200p from 5,300p.", figure: "6,200p", metric: "price target" }, re: /\b(?:price )?targets?\b(?<=\b(?:upgraded|downgraded|upgrades|downgrades|rating|overweight|underweight|outperform|underperform|to buy|to sell|to hold|to neutral)\b[^.;]{0,60})/gi, name: () => "price target" },
  // "KeyBanc lifted its target to $340 from $320": a broker's own target is a price target (Raytheon, P&G, Forest Labs notes).
  { id: "broker's own target", example: { text: "KeyBanc lifted its target to $340 from $320.", figure: "$340", metric: "price target" }, re: new RegExp(String.raw`\btargets?\b(?<=\b(?:[Tt]he broker(?:age)?|${alternation(BROKERS)})(?:['’]s)?\s+(?:(?:analysts?|also|now)\s+)*(?:raised|lifted|cut|lowered|trimmed|increased|reduced|set|kept|moved)\s+(?:its|their)\s+(?:share\s+)?targets?)(?=\s+(?:on\s+(?:[\w.&'’():-]+\s+){1,5}?)?(?:to|at|of|from)\s+(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?\s?|R\s?|\d))`, "g"), name: () => "price target" },
  { id: "price target", example: { text: "Jefferies raised its price target to $140.", figure: "$140", metric: "price target" }, re: /\b(?:price target|target price|price objective)\b/gi, name: () => "price target" },
  // A bare "target" in a rating or broker sentence is a price target, wherever the rating or broker stands ("saw its target
  // raised to $472 from $425 at UBS, which reiterated a Buy rating", "had three target cuts: UBS to $139 from $148", "was started
  // at Buy with a $236 target", "The consensus target is $92.40"); never a company's own revenue, margin or savings target.
  { id: "target in a rating sentence", example: { text: "Dunmore Retail (DNR) saw its target raised to $472 from $425 at UBS, which reiterated a Buy rating.", figure: "$472", metric: "price target" }, re: new RegExp(String.raw`\b(?<!\b(?:revenue|sales|margin|profit|earnings|cost|costs|savings|capex|spending|production|output|leverage|debt|dividend|payout|growth|inflation|emissions|returns?|deficit|ratio|buyback|volume|delivery|deliveries)\s)targets?\b(?:(?=[^.;\n]{0,120}?\b(?:${RATING_WORDS}|${alternation(BROKERS)})\b)|(?<=\b(?:${RATING_WORDS}|${alternation(BROKERS)}|consensus|started|initiated|upgraded|downgraded)\b[^.;\n]{0,120}))`, "g"), name: () => "price target" },
  // Retail sales are an economic series, not one retailer's revenue.
  // UK household energy bills: the regulator's cap, not a price of the company's.
  { id: "price cap", example: { text: "The regulator lowered the price cap by 7.2% from October.", figure: "7.2%", metric: "price cap decline" }, re: /\b(?:energy )?price cap\b/gi, name: () => "price cap" },
  // "tariffs on imported cars cut operating profit by 890 bln yen", "a $1.3 billion hit from tariffs": the cost of the duties.
  { id: "tariff impact", example: { text: "It expects the full-year hit to reach about 1.45 trillion yen because of U.S. tariffs.", figure: "1.45 trillion yen", metric: "tariff impact" }, re: /\b(?:tariffs?|levies|duties)\b(?:(?!\.\s)[^.;]){0,50}?\b(?:cut|cuts|reduced?|reduces|reducing|shaved?|shaves|wiped?|wipes|knocked)\s+(?:[\w-]+\s+){0,3}?by\b|\b(?:hit|impact|headwind)s?\b(?=\s+(?:from|of|on|to|this|next|for)\b)|(?<=\b(?:the|a|its|full-year|annual|expected|estimated|total|quarterly|billion|million|trillion|bln|mln|trln|yen|dollar)\s)(?:hit|impact|headwind)s?\b/gi, name: (m) => (/tariff|levies|levy|duties/i.test(m.input.slice(Math.max(0, m.index - 150), m.index + m[0].length + 60)) ? "tariff impact" : "impact") },
  // "cash, cash equivalents, restricted cash and short-term investments of RMB21.3 billion": each item of
  // the list is part of the cash balance (clauses split the list at its commas).
  { id: "cash balance", example: { text: "The company had cash, cash equivalents and short-term investments of $4.2 billion.", figure: "$4.2 billion", metric: "cash and investments" }, re: /\b(?:cash equivalents|restricted cash|short-term (?:investments|deposits)|marketable securities|time deposits)\b/gi, name: (m) => (/investments|securities|deposits/i.test(m[0]) ? "cash and investments" : "cash and cash equivalents") },
  // Gold miners report "cash and bullion" as one balance (not the gold price).
  { id: "cash and bullion", example: { text: "Cash and bullion rose to A$1.36-billion at the end of December.", figure: "A$1.36-billion", metric: "cash and bullion" }, re: /\b[Cc]ash(?:,)? and (?:gold )?bullion\b/g, name: () => "cash and bullion" },
  // IPOs: "the total size of the offering", "deal size".
  { id: "offering size", example: { text: "Options could raise the total size of the offering to about $4.8 billion.", figure: "$4.8 billion", metric: "offering size" }, re: /\bsize of the (?:offering|IPO|issue|deal|listing|share sale)\b|\b(?:offering|IPO|issue|deal)(?:['’]s)? size\b/gi, name: () => "offering size" },
  // Economic series of trade, jobs and activity (before "index" takes "purchasing managers' index").
  { id: "trade balance", example: { text: "The trade deficit narrowed 5.1% to $41.5 billion in September.", figure: "$41.5 billion", metric: "trade deficit" }, re: /\b(?:trade (?:deficit|surplus|balance|gap)|current[- ]account (?:deficit|surplus|balance)|(?:budget|fiscal) (?:deficit|surplus|gap))\b/gi, name: (m) => m[0].toLowerCase().replace("current account", "current-account") },
  { id: "exports", example: { text: "Exports rose 3.1% to $187 billion in September.", figure: "$187 billion", metric: "exports" }, re: /\b(?:exports|imports)\b/gi, name: (m) => m[0].toLowerCase() },
  { id: "payrolls", example: { text: "Nonfarm payrolls increased by 288,000 in June.", figure: "288,000", metric: "nonfarm payrolls" }, re: /\b(?:non-?farm )?payrolls\b|\b(?:initial |weekly )?jobless claims\b|\bemployment\b(?! (?:rate|costs?|contracts?|tribunal|law))/gi, name: (m) => m[0].toLowerCase().replace("non-farm", "nonfarm") },
  // Housing series: "existing-home sales" are a count of homes sold, not a retailer's revenue.
  { id: "housing series", example: { text: "Existing-home sales fell 2.2% in October.", figure: "2.2%", metric: "existing-home sales decline" }, re: /\b(?:housing starts|groundbreaking|(?:building )?permits|home completions|(?:(?:existing|new|pending|previously owned)[- ])?home sales)\b/gi, name: (m) => (/^groundbreaking$/i.test(m[0]) ? "housing starts" : /^permits$/i.test(m[0]) ? "building permits" : m[0].toLowerCase().replace(/^(existing|new|pending) home/, "$1-home")) },
  // Housing reports split starts by kind: "single-family starts slipped 2.6%", "Starts for multi-family homes tumbled" (Reuters, CMHC).
  { id: "starts by kind", example: { text: "Single-family starts slipped 2.6% to a 912,000-unit rate.", figure: "2.6%", metric: "single-family starts decline" }, re: /\b(?:single-family|multifamily|multi-family|multi-unit|urban|rural|single-detached)\s+(?:housing\s+|home\s+)?starts\b|\bstarts\s+(?=for\s+(?:[\w-]+\s+){0,3}?(?:homes|buildings|units|projects|housing)\b)/gi, name: (m) => (/^starts/i.test(m[0]) ? "housing starts" : m[0].toLowerCase().replace(/\s+(?:housing|home)\s+/, " ")) },
  // Labour-market series beyond payrolls: "job openings fell to 7.2 million", "the participation rate was 62.6%".
  { id: "labour market", example: { text: "Job openings fell to 7.2 million in September.", figure: "7.2 million", metric: "job openings" }, re: /\bjob (?:openings|vacancies)\b|\bvacancies\b|\b(?:labou?r[- ]force )?participation rate\b/gi, name: (m) => m[0].toLowerCase().replace(/^labou?r[- ]force /, "") },
  // Households: what they spend and save ("the personal saving rate fell to 4.6%" is no cost saving).
  { id: "household series", example: { text: "The personal saving rate fell to 4.6% in August.", figure: "4.6%", metric: "saving rate" }, re: /\b(?:personal |household )?sav(?:ing|ings) rate\b|\b(?:household|private|consumer) (?:consumption|spending)\b/gi, name: (m) => (/rate/i.test(m[0]) ? "saving rate" : "consumer spending") },
  { id: "money supply", example: { text: "M2 money supply grew 8.2% in October.", figure: "8.2%", metric: "money supply growth" }, re: /\b(?:M[0-3] )?money supply\b|\bM2\b/g, name: () => "money supply" },
  // Survey gauges: "the consumer confidence index fell to 98.7" (Conference Board, University of Michigan, Ifo stories).
  { id: "survey gauge", example: { text: "The Conference Board said its consumer confidence index fell to 98.7 this month.", figure: "98.7", metric: "consumer confidence" }, re: /\b(?:consumer|business|investor|economic|small-business) (?:confidence|sentiment)(?: index)?\b|\bbusiness climate(?: index)?\b/gi, name: (m) => m[0].toLowerCase().replace(/ index$/, "") },
  { id: "PMI", example: { text: "The purchasing managers' index slipped 2% in May.", figure: "2%", metric: "PMI decline" }, re: /\bPMIs?\b|\bpurchasing managers['’]? ind(?:ex|ices)\b/gi, name: () => "PMI" },
  // Insurers', banks' and subscription businesses' own ratios.
  // Insurers' top line: "gross written premiums", "net premiums earned" (not a deal's premium).
  { id: "insurance premiums", example: { text: "Gross written premiums rose 7% to $8.4 billion.", figure: "$8.4 billion", metric: "gross written premiums" }, re: /\b(?:(?:gross|net) )?(?:(?:written|earned) )?premiums(?: (?:written|earned))?\b|\bpremium income\b/gi, name: (m) => m[0].toLowerCase() },
  // "The effective tax rate was 21.5%": the tax rule leaves rates alone.
  { id: "tax rate", example: { text: "The effective tax rate was 21.5% in the quarter.", figure: "21.5%", metric: "effective tax rate" }, re: /\b(?:(?:effective|corporate|underlying|adjusted) )?tax rates?\b/gi, name: (m) => m[0].toLowerCase().replace(/s$/, "") },
  { id: "operating ratios", example: { text: "The combined ratio improved to 94.1% in the quarter.", figure: "94.1%", metric: "combined ratio" }, re: /\bcombined ratio\b|\bchurn(?: rate)?\b|\befficiency ratio\b/gi, name: (m) => m[0].toLowerCase() },
  { id: "book value", example: { text: "Tangible book value per share rose to $21.40.", figure: "$21.40", metric: "tangible book value per share" }, re: /\b(?:[Tt]angible )?[Bb]ook value(?: per share)?\b|\b[Nn]et asset value(?: per share)?\b|\bNAV\b/g, name: (m) => (m[0] === "NAV" ? "net asset value" : m[0].toLowerCase()) },
  { id: "reserves", example: { text: "Foreign exchange reserves fell to $597 billion in March.", figure: "$597 billion", metric: "foreign exchange reserves" }, re: /\b(?:proven |proved |oil |gas |ore |mineral |foreign[- ]exchange |forex |FX |currency )reserves\b/gi, name: (m) => m[0].toLowerCase().replace(/^(?:forex|fx|currency|foreign-exchange) /, "foreign exchange ") },
  // "Gold Futures for August settlement", "copper for three-month delivery": a futures contract's month names no measure.
  { id: "contract month", example: { text: "Gold futures for August settlement slipped 0.8 percent to $3,318.05 an ounce.", figure: "$3,318.05", metric: "gold price" }, re: /\bfor\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|(?:front-month|three-month|nearby|spot-month))\s+(?:settlement|delivery)\b/g, name: () => "", none: true },
  { id: "settlement", example: { text: "The group reached a settlement of $1.1 billion with the states.", figure: "$1.1 billion", metric: "settlement" }, re: /\bto settle\b|\bsettlements?\b|\bsettled (?:the |a |its )?(?:claims|lawsuits?|litigation|charges|allegations|case|dispute)\b/gi, name: () => "settlement" },
  { id: "R&D", example: { text: "Research and development spending rose 14% to $3.2 billion.", figure: "$3.2 billion", metric: "R&D spending" }, re: /\b(?:research and development|R&D)(?: (?:spending|costs|expenses|expenditure|investment))?\b/gi, name: () => "R&D spending" },
  // Software makers' measures: "Net new ARR came in at $248 million", "billings rose 18%",
  // "its dollar-based net retention rate edged down to 117%" (SaaS results stories).
  { id: "net new ARR", example: { text: "Net new ARR came in at $248 million.", figure: "$248 million", metric: "net new ARR" }, re: /\b[Nn]et new (?:ARR|annual recurring revenue)\b/g, name: () => "net new ARR" },
  // "ARR reached $3.48 billion", "ARR of $3.71 billion to $3.73 billion": the abbreviation alone, under a KPI heading or in an outlook.
  { id: "ARR", example: { text: "ARR reached $3.48 billion at the end of the quarter.", figure: "$3.48 billion", metric: "annual recurring revenue" }, re: /\bARR\b/g, name: () => "annual recurring revenue" },
  { id: "billings", example: { text: "Billings rose 18% to $1.4 billion.", figure: "18%", metric: "billings growth" }, re: /\b(?:current |calculated )?billings\b/gi, name: (m) => m[0].toLowerCase() },
  { id: "net retention", example: { text: "Its dollar-based net retention rate edged down to 117% from 119%.", figure: "117%", metric: "net retention rate" }, re: /\b(?:dollar-based )?net (?:revenue |dollar )?retention(?: rate)?\b|\bNRR\b/gi, name: () => "net retention rate" },
  // Capital-goods makers: "The book-to-bill ratio, orders divided by sales, rose to 1.27" (German and US industrial results).
  { id: "book-to-bill", example: { text: "The book-to-bill ratio rose to 1.27 from 1.08 a year earlier.", figure: "1.27", metric: "book-to-bill ratio" }, re: /\bbook-to-bill(?: ratio)?\b/gi, name: () => "book-to-bill ratio" },
  { id: "order intake", example: { text: "Order intake rose 12% to \u20ac5.1 billion.", figure: "\u20ac5.1 billion", metric: "order intake" }, re: /\border (?:intake|book|inflows?)\b|\bnew orders\b/gi, name: (m) => (/book/i.test(m[0]) ? "order book" : /new/i.test(m[0]) ? "new orders" : "order intake") },
  // "the 5.7% like-for-like figure", "same-store growth": a retailer's own sales measure without the word "sales".
  // Retailers' basket measures: "Average order value online rose to £84 from £79".
  { id: "average order value", example: { text: "Average order value online rose to £84 from £79.", figure: "£84", metric: "average order value" }, re: /\b[Aa]verage (?:order|basket|transaction|ticket) (?:value|size)\b|\bAOV\b|\b[Bb]asket size\b/g, name: () => "average order value" },
  { id: "like-for-like", example: { text: "They called the 5.7% like-for-like figure solid.", figure: "5.7%", metric: "like-for-like sales" }, re: /\b(?:like-for-like|same-store|LFL)\b(?!\s+(?:sales|revenues?))/gi, name: (m) => `${m[0].toLowerCase().replace("lfl", "like-for-like")} sales` },
  { id: "sales volume", example: { text: "It raised its sales volume forecast to 10.4 million vehicles.", figure: "10.4 million", metric: "vehicles" }, re: /\b(?<!retail )sales volumes?\b|\bunit sales\b/gi, name: (m) => (/unit/i.test(m[0]) ? "unit sales" : "sales volume") },
  // "and built 4.9 mln": the number made is production.
  { id: "production verbs", example: { text: "Toyota sold 5.2 million vehicles in the half and built 4.9 million.", figure: "4.9 million", metric: "production" }, re: /\b(?:built|produced|manufactured|assembled)\b(?=\s+(?:about\s+|nearly\s+|some\s+|roughly\s+|a record\s+)?\d)/gi, name: () => "production" },
  // Auction and deal stories: "The Treasury sold $42 billion of 10-year notes", "Italy sold €8.5 billion of BTPs".
  { id: "bonds sold", example: { text: "Italy sold €8.5 billion of BTPs at its mid-month auction.", figure: "€8.5 billion", metric: "bond sale" }, re: /\b(?:sold|sells|auctioned|auctions|offered|issued|priced|raised)\b(?=\s+(?:about\s+|roughly\s+|a record\s+)?\S+(?:\s+(?:billion|million|bn|mln|bln))?\s+(?:of|in)\s+(?:[\w-]+\s+){0,3}?(?:bonds|notes|bills|gilts|BTPs|Bunds|OATs|bonos|Treasuries|debt|paper|securities)\b)/gi, name: () => "bond sale" },
  { id: "bond issue", example: { text: "The bank sold $5 billion of bonds in four parts.", figure: "$5 billion", metric: "bond issue" }, re: /\b(?:bond (?:sale|issue|offering|deal)s?|(?:senior |convertible |subordinated )notes|debt (?:offering|sale|issue)|bonds)\b(?! yields?)/gi, name: () => "bond issue" },
  { id: "organic growth", example: { text: "Organic growth came in at 2.9% in the quarter.", figure: "2.9%", metric: "organic growth" }, re: /\b[Oo]rganic (?:sales |revenue )?growth\b|\b(?:On an?|In) organic (?:basis|terms)\b/g, name: () => "organic growth" },
  // (A sentence that opens "On an organic basis, ..., they grew 11%" names organic growth; "grew 7% on an organic basis" only qualifies its measure.)
  // "cut its sales growth forecast to 8% to 11%", "premium growth would slow to about 5%", "his forecast for sector
  // earnings growth": the growth rate is the measure, a fall in it no decline of sales (pharma, insurer and strategist notes).
  { id: "growth of a measure", example: { text: "Novo cut its sales growth forecast for the year to 8% to 11%.", figure: "8% to 11%", metric: "sales growth" }, re: /\b(?:(?:organic|underlying|comparable)\s+)?(?:sales|revenue|earnings|profit|premium|order|volume|EPS|dividend) growth\b/gi, name: (m) => m[0].toLowerCase().replace(/\beps\b/, "EPS") },
  { id: "investment gain", example: { text: "The Vision Fund booked an investment gain of 824.6 billion yen.", figure: "824.6 billion yen", metric: "investment gain" }, re: /\binvestment (?:gains?|losses?)\b|\b(?:fair[- ]value|valuation) (?:gains?|losses?)\b/gi, name: (m) => (/loss/i.test(m[0]) ? "investment loss" : "investment gain") },
  // Commodity stockpiles: "stocks in LME-registered warehouses", "crude inventories" (not a company's shares).
  { id: "stockpiles", example: { text: "Stocks in LME-registered warehouses have fallen 58% since June.", figure: "58%", metric: "warehouse stocks decline" }, re: /\b[Ss]tocks (?:in|at|held in) (?:[\w-]+\s+){0,2}?(?:warehouses?|storage|tanks)\b|\b(?:[Ww]arehouse|[Ee]xchange|[Cc]rude|[Oo]il|[Gg]asoline|[Dd]istillate|[Cc]opper|[Aa]luminium|[Aa]luminum) (?:stocks|inventories|stockpiles)\b|\b[Ss]tockpiles\b/g, name: (m) => (/^(?:[Ss]tocks|[Ww]arehouse|[Ee]xchange|[Ss]tockpiles)/.test(m[0]) ? "warehouse stocks" : m[0].toLowerCase()) },
  // A commodity market's balance: "a refined copper deficit of 420,000 tonnes".
  { id: "market balance", example: { text: "Analysts see a global refined copper deficit of 420,000 tonnes next year.", figure: "420,000", metric: "deficit" }, re: /\b(?:deficit|surplus)\b/gi, name: (m) => m[0].toLowerCase() },
  { id: "retail sales", example: { text: "Retail sales rose 0.4% in October.", figure: "0.4%", metric: "retail sales growth" }, re: /\bretail sales\b/gi, name: () => "retail sales" },
  { id: "headcount", example: { text: "The group has 37,000 employees worldwide.", figure: "37,000", metric: "employees" }, re: /\b(?:headcount|workforce|employees|staff numbers)\b/gi, name: (m) => (/employees/i.test(m[0]) ? "employees" : "headcount") },
  { id: "backlog", example: { text: "Remaining performance obligations rose to $29.6 billion.", figure: "$29.6 billion", metric: "remaining performance obligations" }, re: /\bremaining performance obligations?\b|\bRPO\b|\bbacklog\b|\bcontracted revenue\b/gi, name: (m) => (/backlog/i.test(m[0]) ? "backlog" : "remaining performance obligations") },
  // ("It values the company's equity at about $2.1 billion", "The offer values Brookmere's equity at $6.8 billion": take-private and bid stories.)
  { id: "enterprise value", example: { text: "The deal gives Corvane an enterprise value of $7.4 billion.", figure: "$7.4 billion", metric: "enterprise value" }, re: /\b(?:enterprise|equity|transaction) value\b|\bvalu(?:es|ed|ing)\s+(?:(?:the|its|their|[\w&.-]+['’]s?)\s+){1,2}equity\b/gi, name: (m) => (/^valu/i.test(m[0]) ? "equity value" : m[0].toLowerCase()) },
  { id: "break fee", example: { text: "Halvorsen would owe a termination fee of $215 million.", figure: "$215 million", metric: "termination fee" }, re: /\b(?:reverse )?(?:break|breakup|break-up|termination) fee\b|\breverse fee\b/gi, name: (m) => m[0].toLowerCase().replace(/break-?up/, "break") },
  { id: "bad loans", example: { text: "Gross bad loans eased to 1.97% of total advances.", figure: "1.97%", metric: "gross bad loans decline" }, re: /\b(?:gross |net )?(?:bad (?:debts?|loans)|non-performing (?:loans|assets)|NPAs?|NPLs?)\b/gi, name: (m) => m[0].toLowerCase().replace(/^(gross |net )?npas?$/, "$1bad loans").replace(/^(gross |net )?npls?$/, "$1bad loans") },
  // Banks' results: what they set aside for bad loans ("provisions for credit losses").
  { id: "credit losses", example: { text: "The lender set aside $1.2 billion for expected loan losses.", figure: "$1.2 billion", metric: "loan loss provisions" }, re: /\b(?:expected )?(?:loan|credit)[- ]loss(?:es)?(?: provisions?| reserves?| allowances?| charges?)?\b|\bprovisions? for (?:bad (?:loans|debts)|(?:loan|credit) losses)\b|\bloan[- ]loss provisions?\b|\bimpairment charges? on loans\b/gi, name: () => "loan loss provisions" },
  // "after setting aside £800m for motor finance compensation": money put aside for a cost to come (banks' and insurers' results).
  { id: "set aside", example: { text: "Lloyds set aside £800m for motor finance compensation in the quarter.", figure: "£800m", metric: "provision" }, re: /\b(?:set(?:s|ting)?|put(?:s|ting)?) aside\b(?!(?:[^.;]|\.(?=\d)){0,60}\b(?:loan|credit)[- ]loss)/gi, name: () => "provision" },
  { id: "deposits", example: { text: "Customer deposits fell 9% in the quarter.", figure: "9%", metric: "deposits decline" }, re: /\b(?:customer |total |core )?deposits\b/gi, name: () => "deposits" },
  { id: "capital ratio", example: { text: "Its CET1 ratio stood at 14.1% at the end of June.", figure: "14.1%", metric: "CET1 ratio" }, re: /\b(?:CET1|CET 1|common equity tier 1|core tier 1|tier 1 capital)(?: capital)?(?: ratio)?\b|\bcapital ratio\b|\bcost[- ]to[- ]income ratio\b|\bcapital adequacy(?: ratio)?\b/gi, name: (m) => (/adequacy/i.test(m[0]) ? "capital adequacy ratio" : /cost/i.test(m[0]) ? "cost-to-income ratio" : /capital ratio/i.test(m[0]) && !/tier|CET/i.test(m[0]) ? "capital ratio" : "CET1 ratio") },
  { id: "banking fees", example: { text: "Investment banking fees grew 16% in the quarter.", figure: "16%", metric: "investment banking fees growth" }, re: /\b(?:investment[- ]banking|advisory|underwriting|M&A|dealmaking|trading) fees\b/gi, name: (m) => m[0].toLowerCase().replace("investment-banking", "investment banking") },
  { id: "loan-to-value", example: { text: "The loan-to-value ratio fell to 13.2%.", figure: "13.2%", metric: "loan-to-value ratio" }, re: /\bloan-to-value(?: ratio)?\b|\bLTV\b/gi, name: () => "loan-to-value ratio" },
  { id: "loan growth", example: { text: "Loan growth slowed to about 2% in the quarter.", figure: "2%", metric: "loan growth" }, re: /\b(?:loan|lending|deposit|credit) growth\b/gi, name: (m) => m[0].toLowerCase() },
  // Indian banks' loan book: "Advances grew 14.2 per cent", "the advances grew 26 per cent" (Business Standard, Mint).
  { id: "advances", example: { text: "Advances grew 14.2 per cent year-on-year to Rs 4.12 lakh crore.", figure: "14.2 per cent", metric: "advances growth" }, re: /\b(?:[Gg]ross |[Nn]et |[Tt]otal )?[Aa]dvances\b(?=\s+(?:grew|rose|increased|fell|declined|expanded|jumped|climbed|were|stood|of|up|down)\b)/g, name: () => "advances" },
  // A loan book by kind: "Retail loans ... expanded 17 per cent; corporate lending edged up 3.5 per cent" (Indian and Gulf bank results).
  { id: "loans by kind", example: { text: "Retail loans expanded 17 per cent, while corporate lending edged up 3.5 per cent.", figure: "17 per cent", metric: "retail loans growth" }, re: /\b(?:retail|corporate|consumer|home|mortgage|personal|business|commercial|SME|auto|vehicle|gold|agricultural|farm)\s+(?:loans|lending|advances)\b/gi, name: (m) => m[0].toLowerCase() },
  { id: "loan", example: { text: "The buyer has lined up a bridge loan of $7 billion.", figure: "$7 billion", metric: "bridge loan" }, re: /\b(?:bridge )?loans?(?: book)?\b|\bfinancing\b/gi, name: (m) => m[0].toLowerCase() },
  // Airline traffic reports (IATA, A4A, carriers' monthly figures): traffic and capacity in passenger or seat
  // distance, unit revenue and unit costs per seat distance, cargo in tonne distance. Above "revenue", "cost"
  // and "traffic", whose words they contain ("Revenue passenger kilometres (RPK): 11.9 billion").
  { id: "airline traffic", example: { text: "Revenue passenger kilometres (RPK): 11.9 billion, up 9.6%", figure: "11.9 billion", metric: "revenue passenger kilometres" }, re: /\brevenue passenger (?:kilomet(?:re|er)s|miles)\b|\bRP[KM]s?\b/gi, name: (m) => (/mile|RPM/i.test(m[0]) ? "revenue passenger miles" : "revenue passenger kilometres") },
  { id: "airline unit revenue", example: { text: "It expects unit revenue, measured per available seat kilometre, to rise by about 3%.", figure: "3%", metric: "unit revenue growth" }, re: /\b(?:passenger |total )?unit revenues?\b|\b(?:passenger )?revenue per available seat (?:kilomet(?:re|er)|mile)\b|\b(?:P|T)?RAS[KM]\b/g, name: () => "unit revenue" },
  { id: "airline unit costs", example: { text: "Unit costs excluding fuel rose 2.2% in the month.", figure: "2.2%", metric: "unit costs growth" }, re: /\b[Uu]nit costs?\b|\bcost per available seat (?:kilomet(?:re|er)|mile)\b|\bCAS[KM](?:-ex)?\b/g, name: () => "unit costs" },
  { id: "airline capacity", example: { text: "Available seat kilometres (ASK): 13.6 billion, up 7.1%", figure: "13.6 billion", metric: "available seat kilometres" }, re: /(?<!\bper )\b[Aa]vailable seat (?:kilomet(?:re|er)s|miles)\b|\bAS[KM]s?\b/g, name: (m) => (/mile|ASM/i.test(m[0]) ? "available seat miles" : "available seat kilometres") },
  { id: "freight traffic", example: { text: "Freight tonne kilometres fell 4.3% to 182 million.", figure: "4.3%", metric: "freight tonne kilometres decline" }, re: /\b(?:freight|cargo) tonne[- ]kilomet(?:re|er)s\b|\bFTKs?\b|\bcargo traffic\b/gi, name: () => "freight tonne kilometres" },
  { id: "revenue per passenger", example: { text: "Ancillary revenue per passenger came to \u00a318.40.", figure: "\u00a318.40", metric: "ancillary revenue per passenger" }, re: /\b(?:ancillary |average )?revenues? per passenger\b|\bancillary revenues?\b/gi, name: (m) => m[0].toLowerCase().replace("revenues", "revenue") },
  { id: "fares", example: { text: "Bookings were 5% ahead, with average fares about 2% higher.", figure: "2%", metric: "average fare growth" }, re: /\b(?:average |air |ticket )?fares\b|\baverage (?:air |ticket )?fare\b/gi, name: (m) => (/average/i.test(m[0]) ? "average fare" : "fares") },
  // Hotels: the average daily rate beside RevPAR and occupancy (results releases, REIT calls).
  { id: "average daily rate", example: { text: "RevPAR grew 4.1%, driven by a 2.9% increase in average daily rate to $203.75.", figure: "$203.75", metric: "average daily rate" }, re: /\baverage daily (?:room )?rates?\b|\bADR\b/g, name: () => "average daily rate" },
  // Bond auctions and issues (Treasury, BTP, Bund sales; corporate deals): demand, allotments, spreads, coupons.
  { id: "bid-to-cover", example: { text: "The bid-to-cover ratio, a gauge of demand, came in at 2.41.", figure: "2.41", metric: "bid-to-cover ratio" }, re: /\bbid-to-cover(?: ratios?)?\b|\bcover ratios?\b|(?<=\btimes )the (?:amount|sum|size|debt|bonds|paper) (?:offered|on offer|on sale|sold)\b/gi, name: () => "bid-to-cover ratio" },
  { id: "auction allotment", example: { text: "Indirect bidders took 64.2% of the notes.", figure: "64.2%", metric: "indirect bidders' allotment" }, re: /\b(?:[Ii]ndirect|[Dd]irect) bidders\b|\b[Pp]rimary dealers\b/g, name: (m) => `${m[0].toLowerCase()}' allotment` },
  // "Italy's spread over German Bunds", "priced at a spread of 108 basis points": the noun, not the verb ("spread the cost").
  { id: "spread", example: { text: "Italy's spread over German Bunds widened by 4 basis points to 112 basis points.", figure: "4 basis points", metric: "spread growth" }, re: /(?<=\b(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir|credit|yield|bond|swap|risk|option-adjusted)\s|['’]s\s)spreads?\b/g, name: () => "spread" },
  // "priced to yield 5.45%, or 120 basis points over Treasuries": the spread over the benchmark, not a yield.
  { id: "spread over a benchmark", example: { text: "The 30-year note was priced to yield 5.45%, or 120 basis points over Treasuries.", figure: "120 basis points", metric: "spread" }, re: /(?<=\b(?:basis points?|bps?|bp|percentage points?)\s+)(?:over|above)\s+(?:the\s+)?(?:comparable\s+|benchmark\s+)?(?:Treasuries|Treasury|Bunds?|gilts?|mid-?swaps|SOFR|the benchmark|benchmark)\b/gi, name: () => "spread" },
  { id: "coupon", example: { text: "Its 10-year notes carry a coupon of 5.125%.", figure: "5.125%", metric: "coupon" }, re: /\bcoupons?\b/gi, name: () => "coupon" },
  // ("Chesapeake Energy's 8 per cent June 2027 bond was up": a bond named by its coupon and maturity.)
  { id: "coupon naming a bond", example: { text: "Kestrel Energy's 8 per cent June 2027 bond was up 7.25 per cent.", figure: "8 per cent", metric: "coupon" }, re: /(?<=\d(?:%|\s?per ?cent)\s)(?:[A-Z][a-z]+\s+)?(?:20\d\d\s+)?(?:senior\s+)?(?:bonds?|notes|debentures?)\b/g, name: () => "coupon", attributiveOnly: true },
  // REIT results (Singapore, Australian, Hong Kong trusts): the payout per unit and the rental income it comes from.
  { id: "distribution per unit", example: { text: "The trust's distribution per unit rose 3.4% from a year earlier.", figure: "3.4%", metric: "distribution per unit growth" }, re: /\b[Dd]istributions? per (?:stapled )?unit\b|\bDPU\b/g, name: () => "distribution per unit" },
  { id: "property income", example: { text: "Net property income rose 5.1% to S$98.2 million.", figure: "S$98.2 million", metric: "net property income" }, re: /\b(?:[Nn]et property|[Dd]istributable|(?:[Gg]ross |[Nn]et )?rental) income\b|\bNPI\b/g, name: (m) => (m[0] === "NPI" ? "net property income" : m[0].toLowerCase()) },
  // Banks: "fee and commission income", "the cost of risk" (European and Gulf bank results), before "income" and "cost".
  { id: "fee and commission income", example: { text: "Fee and commission income grew 6.8% to 1.42 billion euros.", figure: "1.42 billion euros", metric: "fee and commission income" }, re: /\b(?:net )?fees? and commissions? income\b|\b(?:net )?commission income\b/gi, name: () => "fee and commission income" },
  { id: "cost of risk", example: { text: "The cost of risk improved to 1.12% of loans.", figure: "1.12%", metric: "cost of risk" }, re: /\bcost of risk\b/gi, name: () => "cost of risk" },
  // Rating agencies' credit series: "expects the default rate to rise to 4.1%".
  { id: "default rate", example: { text: "The agency expects the default rate to rise to 4.1% by June.", figure: "4.1%", metric: "default rate" }, re: /\b(?:speculative-grade |high-yield |junk )?default rates?\b/gi, name: () => "default rate" },
  // "forecasts European high-yield defaults of 3.5% to 4.0%": the share of issuers that default (before "yield" takes "high-yield").
  { id: "defaults", example: { text: "Fitch Ratings forecasts European high-yield defaults of 3.5% to 4.0% next year.", figure: "3.5% to 4.0%", metric: "default rate" }, re: /\b(?:(?:speculative-grade|high-yield|junk|corporate|leveraged loan|loan)\s+)?defaults\b(?=\s+(?:of|at|to|rose|rise|fell|fall|will|would|could|were|are|is|was)\b)/gi, name: () => "default rate" },
  // Drug trials: "cut the risk of heart attack by 27% compared with placebo" is the trial's effect, not a cut.
  { id: "risk reduction", example: { text: "The drug cut the risk of heart attack by 27% compared with placebo.", figure: "27%", metric: "risk reduction" }, re: /\b(?:reduc(?:ed|es|ing|e)|cut(?:s|ting)?|lower(?:ed|s|ing)?|lowers)\s+(?:the\s+)?(?:relative\s+)?risk\b|\b(?:relative |absolute )?risk reduction\b|\breduction in (?:the )?risk\b/gi, name: () => "risk reduction" },
  { id: "share of patients", example: { text: "The drug cut the risk by 27%, and 64% of patients responded.", figure: "64%", metric: "share of patients" }, re: /(?<=%\s)of (?:the )?(?:patients|participants|subjects)\b/gi, name: () => "share of patients" },
  // Dividend press releases: the share of profit paid out and the payout over the share price, before "dividend" and "yield".
  { id: "payout ratio", example: { text: "The payout ratio was 42%, and the dividend yield stands at 3.1%.", figure: "42%", metric: "payout ratio" }, re: /\b(?:dividend )?payout ratio\b|\bdividend (?:yield|cover)\b/gi, name: (m) => (/yield/i.test(m[0]) ? "dividend yield" : /cover/i.test(m[0]) ? "dividend cover" : "payout ratio") },
  // Telecoms and platforms: revenue per user is a price, not the revenue.
  { id: "ARPU", example: { text: "Average revenue per user rose 4% to $11.20.", figure: "$11.20", metric: "average revenue per user" }, re: /\b(?:average )?revenue per (?:user|subscriber|member|customer|account)\b|\bARPU\b|\bARPA\b/gi, name: (m) => (/account|ARPA/i.test(m[0]) ? "average revenue per account" : "average revenue per user") },
  { id: "RevPAR", example: { text: "RevPAR fell 2.3% in the half.", figure: "2.3%", metric: "RevPAR decline" }, re: /\bRevPAR\b|\brevenue per available room\b/gi, name: () => "RevPAR" },
  { id: "occupancy", example: { text: "Occupancy was 82.4 per cent in the half.", figure: "82.4 per cent", metric: "occupancy" }, re: /\boccupancy\b/gi, name: () => "occupancy" },
  { id: "room rate", example: { text: "The average room rate was flat at \u00a381.60.", figure: "\u00a381.60", metric: "average room rate" }, re: /\b(?:average )?room rates?\b/gi, name: () => "average room rate" },
  { id: "wage", example: { text: "The national living wage will rise to \u00a312.71 an hour.", figure: "\u00a312.71", metric: "national living wage" }, re: /\b(?:national )?(?:living|minimum) wage\b|\bwages?\b|\b(?:regular|total|basic|average|weekly) pay\b|\bpay growth\b|\baverage (?:weekly |hourly )?earnings\b|\b(?:hourly|weekly) earnings\b/gi, name: (m) => m[0].toLowerCase().replace(/(?<!earning)s$/, "") },
  { id: "electricity", example: { text: "Data centres used 4.4% of all electricity last year.", figure: "4.4%", metric: "electricity consumption" }, re: /\belectricity\b|\b(?:power|energy) (?:consumption|demand|use)\b/gi, name: (m) => (/^energy/i.test(m[0]) ? "energy consumption" : "electricity consumption") },
  { id: "cash burn", example: { text: "The start-up has cut its cash burn to $20 million a quarter.", figure: "$20 million", metric: "cash burn" }, re: /\bcash burn\b|\bburn(?:ed|t)?\b/gi, name: () => "cash burn" },
  { id: "leverage", example: { text: "Leverage will peak at 3.1 times.", figure: "3.1 times", metric: "leverage" }, re: /\bleverage\b/gi, name: () => "leverage" },
  { id: "synergies", example: { text: "The merger should deliver synergies of $180 million a year.", figure: "$180 million", metric: "synergies" }, re: /\bsynerg(?:y|ies)\b/gi, name: () => "synergies" },
  { id: "bought back", example: { text: "The company bought back $2 billion of its stock.", figure: "$2 billion", metric: "share buyback" }, re: /\b(?:bought back|buy back|buying back|repurchased|(?:share |stock )?buy-backs?)\b/gi, name: () => "share buyback" },
  // ("has raised $640 million in a Series E round", "raised $6 billion in a five-part deal": what was raised, named by its verb.)
  { id: "proceeds", example: { text: "The listing raised $1.2 billion for the company.", figure: "$1.2 billion", metric: "amount raised" }, re: /\braising\b|\bproceeds\b|\braised\b(?= (?:about |roughly |nearly |more than )?(?:[$€£]|[A-Z]{3}\s?\d|HK\$|US\$))/gi, name: (m) => (/proceeds/i.test(m[0]) ? "proceeds" : "amount raised") },
  // Fund managers and buyout firms by their size: "Halden, which manages about $22 billion" (deal and funding stories).
  { id: "manages", example: { text: "Siriston, which manages about $48 billion, has spent $9 billion on deals.", figure: "$48 billion", metric: "assets under management" }, re: /\b(?:manages|managed|oversees|oversaw|overseeing|managing)\b(?= (?:about |roughly |nearly |more than |some |over |around )?(?:[$€£¥]|[A-Z]{3}\s?\d|HK\$|US\$|A\$|C\$|S\$))/gi, name: () => "assets under management" },
  { id: "stake", example: { text: "The fund owns 12.6% of the group.", figure: "12.6%", metric: "stake" }, re: /\b(?:owns?|owned|ownership|holds)\b/g, name: () => "stake" },
  { id: "number of", example: { text: "The number of paying users rose to 5.9 million.", figure: "5.9 million", metric: "paying users" }, re: /\bnumber of ((?:[\w-]+ ){0,3}?[\w-]+s)\b/gi, name: (m) => m[1]!.replace(/^(?:the|its|their) /i, "") },
  // Airlines, telecoms, platforms: "passenger numbers rose 9%", "subscribers grew 4%".
  { id: "customers counted", example: { text: "Passenger numbers rose 9% to 14.2 million in October.", figure: "9%", metric: "passengers growth" }, re: /\b(?:passenger numbers|passengers|passenger traffic|traffic|subscribers|customers|customer base|subscriber base|members|memberships|(?:paid )?net (?:additions|adds)|visitors|users|(?:comparable|same-store|comparable store) transactions|(?:ad )?impressions)\b/gi, name: (m) => m[0].toLowerCase().replace(/^passenger (?:numbers|traffic)$/, "passengers").replace(/^(customer|subscriber) base$/, "$1s") },
  // Asian closes (Reuters, AFP): "the Hang Seng rose 1.2% on turnover of HK$48 billion", "Turnover on the city's main board
  // rose to HK$142 billion": the value of shares traded, not a company's revenue.
  { id: "trading turnover", example: { text: "Market turnover was HK$250 billion on the day.", figure: "HK$250 billion", metric: "trading turnover" }, re: /\b(?:market|trading) turnover\b|\b(?:a|with) turnover of\b|(?<=\bon )turnover of\b|\b[Tt]urnover on the (?:[\w'’]+\s+){0,3}(?:board|exchange|market|bourse)\b/gi, name: () => "trading turnover" },
  // "earned $3.00 per share", "made CNY11.20 per ADS": a per-share result is EPS, not income.
  { id: "earned per share", example: { text: "On an adjusted basis, the company earned $3.00 per share.", figure: "$3.00", metric: "EPS" }, re: /\b(?:earn(?:ed|s|ing)?|made|makes|lost|loses)\b(?=\s+(?:an?\s+)?(?:(?:adjusted|diluted|about|roughly|nearly)\s+)*\S+(?:\s+(?:cents?|pence|p))?\s+(?:per|a|an)\s+(?:diluted\s+)?(?:share|ADS|ADR)\b)/gi, name: (m) => (/^los/i.test(m[0]) ? "loss" : "EPS") },
  // "JPMorgan earned $14.39 billion": an amount earned is the profit.
  { id: "earned", example: { text: "JPMorgan Chase (NYSE: JPM) earned $14.39 billion in the quarter.", figure: "$14.39 billion", metric: "profit" }, re: /\b(?:earned|earns)\b(?=\s+(?:(?:about|roughly|nearly|more than|a record)\s+)?(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?\d|Rs\.?\s?\d|R\d|\d+(?:\.\d+)?\s?(?:cents|pence|c|p)\b))/gi, name: () => "profit" },
  { id: "IPO price range", example: { text: "The company has fixed a price band of Rs 371-390 a share.", figure: "Rs 371-390", metric: "IPO price range" }, re: /\b(?:price band|(?:indicative|indicated|marketed|IPO|offer) (?:price )?range)\b/gi, name: () => "IPO price range" },
  { id: "IPO price", example: { text: "Lumora priced its IPO at $18 per share.", figure: "$18", metric: "IPO price" }, re: /\b(?:IPO|initial public offering|listing|issue) price\b|\bpriced (?:its |the |their )?(?:(?:IPO|initial public offering|shares|stock|offering|listing)\s+)?at\b/gi, name: () => "IPO price" },
  { id: "opening price", example: { text: "The stock opened at $22.10 on its first day.", figure: "$22.10", metric: "opening price" }, re: /\b(?:opened|debuted|opening|started trading|began trading)(?: trading| on the [A-Z][\w ]{0,20}?)? at\b|\bopening price\b/gi, name: () => "opening price" },
  // "approaches at 480p and 525p", "an offer of 566 pence a share": what a bidder offers per share.
  { id: "offer per share", example: { text: "The board rejected two earlier approaches at 480p and 525p.", figure: "480p", metric: "offer price" }, re: /\b(?:offer(?:ed|s|ing)?|bids?|approach(?:es)?|proposals?)\b(?=(?:[^.;]|\.(?=\d)){0,40}?(?:\d(?:p|\s?pence)\b|\b(?:per|a|for each|each)\s+(?:[\w-]+\s+)?share\b))|\boffer price\b/gi, name: () => "offer price" },
  { id: "EPS", example: { text: "Diluted earnings per share were $1.23.", figure: "$1.23", metric: "diluted EPS" }, re: /\b(?:(adjusted|diluted|GAAP|non-GAAP)\s+)?(?:earnings|profit|income) per (?:diluted )?(?:share|ADS|ADR)\b|\b(?:(adjusted|diluted)\s+)?EPS\b|\bper-share (?:earnings|profit)\b|\bearnings a share\b|\b(?:diluted )?headline earnings per share\b|\bHEPS\b/gi, name: (m) => {
    if (/headline|HEPS/i.test(m[0])) return "headline EPS";
    const basis = m[1] ?? m[2];
    return basis ? `${/GAAP/i.test(basis) ? basis.replace(/gaap/i, "GAAP") : basis.toLowerCase()} EPS` : "EPS";
  } },
  { id: "commitment", example: { text: "Alibaba has committed 380 billion yuan over three years to AI and cloud infrastructure.", figure: "380 billion yuan", metric: "spending commitment" }, re: /\b(?:committed|commitments?|pledged|earmarked|budgets?(?!\s+(?:carriers?|airlines?|hotels?|retailers?|chains?)\b)|budgeted)\b/gi, name: (m) => (/^budget/i.test(m[0]) ? "budget" : "spending commitment") },
  // ("funds under management" and "FUM" in Australian and UK fund managers' updates.)
  { id: "assets under management", example: { text: "Assets under management hit a record $13.46 trillion.", figure: "$13.46 trillion", metric: "assets under management" }, re: /\b[Aa]ssets under management\b|\bAUM\b|\b[Cc]lient assets\b|\b[Ff]unds under (?:management|administration)\b|\bFUM\b|\b[Aa]ssets under administration\b|\bAUA\b/g, name: (m) => (/^f/i.test(m[0]) ? "funds under management" : /admin|AUA/.test(m[0]) ? "assets under administration" : "assets under management") },
  // Wealth managers' inflow measure.
  { id: "net new money", example: { text: "Net new money reached $18 billion in the quarter.", figure: "$18 billion", metric: "net new money" }, re: /\bnet new (?:money|assets)\b/gi, name: (m) => m[0].toLowerCase() },
  // Fund-flow stories: "the ETF took in $640 million", "investors pulled $3.2 billion from money market funds".
  // Market reports' flows by investor group: "Foreign portfolio investors bought shares worth Rs 2,146 crore", "local
  // institutions sold a net Dh94 million", "foreign investors were net sellers of RM210 million" (Indian, Malaysian, Gulf closes).
  // "Foreign portfolio investors sold shares worth Rs 2,306 crore", and Yonhap's and the Malaysian dailies' fund-flow lines:
  // "Institutions and foreigners sold a combined 602 billion won", "Offshore investors offloaded a net 202.5 billion won",
  // "Retail investors and institutions bought a combined ...", "individuals' stock purchases valued at ...".
  { id: "investor group's net buying", example: { text: "Foreign portfolio investors sold shares worth Rs 2,306 crore on Friday.", figure: "Rs 2,306 crore", metric: "foreign portfolio investors net selling" }, re: new RegExp(String.raw`(?:${INVESTOR_GROUP}(?:\s+and\s+${INVESTOR_GROUP})?\s+(?:(?:were|was)\s+)?(?:net\s+)?(?:bought|sold|purchased|offloaded|dumped|scooped up|buyers|sellers|net-bought|net-sold)|${INVESTOR_GROUP}['’]\s+(?:net\s+)?(?:(?:stock|share|equity)\s+)?(?:purchases?|buying|selling|sales))\b`, "g"), name: investorFlowName },
  { id: "flows by verb", example: { text: "Investors pulled $3.2 billion from money market funds last week.", figure: "$3.2 billion", metric: "net outflows" }, re: /\b(?:took in|pulled in|attracted|drew in|raked in|gathered|poured|plowed|ploughed|funneled|funnelled|pulled|withdrew|yanked|redeemed)\b(?=\s+(?:a net\s+|net\s+|about\s+|nearly\s+|roughly\s+|more than\s+|some\s+)?(?:[$€£¥]|US\$|HK\$|A\$|C\$|[A-Z]{3}\s?\d))/gi, name: (m) => (/^(?:pulled|withdrew|yanked|redeemed)$/i.test(m[0]) ? "net outflows" : "net inflows") },
  { id: "flows", example: { text: "The fund drew net inflows of $205 billion in the quarter.", figure: "$205 billion", metric: "net inflows" }, re: /\b(?:net )?(?:inflows?|outflows?)\b/gi, name: (m) => (/out/i.test(m[0]) ? "net outflows" : "net inflows") },
  { id: "load factor", example: { text: "The airline flew with a load factor of 92%.", figure: "92%", metric: "load factor" }, re: /\bload factors?\b/gi, name: () => "load factor" },
  { id: "contract", example: { text: "The engine maker signed a £1.2billion contract to service a fleet.", figure: "£1.2billion", metric: "contract value" }, re: /\bcontracts?\b/gi, name: () => "contract value" },
  { id: "market size", example: { text: "It expects the total market for memory chips to reach about $100 billion by 2028.", figure: "$100 billion", metric: "market size" }, re: /\b(?:total |addressable )?market (?:for|size)\b|\btotal addressable market\b|\bTAM\b/g, name: () => "market size" },
  { id: "grants", example: { text: "It expects to receive about $6.1 billion in federal grants.", figure: "$6.1 billion", metric: "grants" }, re: /\b(?:grants?|subsid(?:y|ies))\b/gi, name: (m) => (/^subsid/i.test(m[0]) ? "subsidies" : "grants") },
  { id: "brought in", example: { text: "Memory chips brought in about $2.8 billion in the quarter.", figure: "$2.8 billion", metric: "revenue" }, re: /\bbrought in\b/gi, name: () => "revenue" },
  { id: "upfront payment", example: { text: "It paid an upfront fee of $350 million for the rights.", figure: "$350 million", metric: "upfront payment" }, re: /\b(?:upfront|up-front|milestone) (?:fees?|payments?)\b/gi, name: () => "upfront payment" },
  { id: "buyback authorization", example: { text: "That left $19.1 billion under its current authorization.", figure: "$19.1 billion", metric: "buyback authorization" }, re: /\b(?:buyback |repurchase )?authori[sz]ations?\b/gi, name: () => "buyback authorization" },
  // Oil and metals market balances (IEA, OPEC and producers' reports): what the world uses and supplies, counted in
  // barrels a day like a producer's output but not production ("world oil demand growing by 830,000 barrels a day").
  { id: "demand and supply", example: { text: "The agency now sees world oil demand growing by 830,000 barrels a day next year.", figure: "830,000", metric: "oil demand" }, re: /\b(?:(?:world|global)\s+)?(?:oil|crude|fuel|gasoline|diesel|jet fuel|LNG|gas|copper|steel|coal)\s+(?:demand|supply|consumption)\b|\b(?:demand|supply)\s+growth\b|\bsupply\s+(?=from\b)/gi, name: (m) => m[0].trim().toLowerCase().replace(/^(?:world|global)\s+/, "").replace(/^(demand|supply) growth$/, "$1") },
  { id: "inventories", example: { text: "Inventories were $2.07 billion at the end of the quarter.", figure: "$2.07 billion", metric: "inventories" }, re: /\binventor(?:y|ies)\b/gi, name: () => "inventories" },
  { id: "production", example: { text: "Production at the mine was 4% lower in the year.", figure: "4%", metric: "production decline" }, re: /\b(?:production|output)\b/gi, name: () => "production" },
  { id: "probability", example: { text: "Traders see a 25% chance of a rate rise this year.", figure: "25%", metric: "rate hike probability" }, re: /\b(?:chance|probability|odds|likelihood)\b/gi, name: probabilityName },
  { id: "market share", example: { text: "Its market share rose to 10.9%.", figure: "10.9%", metric: "market share" }, re: /(?<!-)\bmarket share\b(?!\s+(?:buy-?backs?|repurchases?|sales?|offers?|issues?))/gi, name: () => "market share" },
  { id: "margin", example: { text: "The gross margin narrowed to 41.2%.", figure: "41.2%", metric: "gross margin" }, re: /\b(?:(?:net interest|gross|operating|net|profit|EBITDA|adjusted EBITDA|EBITA|EBIT|free cash flow|FCF|pretax|pre-tax|interest|contribution|trading)\s+)?margins?\b/gi, name: (m) => m[0].replace(/s$/, "").toLowerCase().replace(/\bebit(?:da|a)?\b/, (w) => w.toUpperCase()).replace(/^fcf\b/, "free cash flow") },
  { id: "return on equity", example: { text: "Return on average equity was 11.2% in the quarter.", figure: "11.2%", metric: "return on average equity" }, re: /\b[Rr]eturn on (?:tangible |average )?(?:common )?(?:shareholders['’]? |stockholders['’]? )?(?:equity|assets|invested capital|capital)\b|\bRoTC?E\b|\bROTC?E\b|\bROE\b|\bROIC\b/g, name: (m) => m[0].toLowerCase() },
  // Economic series: "consumer prices", "the repo rate", "its benchmark rate" (not the benchmark index).
  { id: "price index", example: { text: "Consumer prices rose 0.3% in October.", figure: "0.3%", metric: "consumer prices" }, re: /\b(?:consumer|producer|factory-gate|wholesale|import|export|house|home) prices\b|\b(?:CPI|PPI)\b|\b(?:consumer|producer) price index\b|\b(?:core )?personal consumption expenditures?(?: \(PCE\))? price index\b|\b(?:core )?PCE\)?(?: price index| prices| inflation)?\b/gi, name: (m) => (/^[CP]PI$/i.test(m[0]) ? m[0].toUpperCase() : /PCE|personal consumption/i.test(m[0]) ? `${/^core/i.test(m[0]) ? "core " : ""}PCE price index` : m[0].toLowerCase()) },
  // "The average rate on a 30-year fixed mortgage stood at 6.41%" (Freddie Mac weekly survey stories).
  { id: "rate on a mortgage", example: { text: "The average rate on a 30-year fixed mortgage stood at 6.41% last week.", figure: "6.41%", metric: "mortgage rate" }, re: /\b(?:average )?rate on (?:a|the) (?:[\w-]+ ){0,3}?mortgages?\b/gi, name: () => "mortgage rate" },
  // Brazil's policy rate by its name: "its benchmark Selic rate at 14.25%" (not the benchmark index).
  { id: "named policy rate", example: { text: "The central bank held its benchmark Selic rate at 14.25%.", figure: "14.25%", metric: "selic rate" }, re: /\b(?:benchmark |key |policy )?(?:Selic|SELIC)(?: (?:policy |interest |overnight )?rate)?\b/g, name: () => "selic rate" },
  { id: "policy rate", example: { text: "The central bank kept its cash rate at 4.35%.", figure: "4.35%", metric: "cash rate" }, re: /\b(?:cash|repo|reverse repo|policy|benchmark|bank|base|federal funds|fed funds|overnight|lending|deposit(?: facility)?|(?:seven-day |one-year |five-year )?(?:reference|loan prime)|key|prime|interest|mortgage|unemployment|jobless|inflation|savings) rates?\b|(?<=\b(?:hold|holds|held|keep|keeps|kept|cut|cuts|raise|raises|raised|lift|lifts|lifted|lower|lowers|lowered|leave|leaves|left|hike|hikes|hiked)\s+(?:its\s+|their\s+)?)rates\b/gi, name: (m) => (/^rates$/i.test(m[0]) ? "interest rate" : m[0].toLowerCase().replace(/s$/, "")) },
  { id: "exchange rate", example: { text: "The Australian dollar held at US$0.6512.", figure: "US$0.6512", metric: "exchange rate" }, re: /\bexchange rates?\b|\b(?:Australian|Canadian|New Zealand|Singapore|Hong Kong|Taiwan) dollar\b|\b(?:Aussie|[Ss]terling)\b|\b[Tt]he local currency\b|(?<=\b[Tt]he )(?:pound|euro|yen|yuan|renminbi|rupee|rand|ringgit|won|lira|peso|real|franc|dollar|greenback)\b(?! (?:index|zone|area))/g, name: () => "exchange rate" },
  { id: "dollar index", example: { text: "The dollar index rose 0.2% to 104.3.", figure: "0.2%", metric: "dollar index" }, re: /\bdollar index\b/gi, name: () => "dollar index" },
  // "Brent crude", "gold", "iron ore": a commodity's price (not "Barrick Gold" or "Gold Fields"; "Arabica coffee" is a grade).
  { id: "commodity", example: { text: "Brent crude rose 0.7% to $82.14 a barrel.", figure: "0.7%", metric: "oil price change" }, re: /\b(?:Brent(?: crude)?(?: futures)?|U\.S\. crude|WTI|West Texas Intermediate|(?<!\b(?:barrels|tonnes|tons|ounces|cargoes|shipments) of )crude(?: oil)?(?: futures)?|oil prices?)\b|\b(?:[Bb]itcoin|[Ee]ther(?:eum)?(?= (?:rose|fell|gained|lost|slipped|jumped|climbed|dropped|was|traded)))\b|\b(?:[Ss]pot|Comex|COMEX) (?:[Gg]old|[Ss]ilver|[Pp]latinum|[Pp]alladium|[Cc]opper)\b|\b(?:[Gg]old|[Ss]ilver|[Cc]opper|[Pp]latinum|[Pp]alladium|[Ii]ron ore|[Nn]atural gas|[Aa]luminium|[Aa]luminum|[Nn]ickel|[Zz]inc|[Ww]heat|[Cc]orn|[Ss]oybeans|[Cc]ocoa|[Cc]offee|[Pp]alm oil|[Bb]ullion)\b(?<!\b(?!(?:Arabica|Robusta) )[A-Z][\w&.-]* (?:Gold|Silver|Copper|Platinum|Palladium|Iron ore|Iron Ore|Natural gas|Natural Gas|Aluminium|Aluminum|Nickel|Zinc|Wheat|Corn|Soybeans|Cocoa|Coffee|Palm oil|Palm Oil))(?! (?:(?!Futures\b|Prices?\b)[A-Z]|miner|miners|producer|producers|stocks|shares|index|farmers|growers|exports|imports|production|output|shipments))/g, name: (m) => (/^(?:brent|crude|wti|west texas|oil|u\.s\. crude)/i.test(m[0]) ? "oil price" : (/^bullion$/i.test(m[0]) ? "gold price" : `${m[0].toLowerCase().replace(/^(?:spot|comex) /, "")} price`)) },
  { id: "index", example: { text: "The benchmark index fell 1.2% on Monday.", figure: "1.2%", metric: "index change" }, re: new RegExp(String.raw`\b(?:index|(?<!\b(?<!Stock )(?:Price|Prices)\s|\b(?:Managers['’]|Confidence|Sentiment|Production)\s)Index|benchmark|blue[- ]chips?|${alternation(INDEX_CUE_NAMES)})\b`, "g"), name: () => "index", index: true },
  { id: "EBITDA", example: { text: "Its adjusted EBITDA came to $352 million.", figure: "$352 million", metric: "adjusted EBITDA" }, re: /\b(?:([Aa]djusted)\s+)?(EBITDA|EBITA|EBIT|Ebitda|Ebita|Ebit)\b/g, name: (m) => (m[1] ? `adjusted ${m[2]!.toUpperCase()}` : m[2]!.toUpperCase()) },
  { id: "cash flow", example: { text: "Free cash flow was $1.1 billion.", figure: "$1.1 billion", metric: "free cash flow" }, re: /\b(?:free cash flow|operating cash flows?|cash flows? from operati(?:ons|ng activities)|cash flow)\b/gi, name: (m) => (/operati/i.test(m[0]) ? "operating cash flow" : m[0].toLowerCase()) },
  { id: "named profit", example: { text: "Operating profit came to \u00a391m.", figure: "\u00a391m", metric: "operating profit" }, re: /\b(?:(adjusted|attributable|underlying|statutory|headline|reported)\s+)?(?:net (?:income|profit|earnings)|operating (?:income|profits?|earnings)|pre-?tax (?:income|profit|earnings)|gross profit|core (?:profit|earnings))\b(?!\s+(?:before|after)\s+(?:income\s+)?tax)/gi, name: (m) => m[0].toLowerCase() },
  // UK and Australian results: "profit before tax", "net profit after tax", "PBT", "NPAT".
  { id: "profit before tax", example: { text: "Adjusted profit before tax was \u00a3341m in the half.", figure: "\u00a3341m", metric: "adjusted pre-tax profit" }, re: /\b(?:([Aa]djusted|[Uu]nderlying|[Ss]tatutory|[Rr]eported)\s+)?(?:(?:[Nn]et )?([Pp]rofits?|[Ll]oss|[Ee]arnings) (before|after) (?:income )?tax(?:ation|es)?|PBT|NPAT)\b/g, name: (m) => {
    if (m[2] === undefined) return `${m[1] ? `${m[1].toLowerCase()} ` : ""}${/PBT/.test(m[0]) ? "pre-tax profit" : "net profit"}`;
    const what = m[2].toLowerCase() === "loss" ? "loss" : "profit";
    return `${m[1] ? `${m[1].toLowerCase()} ` : ""}${m[3]!.toLowerCase() === "before" ? `pre-tax ${what}` : `net ${what}`}`;
  } },
  { id: "income", example: { text: "Net interest income rose to $6.5 billion.", figure: "$6.5 billion", metric: "net interest income" }, re: /\b(?:(?:net )?interest |non-?interest |trading |fee |total |taxable )?income\b/gi, name: (m) => m[0].toLowerCase() },
  { id: "loss", example: { text: "The net loss was $85 million.", figure: "$85 million", metric: "net loss" }, re: /\b(?<!-)(?:net|operating|quarterly|annual)?\s?(?<!-)loss(?:es)?\b/gi, name: (m) => (m[0].trim().toLowerCase().startsWith("loss") ? m[0].trim().toLowerCase() : m[0].trim().toLowerCase().replace(/es$/, "")) },
  // "Sales at its cloud unit rose 28%": a segment's revenue, named by the unit.
  // "Cost of sales rose 4%": a cost, though it names sales.
  { id: "cost of sales", example: { text: "Cost of sales rose 4% to $2.9 billion.", figure: "$2.9 billion", metric: "cost of sales" }, re: /\bcosts? of (?:sales|revenues?|goods sold)\b|\bCOGS\b/gi, name: (m) => (/goods|COGS/i.test(m[0]) ? "cost of goods sold" : `cost of ${m[0].toLowerCase().replace(/^costs? of /, "")}`) },
  { id: "unit revenue", example: { text: "Revenue at its cloud unit rose 28% to $11.4 billion.", figure: "$11.4 billion", metric: "cloud revenue" }, re: /\b(?:revenues?|sales)\s+(?:at|from|in)\s+(?:its|the|their)\s+((?:[\w&-]+\s+){1,3}?)(?:unit|division|business|segment|arm)\b/gi, name: (m) => `${m[1]!.trim().toLowerCase()} revenue` },
  // Some companies call their segments groups (Intel's Client Computing Group, Citi's Institutional Clients
  // Group, Alibaba's Cloud Intelligence Group): capitalised and named, it is a segment; "the group" is the company.
  { id: "named group's revenue", example: { text: "Revenue at the Client Computing Group fell 7% to $7.9 billion.", figure: "$7.9 billion", metric: "client computing revenue" }, re: /\b(?:[Rr]evenues?|[Ss]ales)\s+(?:at|from|in)\s+(?:its|the|their|[A-Z][\w&.-]*['’]s)\s+((?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){1,4}?)Group\b|\b[A-Z][\w&.-]*['’]s\s+((?:[A-Z][\w&'’-]*\s+(?:(?:and|&)\s+)?){1,4}?)Group(?:['’]s)?\s+(?:(?:grew|increased|lifted|raised|posted|reported)\s+)?(?:its\s+)?(?:revenues?|sales)\b/g, name: (m) => `${(m[1] ?? m[2])!.trim().toLowerCase()} revenue` },
  // Results wires give each segment its own line: "The Tax & Accounting unit reported revenue of $359 million",
  // "In its Financial & Risk segment, revenue fell 7%": the unit named before the measure, not the group's revenue.
  { id: "unit's own revenue", example: { text: "The Tools & Outdoor segment reported revenue of $1.46 billion, down 9% from a year earlier.", figure: "$1.46 billion", metric: "tools & outdoor revenue" }, re: /(?<=\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:[\w&'’-]+\s+){0,2}[\w&'’-]+)\s+(?:unit|division|business|segment|arm)\s+(?:also\s+)?(?:reported|posted|had|generated|booked|recorded|saw)\s+(?:(?:a|an|record|total|net)\s+)?)(?:revenues?|sales)\b/g, name: (m) => `${m[1]!.toLowerCase()} revenue` },
  { id: "revenue in a unit's clause", example: { text: "In its Building Systems unit, sales were flat at $3.05 billion.", figure: "$3.05 billion", metric: "building systems revenue" }, re: /(?<=\b(?:[Ii]n|[Aa]t|[Ff]or)\s+(?:its|the|their)\s+((?:[\w&'’-]+\s+){0,2}[\w&'’-]+)\s+(?:unit|division|business|segment|arm)(?:,\s+(?:which|where|whose)\s+[^,.;]{1,90})?,\s+(?:(?:the|its|total|net)\s+)?)(?:revenues?|sales)\b/g, name: (m) => `${m[1]!.toLowerCase()} revenue` },
  { id: "revenue", example: { text: "Cloud revenue was $9.7 billion.", figure: "$9.7 billion", metric: "cloud revenue" }, re: new RegExp(String.raw`\b(?<!['’])(?:(${REVENUE_SEGMENTS})\s(?:net\s)?)?(?:revenues?|sales|turnover|top line)\b`, "gi"), name: (m) => {
    // "Net sales increased 4%", "robot sales fell 8.8%": the measure is named as written, sales or revenue
    // (lib/verify reads both as revenue).
    const word = /sales$/i.test(m[0]) ? "sales" : "revenue";
    if (!m[1]) return word;
    const segment = m[1].toLowerCase().replace(/^data-?center$/, "data center");
    return `${segment} ${word}`;
  } },
  // Nigerian and Ghanaian banks' top line: "gross earnings rose 62%" is revenue, not profit (BusinessDay, Nairametrics).
  { id: "gross earnings", example: { text: "Zenith Bank's gross earnings rose 62% in the nine months.", figure: "62%", metric: "gross earnings growth" }, re: /\b[Gg]ross earnings\b/g, name: () => "gross earnings" },
  { id: "profit", example: { text: "Profits were \u00a362m in the half.", figure: "\u00a362m", metric: "profit" }, re: /\b(adjusted\s+)?(?:profits?|(earnings)|bottom line)\b/gi, name: (m) => `${m[1] ? "adjusted " : ""}${m[2] ? "earnings" : "profit"}` },
  // "Free cash flow before dividends was £600m": what a measure is taken before or after is no measure of its own.
  { id: "before dividends", example: { text: "Free cash flow before dividends was \u00a3600m.", figure: "\u00a3600m", metric: "free cash flow" }, re: /\b(?:before|after) (?:dividends|dividend payments)\b/gi, name: () => "", none: true },
  { id: "dividend", example: { text: "The board declared a final dividend of 310 cents.", figure: "310 cents", metric: "dividend" }, re: /\b(?:dividends?|payout)\b/gi, name: () => "dividend" },
  { id: "buyback", example: { text: "It announced a share buyback of $5 billion.", figure: "$5 billion", metric: "share buyback" }, re: /\b(?:share |stock )?(?:buybacks?|repurchases?)\b/gi, name: () => "share buyback" },
  { id: "capital spending", example: { text: "Capital expenditure will be $92 billion this year.", figure: "$92 billion", metric: "capital spending" }, re: /\b(?:capital expenditures?|capex|capital spending|capital investments?)\b/gi, name: () => "capital spending" },
  { id: "market value", example: { text: "That gives the company a market value of $23.7 billion.", figure: "$23.7 billion", metric: "market value" }, re: /\bmarket (?:value|capitalization|capitalisation|cap)\b|\bm-cap\b|\bvaluing\b|\b(?:in|off|from) (?:its |their |the )?value\b/gi, name: () => "market value" },
  { id: "shareholder returns", example: { text: "The bank returned $3.8 billion to shareholders.", figure: "$3.8 billion", metric: "shareholder returns" }, re: /\breturn(?:s|ed|ing)?\b(?=(?:[^.]|\.(?=\d)){0,40}\bshareholders\b)|\bshareholder (?:returns|distributions|payouts)\b|\bcapital returns?\b/gi, name: () => "shareholder returns" },
  { id: "cost savings", example: { text: "The plan will save $1.3 billion a year.", figure: "$1.3 billion", metric: "cost savings" }, re: /\b(?:cost )?sav(?:e|es|ed|ing|ings)\b/gi, name: () => "cost savings" },
  { id: "GMV", example: { text: "GMV was RMB1,457.6 billion in the period.", figure: "RMB1,457.6 billion", metric: "GMV" }, re: /\bgross merchandise (?:volume|value)\b|\bGMV\b/g, name: () => "GMV" },
  { id: "orders", example: { text: "Deliveries were 497,099 in the quarter.", figure: "497,099", metric: "deliveries" }, re: /\b(?:orders|bookings|backlog|shipments|deliveries|delivered|shipped)\b/gi, name: (m) => m[0].toLowerCase().replace(/^delivered$/, "deliveries").replace(/^shipped$/, "shipments") },
  { id: "spending", example: { text: "The group will invest $4 billion in new plants.", figure: "$4 billion", metric: "investment" }, re: /\b(?:invest(?:ment|ments|ing|ed|s)?|spend(?:ing|s)?|spent|outlays?)\b/gi, name: (m) => (/^(?:invest|outlay)/i.test(m[0]) ? "investment" : "spending"), spend: true },
  // ("The Australian dollar bought 65.12 U.S. cents": a currency that buys is its exchange rate, no purchase.)
  { id: "purchase", example: { text: "The fund bought $300 million of the stock.", figure: "$300 million", metric: "stock purchase" }, re: /\b(?:purchased?|purchases|purchasing|(?<!\b(?:dollar|euro|pound|yen|yuan|renminbi|rupee|rand|sterling|franc|krona|krone|won|peso|ringgit|baht|lira|real)\s)bought|buys?|buying|paid|pay(?= (?:about |roughly |nearly |up to |more than )?(?:[$€£¥]|US\$|HK\$|[A-Z]{3} ?\d|\d))|pays|paying|stake|holdings|sold|sells|selling|sale of|sell(?=\s(?:[^.;]){0,60}?\bfor\s+(?:about\s+|roughly\s+)?(?:[$€£¥]|R\s?\d|Rs|[A-Z]{2,3}\$?\s?\d)))\b/g, name: (m) => (/stake|holding/i.test(m[0]) ? "stake" : /^s/.test(m[0]) ? "sale" : "purchase"), spend: true },
  { id: "short interest", example: { text: "Short interest stands at 18% of the float.", figure: "18%", metric: "short interest" }, re: /\bshort interest\b|\bof the float\b/gi, name: () => "short interest" },
  { id: "acquisition", example: { text: "The acquisition, for $6.1 billion, closes in May.", figure: "$6.1 billion", metric: "acquisition price" }, re: /\b(?:acquisitions?|acquire[sd]?|acquiring|takeover)\b/gi, name: () => "acquisition price" },
  { id: "deal", example: { text: "The deal is for $3.2 billion.", figure: "$3.2 billion", metric: "deal value" }, re: /\b(?:merger|deal|transaction|bid(?!-to-cover)|offer)\b/gi, name: () => "deal value" },
  { id: "valuation", example: { text: "The round gave the start-up a valuation of $20 billion.", figure: "$20 billion", metric: "valuation" }, re: /\b(?:(?<!\b(?:purchases|purchase|sales|buying|selling)\s)valued at|valuation)\b|\bvalu(?:e|es|ed)\s+(?:it|them|the (?:company|group|firm|business|bank|lender|start-?up)|[A-Z][\w&.-]*)\s+at\b|(?<=(?:\b(?:be|is|are|was|were)|,) )worth\b/gi, name: (m) => (/\b(?:stake|holding)\b/i.test(m.input.slice(Math.max(0, m.index - 40), m.index)) ? "stake value" : "valuation") },
  { id: "funding", example: { text: "The start-up closed a funding round of $150 million.", figure: "$150 million", metric: "funding" }, re: /\b(?:funding|fundraising|financing|investment round)\b/gi, name: () => "funding" },
  { id: "fee income", example: { text: "Fees and commissions were $2.2 billion.", figure: "$2.2 billion", metric: "fee income" }, re: /\b(?:fees|commissions)\b/gi, name: () => "fee income" },
  { id: "discount", example: { text: "The new shares were placed at a 6% discount to the last close.", figure: "6%", metric: "discount" }, re: /\bdiscount\b(?! (?:retailer|chain|stores?|grocer|airline|brokerage|rate))/gi, name: () => "discount" },
  { id: "subscription", example: { text: "The retail tranche was subscribed 151 times.", figure: "151 times", metric: "subscription multiple" }, re: /\b(?:over-?subscribed|subscribed|subscription)\b(?! (?:revenue|sales|fees|business))|\b(?:was|were|been)\s+covered\b(?=\s+(?:about\s+|more than\s+|nearly\s+)?[\d.,]+\s*(?:times|x)\b)/gi, name: () => "subscription" },
  { id: "premium", example: { text: "The premium is 44% on the undisturbed price.", figure: "44%", metric: "premium" }, re: /\bpremium\b/gi, name: () => "premium" },
  // Banks' set-asides named bare: "Provisions slipped 21 per cent", "the overall provisions moved up" (Indian bank results).
  { id: "provisions", example: { text: "Provisions slipped 21 per cent to Rs 612 crore.", figure: "Rs 612 crore", metric: "provisions" }, re: /\b(?:[Tt]otal |[Oo]verall )?[Pp]rovisions\b(?!\s+(?:of|in)\s+the\s+(?:deal|agreement|law|bill|contract))/g, name: () => "provisions" },
  { id: "charge", example: { text: "The bank took a charge of $1.5 billion.", figure: "$1.5 billion", metric: "charge" }, re: /\b(?:charges?|write-?downs?|impairments?|provisions?|fines?|penalt(?:y|ies))\b/gi, name: (m) => m[0].toLowerCase().replace(/ies$/, "y").replace(/s$/, "") },
  { id: "debt", example: { text: "Net debt stood at \u00a33.4bn.", figure: "\u00a33.4bn", metric: "net debt" }, re: /\b(?:net debt|debt|borrowings|net cash|cash (?:and (?:cash )?equivalents|pile|position|reserves))\b/gi, name: (m) => m[0].toLowerCase() },
  { id: "volume", example: { text: "Volumes fell 4% in Europe.", figure: "4%", metric: "volumes decline" }, re: /\bvolumes?\b/gi, name: (m) => m[0].toLowerCase() },
  { id: "cost", example: { text: "Costs were $1.1 billion in the quarter.", figure: "$1.1 billion", metric: "costs" }, re: /\b(?:costs?|expenses?|expenditures?)\b/gi, name: (m) => m[0].toLowerCase() },
  { id: "tax", example: { text: "Most expect the Chancellor to raise taxes by about £20bn a year.", figure: "£20bn", metric: "tax" }, re: /(?<!\binterest,? (?:and )?)\btax(?:es)?\b(?! rates?\b)/gi, name: () => "tax" },
  { id: "cash", example: { text: "The group held $12 billion of cash.", figure: "$12 billion", metric: "cash" }, re: /\bcash\b/gi, name: () => "cash" },
  { id: "economic growth", example: { text: "Economists polled by Reuters expect the economy to grow 2.1% this year.", figure: "2.1%", metric: "economic growth" }, re: /\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][a-z]+['’]s) (?:(?:U\.S\.|U\.K\.|US|UK|[A-Z][a-z]+|euro[- ]zone|eurozone|global|world)\s)?economy\b|\b(?:economic|[Gg]lobal|[Ww]orld|GDP) growth\b/g, name: () => "economic growth" },
  { id: "macro", example: { text: "Inflation was 3.2% in May.", figure: "3.2%", metric: "inflation" }, re: /\b(?:(?:core|headline|services|goods|underlying) )?inflation\b|\b(?:GDP|yields?|yielding|unemployment|tariffs?)\b|\bgross domestic product\b/gi, name: (m) => (/^gross/i.test(m[0]) ? "GDP" : /^yielding$/i.test(m[0]) ? "yield" : m[0].replace(/s$/, "").replace(/^(?!GDP)\w+/, (w) => w.toLowerCase())) },
  { id: "share price", example: { text: "The shares closed at $47.10.", figure: "$47.10", metric: "share price" }, re: /\b(?:(?:[A-Z][\w-]*-listed |Hong Kong-listed |U\.S\.-listed )?(?:[Ss]hares|[Ss]tocks?|ADRs|ADSs|American Deposit[ao]ry (?:Shares|Receipts))|share price|stock price|the stock|[Tt]he scrip)\b/g, name: () => "share price", share: true },
  // Last: "taking the rate to 3%" names a rate when no more specific words do.
  { id: "the rate", example: { text: "Two more cuts would take the rate to 3% by the middle of next year.", figure: "3%", metric: "rate" }, re: /\b(?:the|its|their) rate\b/gi, name: () => "rate" },
  { id: "price", example: { text: "The price of the new handset is $999.", figure: "$999", metric: "price" }, re: /\b(?:prices?|priced at)\b(?!\s+in\s+(?:an?|some|about|around|roughly|more than|the)\s)/gi, name: (m) => (/^prices$/i.test(m[0]) ? "prices" : "price") },

];

/**
 * The figure's head phrase named as its measure when no rule above knows its words
 * (metric-head.ts; metricOf reads it, it scans nothing).
 */
export const HEAD_PHRASE_RULE: MetricRule = {
  id: "head noun phrase",
  example: { text: "Trenton Air said passenger numbers rose 4.2% in October, and capacity grew 3.8%.", figure: "3.8%", metric: "capacity growth" },
  re: /(?!)/g,
  name: () => "",
};

/**
 * The metric rules that no single word decides (metricOf in attributes.ts, the carry in index.ts),
 * each with an example sentence that rules.test.ts runs through extractFacts.
 */
export const METRIC_CONTEXT_EXAMPLES: readonly { name: string; text: string; figure: string; metric: string }[] = [
  { name: "pronoun refers back", text: "Operating profit was the highlight. It rose 12% to €1.9 billion.", figure: "€1.9 billion", metric: "operating profit" },
  { name: "the figure refers back", text: "Revenue was $4.2 billion in the quarter, while the figure for the quarter before was $3.9 billion.", figure: "$3.9 billion", metric: "revenue" },
  { name: "outlook noun refers back", text: "Alphabet raised its 2025 capital spending forecast to $85 billion.\n\nMeta narrowed its range for the year to $66 billion to $72 billion.", figure: "$66 billion to $72 billion", metric: "capital spending" },
  { name: "estimates line up with results", text: "Harbridge Foods (HBF) expects revenue of $3.56 billion and earnings of $5.85 a share. Analysts had been looking for $3.61 billion and $6.02 a share.", figure: "$3.61 billion", metric: "revenue" },
  { name: "a bare estimate lines up with the per-share result", text: "Lam Research (LRCX) posted earnings of $1.26 a share on revenue of $5.32 billion. Analysts polled by FactSet had been looking for $1.19 and $5.21 billion.", figure: "$1.19", metric: "EPS" },
  { name: "a ratio named as the multiple's measure", text: "The bid-to-cover ratio, a gauge of demand, was 2.51 times.", figure: "2.51 times", metric: "bid-to-cover ratio" },
  { name: "a market move past a whose-aside", text: "Rivals fell. Harlan Bio (NYSE: HRB), whose lead drug brought in $2.1 billion in sales last quarter, fell 3.1% to $212.40.", figure: "3.1%", metric: "share price change" },
  { name: "two names moving alike", text: "Airlines rallied as oil eased. Ryanair and Wizz Air each gained about 3% in London.", figure: "3%", metric: "share price change" },
  { name: "an offer book covered", text: "The retail tranche was oversubscribed 900 times, and the institutional book was covered 41 times.", figure: "41 times", metric: "subscription multiple" },
  { name: "a sector's move", text: "Most sectors finished lower. Energy was the worst, sliding 2.1%, followed by utilities, which lost 0.9%.", figure: "0.9%", metric: "utilities sector change" },
  { name: "a head phrase names what a unit counts", text: "Holdings of the Northgate Gold Trust rose 3.1 tonnes to 842.6 tonnes.", figure: "842.6 tonnes", metric: "holdings" },
  { name: "an index's own figure", text: "In Australia, the S&P/ASX 200 closed down 0.4% at 8,214.90.", figure: "0.4%", metric: "index change" },
  { name: "index points with a direction", text: "The Nasdaq Composite added 1.1%, while the Dow fell 120 points.", figure: "120 points", metric: "index change" },
  { name: "bare move after a measured figure", text: "HDFC Bank rose 2.3% after it reported a net profit of Rs 17,420 crore for the quarter, up 8.6% from Rs 16,041 crore.", figure: "8.6%", metric: "net profit growth" },
  { name: "part of a measure", text: "Its electrified vehicles made up 46.7% of sales.", figure: "46.7%", metric: "share of sales" },
  { name: "offering named after the amount", text: "The company fixed a price band for the Rs 11,327-crore issue.", figure: "Rs 11,327-crore", metric: "offering size" },
  { name: "cash after a balance verb", text: "It ended the period with $1.04 billion in cash and no debt.", figure: "$1.04 billion", metric: "cash" },
  { name: "words past with", text: "Sales at Morrisons fell 3.8% with its market share down to 10.9%.", figure: "3.8%", metric: "sales decline" },
  { name: "listed name then its move", text: "The largest risers on the FTSE 100 were Aviva, up 20.7p to 409p, and Legal & General, up 6.7p.", figure: "20.7p", metric: "share price change" },
  { name: "daily volume is production", text: "Nordvik Energy said output averaged 1.21 million barrels a day in the quarter.", figure: "1.21 million", metric: "production" },
  { name: "connective aside in a market report", text: "N Brown, however, tumbled 11.69% to 246.20p after a profit warning.", figure: "11.69%", metric: "share price change" },
  { name: "shares traded are a volume", text: "Volume on U.S. exchanges was 11.4 billion shares.", figure: "11.4 billion", metric: "volume" },
  { name: "deal price restated per share", text: "Corvane (CRV) agreed to buy Halvorsen for $6.1 billion in cash, or $48.50 a share.", figure: "$48.50", metric: "offer price" },
  { name: "shares of a company worth", text: "Ark Invest bought 1.2 million shares of Alibaba worth about $170 million.", figure: "$170 million", metric: "stock purchase" },
  { name: "bracketed conversion", text: "Adjusted EBITA rose to 6.42 billion Swedish crowns ($684 million).", figure: "$684 million", metric: "adjusted EBITA" },
  // Wire copy puts each sentence in its own paragraph.
  { name: "it refers back across a paragraph break", text: "Brennick Tools reported quarterly revenue of $2.3 billion.\n\nIt rose 6% from a year earlier.", figure: "6%", metric: "revenue growth" },
  { name: "that refers back across a paragraph break", text: "Operating profit at Castora fell to \u20ac410 million in the quarter.\n\nThat was 12% below the same period last year.", figure: "12%", metric: "operating profit decline" },
  { name: "a share move carried across a paragraph break", text: "Shares of Halden Bank (HLD) rose 3.2% on Tuesday.\n\nThey have gained 21% this year.", figure: "21%", metric: "share price change" },
  { name: "it after an index's move", text: "The S&P 500 rose 0.8% to 6,120.4.\n\nIt is up 14% so far this year.", figure: "14%", metric: "index change" },
  { name: "the figure opens the sentence, the base a later clause", text: "Dunmore Foods said net income was $88 million.\n\nThe figure compared with $71 million a year ago.", figure: "$71 million", metric: "net income" },
  { name: "a housing series by its short name", text: "Permits slipped 1.2% to a 1.31 million-unit rate last month.", figure: "1.2%", metric: "building permits decline" },
  { name: "an airline's revenue line", text: "Passenger revenue rose 9% to $3.4 billion in the third quarter.", figure: "$3.4 billion", metric: "passenger revenue" },
  { name: "a restaurant's transactions counted", text: "Comparable transactions declined 1.3% in the quarter.", figure: "1.3%", metric: "comparable transactions decline" },
  { name: "inflation with its qualifier", text: "Core inflation eased to 2.8% in October.", figure: "2.8%", metric: "core inflation" },
  { name: "the PCE gauge is a price index, not a stock index", text: "The core PCE price index rose 0.2% in September.", figure: "0.2%", metric: "core PCE price index" },
  { name: "hourly earnings are pay, not profit", text: "Average hourly earnings rose 0.3% in the month.", figure: "0.3%", metric: "average hourly earnings growth" },
  { name: "the economy opening a sentence", text: "The economy grew at an annualised 2.8% pace in the third quarter.", figure: "2.8%", metric: "economic growth" },
  { name: "a price objective is a price target", text: "Morgan Stanley raised its rating on Keel Foods (KEEL) to overweight and lifted its price objective to $88.", figure: "$88", metric: "price target" },
  { name: "estimators in a paragraph of their own", text: "Tessaly (TSLY) expects second-quarter sales of about $620 million.\n\nWall Street had forecast $640 million.", figure: "$640 million", metric: "sales" },
  { name: "spot gold", text: "Spot gold was steady at $2,388.10 an ounce.", figure: "$2,388.10", metric: "gold price" },
  { name: "a grain by its name", text: "Wheat futures rose 1.8% to $5.62 a bushel.", figure: "1.8%", metric: "wheat price change" },
  { name: "a commodity opening a sentence", text: "Natural gas futures fell 3.3% on Monday.", figure: "3.3%", metric: "natural gas price change" },
  { name: "a company named after a commodity", text: "Gold Fields fell 3% in Johannesburg.", figure: "3%", metric: "share price change" },
  // (A place, an exchange or "Benchmark" before a lower-case commodity is no company: "Barrick Gold" is.)
  { name: "a commodity after a place", text: "Dalian iron ore futures fell 2.4% to 742 yuan a tonne.", figure: "2.4%", metric: "iron ore price change" },
  { name: "a commodity after a capitalised adjective", text: "Benchmark copper on the LME lost 0.9% to $10,912 a tonne.", figure: "$10,912", metric: "copper price" },
  { name: "a commodity after a country", text: "U.S. natural gas futures rose 3% to $3.40.", figure: "3%", metric: "natural gas price change" },
  { name: "a company that ends in a commodity", text: "Barrick Gold rose 2% to $20.10.", figure: "2%", metric: "share price change" },
  { name: "they refer back", text: "Sales were weak in the quarter. They fell 9% to €2.84 billion.", figure: "€2.84 billion", metric: "sales" },
  { name: "movers list item", text: "Oracle (ORCL) — The database software company jumped 9% after reporting strong bookings.", figure: "9%", metric: "share price change" },
  { name: "a bare move after names listed respectively", text: "Miners Kestrel, Orla and Brant Resources were all higher, gaining 42p at 1,512p, 6.1p at 318.4p and 55p at 2,206p respectively.", figure: "42p", metric: "share price change" },
  { name: "the level after a bare move listed respectively", text: "Miners Kestrel, Orla and Brant Resources were all higher, gaining 42p at 1,512p, 6.1p at 318.4p and 55p at 2,206p respectively.", figure: "2,206p", metric: "share price" },
  { name: "in that order is respectively", text: "Lenders rallied: Westpac, ANZ and National Australia Bank advanced 1.4%, 0.9% and 2.2%, in that order.", figure: "2.2%", metric: "share price change" },
  { name: "a budget carrier is no budget", text: "Budget carrier Air Arabia climbed 3 fils to Dh2.98.", figure: "3 fils", metric: "share price change" },
  { name: "a company's clause after the index", text: "Alibaba Group (9988.HK) was in focus. The Hang Seng Index fell 1.2% to 17,000.5, with Alibaba, which lost 2.9%, the biggest drag.", figure: "2.9%", metric: "share price change" },
  { name: "what the company is, before its name", text: "Plantation heavyweight Sime Darby Plantation added 3.5 sen to RM4.72.", figure: "3.5 sen", metric: "share price change" },
  { name: "a measure word inside a company's name", text: "Property stocks slid, and China Overseas Land and Investment tumbled 3.2 per cent to HK$17.34.", figure: "3.2 per cent", metric: "share price change" },
  { name: "a move written easier, Irish style", text: "Kerry Group was 20 cent easier on €81.40.", figure: "20 cent", metric: "share price change" },
  { name: "the level after on, Irish style", text: "Kerry Group was 20 cent easier on €81.40.", figure: "€81.40", metric: "share price" },
  { name: "unchanged on a level", text: "Dalkey Homes was unchanged on €2.10.", figure: "€2.10", metric: "share price" },
  { name: "an index heavyweight is a company", text: "The Nikkei ended 0.9% higher. Nikkei heavyweight Kameda Retail rose 2.1%.", figure: "2.1%", metric: "share price change" },
  { name: "movers list bare move", text: "Boeing (BA) — Edged up 0.6% after the planemaker said it delivered 53 aircraft.", figure: "0.6%", metric: "share price change" },
  { name: "premium to a volume-weighted average", text: "Stratton will pay $62 a share, 52% above its 30-day volume-weighted average.", figure: "52%", metric: "premium" },
  { name: "added to a company's earnings", text: "Analysts estimate the purchase will add 40 cents a share to Stratton's earnings in 2029.", figure: "40 cents", metric: "EPS" },
  { name: "what is included is no measure", text: "Paramount raised its bid, valuing the studio at about $108 billion including debt.", figure: "$108 billion", metric: "market value" },
  { name: "it refers back past a named company", text: "Order intake, the figure investors watch most closely at Sandvik, was the highlight. It grew 7% to SEK 31.9 billion.", figure: "SEK 31.9 billion", metric: "order intake" },
  { name: "a measure named after a price target", text: "The broker cut its price target on the shares to 4,650p and now sees Unilever earning €2.96 a share this year.", figure: "€2.96", metric: "EPS" },
  { name: "an index's move named after the figure", text: "SoftBank Group shares rose 7.8% in Tokyo, outpacing a 1.1% gain in the Nikkei 225.", figure: "1.1%", metric: "index change" },
  { name: "an index by its capitalised Index", text: "Its shares rose 1.9%, while the Swiss Market Index was 0.2% lower.", figure: "0.2%", metric: "index change" },
  { name: "an index's relative clause", text: "Rheinwerk shares fell 11.4%, the biggest faller in the MDAX, which slipped 0.6%.", figure: "0.6%", metric: "index change" },
  { name: "a count's restated move", text: "Pellucid sold 1.9 million tests in the 12 months to September, up 41% from a year earlier.", figure: "41%", metric: "tests growth" },
  { name: "a count's move written as a comparison", text: "The pipeline stood at a record 148,000 rooms, 7% more than a year earlier.", figure: "7%", metric: "rooms growth" },
  { name: "money paid to settle", text: "The group agreed to pay $1.1 billion to settle the lawsuits.", figure: "$1.1 billion", metric: "settlement" },
  // The figure's head phrase (metric-head.ts): the clause's own subject, or the noun the figure is "of".
  { name: "a head phrase no rule knows", text: "Attendance at its theme parks fell 3% in the quarter.", figure: "3%", metric: "attendance decline" },
  { name: "the clause's own subject over an earlier clause's measure", text: HEAD_PHRASE_RULE.example.text, figure: HEAD_PHRASE_RULE.example.figure, metric: HEAD_PHRASE_RULE.example.metric },
  { name: "a subject's words over a qualifier after the figure", text: "Rents at its shopping centres rose 3.5% on a like-for-like basis.", figure: "3.5%", metric: "rents growth" },
  { name: "a rule's measure inside the head over a nearer word", text: "Net interest income, the difference between what a bank earns on loans and pays on deposits, rose 3% to $14.2 billion.", figure: "$14.2 billion", metric: "net interest income" },
  { name: "an aside between the subject and its verb", text: "Capacity, measured in available seat kilometres, rose 5.1% at Trenton Air.", figure: "5.1%", metric: "capacity growth" },
  { name: "the head's own words narrow its measure", text: "Refining margins in Asia slumped to $3.20 a barrel.", figure: "$3.20", metric: "refining margin" },
  { name: "a named group's revenue after its owner", text: "Revenue at Alibaba's Cloud Intelligence Group rose 26% from a year earlier.", figure: "26%", metric: "cloud intelligence revenue growth" },
  { name: "a named group that grew its revenue", text: "Intel's Client Computing Group grew revenue 7% to $7.9 billion.", figure: "7%", metric: "client computing revenue growth" },
  { name: "respectively, a measure each", text: "Revenue and operating profit at Dalston Group rose 7% and 11%, respectively.", figure: "7%", metric: "revenue growth" },
  { name: "respectively, the second measure", text: "Sales and adjusted EBITDA came to €4.2 billion and €610 million, respectively.", figure: "€610 million", metric: "adjusted EBITDA" },
  { name: "a unit counted before a verb", text: "Gold production of 312,000 ounces was in line with guidance.", figure: "312,000", metric: "gold production" },
  { name: "a count named by its subject", text: "Bexley Group said employee numbers rose to 41,200.", figure: "41,200", metric: "employee numbers" },
  { name: "a measure after the figure in a clause of its own", text: "Tamsin Bank slipped 1.1% even though it plans to lift its dividend.", figure: "1.1%", metric: "share price change" },
  { name: "a market move with its direction after it", text: "Drugmaker Elstree was 9% better at 2,776p after its results.", figure: "9%", metric: "share price change" },
  { name: "the level after a move with its direction after it", text: "Brampton Insurance was 4.6p lower at 358.3p.", figure: "358.3p", metric: "share price" },
  { name: "the material a unit counts", text: "Calder Mining raised its production guidance to 155,000-165,000 tonnes of copper from 130,000-150,000 tonnes.", figure: "130,000-150,000", metric: "production" },
  { name: "an owner's description between the subject and its verb", text: "The Cboe Volatility Index, Wall Street's so-called fear gauge, climbed 2.3 points to 17.9.", figure: "2.3 points", metric: "index change" },
  { name: "an owner's description of a measure", text: "Net interest income, the bank's main earner, rose 4% to $3.1 billion.", figure: "4%", metric: "net interest income growth" },
  { name: "a contract's close after an aside", text: "March wheat, the busiest contract in Chicago, settled down 7.25 cents at $5.22 a bushel.", figure: "7.25 cents", metric: "wheat price" },
  { name: "an aside before a clause that opens on its verb", text: "Loan impairment charges, a gauge of bad debts, rose to £410m from £325m.", figure: "£325m", metric: "charge" },
  { name: "a transitive verb's object", text: "The Harbor Tech ETF (HTEC) took in $640 million last week, lifting its assets to $12.3 billion.", figure: "$12.3 billion", metric: "assets" },
  { name: "a broker's target on a company with its ticker", text: "Jefferies cut its target on Dunmore Retail (DNR) to $34 from $41.", figure: "$34", metric: "price target" },
  { name: "comparison base", text: "Nonperforming loans were 0.41% of total loans, compared to 0.38% at the end of June.", figure: "0.38%", metric: "nonperforming loans" },
  { name: "comparison base past a restatement", text: "Net income was $402 million, or $1.88 a share, compared with $351 million, or $1.61 a share, a year earlier.", figure: "$351 million", metric: "net income" },
  { name: "an adverb's aside before the verb", text: "Ancillary revenue per passenger, mostly from bag fees and seat selection, was €21.40.", figure: "€21.40", metric: "ancillary revenue per passenger" },
  { name: "a sentence-case head phrase", text: "Money market fund assets rose by $42 billion to a record $7.1 trillion.", figure: "$7.1 trillion", metric: "money market fund assets" },
  { name: "a capitalised measure noun opening a sentence", text: "Solvency ratio stood at 214% at the end of September.", figure: "214%", metric: "solvency ratio" },
  { name: "a company listed with its bare move", text: "Japan's Nikkei 225 jumped 1.5% to a record, with SoftBank Group up 6.8% and Tokyo Electron climbing 4%.", figure: "6.8%", metric: "share price change" },
  { name: "the cause of a move after it", text: "In premarket trading, Peloton soared 22% on a surprise profit.", figure: "22%", metric: "share price change" },
  { name: "a unit counts the quantity named before it", text: "Crude inventories fell by 3.1 million barrels last week, compared with expectations for a draw of 1.2 million barrels.", figure: "1.2 million", metric: "crude inventories" },
  { name: "a segment named before its sales", text: "Honeywell reported sales of $10.4 billion. Aerospace Technologies sales grew 12% to $4.0 billion.", figure: "$4.0 billion", metric: "aerospace technologies sales" },
  { name: "a company's move named after an index's", text: "The Dow rose 0.4%, helped by a 3.1% rise in Boeing (NYSE: BA).", figure: "3.1%", metric: "share price change" },
  { name: "a month is no segment", text: "Foxconn posted October sales of NT$899.7 billion, a record for the month.", figure: "NT$899.7 billion", metric: "sales" },
  { name: "a segment's label", text: "Segment results follow.\n\nIndustrial Automation: sales of $2.6 billion, down 4%; segment margin of 18.9%.", figure: "$2.6 billion", metric: "industrial automation sales" },
  { name: "a UK market move written 'off at'", text: "Rival Halden Living was 4p off at 126p after its update.", figure: "126p", metric: "share price" },
  { name: "a threshold inside the subject", text: "Customers with more than $100,000 in ARR rose to 4,310 in the quarter.", figure: "4,310", metric: "customers" },
  { name: "a multiple's base", text: "It aims to bring leverage down to 3.5 times by 2027, from 4.2 times now.", figure: "4.2 times", metric: "leverage" },
];

// ---- Overrides: a measure the figure's unit or its sentence makes certain ---------------------------------------
// metricOf names the measure from the clause's words; these rules then correct it where the figure's unit or its sentence
// leaves no doubt. Ordered, each seeing the metric the ones before it left; "named" rules run right after the clause's
// words, "restated" ones after a figure's restatements are read. Each example is run by rules.test.ts.

/** What an override reads of a figure (index.ts fills it). */
export interface MetricOverrideInput {
  text: string;
  figure: readonly [number, number];
  unit: string;
  per: string | null;
  sentence: readonly [number, number];
  segment: readonly [number, number];
  change: "up" | "down" | null;
  /** The fact before it in the same sentence. */
  sameSentence: { metric: string | null; figure: { span: readonly [number, number]; unit: string } | null } | null;
  /** The commodity an amount per barrel, ounce or tonne (or the move to one) is the price of, if any. */
  commodity: () => string | null;
}

export interface MetricOverride {
  name: string;
  stage: "named" | "restated";
  example: { text: string; figure: string; metric: string };
  /** The metric the figure takes instead, or null to leave it. */
  decide: (metric: string | null, x: MetricOverrideInput) => string | null;
}

// Words a futures session report uses that name no measure ("to settle at", "last week's losses").
const SESSION_WORDS_RE = /^(?:settlement|losses|gains|deliveries|contract value(?: decline| growth)?)$/;
// "spiked at ", "closed at ", "were trading 15 percent up to ", "ended the day at ": a trading verb of the figure's own.
const LATER_TRADE_BEFORE_RE = /\b(?:closed|ended|finished|spiked|peaked|jumped|climbed|soared|rose|fell|slipped|traded|trading|hit|reached|touched|settled)\b(?:(?![.;]|\$|\d)[^]){0,30}?(?:\d[\d.]*\s*(?:%|per\s?cent|percent)\s+(?:up|down|higher|lower)\s+)?(?:to|at|as high as|as low as)?\s*(?:(?:about|around|roughly|nearly)\s+)?$/i;
// What an amount per share can be besides a price paid: a result, a payout, a target.
const PER_SHARE_RESULT_RE = /EPS|dividend|earn|profit|income|loss|book value|target|cash flow|revenue|sales|distribution/;
// "for $37", "paying $290", "a deal for $115", "receive $48.50 in cash": the price paid.
const PAID_FOR_BEFORE_RE = /\b(?:for|paying|pay|pays|paid|receive|receives|offering|offered)\s+(?:(?:about|approximately|roughly|around)\s+)?$/i;
// A sentence about a takeover (not an IPO's pricing).
const DEAL_SENTENCE_RE = /\b(?:acquir\w+|acquisition|takeover|take-private|buyout|merger|tender offer|(?:agreed|agrees|offered|offers|plans) to buy|to be (?:bought|acquired)|all-cash|deal)\b/i;
// ", or 16.09 points": an index move restated in points right after its percentage.
const POINTS_BESIDE_RE = /^,?\s+or\s+(?:about\s+)?\d[\d,]*(?:\.\d+)?\s+points?\b/i;
const CURRENCY_CODE_RE = /^[A-Z]{3}$/;
// ". to the Closing Price", " over the volume weighted average price": a listed premium's base after its percentage.
const TO_PRICE_AFTER_RE = /^\.?\s+(?:to|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,6}?(?:price|close|NAV|net asset value)\b/i;
// "represents a premium of approximately:", "a discount of about:": the lead of a list of premiums.
const PREMIUM_LEAD_RE = /\b(premium|discount)s?(?:\s+of)?(?:\s+(?:approximately|about|around|roughly))?\s*$/i;
/** The premium (or discount) a list item's percentage is, when the item sits under a "premium of approximately:" lead. */
function listedPremium(text: string, at: number): string | null {
  const before = text.slice(Math.max(0, at - 600), at);
  const colon = before.lastIndexOf(":");
  if (colon < 0) return null;
  const between = before.slice(colon + 1);
  if (!(/^\s*$/.test(between) || /;\s*(?:and\s*)?$/.test(between))) return null;
  const lead = PREMIUM_LEAD_RE.exec(before.slice(Math.max(0, colon - 60), colon));
  return lead === null ? null : lead[1]!.toLowerCase();
}
// " square feet", " sq ft", " sq. m", " square metres": an area's unit after a count.
const AREA_AFTER_RE = /^\s+(?:square\s+(?:feet|foot|metres|meters|kilometres|kilometers|miles)|sq\.?\s*(?:ft|m|km)\b)/i;
// "was the top Sensex gainer", "were the laggards", "were among the biggest losers": a company named as one of the day's movers.
const GAINER_BEFORE_RE = /\b(?:was|were)\s+(?:the|among\s+the)\s+(?:(?:top|biggest|major|worst|best|main|only|leading)\s+)?(?:[A-Z][\w&-]*\s+)?(?:gainers?|losers?|laggards?|drags?|decliners?|advancers?|risers?|fallers?)\b/;
// What a move noun alone makes of a figure ("with a surge of 9.64 per cent" read as "surge growth").
const MOVE_NOUN_METRIC_RE = /^(?:surge|jump|rise|gain|fall|drop|decline|slide|plunge|slump|climb|rally)(?: growth| decline)?$/;
// " premium to", ". premium over", " discount to": a premium or discount named right after its percentage (not "discount rate").
const PREMIUM_AFTER_RE = /^\.?\s+(premium|discount)\s+(?:to|over|on|of)\b/i;
// "losers outpacing gainers ", "decliners outnumbered advancers 1,210 to ": the two groups of a breadth line, the second group's
// count is the one after the first's "N to".
const BREADTH_GROUP = String.raw`(?:losers|gainers|winners|decliners|advancers|(?:advancing|declining|rising|falling) (?:issues|stocks|shares|ones))`;
const BREADTH_BEFORE_RE = new RegExp(String.raw`\b(${BREADTH_GROUP})\s+(?:(?:were|was)\s+)?(?:outpac\w*|outnumber\w*|outstripp?\w*|outweigh\w*|beat|beating)\s+(?:(${BREADTH_GROUP})\s+(?:by\s+)?(?:a\s+)?(\d[\d,]*\s*(?:to|-to-)\s*)?)?$`, "i");

export const METRIC_OVERRIDES: readonly MetricOverride[] = [
  {
    name: "commodity price per unit",
    stage: "named",
    // "April platinum eased by $7.30 to $1,107.90 an ounce", "Comex gold futures regained most of last week's losses, ending the
    // session up $US14 to $US1,311.50 an ounce": an amount per barrel, ounce or tonne (or the move to one) is the price of the
    // commodity its sentence names, nearest before it (else the sentence before, same paragraph).
    example: { text: "Spot palladium eased by $6.20 to $1,042.80 an ounce.", figure: "$1,042.80", metric: "palladium price" },
    decide: (metric, x) => {
      if (!isCurrencyUnit(x.unit) && x.unit !== "%") return null;
      if (metric !== null && !/price(?: change)?$/.test(metric) && !SESSION_WORDS_RE.test(metric)) return null;
      const commodity = x.commodity();
      return commodity === null ? null : x.unit === "%" ? `${commodity} change` : commodity;
    },
  },
  {
    name: "money is no index figure",
    stage: "named",
    // "The biggest FTSE 100 risers included ITV up 1.8p at 129.9p", "as Apple ended at $US150,55": an index is never quoted in
    // money, so an amount in a currency is a price (a stock's, in a market report), not the index's.
    example: { text: "The biggest FTSE 100 risers included Harwick Media, up 2.1p at 131.4p.", figure: "131.4p", metric: "share price" },
    decide: (metric, x) => (/^index (?:change|level)$/.test(metric ?? "") && CURRENCY_CODE_RE.test(x.unit) ? (x.change !== null ? "share price change" : "share price") : null),
  },
  {
    name: "points measure an index",
    stage: "named",
    // "Tokyo's Nikkei 225 stock exchange lost 29 points", "The Asia Dow, which includes blue-chip companies, was down 18 points":
    // points measure an index, whatever the clause calls it; the percentage beside them ("rose 0.52%, or 16.09 points", "gained
    // 71 points,or 2.41%") is the same move.
    example: { text: "The top 100 shares gained 0.6%, or 41.2 points, by midday.", figure: "0.6%", metric: "index change" },
    decide: (metric, x) => {
      if (metric !== null && !/^share price/.test(metric)) return null;
      const beside = x.unit === "%" && (POINTS_BESIDE_RE.test(x.text.slice(x.figure[1], x.figure[1] + 24)) || (x.sameSentence?.figure?.unit === "points" && /^\s*,?\s*or\s*$/.test(x.text.slice(x.sameSentence.figure.span[1], x.figure[0]))));
      if (x.unit !== "points" && !beside) return null;
      return x.unit === "%" || x.change !== null ? "index change" : "index level";
    },
  },
  {
    name: "premium written after the percentage",
    stage: "named",
    // "The price was a 21.4% premium to the closing price", "represents a 31.4% premium to that price", "a 4.2 per cent. premium to
    // the volume weighted average price", "at a 12% discount to its net asset value": the measure is the premium (or discount) the
    // percentage names, not the clause's subject ("The price", "The offer").
    example: { text: "The offer price was a 28.6% premium to the closing share price on Friday.", figure: "28.6%", metric: "premium" },
    // Takeover announcements list them under a lead: "Bidco's offer represents a premium of approximately:" then "21.0 per cent.
    // to the Closing Price of 640 pence ...;" and "18.2 per cent. to the three-month volume weighted average price ...".
    decide: (metric, x) => {
      if (x.unit !== "%" || metric === "premium" || metric === "discount") return null;
      const m = PREMIUM_AFTER_RE.exec(x.text.slice(x.figure[1], x.figure[1] + 40));
      if (m !== null) return m[1]!.toLowerCase();
      return TO_PRICE_AFTER_RE.test(x.text.slice(x.figure[1], x.figure[1] + 80)) ? listedPremium(x.text, x.figure[0]) : null;
    },
  },
  {
    name: "a market's gainer or loser",
    stage: "named",
    // Indian market reports (PTI, Business Today, Mint): "Hindalco was the top Sensex gainer with a surge of 9.64 per cent",
    // "Tech Mahindra and Dr Reddy's were the laggards, declining up to 1 per cent", "M&M was the top gainer in the Sensex pack,
    // surging up to 17%": a move of a company named as a gainer or loser is its share price move.
    example: { text: "Kelbrook Pharma and Marrow Tech were the laggards, declining up to 2 per cent.", figure: "2 per cent", metric: "share price change" },
    decide: (metric, x) => {
      if (x.unit !== "%" || x.change === null || (metric !== null && !MOVE_NOUN_METRIC_RE.test(metric))) return null;
      return GAINER_BEFORE_RE.test(x.text.slice(x.sentence[0], x.figure[0])) ? "share price change" : null;
    },
  },
  {
    name: "area in square feet",
    stage: "named",
    // Property announcements: "The projects span 1.9 million square feet", "an 11.5 lakh square feet potential (Rs 900 crore
    // revenue)", "leased 250,000 sq ft of offices": a count of square feet or metres is an area, never the revenue beside it.
    example: { text: "The two towers span 1.4 million square feet.", figure: "1.4 million", metric: "area" },
    decide: (metric, x) => (x.unit === "count" && (metric === null || /revenue/.test(metric)) && AREA_AFTER_RE.test(x.text.slice(x.figure[1], x.figure[1] + 16)) ? "area" : null),
  },
  {
    name: "market breadth",
    stage: "named",
    // Yonhap's, Korea Herald's and Reuters' closing lines: "with losers outpacing gainers 688 to 195", "decliners outnumbered
    // advancers 1,210 to 850", "advancing issues outnumbered declining ones by 1,733 to 1,112": the first count is the first
    // group's, the one after "to" the second's.
    example: { text: "Decliners outnumbered advancers 1,210 to 850 on the main board.", figure: "850", metric: "advancers" },
    decide: (_metric, x) => {
      if (x.unit !== "count") return null;
      const m = BREADTH_BEFORE_RE.exec(x.text.slice(Math.max(x.segment[0], x.figure[0] - 90), x.figure[0]));
      if (m === null) return null;
      const group = m[3] === undefined ? m[1]! : /ones$/i.test(m[2]!) ? m[2]!.replace(/ones$/i, "issues") : m[2]!;
      return group.toLowerCase();
    },
  },
  {
    name: "paid per share in a deal",
    stage: "restated",
    // "agreed to acquire all outstanding stock for $37 per share", "the revised deal for $115 per share in cash", "paying $290 per
    // share in cash for WIRE stock": in a deal sentence, the amount paid for each share is the offer price.
    example: { text: "Calloway agreed to acquire all outstanding stock of Ferrin for $41 per share in cash.", figure: "$41", metric: "offer price" },
    decide: (metric, x) =>
      x.per === "share" && isCurrencyUnit(x.unit) && !PER_SHARE_RESULT_RE.test(metric ?? "") && PAID_FOR_BEFORE_RE.test(x.text.slice(Math.max(x.sentence[0], x.figure[0] - 24), x.figure[0])) && DEAL_SENTENCE_RE.test(x.text.slice(x.sentence[0], x.sentence[1]))
        ? "offer price"
        : null,
  },
  {
    name: "a debut's later trade",
    stage: "restated",
    // "opened at $20 and spiked at $26", "opened at $87.24 ... and were trading 15 percent up to $82.83", "closed at $28.89": after
    // a debut's opening or offer price, a figure with a trading verb of its own is the share price (or its move).
    example: { text: "Lumora shares opened at $24.10 and spiked at $27.50 in their debut.", figure: "$27.50", metric: "share price" },
    decide: (metric, x) =>
      /^(?:opening price|IPO price(?: change)?|offer price)$/.test(metric ?? "") && LATER_TRADE_BEFORE_RE.test(x.text.slice(Math.max(x.segment[0], x.figure[0] - 48), x.figure[0])) && !/\bopen(?:ed|ing|s)?\b[^,;]*$/i.test(x.text.slice(Math.max(x.segment[0], x.figure[0] - 24), x.figure[0]))
        ? (x.unit === "%" ? "share price change" : "share price")
        : null,
  },
];

/** Runs the overrides of one stage in order; each that decides is recorded for the rule tables' tests. */
export function overrideMetric(stage: MetricOverride["stage"], metric: string | null, x: MetricOverrideInput): string | null {
  for (const o of METRIC_OVERRIDES) {
    if (o.stage !== stage) continue;
    const next = o.decide(metric, x);
    if (next !== null) {
      metric = next;
      recordRule([x.figure[0], x.figure[1]], "metric", o.name);
    }
  }
  return metric;
}
