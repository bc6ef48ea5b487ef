import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Fact, Span } from "@/lib/contract";
import { planCitations, quoteSelector, resolveQuote, storedAnchors, type StoredAnchor } from "@/lib/ingest/anchors";
import { parseArticle } from "@/lib/parse";
import { PROJECT_ROOT } from "@/lib/testing/database";

function articleText(name: string): string {
  const file = path.join(PROJECT_ROOT, "content/articles", name);
  return parseArticle(file, readFileSync(file)).text;
}

const TEXT = articleText("alibaba-ai-push.md");
const CLOUD = "Cloud revenue has been a key driver of growth, rising 26% year over year in the April–June quarter.";
const ARK = "Ark Invest’s Cathie Wood, who purchased over $16 billion of Alibaba stock on Monday";

function spanOf(text: string, quote: string, from = 0): Span {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`not in the text: ${quote}`);
  return [start, start + quote.length];
}

function fact(cite: Span): Fact {
  return { kind: "statement", statement: "s", metric: null, basis: null, subject: null, period: null, cite, figure: null, flags: [] };
}

describe("quoteSelector", () => {
  it("keeps the quote and 32 characters of context either side", () => {
    const selector = quoteSelector(TEXT, spanOf(TEXT, CLOUD));
    expect(selector.exact).toBe(CLOUD);
    expect(selector.prefix).toHaveLength(32);
    expect(selector.suffix).toHaveLength(32);
    expect(TEXT).toContain(selector.prefix + CLOUD + selector.suffix);
  });

  it("takes what there is at the edges of the text, and never half a surrogate pair", () => {
    expect(quoteSelector("Up 9% today.", [0, 5])).toEqual({ exact: "Up 9%", prefix: "", suffix: " today." });
    const text = `😀${"y".repeat(31)}rose 9% ${"😀".repeat(20)}`;
    const { prefix, suffix } = quoteSelector(text, spanOf(text, "rose 9%"));
    expect(prefix).toBe("y".repeat(31)); // the 32nd character back is the emoji's low half
    expect(suffix).toBe(` ${"😀".repeat(15)}`); // the 32nd character on, the 16th's high half
  });
});

describe("resolveQuote on a real article", () => {
  const cloud = spanOf(TEXT, CLOUD);
  const selector = quoteSelector(TEXT, cloud);

  it("finds an unchanged passage where it was", () => {
    expect(resolveQuote(TEXT, selector, cloud[0])).toEqual(cloud);
  });

  it("follows the passage when text is inserted before it", () => {
    const inserted = "Editor’s note: this story adds Alibaba’s Hong Kong share move, up 8% on the day.\n";
    const edited = inserted + TEXT;
    const found = resolveQuote(edited, selector, cloud[0]);
    expect(found).toEqual([cloud[0] + inserted.length, cloud[1] + inserted.length]);
    expect(edited.slice(...found!)).toBe(CLOUD);
  });

  it("gives null for an edited passage: its quote is gone", () => {
    const edited = TEXT.replace("rising 26% year over year", "rising 28% year over year");
    expect(resolveQuote(edited, selector, cloud[0])).toBeNull();
    expect(resolveQuote(TEXT.replace(CLOUD, ""), selector, cloud[0])).toBeNull();
  });

  it("tells a repeated sentence apart by its context, wherever the old offset points", () => {
    // The article ends by repeating the cloud sentence in a new paragraph.
    const text = `${TEXT}\nAs the company put it: ${CLOUD} Analysts agreed.`;
    const first = spanOf(text, CLOUD);
    const second = spanOf(text, CLOUD, first[1]);
    const firstSelector = quoteSelector(text, first);
    const secondSelector = quoteSelector(text, second);
    // Text inserted before both: the old offsets are now nearer the wrong occurrence.
    const edited = "x".repeat(second[0] - first[0]) + text;
    const shift = second[0] - first[0];
    expect(resolveQuote(edited, firstSelector, first[0])).toEqual([first[0] + shift, first[1] + shift]);
    expect(resolveQuote(edited, secondSelector, second[0])).toEqual([second[0] + shift, second[1] + shift]);
  });

  it("gives null when repeats agree equally with the context and sit equally far from the old offset", () => {
    const paragraph = TEXT.split("\n").find((p) => p.includes(CLOUD))!;
    const text = `${paragraph}\n${paragraph}`;
    const first = spanOf(text, CLOUD);
    const second = spanOf(text, CLOUD, first[1]);
    const selector = quoteSelector(text, first);
    // Same 32 characters around both: the nearer one to the old offset wins…
    expect(resolveQuote(text, selector, first[0])).toEqual(first);
    expect(resolveQuote(text, selector, second[0])).toEqual(second);
    // …and exactly between them nothing is guessed.
    expect(resolveQuote(text, selector, (first[0] + second[0]) / 2)).toBeNull();
  });

  it("ignores changes of whitespace: CRLF line ends, a re-wrapped line, doubled spaces", () => {
    const ark = spanOf(TEXT, ARK);
    const arkSelector = quoteSelector(TEXT, ark);
    const edited = TEXT.replace(/\n/g, "\r\n").replace("who purchased over", "who\r\npurchased  over");
    const found = resolveQuote(edited, arkSelector, ark[0])!;
    expect(found).not.toBeNull();
    expect(edited.slice(...found)).toBe("Ark Invest’s Cathie Wood, who\r\npurchased  over $16 billion of Alibaba stock on Monday");
    // And back: a quote stored with the odd whitespace is found in the clean text.
    expect(resolveQuote(TEXT, quoteSelector(edited, found), found[0])).toEqual(ark);
  });

  it("gives null for an empty quote", () => {
    expect(resolveQuote(TEXT, { exact: " ", prefix: "", suffix: "" }, 0)).toBeNull();
  });
});

