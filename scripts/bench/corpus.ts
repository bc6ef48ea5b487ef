// The benchmark's synthetic corpus: financial news articles written to disk in the formats
// the seed command takes (mostly Markdown with YAML front matter, some plain text, saved
// web pages and JSON). Deterministic: the same seed gives the same files on every machine.
// Like wire copy, the articles on one company's event mostly agree on its figures (see
// reporter): the cross-source checks find corroboration, some conflicts and a few slips.
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
const METRICS = ["revenue", "net income", "operating income", "cloud revenue", "free cash flow", "subscription revenue", "gross profit", "adjusted EBITDA"];
const ORDINALS = ["first", "second", "third", "fourth"];
const MONTH_NAMES = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
/** A calendar quarter (0-3 of `year`) the ways news writes one, with its year. */
const quarterName = (quarter: number, year: number, form: number) =>
  form === 0 ? `the ${ORDINALS[quarter]} quarter of ${year}` : `Q${quarter + 1} ${year}`;
const UP = ["rose", "climbed", "jumped", "increased", "grew"];
const DOWN = ["fell", "slid", "declined", "dropped", "slipped"];
const ANALYSTS = ["LSEG", "FactSet", "Visible Alpha", "Bloomberg"];
const FILLER = [
  "Executives said demand from large customers remained strong, though supply of key components was still tight.",
  "The company did not provide details on the timing of the new facilities.",
  "Investors have grown more cautious about how quickly heavy spending on artificial intelligence will pay off.",
  "The chief executive told analysts on a conference call that pricing had held up better than expected in Europe.",
  "The results were released after the market closed, and the company will hold a call with analysts at 5 p.m. ET.",
  "Analysts said the guidance implied a slowdown in the second half, even as margins improved.",
  "Regulators in the U.S. and the EU are still reviewing the deal, which was announced in March.",
  "The company has been trying to sell more recurring software revenue alongside its hardware, which investors value more highly.",
];

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

/** What actually happened at a company's reporting event: one figure per named claim. */
function truthOf(company: Pick<Company, "ticker">, event: number | string) {
  const at = (claim: string) => prng(hashSeed(`${company.ticker}|${event}|${claim}`))();
  return {
    between: (claim: string, min: number, max: number) => min + at(claim) * (max - min),
    pick: <T>(claim: string, items: readonly T[]): T => items[Math.floor(at(claim) * items.length)]!,
    chance: (claim: string, p: number) => at(claim) < p,
  };
}

/**
 * How a source writes a true figure, as wire copy does: mostly exactly as reported, some
 * rounded to fewer decimals, a few genuinely different (a misread or an updated figure),
 * and now and then a figure in billions written as millions.
 */
function reporter(random: () => number) {
  return {
    figure(value: number, decimals: number): string {
      const roll = random();
      if (roll < 0.9) return value.toFixed(decimals);
      if (roll < 0.995) return value.toFixed(Math.max(0, decimals - 1));
      return (value * (1 + (random() < 0.5 ? -1 : 1) * (0.05 + random() * 0.15))).toFixed(decimals);
    },
    /** "billion", or (0.5% of the time) the slip to "million". */
    scale(scale: "billion" | "million"): string {
      return scale === "billion" && random() < 0.005 ? "million" : scale;
    },
  };
}

