// The benchmark's synthetic corpus: financial news articles written to disk in the formats
// the seed command takes (mostly Markdown with YAML front matter, some plain text, saved
// web pages and JSON). Deterministic: the same seed gives the same files on every machine.
// Each article tells one story about one company's news event (results, an outlook change,
// a deal, an analyst's call, a spending plan, shareholder returns) the way wire copy does:
// each sentence once, a dozen or so figures, and prose (context, quotes, background) for the
// rest. Figures come from what is true of the company at that time (see truthOf), so the
// sources on one event, and stories on the same quarter, mostly agree; like real sources, a
// few write a figure differently (see reporter), which the cross-source checks should find.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Company {
  name: string;
  /** The short name articles use after the first mention ("Corvane"). */
  short: string;
  ticker: string;
  exchange: "NYSE" | "NASDAQ";
}

export interface CorpusFile {
  slug: string;
  format: "md" | "txt" | "html" | "json";
  /** The companies the article names with a ticker, the main one first. */
  tickers: string[];
}

const ROOTS = [
  "Halvor", "Corvan", "Lumor", "Brenta", "Quill", "Astor", "Norden", "Veltri", "Calder", "Orbis", "Maren", "Tessel",
  "Grayl", "Pinecrest", "Solenne", "Kestrel", "Ardent", "Beacon", "Cinder", "Delta", "Everly", "Fenwick", "Garnet",
  "Harbin", "Ionic", "Juniper", "Kalder", "Larch", "Meridian", "Nimbus", "Onyx", "Pellar", "Quartz", "Ridge",
  "Sable", "Tamber", "Umbra", "Vantor", "Wexley", "Yarrow", "Zephyr", "Alder", "Bristle", "Cobalt", "Drummond",
];
const KINDS = [
  "Systems", "Robotics", "Therapeutics", "Energy", "Semiconductor", "Software", "Financial", "Foods", "Logistics",
  "Networks", "Motors", "Pharmaceuticals", "Materials", "Retail", "Media", "Aerospace", "Biosciences", "Cloud",
];
const SUFFIXES = ["Inc.", "Corp.", "Holdings", "Group", "Ltd.", "Co."];

/** `count` companies with distinct names and tickers. */
export function makeCompanies(random: () => number, count: number): Company[] {
  const companies: Company[] = [];
  const names = new Set<string>();
  const tickers = new Set<string>();
  while (companies.length < count) {
    const root = ROOTS[Math.floor(random() * ROOTS.length)]!;
    const kind = KINDS[Math.floor(random() * KINDS.length)]!;
    const short = `${root} ${kind}`;
    if (names.has(short)) continue;
    const letters = (root + kind).toUpperCase().replace(/[^A-Z]/g, "");
    let ticker = "";
    for (let attempt = 0; attempt < 50 && (!ticker || tickers.has(ticker)); attempt++) {
      const length = 3 + Math.floor(random() * 2);
      ticker = letters[0]!;
      while (ticker.length < length) ticker += letters[1 + Math.floor(random() * (letters.length - 1))]!;
    }
    if (tickers.has(ticker)) continue;
    names.add(short);
    tickers.add(ticker);
    const suffix = SUFFIXES[Math.floor(random() * SUFFIXES.length)]!;
    companies.push({ name: `${short} ${suffix}`, short, ticker, exchange: random() < 0.5 ? "NYSE" : "NASDAQ" });
  }
  return companies;
}