describe("planCitations", () => {
  const sentences = ["Shares of Alibaba", "Wu said global", CLOUD, "Investor confidence", "The rally was"].map((s) => {
    const start = TEXT.indexOf(s);
    return [start, TEXT.indexOf(".", start + s.length - 1) + 1] as Span;
  });
  const facts = [sentences[2]!, sentences[0]!, sentences[1]!, sentences[2]!, sentences[3]!, sentences[4]!].map(fact);

  function anchorsOf(text: string, plan: ReturnType<typeof planCitations>, of: readonly Fact[]): StoredAnchor[] {
    return storedAnchors(
      text,
      of.map((f, i) => ({
        citation: plan.citations[i]!,
        citeStart: f.cite[0],
        citeEnd: f.cite[1],
        quoteExact: plan.selectors[i]!.exact,
        quotePrefix: plan.selectors[i]!.prefix,
        quoteSuffix: plan.selectors[i]!.suffix,
      })),
    );
  }

  it("numbers a first seed's passages 1, 2, 3… in reading order, one number per passage", () => {
    const plan = planCitations(TEXT, facts, null);
    expect(plan.citations).toEqual([3, 1, 2, 3, 4, 5]);
    expect(plan.maxCitation).toBe(5);
    expect(plan.selectors[0]).toEqual(quoteSelector(TEXT, sentences[2]!));
    expect(plan).toMatchObject({ dropped: [], retired: [] });
  });

  it("keeps the numbers of passages found again, gives new passages new numbers, drops the gone", () => {
    const first = planCitations(TEXT, facts, null);
    const anchors = anchorsOf(TEXT, first, facts);
    // A paragraph inserted at the top, the second passage rewritten.
    const inserted = "Editor’s note: Alibaba’s Hong Kong shares rose 8% on the day.\n";
    const rewritten = "Wu said worldwide spending on artificial intelligence could reach $4 trillion within five years.";
    const edited = inserted + TEXT.slice(0, sentences[1]![0]) + rewritten + TEXT.slice(sentences[1]![1]);
    const newFacts = [[0, inserted.length - 1] as Span, ...[/Shares of Alibaba[^.]*\./, /Wu said[^.]*\./, new RegExp(CLOUD.replace(/[.]/g, "\\.")), /Investor confidence[^.]*\./, /The rally was[^.]*\./].map((re) => {
      const m = re.exec(edited)!;
      return [m.index, m.index + m[0].length] as Span;
    })].map(fact);

    const plan = planCitations(edited, newFacts, { anchors, maxCitation: first.maxCitation });
    // Reading order: inserted (new), 1, rewritten (new), 3, 4, 5.
    expect(plan.citations).toEqual([6, 1, 7, 3, 4, 5]);
    expect(plan.dropped).toEqual([2]);
    expect(plan.maxCitation).toBe(7);
    for (const [i, f] of newFacts.entries()) expect(plan.selectors[i]!.exact).toBe(edited.slice(...f.cite));
  });

  it("never gives a number again, even one above every number left", () => {
    const first = planCitations(TEXT, facts, null);
    const withoutLast = facts.filter((f) => f.cite !== sentences[4]);
    const second = planCitations(TEXT, withoutLast, { anchors: anchorsOf(TEXT, first, facts), maxCitation: first.maxCitation });
    expect(second.citations).toEqual([3, 1, 2, 3, 4]);
    expect(second.retired).toEqual([5]); // the quote is still there; no fact cites it now
    const third = planCitations(TEXT, facts, { anchors: anchorsOf(TEXT, second, withoutLast), maxCitation: second.maxCitation });
    expect(third.citations).toEqual([3, 1, 2, 3, 4, 6]);
    expect(third.maxCitation).toBe(6);
  });

  it("an unchanged text keeps every number", () => {
    const first = planCitations(TEXT, facts, null);
    const again = planCitations(TEXT, facts, { anchors: anchorsOf(TEXT, first, facts), maxCitation: first.maxCitation });
    expect(again).toEqual(first);
  });

  it("gives a repeated sentence that lost one occurrence to the anchor of the one left", () => {
    const text = `${TEXT}\nAs the company put it: ${CLOUD} Analysts agreed.`;
    const early = spanOf(text, CLOUD);
    const late = spanOf(text, CLOUD, early[1]);
    const twoFacts = [fact(early), fact(late)];
    const first = planCitations(text, twoFacts, null);
    expect(first.citations).toEqual([1, 2]);
    // The early occurrence is deleted; the late one is now the only one.
    const edited = text.slice(0, early[0]) + text.slice(early[1]);
    const left = spanOf(edited, CLOUD);
    const plan = planCitations(edited, [fact(left)], { anchors: anchorsOf(text, first, twoFacts), maxCitation: 2 });
    expect(plan.citations).toEqual([2]);
    expect(plan.dropped).toEqual([1]);
  });

  it("finds the passages of facts stored before selectors were, from the old text", () => {
    const rows = [{ citation: 4, citeStart: sentences[2]![0], citeEnd: sentences[2]![1], quoteExact: null, quotePrefix: null, quoteSuffix: null }];
    const [anchor] = storedAnchors(TEXT, rows);
    expect(anchor).toEqual({ citation: 4, cite: sentences[2], selector: quoteSelector(TEXT, sentences[2]!) });
    const edited = "New first line.\n" + TEXT;
    const plan = planCitations(edited, [fact(spanOf(edited, CLOUD))], { anchors: [anchor!], maxCitation: 0 });
    expect(plan.citations).toEqual([4]);
  });
});
