// The benchmark's synthetic corpus: financial news articles written to disk in the formats
// the seed command takes (mostly Markdown with YAML front matter, some plain text, saved
// web pages and JSON). Deterministic: the same seed gives the same files on every machine.
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
const PERIODS = ["the third quarter", "the fiscal second quarter", "the September quarter", "the first half", "the quarter ended Oct. 31", "the fourth quarter"];
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

/** One article's title and paragraphs, about `main` and a few others, about `words` long. */
function makeStory(random: () => number, companies: Company[], main: Company, words: number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + random() * (max - min);
  const money = (min: number, max: number) => between(min, max).toFixed(random() < 0.5 ? 1 : 2);
  const pct = (min = 1, max = 45) => between(min, max).toFixed(random() < 0.6 ? 0 : 1);
  const scale = () => (random() < 0.7 ? "billion" : "million");
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

  const sentences: (() => string)[] = [
    () => {
      const now = between(1, 90);
      const growth = between(2, 40);
      return `${mention(subject())} said ${pick(METRICS)} ${pick(UP)} ${growth.toFixed(0)}% to $${now.toFixed(2)} billion in ${pick(PERIODS)}, compared with $${(now / (1 + growth / 100)).toFixed(2)} billion a year earlier.`;
    },
    () => `Analysts polled by ${pick(ANALYSTS)} had expected earnings of $${between(0.2, 6).toFixed(2)} per share on revenue of $${money(1, 60)} billion; ${mention(main)} reported $${between(0.2, 6).toFixed(2)} per share.`,
    () => `Shares of ${mention(subject())} ${pick(DOWN)} ${pct(0.3, 12)}% to $${between(20, 600).toFixed(2)} in extended trading, while the S&P 500 rose ${(random() * 2).toFixed(1)}%.`,
    () => {
      const low = between(2, 30);
      const eps = between(0.5, 4);
      return `For the fourth quarter, ${mention(main)} expects revenue of $${low.toFixed(2)} billion to $${(low * between(1.005, 1.04)).toFixed(2)} billion and adjusted earnings of $${eps.toFixed(2)} to $${(eps * between(1.01, 1.05)).toFixed(2)} per share.`;
    },
    () => `${mention(subject())} plans to spend more than $${money(1, 120)} ${scale()} on capital expenditures next year, up from about $${money(1, 90)} ${scale()} in 2025.`,
    () => `The stock has gained ${pct()}% so far this year and hit a 52-week high of $${between(50, 500).toFixed(2)}, giving the company a market value of about $${money(1, 900)} billion.`,
    () => `${mention(main)} agreed to buy ${mention(pick(companies))} for $${between(10, 90).toFixed(2)} per share in cash, a premium of ${pct()}%, valuing the deal at $${money(1, 40)} billion.`,
    () => `The company said it now has more than ${Math.floor(10 + random() * 900)} million monthly users and about ${Math.floor(1 + random() * 200)},000 employees.`,
    () => {
      const margin = between(20, 70);
      return `Gross margin narrowed to ${margin.toFixed(1)}% from ${(margin + between(0.2, 3)).toFixed(1)}% in the prior quarter, and operating margin fell ${between(0.1, 3).toFixed(1)} percentage points.`;
    },
    () => `${mention(subject())} returned $${money(0.5, 9)} billion to shareholders in the quarter, including $${money(0.1, 5)} billion of share buybacks, and raised its quarterly dividend to $${between(0.1, 2).toFixed(2)} per share.`,
    () => `Wall Street had modeled growth of ${pct(2, 20)}%, and the consensus estimate for full-year revenue stands at $${money(5, 200)} billion, according to ${pick(ANALYSTS)}.`,
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
  const title = `${main.short} shares ${verb} ${pct(1, 15)}% after ${pick(["quarterly results", "raising its outlook", "a $" + money(1, 20) + " billion deal", "cutting its forecast"])}`;
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
  for (let i = 0; i < options.articles; i++) {
    // A skewed pick: a few companies are in the news far more often than the rest.
    const main = companies[Math.floor(random() ** 2 * companies.length)]!;
    const story = makeStory(random, companies, main, options.words);
    const publisher = PUBLISHERS[Math.floor(random() * PUBLISHERS.length)]!;
    const published = new Date(start + Math.floor(random() * 700) * 86_400_000).toISOString().slice(0, 10);
    const slug = `${main.ticker.toLowerCase()}-${published}-${String(i).padStart(6, "0")}`;
    const url = `https://news.example/${published.replace(/-/g, "/")}/${slug}/`;
    const roll = random();
    const format: CorpusFile["format"] = roll < 0.7 ? "md" : roll < 0.8 ? "txt" : roll < 0.9 ? "html" : "json";
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