const PUBLISHERS = ["The Ledger Street", "Market Wire", "Bay Street Daily", "Capital Courier", "The Quarterly Review"];
const ORDINALS = ["first", "second", "third", "fourth"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const UP = ["rose", "climbed", "jumped", "increased", "grew"];
const DOWN = ["fell", "slid", "declined", "dropped", "slipped"];
const ANALYSTS = ["LSEG", "FactSet", "Visible Alpha"];
const BROKERS = ["Morgan Stanley", "Goldman Sachs", "JPMorgan", "Jefferies", "Bernstein", "Barclays", "UBS", "Evercore ISI"];
const FIRST_NAMES = ["Maria", "David", "Priya", "Thomas", "Elena", "James", "Sofia", "Daniel", "Aiko", "Robert", "Laura", "Kwame", "Anna", "Michael", "Chen", "Sarah"];
const LAST_NAMES = ["Lindqvist", "Okafor", "Brenner", "Castillo", "Hartley", "Nakamura", "Rossi", "Whitfield", "Dubois", "Kowalski", "Mercer", "Haddad", "Sorensen", "Vance", "Ibarra", "Tanaka"];
const CITIES = ["Austin, Texas", "San Jose, California", "Boston", "Chicago", "Denver", "Atlanta", "Seattle", "Minneapolis", "Charlotte, North Carolina", "Columbus, Ohio"];
/** The business line each kind of company reports (written so the extractor names a revenue). */
const SEGMENTS: Record<string, string> = {
  Systems: "services", Robotics: "hardware", Therapeutics: "product", Energy: "energy", Semiconductor: "data center",
  Software: "subscription", Financial: "fee", Foods: "international", Logistics: "international", Networks: "services",
  Motors: "automotive", Pharmaceuticals: "product", Materials: "international", Retail: "e-commerce", Media: "advertising",
  Aerospace: "services", Biosciences: "product", Cloud: "cloud",
};
/** What each kind of company spends its capital on. */
const BUILDS: Record<string, string> = {
  Systems: "data centers", Robotics: "factories", Therapeutics: "manufacturing sites", Energy: "solar farms", Semiconductor: "chip plants",
  Software: "data centers", Financial: "branches", Foods: "processing plants", Logistics: "warehouses", Networks: "data centers",
  Motors: "assembly plants", Pharmaceuticals: "manufacturing sites", Materials: "plants", Retail: "stores", Media: "studios",
  Aerospace: "assembly lines", Biosciences: "laboratories", Cloud: "data centers",
};

/** The days the corpus's news spans. */
const SPAN_DAYS = 700;
/** Sources per news event on average (results, a deal, an outlook), as wire copy has a few each. */
const ARTICLES_PER_EVENT = 4;

/** A number from the name alone: the same claim gets the same figure in every article. */
function hashSeed(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** What is true of a company at some key (a quarter, a year, a day): one draw per named claim. */
function truthOf(company: Pick<Company, "ticker">, key: number | string) {
  const at = (claim: string) => prng(hashSeed(`${company.ticker}|${key}|${claim}`))();
  return {
    between: (claim: string, min: number, max: number) => min + at(claim) * (max - min),
    pick: <T>(claim: string, items: readonly T[]): T => items[Math.floor(at(claim) * items.length)]!,
    chance: (claim: string, p: number) => at(claim) < p,
  };
}

/** A company's lasting traits: its size, growth, margins, people and what it sells. */
function profileOf(company: Company) {
  const t = truthOf(company, "profile");
  const kind = company.short.split(" ").at(-1) ?? "";
  // Quarterly revenue at the start of 2025, log-uniform from $150 million to $40 billion.
  const revenue = Math.exp(t.between("revenue", Math.log(150e6), Math.log(40e9)));
  const person = (role: string) => `${t.pick(`${role} first`, FIRST_NAMES)} ${t.pick(`${role} last`, LAST_NAMES)}`;
  return {
    revenue,
    growth: t.between("growth", -0.05, 0.35),
    grossMargin: t.between("gross margin", 25, 75),
    netMargin: t.between("net margin", 0.03, 0.25),
    /** Shares outstanding, sized for a share price between about $20 and $400. */
    shares: (revenue * 4 * t.between("sales multiple", 1.5, 9)) / t.between("price", 20, 400),
    salesMultiple: t.between("sales multiple", 1.5, 9),
    capexRatio: t.between("capex ratio", 0.04, 0.2),
    cashRatio: t.between("cash ratio", 0.3, 1.5),
    employees: (revenue * 4) / t.between("revenue per employee", 250e3, 900e3),
    payout: t.chance("pays dividend", 0.6) ? t.between("payout", 0.2, 0.45) : 0,
    segment: SEGMENTS[kind] ?? "services",
    segmentShare: t.between("segment share", 0.15, 0.45),
    builds: BUILDS[kind] ?? "facilities",
    ceo: person("ceo"),
    cfo: person("cfo"),
    city: t.pick("city", CITIES),
  };
}
type Profile = ReturnType<typeof profileOf>;

/** A quarter as an index: year * 4 + (0..3). */
const quarterOf = (date: Date) => date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3);
const START_QUARTER = 2025 * 4;

/** The figures of one company's quarter, the same in every article that quotes them. */
function quarterTruth(company: Company, profile: Profile, q: number) {
  const t = truthOf(company, `Q${q}`);
  const revenue = profile.revenue * (1 + profile.growth) ** ((q - START_QUARTER) / 4) * t.between("revenue noise", 0.96, 1.04);
  const netIncome = revenue * profile.netMargin * t.between("margin noise", 0.7, 1.3);
  const eps = netIncome / profile.shares;
  return {
    revenue,
    netIncome,
    eps,
    operatingIncome: netIncome * t.between("operating leverage", 1.2, 1.5),
    cash: revenue * profile.cashRatio * t.between("cash noise", 0.9, 1.1),
    grossMargin: profile.grossMargin + t.between("gross margin noise", -3, 3),
    segmentRevenue: revenue * profile.segmentShare * t.between("segment noise", 0.93, 1.07),
    revenueEstimate: revenue * t.between("revenue surprise", 0.97, 1.03),
    epsEstimate: eps * t.between("eps surprise", 0.9, 1.08),
    dividend: profile.payout > 0 ? Math.max(0.05, Math.round(((eps * profile.payout) / 1) * 100) / 100) : 0,
    buyback: revenue * t.between("buyback", 0.02, 0.12),
  };
}

/** A company's capital spending in a year (the plan announced before it and the outcome after). */
function capexOf(company: Company, profile: Profile, year: number): number {
  return profile.revenue * 4 * (1 + profile.growth) ** (year - 2025) * profile.capexRatio * truthOf(company, year).between("capex noise", 0.85, 1.15);
}

/**
 * How a source writes a true figure, as wire copy does: mostly exactly as reported (a
 * quarter of sources round to one decimal fewer), one in two hundred genuinely different (a
 * misread or an updated figure), and one in two hundred billions written as millions.
 */
function reporter(random: () => number) {
  const rounds = random() < 0.25;
  const off = (value: number) => (random() < 0.005 ? value * (1 + (random() < 0.5 ? -1 : 1) * (0.05 + random() * 0.15)) : value);
  const fixed = (value: number, decimals: number) => off(value).toFixed(rounds ? Math.max(0, decimals - 1) : decimals);
  return {
    /** A plain number with `decimals` (one fewer when this source rounds). */
    number: fixed,
    /** "12%" (a percentage); whole numbers above 10, else one decimal. */
    pct: (value: number) => `${fixed(Math.abs(value), Math.abs(value) >= 10 ? 0 : 1)}%`,
    /** "$4.21 billion", "$842 million"; 0.5% of billions slip to "million". */
    money(usd: number): string {
      if (usd >= 1e9) return `$${fixed(usd / 1e9, 2)} ${random() < 0.005 ? "million" : "billion"}`;
      return `$${fixed(usd / 1e6, usd >= 1e8 ? 0 : 1)} million`;
    },
    /** "$1.05" or "42 cents" for amounts per share. */
    perShare: (usd: number) => (usd < 1 && random() < 0.5 ? `${off(usd * 100).toFixed(0)} cents` : `$${off(usd).toFixed(2)}`),
  };
}

/** "Acme Foods'", "Acme Energy's". */
const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);