/** One article's title and paragraphs, about `main` and a few others, about `words` long. */
function makeStory(random: () => number, companies: Company[], main: Company, event: number, eventDate: Date, words: number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + random() * (max - min);
  const pct = (min = 1, max = 45) => between(min, max).toFixed(random() < 0.6 ? 0 : 1);
  const write = reporter(random);
  const others = [pick(companies), pick(companies)].filter((c) => c !== main);
  const named = [main, ...others];
  const firstMention = new Set<Company>();
  // First mention carries the ticker in one of the forms news uses; later ones the short name.
  const mention = (company: Company): string => {
    if (firstMention.has(company)) return random() < 0.8 ? company.short : company.name;
    firstMention.add(company);
    return random() < 0.5 ? `${company.name} (${company.exchange}: ${company.ticker})` : `${company.name} (${company.ticker})`;
  };
  const subject = () => (random() < 0.75 ? main : pick(named));
  // The event's period and figures are the same whoever reports them.
  // The quarter an event reports is the one before it; periods carry their year, as the
  // same words in another year are another claim.
  const year = eventDate.getUTCFullYear();
  const quarterIndex = year * 4 + Math.floor(eventDate.getUTCMonth() / 3) - 1;
  const quarter = (offset: number) => quarterName((quarterIndex + offset) % 4, Math.floor((quarterIndex + offset) / 4), truthOf(main, event).pick("period form", [0, 1]));
  const period = quarter(0);
  // Results, estimates and guidance belong to the quarter reported: every story on that
  // quarter, whatever its occasion, quotes the same ones.
  const reported = `Q${quarterIndex}`;
  const day = eventDate.toISOString().slice(0, 10);
  const dateline = `${MONTH_NAMES[eventDate.getUTCMonth()]} ${eventDate.getUTCDate()}`;

  const sentences: (() => string)[] = [
    () => {
      const company = subject();
      const truth = truthOf(company, reported);
      const metric = pick(METRICS);
      const now = truth.between(`${metric} now`, 1, 90);
      const growth = truth.between(`${metric} growth`, 2, 40);
      return `${mention(company)} said ${metric} ${pick(UP)} ${write.figure(growth, 0)}% to $${write.figure(now, 2)} ${write.scale("billion")} in ${period}, compared with $${write.figure(now / (1 + growth / 100), 2)} ${write.scale("billion")} a year earlier.`;
    },
    () => {
      const truth = truthOf(main, reported);
      return `Analysts polled by ${pick(ANALYSTS)} had expected earnings of $${write.figure(truth.between("eps estimate", 0.2, 6), 2)} per share on revenue of $${write.figure(truth.between("revenue estimate", 1, 60), 1)} ${write.scale("billion")}; ${mention(main)} reported $${write.figure(truth.between("eps", 0.2, 6), 2)} per share.`;
    },
    () => {
      // A stock's move and the index's are facts of the day, whoever the article is about.
      const company = subject();
      const truth = truthOf(company, day);
      return `Shares of ${mention(company)} ${truth.pick("direction", DOWN)} ${write.figure(truth.between("move", 0.3, 12), 1)}% to $${write.figure(truth.between("price", 20, 600), 2)} in extended trading on ${dateline}, while the broader market was little changed.`;
    },
    () => {
      const truth = truthOf(main, reported);
      const low = truth.between("guidance low", 2, 30);
      const eps = truth.between("guidance eps", 0.5, 4);
      return `For ${quarter(1)}, ${mention(main)} expects revenue of $${write.figure(low, 2)} billion to $${write.figure(low * truth.between("guidance width", 1.005, 1.04), 2)} billion and adjusted earnings of $${write.figure(eps, 2)} to $${write.figure(eps * truth.between("eps width", 1.01, 1.05), 2)} per share.`;
    },
    () => {
      // A spending plan is the year's, repeated at each report of that year.
      const company = subject();
      const truth = truthOf(company, year);
      const scale = truth.chance("capex scale", 0.7) ? "billion" : "million";
      const priorScale = truth.chance("prior capex scale", 0.7) ? "billion" : "million";
      return `${mention(company)} plans to spend more than $${write.figure(truth.between("capex", 1, 120), 1)} ${write.scale(scale)} on capital expenditures in ${year + 1}, up from about $${write.figure(truth.between("prior capex", 1, 90), 1)} ${write.scale(priorScale)} in ${year}.`;
    },
    () => {
      const truth = truthOf(main, reported);
      return `${mention(main)} has a market value of about $${write.figure(truth.between("market value", 1, 900), 1)} ${write.scale("billion")}.`;
    },
    () => {
      // A pending deal is recapped by every story on the company that quarter.
      const truth = truthOf(main, reported);
      const target = truth.pick("target", companies);
      return `${mention(main)} agreed to buy ${mention(target)} for $${write.figure(truth.between("offer", 10, 90), 2)} per share in cash, a premium of ${write.figure(truth.between("premium", 1, 45), 0)}%, valuing the deal at $${write.figure(truth.between("deal value", 1, 40), 1)} ${write.scale("billion")}.`;
    },
    () => {
      const truth = truthOf(main, reported);
      return `The company said it now has more than ${Math.floor(truth.between("users", 10, 910))} million monthly users and about ${Math.floor(truth.between("employees", 1, 201))},000 employees.`;
    },
    () => {
      const truth = truthOf(main, reported);
      const margin = truth.between("margin", 20, 70);
      return `${mention(main)}'s gross margin narrowed to ${write.figure(margin, 1)}% from ${write.figure(margin + truth.between("margin change", 0.2, 3), 1)}% in ${quarter(-1)}, and operating margin fell ${write.figure(truth.between("operating margin change", 0.1, 3), 1)} percentage points.`;
    },
    () => {
      const company = subject();
      const truth = truthOf(company, reported);
      return `${mention(company)} returned $${write.figure(truth.between("returned", 0.5, 9), 1)} billion to shareholders in ${period}, including $${write.figure(truth.between("buybacks", 0.1, 5), 1)} billion of share buybacks, and raised its quarterly dividend to $${write.figure(truth.between("dividend", 0.1, 2), 2)} per share.`;
    },
    () => {
      // The consensus for a year is the year's, whichever report quotes it.
      const truth = truthOf(main, year);
      return `Wall Street had modeled growth of ${write.figure(truth.between("modeled growth", 2, 20), 0)}%, and the consensus estimate for ${mention(main)}'s ${year} revenue stands at $${write.figure(truth.between("consensus", 5, 200), 1)} billion, according to ${pick(ANALYSTS)}.`;
    },
    () => pick(FILLER),
    () => pick(FILLER),
  ];
  const paragraphs: string[] = [];
  let count = 0;
  // The lead names the main company with its ticker, as news does.
  const lead = sentences[0]!;
  paragraphs.push(`${mention(main)} reported results on ${pick(["Monday", "Tuesday", "Wednesday", "Thursday"])}. ${lead()}`);
  count += paragraphs[0]!.split(/\s+/).length;
  while (count < words) {
    const paragraph: string[] = [];
    const size = 2 + Math.floor(random() * 3);
    for (let i = 0; i < size; i++) paragraph.push(pick(sentences)());
    const text = paragraph.join(" ");
    count += text.split(/\s+/).length;
    paragraphs.push(text);
  }
  const verb = random() < 0.5 ? pick(UP) : pick(DOWN);
  const title = `${main.short} shares ${verb} ${pct(1, 15)}% after ${pick(["quarterly results", "raising its outlook", "a $" + between(1, 20).toFixed(1) + " billion deal", "cutting its forecast"])}`;
  return { title, paragraphs, tickers: [...new Set([...firstMention].map((c) => c.ticker))] };
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
