// Re-seeding a changed article, through the real ingest path into real databases (SQLite and PostgreSQL):
// passages found again keep their citation numbers (so saved #cite-n links stay right),
// passages whose quote is gone take their numbers with them, new passages get new ones.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedArticles } from "@/lib/ingest";
import { createTestDatabase, PROJECT_ROOT, runSeedCli, tempDir, type TestDatabase, describeOnEngines } from "@/lib/testing/database";

const SAMPLE = path.join(PROJECT_ROOT, "content/articles/alibaba-ai-push.md");
const INSERTED = "Editor’s note: this story was updated to add that Alibaba’s Hong Kong-listed shares closed 8% higher.";
const CLOUD = "Cloud revenue has been a key driver of growth, rising 26% year over year in the April–June quarter.";
const CLOUD_REWRITTEN = "Cloud revenue grew 26% from a year earlier in the April–June quarter, making it a key driver of growth.";
const EMPHASIS = "Wu emphasized that cloud and AI, alongside e-commerce, are central to Alibaba’s long-term growth strategy.";
const ARK = "The rally was further fueled by Ark Invest’s Cathie Wood";

/** The sample with a paragraph inserted before every cited passage, one cited sentence rewritten and one deleted. */
function editedSample(): string {
  const original = readFileSync(SAMPLE, "utf8");
  const edited = original
    .replace("---\n\nShares of", `---\n\n${INSERTED}\nShares of`)
    .replace(CLOUD, CLOUD_REWRITTEN)
    .replace(` ${EMPHASIS}`, "");
  expect(edited).not.toBe(original);
  expect(edited).not.toContain(CLOUD);
  expect(edited).not.toContain(EMPHASIS);
  return edited;
}

