// Throughput of the extractor on one core: generates a synthetic corpus of financial
// news in memory (deterministic), runs extractFacts over every article and reports
// articles/s, words/s, facts/article and peak RSS. The last stdout line is one JSON
// object with those figures. Goal: >= 200 articles/s.
//
//   npm run bench:extract [-- --articles N] [-- --words N] [-- --seed N]
import { performance } from "node:perf_hooks";
import { extractFacts } from "@/lib/extract";
import { prng } from "./bench/corpus";

const GOAL_ARTICLES_PER_S = 200;

interface Options {
  articles: number;
  words: number;
  seed: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { articles: 2000, words: 600, seed: 20261129 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]?.replace(/^--/, "");
    const value = Number(argv[i + 1]);
    if ((key === "articles" || key === "words" || key === "seed") && Number.isInteger(value) && value > 0) {
      options[key] = value;
      i++;
    } else {
      console.error(`bench-extract: bad argument ${argv[i]}\nusage: npm run bench:extract [-- --articles N] [-- --words N] [-- --seed N]`);
      process.exit(2);
    }
  }
  return options;
}


const COMPANIES: [name: string, ticker: string, exchange: string][] = [
  ["Microsoft", "MSFT", "NASDAQ"], ["Alphabet", "GOOGL", "NASDAQ"], ["Amazon.com", "AMZN", "NASDAQ"],
  ["Meta Platforms", "META", "NASDAQ"], ["Nvidia", "NVDA", "NASDAQ"], ["Apple", "AAPL", "NASDAQ"],
  ["Oracle", "ORCL", "NYSE"], ["Salesforce", "CRM", "NYSE"], ["Broadcom", "AVGO", "NASDAQ"],
  ["Alibaba Group", "BABA", "NYSE"], ["JPMorgan Chase", "JPM", "NYSE"], ["Walmart", "WMT", "NASDAQ"],
  ["Exxon Mobil", "XOM", "NYSE"], ["Pfizer", "PFE", "NYSE"], ["Caterpillar", "CAT", "NYSE"],
  ["Netflix", "NFLX", "NASDAQ"], ["Advanced Micro Devices", "AMD", "NASDAQ"], ["Costco", "COST", "NASDAQ"],
  ["Tencent Holdings", "0700", "HKG"], ["Kweichow Moutai", "600519", "SHA"],
];
const METRICS = ["revenue", "net income", "operating income", "cloud revenue", "data center sales", "free cash flow", "advertising revenue", "subscription revenue"];
const PERIODS = ["the third quarter", "the fiscal second quarter", "the September quarter", "the first half", "fiscal 2026", "the quarter ended Oct. 31"];
const UP = ["rose", "climbed", "jumped", "increased", "grew"];
const DOWN = ["fell", "slid", "declined", "dropped", "slipped"];
const FILLER = [
  "Executives said demand from cloud customers remained strong, though supply of advanced chips was still tight.",
  "The company did not provide details on the timing of the new data centers.",
  "Investors have grown more cautious about how quickly heavy spending on artificial intelligence will pay off.",
  "The CEO told analysts on a conference call that pricing had held up better than expected in Europe.",
  "The results were released after the market closed, and the company will hold a call with analysts at 5 p.m. ET.",
  "Analysts said the guidance implied a slowdown in the second half, even as margins improved.",
  "The stock has been volatile since the IPO of a rival last year, and options activity picked up ahead of the report.",
  "Regulators in the U.S. and the EU are still reviewing the deal, which was announced in March.",
];

