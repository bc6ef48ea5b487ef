import { describe, expect, it } from "vitest";
import type { CheckedFlag } from "@/lib/contract";
import { flagWords } from "@/lib/briefing/flag-words";
import { verifyFacts } from "@/lib/verify";
import { type Article, claim, entity, eventFact, type FigureSpec, sourced } from "@/lib/verify/test-facts";
import type { ClaimCheck, SourcedFact } from "@/lib/verify/types";

const sample: Article = {
  slug: "alibaba-ai-push",
  title: "Alibaba shares hit a near four-year high on a bigger AI spending push",
  publisher: null,
  publishedAt: "2025-09-24",
  text:
    "The company’s U.S.-listed American Depository Shares (ADRs) jumped 9% following CEO Eddie Wu’s remarks at a conference in Hangzhou, China. " +
    "Building on its February commitment to spend more than $53 billion over three years on AI models and infrastructure, the company indicated it would increase that total. " +
    "Cloud revenue has been a key driver of growth, rising 26% year over year in the April–June quarter. " +
    "Investor confidence in Alibaba’s AI push is reflected in its stock performance, which has surged more than 112% year to date. " +
    "The rally was further fueled by Ark Invest’s Cathie Wood, who purchased over $16 billion of Alibaba stock on Monday, splitting the investment roughly evenly between the Ark Fintech Innovation ETF (ARK-F) and the ARK Next Generation Internet ETF (ARK-W).",
};

const reuters: Article = {
  slug: "ark-invest-buys-alibaba",
  title: "Cathie Wood's Ark returns to Alibaba with a $16.3 million purchase",
  publisher: "Reuters",
  publishedAt: "2025-09-23",
  text:
    "Cathie Wood's Ark Invest bought shares of Alibaba Group Holding Ltd. (BABA) on Monday, according to the firm's daily trade disclosures. " +
    "Ark's funds purchased about $16.3 million of Alibaba's U.S.-listed shares on Monday, Sept. 22, splitting the trade between the ARK Fintech Innovation ETF (ARKF) and the ARK Next Generation Internet ETF (ARKW). " +
    "Alibaba's Cloud Intelligence Group grew revenue 26% from a year earlier in the April–June quarter.",
};

const cnbc: Article = {
  slug: "alibaba-apsara-ai-spending",
  title: "Alibaba pledges to raise AI spending beyond 380 billion yuan at Apsara conference",
  publisher: "CNBC",
  publishedAt: "2025-09-24",
  text:
    "Alibaba Group Holding Ltd. (BABA) said on Wednesday it would spend more on artificial intelligence than the $53 billion it had already committed over three years. " +
    "Alibaba's Hong Kong-listed shares closed 9.2% higher, and its American depositary shares jumped about 9% in New York trading. " +
    "The stock had already been climbing since Monday, when Cathie Wood's Ark Invest disclosed that it had bought about $16 million of Alibaba shares across two of its exchange-traded funds.",
};

const sampleArk: FigureSpec = { find: "$16 billion", value: 16e9, unit: "USD", qualifier: "over", metric: "stock purchase", subject: "BABA" };
const reutersArk: FigureSpec = { find: "$16.3 million", value: 16.3e6, unit: "USD", qualifier: "about", metric: "shares purchased", subject: "BABA", period: "Monday, Sept. 22" };
const cnbcArk: FigureSpec = { find: "$16 million", value: 16e6, unit: "USD", qualifier: "about", metric: "stake bought", subject: "BABA" };

function checkOf(checks: ClaimCheck[], fact: SourcedFact): ClaimCheck {
  const check = checks.find((c) => c.slug === fact.slug && c.position === fact.position);
  if (!check) throw new Error(`no check for ${fact.slug}#${fact.position}`);
  return check;
}

function kinds(flags: CheckedFlag[]): string[] {
  return flags.map((flag) => flag.kind).sort();
}

/** The flag in words, as the pages and the contract's `reason` give it. */
function words(flag: CheckedFlag | undefined): string {
  return flag ? flagWords(flag) : "";
}