let db: TestDatabase;
let dir: string;
let file: string;
describeOnEngines("reseed", (engine) => {
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    dir = tempDir("reseed");
    file = path.join(dir, "alibaba-ai-push.md");
    copyFileSync(SAMPLE, file);
  });
  afterEach(async () => {
    await db.dispose();
  });

  async function stored() {
    const article = await db.prisma.article.findUniqueOrThrow({
      where: { slug: "alibaba-ai-push" },
      include: { facts: { orderBy: { position: "asc" } } },
    });
    /** citation number -> the quote its passage shows, as the page would cut it from the text. */
    const passages = new Map(article.facts.map((f) => [f.citation, article.text.slice(f.citeStart, f.citeEnd)]));
    return { article, facts: article.facts, passages };
  }

  const numberOf = (passages: Map<number, string>, quote: string) => [...passages].find(([, q]) => q.includes(quote))?.[0];

  describe("re-seeding a changed article", () => {
    it("keeps the numbers of passages still in the text, drops the gone ones and never reuses a number", async () => {
      await seedArticles([file], { database: db.url });
      const before = await stored();
      // First seed: one number per passage, 1…n in reading order.
      const firstNumbers = [...before.passages.keys()];
      expect(firstNumbers.toSorted((a, b) => a - b)).toEqual(firstNumbers.map((_, i) => i + 1));
      const cloudNumber = numberOf(before.passages, CLOUD)!;
      const emphasisNumber = numberOf(before.passages, EMPHASIS)!;
      expect(cloudNumber).toBeDefined();
      expect(emphasisNumber).toBeDefined();

      writeFileSync(file, editedSample());
      const { outcomes } = await seedArticles([file], { database: db.url });
      expect(outcomes).toMatchObject([{ status: "updated", droppedCitations: [cloudNumber, emphasisNumber].sort((a, b) => a - b) }]);
      const after = await stored();

      // Every fact's stored selector is its passage in the new text.
      for (const f of after.facts) {
        expect(after.article.text.slice(f.citeStart, f.citeEnd)).toBe(f.quoteExact);
        expect(after.article.text.slice(f.citeStart - f.quotePrefix!.length, f.citeEnd + f.quoteSuffix!.length)).toBe(
          f.quotePrefix! + f.quoteExact! + f.quoteSuffix!,
        );
      }
      // Passages still in the text keep their numbers, at offsets moved by the inserted paragraph.
      const kept = [...before.passages].filter(([n]) => n !== cloudNumber && n !== emphasisNumber);
      expect(kept.length).toBeGreaterThanOrEqual(8);
      for (const [n, quote] of kept) {
        expect(after.passages.get(n)).toBe(quote);
        const old = before.facts.find((f) => f.citation === n)!;
        const start = after.facts.find((f) => f.citation === n)!.citeStart;
        expect(start).toBe(after.article.text.indexOf(quote));
        expect(after.article.text.indexOf(quote, start + 1)).toBe(-1);
        expect(start).not.toBe(old.citeStart); // every kept passage moved
      }
      // The rewritten and deleted passages' facts are gone, and so are their numbers.
      expect(after.passages.has(cloudNumber)).toBe(false);
      expect(after.passages.has(emphasisNumber)).toBe(false);
      expect(after.facts.some((f) => f.quoteExact!.includes("rising 26% year over year"))).toBe(false);
      // New passages get numbers the article never had, in reading order.
      const maxBefore = Math.max(...before.passages.keys());
      expect(numberOf(after.passages, INSERTED)).toBe(maxBefore + 1);
      expect(numberOf(after.passages, CLOUD_REWRITTEN)).toBe(maxBefore + 2);
      expect(after.article.maxCitation).toBe(maxBefore + 2);
      expect(after.passages.size).toBe(kept.length + 2);
    });

    it("an unchanged re-seed changes nothing, and the same text from another path keeps every number", async () => {
      await seedArticles([file], { database: db.url });
      writeFileSync(file, editedSample());
      await seedArticles([file], { database: db.url });
      const first = await stored();
      // Numbers carried over an edit are no longer 1…n: renumbering would show here.
      const numbers = [...first.passages.keys()].sort((a, b) => a - b);
      expect(numbers).not.toEqual(numbers.map((_, i) => i + 1));

      const again = await seedArticles([file], { database: db.url });
      expect(again.outcomes).toMatchObject([{ status: "unchanged", droppedCitations: [] }]);
      expect(await stored()).toEqual(first);

      // Another path: the article is rewritten in place (source changes, and the outcome says
      // which file it replaced), its passages found again.
      const moved = path.join(tempDir("reseed-moved"), "alibaba-ai-push.md");
      copyFileSync(file, moved);
      const { outcomes } = await seedArticles([moved], { database: db.url });
      expect(outcomes).toMatchObject([{ status: "replaced", previousSource: path.relative(process.cwd(), file), droppedCitations: [] }]);
      const after = await stored();
      const columns = (facts: typeof first.facts) =>
        facts.map(({ citation, citeStart, citeEnd, quoteExact, quotePrefix, quoteSuffix }) => ({ citation, citeStart, citeEnd, quoteExact, quotePrefix, quoteSuffix }));
      expect(columns(after.facts)).toEqual(columns(first.facts));
      expect(after.article.maxCitation).toBe(first.article.maxCitation);
    });

    it("a warning's link to another source follows that source's numbers after it was re-seeded", async () => {
      const content = tempDir("reseed-content");
      for (const name of readdirSync(path.join(PROJECT_ROOT, "content/articles"))) {
        copyFileSync(path.join(PROJECT_ROOT, "content/articles", name), path.join(content, name));
      }
      await seedArticles([content], { database: db.url });
      // The Ark article, the evidence against the sample's "$16 billion", gets a cited paragraph on top.
      const ark = path.join(content, "ark-invest-buys-alibaba.md");
      writeFileSync(ark, readFileSync(ark, "utf8").replace("---\n\nCathie Wood's", "---\n\nAlibaba's shares rose 9% on Tuesday.\n\nCathie Wood's"));
      expect((await seedArticles([content], { database: db.url })).outcomes.filter((o) => o.status === "updated")).toHaveLength(1);

      const flag = await db.prisma.flag.findFirstOrThrow({
        where: { kind: "conflict", evidenceSlug: "ark-invest-buys-alibaba", fact: { article: { slug: "alibaba-ai-push" } } },
      });
      const evidence = await db.prisma.fact.findFirstOrThrow({
        where: { article: { slug: "ark-invest-buys-alibaba" }, position: flag.evidencePosition! },
      });
      expect(evidence.value).toBeCloseTo(16.3e6);
      // Kept its number although a passage now comes before it in reading order.
      expect(evidence.citation).toBe(2);
      expect(flag.evidenceCitation).toBe(evidence.citation);
    });

    it("a passage dropped in one re-seed does not give its number to a passage added in the next", async () => {
      const original = readFileSync(SAMPLE, "utf8");
      await seedArticles([file], { database: db.url });
      const first = await stored();
      const arkNumber = numberOf(first.passages, ARK)!;
      // The Ark passage is the last one cited: the highest number.
      expect(arkNumber).toBe(Math.max(...first.passages.keys()));

      const arkSentence = original.slice(original.indexOf(ARK), original.indexOf(".", original.indexOf("(ARK-W)")) + 1);
      writeFileSync(file, original.replace(arkSentence, "The rally was further fueled by Ark Invest."));
      const second = await seedArticles([file], { database: db.url });
      expect(second.outcomes).toMatchObject([{ status: "updated", droppedCitations: [arkNumber] }]);
      expect((await stored()).passages.has(arkNumber)).toBe(false);

      // The sentence comes back: a new passage as far as any saved link knows, so a new number.
      writeFileSync(file, original);
      await seedArticles([file], { database: db.url });
      const third = await stored();
      expect(numberOf(third.passages, ARK)).toBe(arkNumber + 1);
    });

    it("the seed command says how many citations were dropped because their quote is gone", async () => {
      const env = { DATABASE_URL: db.url };
      expect(runSeedCli([file], env).status).toBe(0);
      writeFileSync(file, editedSample());
      const run = runSeedCli([file], env);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(
        new RegExp(`^updated\\s+${file} -> /articles/alibaba-ai-push \\(\\d+ facts\\), 2 citations dropped \\(quote no longer in the text\\)$`, "m"),
      );
    });
  });
});