function makeArticle(random: () => number, targetWords: number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (min: number, max: number) => min + random() * (max - min);
  const money = (min: number, max: number) => between(min, max).toFixed(random() < 0.5 ? 1 : 2);
  const cents = (min: number, max: number) => between(min, max).toFixed(2);
  const pct = (min = 1, max = 45) => between(min, max).toFixed(random() < 0.6 ? 0 : 1);
  /** "$4.1 billion to $4.2 billion": a guidance range a few per cent wide. */
  const range = (min: number, max: number, unit: string, decimals: number) => {
    const low = between(min, max);
    return `$${low.toFixed(decimals)}${unit} to $${(low * between(1.005, 1.04)).toFixed(decimals)}${unit}`;
  };
  const tickerForm = ([name, ticker, exchange]: [string, string, string]): string => {
    const form = Math.floor(random() * 5);
    if (exchange === "HKG" || exchange === "SHA") return `${name} [${exchange}: ${ticker}]`;
    if (form === 0) return `${name} (${ticker})`;
    if (form === 1) return `${name} (${exchange}: ${ticker})`;
    if (form === 2) return `${name} (${exchange}:${ticker})`;
    if (form === 3) return `$${ticker}`;
    return name;
  };
  const sentences: (() => string)[] = [
    () => {
      const now = between(1, 90);
      const growth = between(2, 40);
      return `${tickerForm(pick(COMPANIES))} said ${pick(METRICS)} ${pick(UP)} ${growth.toFixed(0)}% to $${now.toFixed(2)} billion in ${pick(PERIODS)}, compared with $${(now / (1 + growth / 100)).toFixed(2)} billion a year earlier.`;
    },
    () => `Analysts polled by LSEG had expected earnings of $${cents(0.2, 6)} per share on revenue of $${money(1, 60)} billion.`,
    () => `Shares of ${tickerForm(pick(COMPANIES))} ${pick(DOWN)} ${pct(0.3, 12)}% to $${cents(20, 600)} in extended trading, while the S&P 500 rose ${(random() * 2).toFixed(1)}%.`,
    () => `For the fourth quarter, the company expects revenue of ${range(2, 30, " billion", 2)} and adjusted earnings of ${range(0.5, 4, "", 2)} per share.`,
    () => `${tickerForm(pick(COMPANIES))} plans to spend more than $${money(10, 120)} billion on capital expenditures next year, up from about $${money(5, 90)} billion in 2025.`,
    () => `The stock has gained ${pct()}% so far this year and hit a 52-week high of $${cents(50, 500)}, giving the company a market value of about $${money(0.1, 4)} trillion.`,
    () => `${tickerForm(pick(COMPANIES))} agreed to buy a rival for $${cents(10, 90)} per share in cash, a premium of ${pct()}%, valuing the deal at $${money(1, 40)} billion.`,
    () => `The company said it now has more than ${Math.floor(10 + random() * 900)} million monthly users and about ${Math.floor(1 + random() * 200)},000 employees.`,
    () => {
      const margin = between(20, 70);
      return `Gross margin narrowed to ${margin.toFixed(1)}% from ${(margin + between(0.2, 3)).toFixed(1)}% in the prior quarter, and operating margin fell ${between(0.1, 3).toFixed(1)} percentage points.`;
    },
    () => `${tickerForm(pick(COMPANIES))} shares ${pick(UP)} ${pct(0.3, 9)}% to HK$${cents(50, 700)} in Hong Kong, and the Hang Seng Index ${pick(DOWN)} ${(random() * 3).toFixed(1)}%.`,
    () => pick(FILLER),
    () => pick(FILLER),
  ];
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const paragraph: string[] = [];
    const size = 2 + Math.floor(random() * 3);
    for (let i = 0; i < size; i++) paragraph.push(pick(sentences)());
    const text = paragraph.join(" ");
    words += text.split(/\s+/).length;
    paragraphs.push(text);
  }
  return paragraphs.join("\n\n");
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const random = prng(options.seed);
  const corpus = Array.from({ length: options.articles }, () => makeArticle(random, options.words));
  const words = corpus.reduce((sum, text) => sum + text.split(/\s+/).length, 0);

  // Warm the JIT on a few articles outside the timed loop.
  for (const text of corpus.slice(0, Math.min(20, corpus.length))) extractFacts(text);

  let facts = 0;
  const started = performance.now();
  for (const text of corpus) facts += extractFacts(text).facts.length;
  const seconds = (performance.now() - started) / 1000;

  const result = {
    articles: corpus.length,
    words,
    seconds: Number(seconds.toFixed(3)),
    articles_per_s: Number((corpus.length / seconds).toFixed(1)),
    words_per_s: Math.round(words / seconds),
    facts_per_article: Number((facts / corpus.length).toFixed(2)),
    peak_rss_mb: Number((process.resourceUsage().maxRSS / 1024).toFixed(1)),
  };
  console.log(`articles      ${result.articles} (${(words / corpus.length).toFixed(0)} words each on average)`);
  console.log(`time          ${result.seconds} s on one core`);
  console.log(`articles/s    ${result.articles_per_s} (goal >= ${GOAL_ARTICLES_PER_S}: ${result.articles_per_s >= GOAL_ARTICLES_PER_S ? "met" : "MISSED"})`);
  console.log(`words/s       ${result.words_per_s}`);
  console.log(`facts/article ${result.facts_per_article}`);
  console.log(`peak RSS      ${result.peak_rss_mb} MB`);
  console.log(JSON.stringify(result));
}

main();