/** A short article by another outlet, a day after the sample unless dated otherwise. */
function story(text: string, publisher = "Bloomberg", publishedAt = "2025-09-25"): Article {
  const slug = `${publisher.toLowerCase()}-${publishedAt}-${text.length}`;
  return { slug, title: text.slice(0, 40), publisher, publishedAt, text };
}

/** Status of `a` checked against `b` alone. */
function statusOf(a: SourcedFact, b: SourcedFact): ClaimCheck["status"] {
  return checkOf(verifyFacts([a, b]), a).status;
}

describe("verifyFacts: a likely million/billion slip", () => {
  it("with two sources ~1,000x apart, flags both as conflicting and implausible, each naming the other", () => {
    const ours = claim(sample, sampleArk);
    const theirs = claim(reuters, reutersArk);
    const checks = verifyFacts([ours, theirs]);
    const sampleCheck = checkOf(checks, ours);
    const reutersCheck = checkOf(checks, theirs);

    expect(sampleCheck.status).toBe("conflict");
    expect(sampleCheck.disagreeing).toEqual([theirs]);
    expect(kinds(sampleCheck.flags)).toEqual(["conflict", "implausible"]);
    const slip = sampleCheck.flags.find((flag) => flag.kind === "implausible");
    expect(slip).toMatchObject({
      check: "magnitude-slip",
      evidence: { slug: reuters.slug, position: theirs.position },
      figure: { value: 16e9, high: null, unit: "USD", per: null, change: null, written: "over $16 billion" },
      other: { value: 16.3e6, high: null, unit: "USD", per: null, change: null, written: "about $16.3 million" },
      otherSource: { publisher: "Reuters", title: reuters.title, publishedAt: "2025-09-23" },
      sources: { own: 1, other: 1 },
      spread: 16e9 - 16.3e6,
    });
    expect(slip?.ratio).toBeCloseTo(16e9 / 16.3e6);
    expect(slip?.otherSource?.quote).toMatch(/^Ark's funds purchased about \$16\.3 million/);
    const implausible = words(slip);
    expect(implausible).toContain("Likely million/billion slip: over $16 billion is about 1,000 times larger than the figure Reuters (September 23, 2025) reports, about $16.3 million (“Ark's funds");
    expect(implausible).toContain("$16.3 million");
    expect(implausible).toContain("Reuters (September 23, 2025)");
    expect(implausible).toContain("Ark's funds purchased about $16.3 million of Alibaba's U.S.-listed shares");

    expect(kinds(reutersCheck.flags)).toEqual(["conflict", "implausible"]);
    const reverse = words(reutersCheck.flags.find((flag) => flag.kind === "implausible"));
    expect(reverse).toContain("$16 billion");
    expect(reverse).toContain("“Alibaba shares hit a near four-year high on a bigger AI spending push” (September 24, 2025)");
  });

  it("with three sources, marks only the figure the majority contradicts as implausible", () => {
    const ours = claim(sample, sampleArk);
    const theirs = claim(reuters, reutersArk);
    const third = claim(cnbc, cnbcArk);
    const checks = verifyFacts([ours, theirs, third]);

    expect(kinds(checkOf(checks, ours).flags)).toEqual(["conflict", "conflict", "implausible"]);
    const slip = checkOf(checks, ours).flags.find((flag) => flag.kind === "implausible");
    expect(slip?.sources).toEqual({ own: 1, other: 2 });
    expect(words(slip)).toContain("2 of 3 sources give the other magnitude.");
    for (const majority of [theirs, third]) {
      const check = checkOf(checks, majority);
      expect(check.status).toBe("conflict");
      expect(kinds(check.flags)).toEqual(["conflict"]);
      expect(check.agreeing).toHaveLength(1);
      expect(check.disagreeing).toEqual([ours]);
    }
  });

  it("calls a gap far from 1,000x a conflict, not a slip", () => {
    const bought = (find: string, value: number) =>
      claim(story(`Ark Invest purchased over ${find} of Alibaba stock on Monday.`), { ...sampleArk, find, value });
    const hundredfold = bought("$1.6 billion", 1.6e9);
    const thirteenHundredfold = bought("$21.2 billion", 21.2e9);
    const theirs = claim(reuters, reutersArk);
    for (const ours of [hundredfold, thirteenHundredfold]) {
      const check = checkOf(verifyFacts([ours, theirs]), ours);
      expect(check.status).toBe("conflict");
      expect(kinds(check.flags)).toEqual(["conflict"]);
    }
  });
});

describe("verifyFacts: agreement", () => {
  it("corroborates the same figure reported by other sources", () => {
    const adrs = claim(sample, { find: "9%", value: 9, unit: "%", change: "up", metric: "share price change", subject: "BABA" });
    const hongKong = claim(cnbc, { find: "9.2%", value: 9.2, unit: "%", change: "up", metric: "stock price change", subject: "BABA" }, 1);
    const adrsAbout = claim(cnbc, { find: "9%", near: "jumped about 9%", value: 9, unit: "%", qualifier: "about", change: "up", metric: "ADR price move", subject: "BABA" }, 2);
    const checks = verifyFacts([adrs, hongKong, adrsAbout]);
    expect(checkOf(checks, adrs)).toMatchObject({ status: "corroborated", agreeing: [hongKong, adrsAbout], disagreeing: [], flags: [] });
  });

  it("reads 'more than X' as X to 5% above X", () => {
    const moreThan = claim(sample, { find: "$53 billion", value: 53e9, unit: "USD", qualifier: "more than", basis: "guidance", period: "three years", metric: "AI investment commitment", subject: "BABA" });
    const at = (value: number) =>
      claim(cnbc, { find: "$53 billion", value, unit: "USD", basis: "guidance", period: "over three years", metric: "AI spending", subject: "BABA" });
    expect(statusOf(moreThan, at(53e9))).toBe("corroborated");
    expect(statusOf(moreThan, at(55.5e9))).toBe("corroborated");
    expect(statusOf(moreThan, at(57e9))).toBe("conflict");
    expect(statusOf(moreThan, at(50e9))).toBe("conflict");
  });

  it("reads 'about' as ±5% and a plain figure to the precision it is written with", () => {
    const about = claim(cnbc, { find: "9%", near: "jumped about 9%", value: 9, qualifier: "about", unit: "%", change: "up", metric: "share price change", subject: "BABA" });
    const at = (find: string, value: number) =>
      claim(story(`Alibaba's ADRs rose ${find} on Wednesday.`), { find, value, unit: "%", change: "up", metric: "share price change", subject: "BABA" });
    expect(statusOf(about, at("9.4%", 9.4))).toBe("corroborated");
    expect(statusOf(about, at("8.2%", 8.2))).toBe("conflict");
    // "9.2%" is 9.15-9.25 and "9%" is 8.5-9.5, so they agree; "9.7%" does not.
    const hongKong = claim(cnbc, { find: "9.2%", value: 9.2, unit: "%", change: "up", metric: "share price change", subject: "BABA" });
    expect(statusOf(hongKong, at("9%", 9))).toBe("corroborated");
    expect(statusOf(hongKong, at("9.7%", 9.7))).toBe("conflict");
  });

  it("agrees when ranges overlap and not otherwise", () => {
    const meta = (find: string, value: number, high: number | null, publisher: string) =>
      claim(story(`Meta expects 2025 capital expenditures of ${find}.`, publisher), { find, value, high, unit: "USD", basis: "guidance", period: "2025", metric: "capital expenditures", subject: "META" });
    const range = meta("$66 billion to $72 billion", 66e9, 72e9, "CNBC");
    expect(statusOf(range, meta("$70 billion", 70e9, null, "Reuters"))).toBe("corroborated");
    expect(statusOf(range, meta("$64 billion to $66 billion", 64e9, 66e9, "Reuters"))).toBe("corroborated");
    expect(statusOf(range, meta("$75 billion", 75e9, null, "Reuters"))).toBe("conflict");
  });

  it("disagrees when the directions differ, whatever the size", () => {
    const up = claim(sample, { find: "9%", value: 9, unit: "%", change: "up", metric: "share price change", subject: "BABA" });
    const down = claim(story("Alibaba's ADRs fell 9% on Wednesday."), { find: "9%", value: 9, unit: "%", change: "down", metric: "share price change", subject: "BABA" });
    const check = checkOf(verifyFacts([up, down]), up);
    expect(check.status).toBe("conflict");
    expect(check.flags[0]).toMatchObject({ check: "conflict", figure: { value: 9, change: "up" }, other: { value: 9, change: "down" }, ratio: 1, spread: 0 });
    expect(words(check.flags[0])).toContain("This article says 9% (up); Bloomberg (September 25, 2025) reports 9% (down)");
  });

  it("names the other source's publisher, date, figure and quote in a conflict", () => {
    const ours = claim(sample, { find: "26%", value: 26, unit: "%", change: "up", period: "April–June quarter", metric: "cloud revenue growth", subject: "BABA" });
    const other = story("Alibaba's cloud unit grew revenue 20% from a year earlier in the April–June quarter.", "Reuters", "2025-09-23");
    const theirs = claim(other, { find: "20%", value: 20, unit: "%", change: "up", period: "Q2 2025", metric: "cloud revenue", subject: "BABA" });
    const [conflict] = checkOf(verifyFacts([ours, theirs]), ours).flags;
    expect(conflict).toEqual({
      kind: "conflict",
      check: "conflict",
      evidence: { slug: other.slug, position: theirs.position },
      figure: { value: 26, high: null, unit: "%", per: null, change: "up", written: "26%" },
      other: { value: 20, high: null, unit: "%", per: null, change: "up", written: "20%" },
      otherSource: { publisher: "Reuters", title: other.title, publishedAt: "2025-09-23", quote: other.text },
      ratio: 1.3,
      spread: 6,
    });
    expect(words(conflict)).toBe(
      "This article says 26%; Reuters (September 23, 2025) reports 20%: “Alibaba's cloud unit grew revenue 20% from a year earlier in the April–June quarter.”",
    );
    const untitled = claim({ ...other, publisher: null, title: "Alibaba cloud slows" }, { find: "20%", value: 20, unit: "%", change: "up", period: "Q2 2025", metric: "cloud revenue", subject: "BABA" });
    expect(words(checkOf(verifyFacts([ours, untitled]), ours).flags[0])).toContain("“Alibaba cloud slows” (September 23, 2025) reports 20%");
  });
});

describe("verifyFacts: what counts as the same claim", () => {
  const cloud = (article: Article, spec: Partial<FigureSpec> = {}) =>
    claim(article, { find: "26%", value: 26, unit: "%", change: "up", period: "April–June quarter", metric: "cloud revenue growth", subject: "BABA", ...spec });

  it("normalizes metrics through the word table", () => {
    expect(statusOf(cloud(sample), cloud(reuters, { metric: "Cloud revenue" }))).toBe("corroborated");
    expect(statusOf(cloud(sample), cloud(reuters, { metric: "revenue growth" }))).toBe("alone");
    const capex = (metric: string) =>
      claim(story("Alphabet raised its 2025 capital spending forecast to $85 billion."), { find: "$85 billion", value: 85e9, unit: "USD", basis: "guidance", period: "2025", metric, subject: "GOOGL" });
    const sameCapex = claim(story("Alphabet now plans $85 billion of capex in 2025.", "Reuters"), { find: "$85 billion", value: 85e9, unit: "USD", basis: "guidance", period: "2025", metric: "capex", subject: "GOOGL" });
    expect(statusOf(capex("capital spending forecast"), sameCapex)).toBe("corroborated");
    expect(statusOf(capex("cloud revenue"), sameCapex)).toBe("alone");
  });

  it("compares subjects case-insensitively and, with entity lists, ticker and company name as one", () => {
    expect(statusOf(cloud(sample, { subject: "Alibaba" }), cloud(reuters, { subject: "alibaba" }))).toBe("corroborated");
    const byName = cloud(sample, { subject: "Alibaba Group Holding Ltd." });
    const byTicker = cloud(reuters, { subject: "BABA" });
    expect(checkOf(verifyFacts([byName, byTicker]), byName).status).toBe("alone");
    const entities = { [reuters.slug]: [entity(reuters.text, "Alibaba Group Holding Ltd.", "company", ["BABA"], ["Alibaba"])] };
    expect(checkOf(verifyFacts([byName, byTicker], { entities }), byName).status).toBe("corroborated");
    expect(statusOf(cloud(sample, { subject: "NVDA" }), cloud(reuters))).toBe("alone");
  });

  it("stands in a missing subject with the one party its passage names, never with several", () => {
    const entities = {
      [sample.slug]: [entity(sample.text, "Alibaba", "company", ["BABA"], ["Alibaba"]), entity(sample.text, "Ark Invest", "fund", [])],
      [reuters.slug]: [entity(reuters.text, "Alibaba Group Holding Ltd.", "company", ["BABA"], ["Alibaba"])],
    };
    const namesAlibabaOnly = claim(sample, { find: "112%", value: 112, unit: "%", change: "up", period: "year to date", qualifier: "more than", metric: "share price change", subject: null });
    // The same day's year to date: a claim's period (lib/verify/claims.ts) runs to its article's day.
    const stated = claim(story("Alibaba's stock has surged 50% year to date.", "Bloomberg", sample.publishedAt!), { find: "50%", value: 50, unit: "%", change: "up", period: "year to date", metric: "share price change", subject: "BABA" });
    expect(checkOf(verifyFacts([namesAlibabaOnly, stated], { entities }), namesAlibabaOnly).status).toBe("conflict");

    const namesTwo = claim(sample, { ...sampleArk, subject: null, metric: "share price change", find: "$16 billion", unit: "USD" });
    const statedTwo = claim(reuters, { ...reutersArk, metric: "share price change" });
    expect(checkOf(verifyFacts([namesTwo, statedTwo], { entities }), namesTwo).status).toBe("alone");
    expect(checkOf(verifyFacts([namesAlibabaOnly, stated]), namesAlibabaOnly).status).toBe("alone");
  });

  it("matches a purchase by its parties, whether the buyer or the stock is the subject", () => {
    const entities = {
      [sample.slug]: [
        entity(sample.text, "Alibaba Group Holding Ltd.", "company", ["BABA"], ["Alibaba"]),
        entity(sample.text, "Ark Invest", "fund", [], ["Ark Invest"]),
        entity(sample.text, "Cathie Wood", "person", []),
        entity(sample.text, "Ark Fintech Innovation ETF", "fund", ["ARK-F"]),
        entity(sample.text, "ARK Next Generation Internet ETF", "fund", ["ARK-W"]),
      ],
      [reuters.slug]: [
        entity(reuters.text, "Alibaba Group Holding Ltd.", "company", ["BABA"], ["Alibaba"]),
        entity(reuters.text, "Ark Invest", "fund", [], ["Ark Invest", "Ark's"]),
        entity(reuters.text, "ARK Fintech Innovation ETF", "fund", ["ARKF"]),
        entity(reuters.text, "ARK Next Generation Internet ETF", "fund", ["ARKW"]),
      ],
    };
    const buyer = claim(sample, { ...sampleArk, subject: "Ark Invest" });
    const stock = claim(reuters, { ...reutersArk, subject: "BABA" });
    expect(checkOf(verifyFacts([buyer, stock], { entities }), buyer).status).toBe("conflict");
    expect(checkOf(verifyFacts([buyer, stock]), buyer).status).toBe("alone");

    const baidu: Article = {
      slug: "ark-buys-baidu",
      title: "Ark adds Baidu",
      publisher: "Reuters",
      publishedAt: "2025-09-23",
      text: "Ark Invest bought about $16.3 million of Baidu shares on Monday, through ARKF.",
    };
    const otherStock = claim(baidu, { ...reutersArk, subject: "Ark Invest", period: null });
    const withBaidu = {
      ...entities,
      [baidu.slug]: [entity(baidu.text, "Ark Invest", "fund", []), entity(baidu.text, "Baidu", "company", ["BIDU"]), entity(baidu.text, "ARK Fintech Innovation ETF", "fund", ["ARKF"], ["ARKF"])],
    };
    expect(checkOf(verifyFacts([buyer, otherStock], { entities: withBaidu }), buyer).status).toBe("alone");

    // One names the firm, the other its ETFs: they share the stock and name no other company.
    const byFirm = claim(cnbc, { ...cnbcArk, subject: "Cathie Wood's Ark Invest" });
    const withFirm = {
      ...entities,
      [cnbc.slug]: [entity(cnbc.text, "Alibaba Group Holding Ltd.", "company", ["BABA"], ["Alibaba"]), entity(cnbc.text, "Cathie Wood's Ark Invest", "company", [])],
    };
    const etfs = claim(reuters, { ...reutersArk, subject: "ARKF" });
    expect(checkOf(verifyFacts([byFirm, etfs], { entities: withFirm }), byFirm).status).toBe("corroborated");
  });

  it("needs the same basis, reading a missing basis as reported", () => {
    expect(statusOf(cloud(sample), cloud(reuters, { basis: "estimate" }))).toBe("alone");
    expect(statusOf(cloud(sample), cloud(reuters, { basis: null }))).toBe("corroborated");
  });

  it("needs a compatible period", () => {
    expect(statusOf(cloud(sample), cloud(reuters, { period: "Q2 2025" }))).toBe("corroborated");
    expect(statusOf(cloud(sample), cloud(reuters, { period: "quarter ended June 30" }))).toBe("corroborated");
    expect(statusOf(cloud(sample), cloud(reuters, { period: "Q1 2025" }))).toBe("alone");
    expect(statusOf(cloud(sample), cloud(reuters, { period: null }))).toBe("alone");
  });

  it("reads undated figures as of their article's date", () => {
    const september = claim(sample, { find: "9%", value: 9, unit: "%", change: "up", metric: "share price change", subject: "BABA" });
    const jump = (article: Article) => claim(article, { find: "13%", value: 13, unit: "%", change: "up", metric: "share price change", subject: "BABA" });
    expect(statusOf(september, jump(story("Alibaba's U.S.-listed shares jumped about 13% on Friday.", "Bloomberg", "2025-08-29")))).toBe("alone");
    expect(statusOf(september, jump(story("Alibaba's U.S.-listed shares jumped about 13% on Friday.", "Bloomberg", "2025-09-26")))).toBe("conflict");
  });

  it("resolves a weekday against the publication date", () => {
    const undated = claim(sample, sampleArk);
    expect(statusOf(undated, claim(reuters, { ...reutersArk, period: "Monday" }))).toBe("conflict");
    expect(statusOf(undated, claim(reuters, { ...reutersArk, period: "Sept. 15" }))).toBe("alone");
  });

  it("needs the same unit: yuan and dollars are not converted", () => {
    const dollars = claim(sample, { find: "$53 billion", value: 53e9, unit: "USD", qualifier: "more than", period: "three years", basis: "guidance", metric: "AI investment commitment", subject: "BABA" });
    const yuan = claim(story("Alibaba committed 380 billion yuan over three years to AI."), { find: "380 billion yuan", value: 380e9, unit: "CNY", period: "three years", basis: "guidance", metric: "AI investment commitment", subject: "BABA" });
    const dollarsAgain = claim(story("Alibaba committed $53 billion over three years to AI."), { find: "$53 billion", value: 53e9, unit: "USD", period: "three years", basis: "guidance", metric: "AI investment commitment", subject: "BABA" });
    expect(statusOf(dollars, dollarsAgain)).toBe("corroborated");
    expect(statusOf(dollars, yuan)).toBe("alone");
  });

  it("compares index points only with index points, a move only with a move and a level with a level", () => {
    const move = claim(story("The Dow fell 367.17 points, or 1.1%, to 33,684.53.", "Reuters"), { find: "367.17 points", value: 367.17, unit: "points", change: "down", metric: "index change", subject: "Dow" });
    const level = claim(story("The Dow fell 367.17 points, or 1.1%, to 33,684.53.", "Reuters"), { find: "33,684.53", value: 33684.53, unit: "points", metric: "index level", subject: "Dow" }, 2);
    const moveAgain = claim(story("The Dow lost 367 points on Tuesday.", "AP", "2025-09-25"), { find: "367 points", value: 367, unit: "points", change: "down", metric: "index change", subject: "Dow" });
    const levelAgain = claim(story("The Dow ended at 33,684.5 on Tuesday.", "CNBC", "2025-09-25"), { find: "33,684.5", value: 33684.5, unit: "points", metric: "index level", subject: "Dow" });
    const levelAsCount = claim(story("The Dow ended at 33,684 on Tuesday.", "CNBC", "2025-09-25"), { find: "33,684", value: 33684, unit: "count", metric: "index level", subject: "Dow" });
    expect(statusOf(move, moveAgain)).toBe("corroborated");
    expect(statusOf(level, levelAgain)).toBe("corroborated");
    expect(statusOf(move, levelAgain)).toBe("alone");
    expect(statusOf(level, moveAgain)).toBe("alone");
    expect(statusOf(level, levelAsCount)).toBe("alone");
    // A move the extractor named "index level" is still a move: it has a direction.
    const moveNamedLevel = claim(story("The Dow lost 367 points on Tuesday.", "AP", "2025-09-25"), { find: "367 points", value: 367, unit: "points", change: "down", metric: "index level", subject: "Dow" });
    expect(statusOf(level, moveNamedLevel)).toBe("alone");
    expect(statusOf(move, moveNamedLevel)).toBe("corroborated");
  });

  it("needs the same 'per': a per-share figure is not a total", () => {
    const perShare = claim(story("Alibaba will pay an annual dividend of $1.05 per ADS."), { find: "$1.05", value: 1.05, unit: "USD", per: "share", metric: "dividend", subject: "BABA" });
    const total = claim(story("Alibaba will pay $1.05 billion in dividends.", "Reuters"), { find: "$1.05 billion", value: 1.05e9, unit: "USD", metric: "dividend", subject: "BABA" });
    const perShareAgain = claim(story("Alibaba set its dividend at $1.05 per ADS.", "CNBC"), { find: "$1.05", value: 1.05, unit: "USD", per: "share", metric: "dividend", subject: "BABA" });
    expect(statusOf(perShare, total)).toBe("alone");
    expect(statusOf(perShare, perShareAgain)).toBe("corroborated");
  });

  it("never compares an article with itself", () => {
    const first = claim(sample, { find: "9%", value: 9, unit: "%", change: "up", metric: "share price change", subject: "BABA" }, 0);
    const second = claim(sample, { find: "112%", value: 112, unit: "%", change: "up", metric: "share price change", subject: "BABA" }, 3);
    expect(verifyFacts([first, second]).map((check) => check.status)).toEqual(["alone", "alone"]);
  });
});

describe("verifyFacts: many disagreeing sources", () => {
  it("names five of them and counts the rest in one more flag, listing all of them as disagreeing", () => {
    const ours = claim(sample, { find: "9%", value: 9, unit: "%", change: "up", metric: "share price change", subject: "BABA" });
    const others = ["Reuters", "CNBC", "Bloomberg", "Barron's", "MarketWatch", "Nikkei", "Caixin"].map((publisher) =>
      claim(story("Alibaba's ADRs rose 5% on Wednesday.", publisher), { find: "5%", value: 5, unit: "%", change: "up", metric: "share price change", subject: "BABA" }),
    );
    const check = checkOf(verifyFacts([ours, ...others]), ours);
    expect(check.disagreeing).toHaveLength(7);
    expect(check.flags).toHaveLength(6);
    expect(words(check.flags[4])).toContain("MarketWatch (September 25, 2025) reports 5%");
    expect(check.flags[5]).toEqual({ kind: "conflict", check: "conflicts-unnamed", figure: { value: 9, high: null, unit: "%", per: null, change: "up", written: "9%" }, unnamed: 2 });
    expect(words(check.flags[5])).toBe("2 more reports disagree with 9%.");
  });
});

describe("verifyFacts: output", () => {
  it("returns one check per numeric fact, in input order, and none for events", () => {
    const event = sourced(sample, eventFact(sample.text, "conference in Hangzhou"), 0);
    const adrs = claim(sample, { find: "9%", value: 9, unit: "%", change: "up", metric: "share price change", subject: "BABA" }, 1);
    const noMetric = claim(sample, { find: "26%", value: 26, unit: "%", metric: null, subject: "BABA" }, 2);
    const checks = verifyFacts([event, adrs, noMetric]);
    expect(checks.map((check) => [check.slug, check.position, check.status])).toEqual([
      [sample.slug, 1, "alone"],
      [sample.slug, 2, "alone"],
    ]);
  });
});