/** One article's title, paragraphs and the companies it names with a ticker. */
interface Story {
  title: string;
  paragraphs: string[];
  tickers: string[];
}

const KINDS_OF_NEWS = ["results", "results", "results", "results", "outlook", "deal", "analyst", "capex", "returns"] as const;
type NewsKind = (typeof KINDS_OF_NEWS)[number];

/**
 * One source's article on an event: one story (results, an outlook change, a deal, an
 * analyst's call, a spending plan, shareholder returns), each sentence at most once, the
 * event's figures as they are (see truthOf), and prose around them (context, quotes,
 * background) up to about `words`.
 */
function makeStory(random: () => number, companies: Company[], main: Company, event: number, eventDate: Date, words: number): Story {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const write = reporter(random);
  const profile = profileOf(main);
  const eventTruth = truthOf(main, `event ${event}`);
  const kind: NewsKind = eventTruth.pick("kind", KINDS_OF_NEWS);
  // A rival in the same line of business (or any other company), named in the background.
  const rival = eventTruth.pick("rival", companies.filter((c) => c !== main && c.short.split(" ").at(-1) === main.short.split(" ").at(-1))) ?? eventTruth.pick("any rival", companies.filter((c) => c !== main));
  const named = new Set<Company>();
  // First mention carries the ticker in one of the forms news uses; later ones the short name.
  const mention = (company: Company): string => {
    if (named.has(company)) return company.short;
    named.add(company);
    return random() < 0.5 ? `${company.name} (${company.exchange}: ${company.ticker})` : `${company.name} (${company.ticker})`;
  };
  const short = main.short;
  // People too are introduced with their title once, then named.
  const introduced = new Set<string>();
  const person = (name: string, title: string) => () => (introduced.has(name) ? name : (introduced.add(name), `${title} ${name}`));
  const ceo = person(profile.ceo, "Chief Executive");
  const cfo = person(profile.cfo, "Chief Financial Officer");
  const weekday = WEEKDAYS[eventDate.getUTCDay()]!;
  // The quarter reported is the one before the event's; periods always carry their year,
  // as the same words in another year are another claim.
  const reportedQ = quarterOf(eventDate) - 1;
  const periodForm = random() < 0.6 ? 0 : 1;
  const quarterName = (q: number) => (periodForm === 0 ? `the ${ORDINALS[q % 4]} quarter of ${Math.floor(q / 4)}` : `Q${(q % 4) + 1} ${Math.floor(q / 4)}`);
  const period = quarterName(reportedQ);
  const now = quarterTruth(main, profile, reportedQ);
  const yearAgo = quarterTruth(main, profile, reportedQ - 4);
  const next = quarterTruth(main, profile, reportedQ + 1);
  const growth = (now.revenue / yearAgo.revenue - 1) * 100;
  const upDown = (change: number) => (change >= 0 ? pick(UP) : pick(DOWN));
  const year = Math.floor(reportedQ / 4);
  // The stock's move on the event's day: the same in every story on the event.
  const day = truthOf(main, eventDate.toISOString().slice(0, 10));
  const price = profile.revenue * 4 * profile.salesMultiple / profile.shares * (1 + profile.growth) ** ((reportedQ - START_QUARTER) / 4) * day.between("price noise", 0.85, 1.15);
  const beat = now.epsEstimate <= now.eps;
  const moveUp = kind === "results" ? beat : day.chance("move up", 0.5);
  const move = day.between("move", 1.5, 14);
  const analyst = pick(ANALYSTS);
  const operating = () =>
    `Operating income was ${write.money(now.operatingIncome)}${random() < 0.5 ? ` in ${period}` : ""}, for an operating margin of ${write.number((now.operatingIncome / now.revenue) * 100, 1)}%.`;
  const cash = () => `${short} ended ${period} with ${write.money(now.cash)} in cash and short-term investments.`;
  const employees = () => `The company employs about ${Math.round(profile.employees / 100) * 100 >= 1000 ? (Math.round(profile.employees / 100) * 100).toLocaleString("en-US") : Math.round(profile.employees)} people.`;
  const margin = () => `Gross margin was ${write.number(now.grossMargin, 1)}% in ${period}.`;

  // Figure sentences in the order a story tells them; null where this source leaves one out.
  const optional = (p: number, sentence: () => string) => (random() < p ? sentence() : null);
  const recapResults = () =>
    `In ${period}, ${possessive(short)} revenue ${upDown(growth)} ${write.pct(growth)} to ${write.money(now.revenue)}, and net income was ${write.money(now.netIncome)}.`;
  const shareMove = () =>
    `Shares of ${short} ${moveUp ? pick(UP) : pick(DOWN)} ${write.pct(move)} to $${write.number(price, 2)} ${pick(["in extended trading", "in afternoon trading", "by the close"])} on ${weekday}.`;
  let lead: string;
  let title: string;
  let figures: (string | null)[];
  switch (kind) {
    case "results": {
      const netGrowth = (now.netIncome / yearAgo.netIncome - 1) * 100;
      title = `${short} ${beat ? "beats" : "misses"} estimates as revenue ${growth >= 0 ? "rises" : "falls"} ${write.pct(growth)}`;
      lead = `${mention(main)} reported ${beat ? "better" : "weaker"}-than-expected earnings for ${period} on ${weekday}, as ${growth >= 0 ? "sales of its main products kept growing" : "demand for its main products softened"}.`;
      figures = [
        `Revenue ${upDown(growth)} ${write.pct(growth)} to ${write.money(now.revenue)} in ${period} from ${write.money(yearAgo.revenue)} a year earlier.`,
        `Net income ${upDown(netGrowth)} to ${write.money(now.netIncome)}, or ${write.perShare(now.eps)} a share,${random() < 0.5 ? ` in ${period}` : ""} from ${write.money(yearAgo.netIncome)} a year earlier.`,
        `Analysts polled by ${analyst} had expected earnings of ${write.perShare(now.epsEstimate)} per share on revenue of ${write.money(now.revenueEstimate)}.`,
        optional(0.8, () => `${profile.segment === "fee" ? "Fee" : profile.segment[0]!.toUpperCase() + profile.segment.slice(1)} revenue, ${possessive(short)} largest business, was ${write.money(now.segmentRevenue)} in the quarter.`),
        optional(0.7, () => {
          const narrowed = now.grossMargin < yearAgo.grossMargin;
          return `Gross margin ${narrowed ? "narrowed" : "widened"} to ${write.number(now.grossMargin, 1)}%${random() < 0.5 ? ` in ${period}` : ""} from ${write.number(yearAgo.grossMargin, 1)}% a year earlier.`;
        }),
        `For ${quarterName(reportedQ + 1)}, ${short} expects revenue of ${write.money(next.revenue * 0.98)} to ${write.money(next.revenue * 1.02)}, compared with analysts' estimates of ${write.money(next.revenueEstimate)}.`,
        optional(0.6, operating),
        optional(0.5, cash),
        optional(0.6, () => (now.dividend > 0 ? `The board declared a quarterly dividend of ${write.perShare(now.dividend)} a share.` : `${short} bought back ${write.money(now.buyback)} of its shares in the quarter.`)),
        shareMove(),
      ];
      break;
    }
    case "outlook": {
      const t = truthOf(main, `outlook ${year}`);
      const annual = now.revenue * 4 * (1 + profile.growth / 2);
      const raised = t.chance("raised", 0.6);
      const oldMid = annual * (raised ? t.between("old", 0.93, 0.97) : t.between("old", 1.03, 1.07));
      title = `${short} ${raised ? "raises" : "cuts"} its ${year} forecast`;
      lead = `${mention(main)} ${raised ? "raised" : "cut"} its revenue forecast for ${year} on ${weekday}, ${raised ? "citing stronger orders from large customers" : "blaming weaker demand and higher costs"}.`;
      figures = [
        `The company now expects revenue of ${write.money(annual * 0.99)} to ${write.money(annual * 1.01)} in ${year}, ${raised ? "up" : "down"} from its previous forecast of ${write.money(oldMid * 0.99)} to ${write.money(oldMid * 1.01)}.`,
        `Analysts had expected ${year} revenue of ${write.money(annual * t.between("consensus", 0.96, 1.04))}, according to ${analyst}.`,
        optional(0.7, () => `${short} also expects adjusted earnings of ${write.perShare(now.eps * 4 * 0.98)} to ${write.perShare(now.eps * 4 * 1.03)} per share for ${year}.`),
        recapResults(),
        optional(0.6, margin),
        optional(0.5, operating),
        shareMove(),
        optional(0.6, () => `The stock has a market value of about ${write.money(price * profile.shares)}.`),
      ];
      break;
    }
    case "deal": {
      const target = eventTruth.pick("target", companies.filter((c) => c !== main && profileOf(c).revenue < profile.revenue / 3)) ?? rival;
      const targetProfile = profileOf(target);
      const targetPrice = (targetProfile.revenue * 4 * targetProfile.salesMultiple) / targetProfile.shares;
      const premium = eventTruth.between("premium", 18, 55);
      const offer = targetPrice * (1 + premium / 100);
      const value = offer * targetProfile.shares;
      // The main company is named (with its ticker) first, as the lead names it first.
      const mainName = mention(main);
      const targetName = mention(target);
      title = `${short} to buy ${target.short} for ${write.money(value)}`;
      lead = `${mainName} agreed on ${weekday} to buy ${targetName} in a deal valued at ${write.money(value)}, its largest acquisition.`;
      figures = [
        `${short} will pay $${write.number(offer, 2)} a share in cash, a premium of ${write.number(premium, 0)}% to ${possessive(target.short)} closing price of $${write.number(targetPrice, 2)} on the last trading day before the announcement.`,
        `Shares of ${target.short} jumped ${write.pct(premium * 0.8)} to $${write.number(offer * 0.97, 2)} on ${weekday}.`,
        optional(0.7, () => `${target.short} had revenue of ${write.money([0, 1, 2, 3].reduce((sum, k) => sum + quarterTruth(target, targetProfile, (year - 1) * 4 + k).revenue, 0))} in ${year - 1}.`),
        optional(0.7, () => `${short} expects the deal to produce ${write.money(value * 0.04)} of annual cost savings by the third year after it closes.`),
        optional(0.6, () => `${short} has obtained a ${write.money(value * 0.6)} bridge loan from ${pick(BROKERS)} to fund the purchase.`),
        optional(0.6, () => `${short} would owe a termination fee of ${write.money(value * 0.035)} if the deal fell through.`),
        recapResults(),
      ];
      break;
    }
    case "analyst": {
      const broker = eventTruth.pick("broker", BROKERS);
      const upgrade = moveUp;
      const target = price * (upgrade ? eventTruth.between("target", 1.15, 1.4) : eventTruth.between("target", 0.75, 0.95));
      const oldTarget = price * eventTruth.between("old target", 0.95, 1.1);
      title = `${short} shares ${upgrade ? "rise" : "fall"} after ${broker} ${upgrade ? "upgrade" : "downgrade"}`;
      lead = `${mention(main)} shares ${upgrade ? "rose" : "fell"} on ${weekday} after ${broker} ${upgrade ? "upgraded the stock to buy" : "downgraded the stock to sell"}, ${upgrade ? "saying the market underestimated its growth" : "saying its growth was slowing"}.`;
      figures = [
        `${broker} ${upgrade ? "raised" : "cut"} its price target on ${short} to $${write.number(target, 0)} from $${write.number(oldTarget, 0)}.`,
        shareMove(),
        optional(0.7, () => `About ${write.number(eventTruth.between("volume", 2, 30), 1)} million shares changed hands, ${write.number(eventTruth.between("multiple", 1.5, 4), 1)} times the 30-day average.`),
        recapResults(),
        optional(0.5, margin),
        optional(0.7, () => `Analysts polled by ${analyst} expect ${short} to report revenue of ${write.money(next.revenueEstimate)} for ${quarterName(reportedQ + 1)}.`),
        optional(0.6, () => `The stock has a market value of about ${write.money(price * profile.shares)}.`),
      ];
      break;
    }
    case "capex": {
      const plan = capexOf(main, profile, year + 1);
      const spent = capexOf(main, profile, year);
      const count = 2 + Math.floor(eventTruth.between("sites", 0, 9));
      title = `${short} plans to spend up to ${write.money(plan * 1.05)} on ${profile.builds} in ${year + 1}`;
      lead = `${mention(main)} said on ${weekday} it would raise its capital spending sharply next year, as it races to add capacity for customers.`;
      figures = [
        `${short} plans to spend ${write.money(plan * 0.95)} to ${write.money(plan * 1.05)} on capital expenditures in ${year + 1}, up from ${write.money(spent)} in ${year}.`,
        `The company will open ${count} new ${profile.builds} by the end of ${year + 1}.`,
        optional(0.7, () => `${short} spent ${write.money(spent / 4)} on capital expenditures in ${period} alone.`),
        recapResults(),
        optional(0.6, () => `Free cash flow was ${write.money(now.netIncome * 1.1 - spent / 4)} in ${period}.`),
        optional(0.6, cash),
        optional(0.6, employees),
        shareMove(),
      ];
      break;
    }
    case "returns": {
      const raise = eventTruth.between("dividend raise", 4, 15);
      const program = now.revenue * eventTruth.between("program", 0.2, 0.8);
      const dividend = Math.max(0.05, now.dividend);
      title = `${short} raises its dividend and adds a ${write.money(program)} buyback`;
      lead = `${mention(main)} said on ${weekday} it would return more cash to shareholders, raising its dividend and adding to its share buybacks.`;
      figures = [
        `${short} raised its quarterly dividend ${write.pct(raise)} to ${write.perShare(dividend * (1 + raise / 100))} a share.`,
        `The board also approved a new ${write.money(program)} share repurchase program.`,
        `${short} returned ${write.money(now.buyback + dividend * profile.shares)} to shareholders in ${period}.`,
        recapResults(),
        optional(0.7, cash),
        optional(0.6, operating),
        shareMove(),
      ];
      break;
    }
  }
  const pools = proseFor(kind, { short, ceo, cfo, rival: () => mention(rival), city: profile.city, segment: profile.segment, builds: profile.builds, analyst: pick(BROKERS) });
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  // Prose without repeats: a shuffled pool, taken in turn, with two or three quotes in it.
  const prose = shuffle([...shuffle(pools.quotes).slice(0, 2 + Math.floor(random() * 2)), ...pools.lines]);
  const kept = figures.filter((f): f is string => f !== null);
  const wordsOf = (text: string) => text.split(/\s+/).length;
  const paragraphs: string[] = [lead];
  let count = wordsOf(lead);
  // Prose spread between the figure paragraphs, so the figures do not bunch at the top.
  const figureWords = kept.reduce((sum, f) => sum + wordsOf(f), 0);
  const proseBudget = Math.max(0, words - count - figureWords);
  let proseWords = 0;
  kept.forEach((sentence, i) => {
    if (count >= words) return;
    const paragraph = [sentence];
    count += wordsOf(sentence);
    while (prose.length > 0 && proseWords < (proseBudget * (i + 1)) / (kept.length + 1)) {
      const next = prose.pop()!();
      proseWords += wordsOf(next);
      count += wordsOf(next);
      // A quote stands as its own paragraph, as news sets them.
      if (next.startsWith("\u201c")) paragraphs.push(paragraph.splice(0).join(" "), next);
      else paragraph.push(next);
    }
    if (paragraph.length > 0) paragraphs.push(paragraph.join(" "));
  });
  // Background to close the story.
  while (count < words && prose.length > 0) {
    const paragraph: string[] = [];
    for (let n = 1 + Math.floor(random() * 2); n > 0 && prose.length > 0; n--) paragraph.push(prose.pop()!());
    count += wordsOf(paragraph.join(" "));
    paragraphs.push(paragraph.join(" "));
  }
  return { title, paragraphs: paragraphs.filter((p) => p.length > 0), tickers: [...named].map((c) => c.ticker) };
}

interface ProseContext {
  short: string;
  /** The executives' names (with their title at the first mention). */
  ceo: () => string;
  cfo: () => string;
  /** The rival's name (with its ticker at its first mention). */
  rival: () => string;
  city: string;
  segment: string;
  builds: string;
  analyst: string;
}

/** Sentences without figures (context, background, quotes), each usable once per article. */
function proseFor(kind: NewsKind, c: ProseContext): { lines: (() => string)[]; quotes: (() => string)[] } {
  const q = (words: string, who: string, how: string) => `\u201c${words},\u201d ${who} ${how}.`;
  const lines: (() => string)[] = [
    () => `${c.short}, based in ${c.city}, has spent the past few years reshaping its business around customers who sign longer contracts.`,
    () => `Investors have grown more cautious about companies whose spending runs well ahead of their sales, and ${c.short} has not been spared.`,
    () => `${c.ceo()}, who became chief executive after a long career at the company, has promised investors steadier growth and fewer surprises.`,
    () => `The company's closest competitor in several of its markets, ${c.rival()}, has been cutting prices to win business.`,
    () => `The company's shares have been volatile this year as investors weighed slowing growth in some markets against new products coming to market.`,
    () => `${c.short} has been trying to sell more recurring services alongside its products, which investors tend to value more highly.`,
    () => `The company has cut jobs in some of its slower businesses over the past year while hiring engineers in its faster-growing ones.`,
    () => `${c.analyst} analysts wrote in a note to clients that the company's execution had improved, but that the valuation already reflected much of that.`,
    () => `Regulators in the U.S. and Europe have stepped up their scrutiny of the industry, and the company said it was cooperating with several inquiries.`,
    () => `Management reiterated that its priorities were growth in its core business, disciplined costs and steady returns to shareholders.`,
    () => `The company is due to hold an investor day later this year, where executives are expected to lay out longer-term targets.`,
    () => `${c.short} sells to customers in dozens of countries, and executives said no single region stood out as particularly weak.`,
    () => `Its ${c.segment} business has become a larger part of the company in recent years and is watched closely by investors.`,
    () => `A spokesperson for the company declined to comment beyond its statement.`,
    () => `The company has spent heavily on research in recent years, betting that new products will let it charge more.`,
    () => `Some investors have pushed the company to simplify its structure, arguing that its faster-growing businesses are overlooked.`,
    () => `Competition has intensified as younger rivals, many of them backed by venture capital, go after the company's most profitable customers.`,
    () => `Earlier this year, ${c.short} unveiled a new generation of its ${c.segment} products, which executives said had been well received.`,
    () => `${c.short} also announced a partnership with a large cloud provider to sell its products to that company's customers.`,
    () => `The broader market has been buffeted in recent weeks by shifting expectations for interest rates and worries about trade.`,
  ];
  const quotes: (() => string)[] = [
    () => q(`Our balance sheet gives us room to keep investing through the cycle`, c.cfo(), "told analysts on a conference call"),
    () => q(`We are still early in this transition, and we intend to keep investing ahead of demand`, c.ceo(), "told analysts"),
    () => q(`Our customers are telling us they want to do more with us, and we intend to be ready for them`, c.ceo(), "said in an interview"),
  ];
  const byKind: Record<NewsKind, { lines: (() => string)[]; quotes: (() => string)[] }> = {
    results: {
      lines: [
        () => `The results were released after the market closed, and executives took questions from analysts on a call later in the day.`,
        () => `The quarter was the first full one to include the new pricing the company introduced at the start of the year.`,
        () => `Executives said orders picked up toward the end of the quarter, and that the pipeline of large contracts was the strongest in a year.`,
        () => `Costs rose as the company hired more sales staff and spent more on research, which executives said would pay off next year.`,
        () => `Tariffs and a stronger dollar weighed on results in some regions, the company said, although it did not quantify the effect.`,
        () => `Executives said supply of some key components remained tight, though it had improved compared with the start of the year.`,
        () => `Some analysts said the company's outlook looked conservative, while others questioned whether demand would hold up in the second half of the year.`,
        () => `The company said demand from its largest customers remained strong, while smaller customers were taking longer to sign new orders.`,
      ],
      quotes: [
        () => q(`Customers are consolidating their spending with fewer suppliers, and we are one of the ones they are choosing`, c.ceo(), "said"),
        () => q(`Pricing has held up better than we expected, and we have not had to chase volume`, c.ceo(), "said on the call"),
        () => q(`The team delivered on what we promised, and we see a clear path for the rest of the year`, c.cfo(), "said in an interview"),
      ],
    },
    outlook: {
      lines: [
        () => `The new forecast reflects orders the company has already booked as well as a more cautious view of the economy, executives said.`,
        () => `Companies in the sector have been revising their forecasts as customers delay some purchases and accelerate others.`,
        () => `The company last changed its forecast three months ago, when it reported its previous results.`,
        () => `Some analysts said the new outlook looked conservative, while others questioned whether demand would hold up in the second half of the year.`,
      ],
      quotes: [() => q(`We now have better visibility into the rest of the year than we did a few months ago`, c.cfo(), "said on a call with analysts")],
    },
    deal: {
      lines: [
        () => `The deal, which has been approved by both boards, is expected to close next year, subject to regulatory and shareholder approvals.`,
        () => `Antitrust regulators have taken a harder line on large acquisitions, and lawyers said the review could take longer than usual.`,
        () => `Bankers said the deal was one of the largest in the industry this year and could prompt rivals to look for acquisitions of their own.`,
        () => `The two companies have worked together for several years, and executives said the combination would let them sell a broader range of products.`,
        () => `The target's management team is expected to stay on after the deal closes, the companies said.`,
      ],
      quotes: [() => q(`Together we can offer customers a broader set of products and invest more in the technology they need`, c.ceo(), "said in a news release")],
    },
    analyst: {
      lines: [
        () => `The brokerage has covered the company for several years and had been one of the more skeptical voices on the stock.`,
        () => `The note said the company's margins had more room to move than investors assumed, given its recent cost cuts.`,
        () => `Other analysts were less convinced, pointing to competition and the risk that customers delay orders.`,
        () => `Rating changes from large brokerages can move a stock sharply on a quiet day, traders said.`,
      ],
      quotes: [],
    },
    capex: {
      lines: [
        () => `The company said the new ${c.builds} would be built in phases, with the first coming online next year.`,
        () => `Investors have questioned how quickly heavy spending of this kind will pay off, and the company's free cash flow has come under pressure.`,
        () => `Suppliers of equipment and construction services have been among the beneficiaries of the industry's spending boom.`,
        () => `The company did not give details of how it would pay for the plan.`,
      ],
      quotes: [() => q(`Demand is running ahead of the capacity we have today, and we would rather build it ourselves than wait`, c.ceo(), "said")],
    },
    returns: {
      lines: [
        () => `The company has raised its dividend every year for more than a decade, and executives said they intended to keep doing so.`,
        () => `Buybacks have become a larger part of how the company returns cash, as its shares have traded below what executives consider their value.`,
        () => `Income-focused funds have been adding to their holdings in the company as its payouts have grown.`,
      ],
      quotes: [() => q(`We generate more cash than we need to run and grow the business, and we want to return it to our shareholders`, c.cfo(), "said")],
    },
  };
  return { lines: [...byKind[kind].lines, ...lines], quotes: [...byKind[kind].quotes, ...quotes] };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The page around an article as a news site saves it: navigation, promos and footer included. */
function htmlPage(title: string, publisher: string, url: string, published: string, paragraphs: string[]): string {
  return `<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>${escapeHtml(title)} - ${publisher}</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="${publisher}">
<meta property="og:url" content="${url}">
<meta property="article:published_time" content="${published}T13:00:00+00:00">
<script>var ads = {"slots":[300,250]};</script>
</head>
<body>
<div class="site-header"><a href="/">${publisher}</a><ul class="menu"><li><a href="/markets/">Markets</a></li><li><a href="/tech/">Tech</a></li></ul></div>
<article class="entry">
<h1 class="entry-title">${escapeHtml(title)}</h1>
<div class="entry-content">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
</div>
</article>
<div class="newsletter-box"><h3>Get the Markets Brief</h3><p>Every morning, free for 30 days.</p></div>
<div class="site-footer"><a href="/about/">About</a> | <a href="/privacy/">Privacy</a></div>
</body>
</html>
`;
}

export interface CorpusOptions {
  articles: number;
  words: number;
  companies: number;
  seed: number;
}

/** Writes the corpus into `dir` (created); returns what it wrote. */
export function writeCorpus(dir: string, options: CorpusOptions): { files: CorpusFile[]; companies: Company[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const random = prng(options.seed);
  const companies = makeCompanies(random, options.companies);
  const files: CorpusFile[] = [];
  let bytes = 0;
  const start = Date.UTC(2025, 0, 1);
  // Company i is picked with probability sqrt((i+1)/n) - sqrt(i/n) (see below).
  const n = companies.length;
  const eventsOf = companies.map((_, i) => Math.max(4, Math.round((options.articles * (Math.sqrt((i + 1) / n) - Math.sqrt(i / n))) / ARTICLES_PER_EVENT)));
  for (let i = 0; i < options.articles; i++) {
    // A skewed pick: a few companies are in the news far more often than the rest.
    const rank = Math.floor(random() ** 2 * companies.length);
    const main = companies[rank]!;
    // Several sources cover each event, within a couple of days of it; a company often in
    // the news has more events, not more sources per event.
    const events = eventsOf[rank]!;
    const event = Math.floor(random() * events);
    const spacing = SPAN_DAYS / events;
    const eventDay = Math.floor(event * spacing + (hashSeed(main.ticker) % Math.max(1, Math.floor(spacing))));
    const story = makeStory(random, companies, main, event, new Date(start + eventDay * 86_400_000), options.words);
    const publisher = PUBLISHERS[Math.floor(random() * PUBLISHERS.length)]!;
    const published = new Date(start + (eventDay + Math.floor(random() * 3)) * 86_400_000).toISOString().slice(0, 10);
    const slug = `${main.ticker.toLowerCase()}-${published}-${String(i).padStart(6, "0")}`;
    const url = `https://news.example/${published.replace(/-/g, "/")}/${slug}/`;
    const roll = random();
    // Plain text carries no date, and an undated figure is compared with every other
    // report of the claim (lib/verify/periods.ts): rare, as in an operator's archive.
    const format: CorpusFile["format"] = roll < 0.78 ? "md" : roll < 0.8 ? "txt" : roll < 0.9 ? "html" : "json";
    let content: string;
    if (format === "md") {
      content = `---\ntitle: ${JSON.stringify(story.title)}\npublisher: ${JSON.stringify(publisher)}\nurl: ${JSON.stringify(url)}\npublishedAt: ${published}\n---\n\n${story.paragraphs.join("\n\n")}\n`;
    } else if (format === "txt") {
      content = `${story.title}\n\n${story.paragraphs.join("\n\n")}\n`;
    } else if (format === "html") {
      content = htmlPage(story.title, publisher, url, published, story.paragraphs);
    } else {
      content = JSON.stringify({ title: story.title, body: story.paragraphs.join("\n\n"), publisher, url, publishedAt: published }, null, 2) + "\n";
    }
    // Folders of 1,000 keep directory listings short, as an operator's archive would be.
    const folder = path.join(dir, `batch-${String(Math.floor(i / 1000)).padStart(3, "0")}`);
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${slug}.${format}`), content);
    bytes += Buffer.byteLength(content);
    files.push({ slug, format, tickers: story.tickers });
  }
  return { files, companies, bytes };
}
