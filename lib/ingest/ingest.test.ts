import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { factFromRow } from "@/lib/contract/rows";
import { seedArticles } from "@/lib/ingest";
import { createTestDatabase, describeOnEngines, PROJECT_ROOT, snapshotRows, tempDir, type TestDatabase } from "@/lib/testing/database";

const SAMPLE = path.join(PROJECT_ROOT, "content/articles/alibaba-ai-push.md");

let db: TestDatabase;
let dir: string;

async function storedFacts(slug: string) {
  const article = await db.prisma.article.findUniqueOrThrow({
    where: { slug },
    include: { facts: { orderBy: { position: "asc" }, include: { flags: true } } },
  });
  return { article, facts: article.facts.map(factFromRow) };
}

describeOnEngines("ingest", (engine) => {
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    dir = tempDir("ingest");
  });
  afterEach(async () => {
    await db.dispose();
  });

  describe("seeding into a real database", () => {
    it("stores the sample article with the very facts the dry run prints", async () => {
      const dry = await seedArticles([SAMPLE]);
      const { report, outcomes } = await seedArticles([SAMPLE], { database: db.url });

      expect(outcomes).toMatchObject([{ status: "stored", slug: "alibaba-ai-push" }]);
      expect(report).toEqual(dry.report);
      const printed = report.articles[0]!;
      const { article, facts } = await storedFacts("alibaba-ai-push");
      expect(article.text).toBe(printed.text);
      expect(article.title).toBe("Alibaba shares hit a near four-year high on a bigger AI spending push");
      expect(article.publishedAt).toBe("2025-09-24");
      expect(facts).toEqual(printed.facts);
      expect(facts.filter((f) => f.figure).length).toBeGreaterThanOrEqual(8);
      const tickers = await db.prisma.ticker.findMany({ select: { symbol: true } });
      expect(new Set(tickers.map((t) => t.symbol))).toEqual(new Set(printed.entities.flatMap((e) => e.tickers)));
    });

    it("re-seeding the same file changes nothing; a changed file is updated in place", async () => {
      const file = path.join(dir, "alibaba-ai-push.md");
      copyFileSync(SAMPLE, file);
      await seedArticles([file], { database: db.url });
      const first = await storedFacts("alibaba-ai-push");

      const again = await seedArticles([file], { database: db.url });
      expect(again.outcomes[0]?.status).toBe("unchanged");
      expect(await db.prisma.article.count()).toBe(1);

      writeFileSync(file, readFileSync(file, "utf8").replace("jumped 9%", "jumped 11%"));
      const changed = await seedArticles([file], { database: db.url });
      expect(changed.outcomes[0]?.status).toBe("updated");
      const second = await storedFacts("alibaba-ai-push");
      expect(await db.prisma.article.count()).toBe(1);
      expect(second.article.id).toBe(first.article.id);
      expect(await db.prisma.fact.count()).toBe(second.facts.length);
      expect(second.facts.some((f) => f.figure?.value === 11)).toBe(true);
      expect(second.facts.some((f) => f.figure?.value === 9 && f.figure.unit === "%")).toBe(false);
    });

    it("a bad file is reported by name, the good ones still go in, and nothing of it is written", async () => {
      const bad = path.join(dir, "broken.md");
      writeFileSync(bad, "---\ntitle: [unclosed\n---\nBody text that would otherwise be fine.\n");
      copyFileSync(SAMPLE, path.join(dir, "alibaba-ai-push.md"));

      const { report, outcomes } = await seedArticles([dir, path.join(dir, "missing.md")], { database: db.url });
      expect(outcomes.map((o) => o.status).sort()).toEqual(["failed", "failed", "stored"]);
      expect(report.errors).toEqual([
        { source: path.join(dir, "missing.md"), message: "no such file or folder" },
        { source: bad, message: expect.stringMatching(/front matter/) },
      ]);
      expect(await db.prisma.article.findMany({ select: { slug: true } })).toEqual([{ slug: "alibaba-ai-push" }]);
    });

    it("bad files leave the database unchanged (on SQLite, byte for byte)", async () => {
      await seedArticles([SAMPLE], { database: db.url });
      const rowsBefore = await snapshotRows(db.prisma);
      await db.prisma.$disconnect();
      const before = engine === "sqlite" ? readFileSync(db.file) : null;

      const cases: [string, string | Uint8Array][] = [
        ["empty.md", ""],
        ["binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])],
        ["bad-yaml.md", "---\ntitle: \"unclosed\n---\nText.\n"],
        ["no-body.md", "---\ntitle: Just a title\n---\n"],
        ["array.json", "[1, 2, 3]"],
      ];
      for (const [name, content] of cases) writeFileSync(path.join(dir, name), content);
      const { outcomes } = await seedArticles([dir], { database: db.url });

      expect(outcomes).toHaveLength(cases.length);
      expect(outcomes.every((o) => o.status === "failed")).toBe(true);
      if (before) expect(readFileSync(db.file).equals(before)).toBe(true);
      expect(await snapshotRows(db.prisma)).toBe(rowsBefore);
    });

    it("an article the database refuses mid-batch is rolled back alone: the articles around it in the batch go in whole", async () => {
      const text = readFileSync(SAMPLE, "utf8");
      writeFileSync(path.join(dir, "a.md"), text);
      writeFileSync(path.join(dir, "b.md"), text.replace("jumped 9%", "jumped 11%"));
      writeFileSync(path.join(dir, "c.md"), text);
      // The refusal comes at b's facts, after its article and entity rows were written.
      if (engine === "postgres") {
        await db.prisma.$executeRawUnsafe(
          `CREATE FUNCTION refuse_fact() RETURNS trigger AS $$ BEGIN IF strpos(NEW."quoteExact", 'jumped 11%') > 0 THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
        );
        await db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_fact BEFORE INSERT ON "Fact" FOR EACH ROW EXECUTE FUNCTION refuse_fact()`);
      } else {
        await db.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_fact BEFORE INSERT ON "Fact" WHEN instr(NEW."quoteExact", 'jumped 11%') > 0 BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
      }
      const { outcomes } = await seedArticles([dir], { database: db.url });
      expect(outcomes.map((o) => [path.basename(o.source), o.status])).toEqual([
        ["a.md", "stored"],
        ["b.md", "failed"],
        ["c.md", "stored"],
      ]);
      expect(outcomes[1]).toMatchObject({ message: expect.stringMatching(/refused by the test/) });
      expect((await db.prisma.article.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map((a) => a.slug)).toEqual(["a", "c"]);
      const a = await storedFacts("a");
      expect(await db.prisma.fact.count()).toBe(2 * a.facts.length);
      expect(await db.prisma.entity.count()).toBe(2 * (await db.prisma.entity.count({ where: { articleId: a.article.id } })));
      expect((await storedFacts("c")).facts).toEqual(a.facts);
    });

    it("keeps the full-text indexes equal to the articles and facts through stores, updates and failures", async () => {
      const file = path.join(dir, "alibaba-ai-push.md");
      copyFileSync(SAMPLE, file);
      writeFileSync(path.join(dir, "broken.md"), "---\ntitle: [unclosed\n---\nBody.\n");
      await seedArticles([dir, path.join(PROJECT_ROOT, "content/articles")], { database: db.url });
      writeFileSync(file, readFileSync(file, "utf8").replace("jumped 9%", "jumped 11%"));
      await seedArticles([file], { database: db.url });

      if (engine === "postgres") {
        // Generated columns: each row's vector is computed from the row itself, in its own write.
        const found = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Fact" WHERE search @@ websearch_to_tsquery('english', '11')`);
        expect(found[0]!.n).toBeGreaterThan(0);
        const articles = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "Article" WHERE search @@ websearch_to_tsquery('english', 'alibaba')`);
        expect(articles[0]!.n).toBe(await db.prisma.article.count({ where: { text: { contains: "Alibaba" } } }));
        return;
      }
      // 'integrity-check' with rank 1 compares each index with its content table: a row
      // missing from the index, or left in it after its row went, fails the statement.
      for (const table of ["ArticleSearch", "FactSearch"]) {
        await db.prisma.$executeRawUnsafe(`INSERT INTO "${table}" ("${table}", rank) VALUES ('integrity-check', 1)`);
      }
      const found = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "FactSearch" WHERE "FactSearch" MATCH '11'`);
      expect(Number(found[0]!.n)).toBeGreaterThan(0);
      const articles = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "ArticleSearch" WHERE "ArticleSearch" MATCH 'alibaba'`);
      expect(Number(articles[0]!.n)).toBe(await db.prisma.article.count({ where: { text: { contains: "Alibaba" } } }));
    });

    it("refuses two files that would share one article address in a run", async () => {
      const other = tempDir("ingest-other");
      copyFileSync(SAMPLE, path.join(dir, "alibaba-ai-push.md"));
      copyFileSync(SAMPLE, path.join(other, "alibaba-ai-push.md"));
      const { outcomes } = await seedArticles([dir, other], { database: db.url });
      expect(outcomes.map((o) => o.status)).toEqual(["stored", "failed"]);
      expect(outcomes[1]).toMatchObject({ message: expect.stringMatching(/same article address "alibaba-ai-push"/) });
    });
  });

  describe("cross-source verification on seeding", () => {
    const CONTENT = path.join(PROJECT_ROOT, "content/articles");

    it("flags the sample's Ark purchase as a likely million/billion slip once other sources are seeded", async () => {
      await seedArticles([SAMPLE], { database: db.url });
      const alone = (await storedFacts("alibaba-ai-push")).facts.find((f) => f.statement.includes("$16 billion"))!;
      expect(alone.verdict).toBe("alone");
      expect(alone.flags).toEqual([]);

      const { report } = await seedArticles([CONTENT], { database: db.url });
      const ark = (await storedFacts("alibaba-ai-push")).facts.find((f) => f.statement.includes("$16 billion"))!;
      expect(ark.verdict).toBe("conflict");
      const slip = ark.flags.find((f) => f.kind === "implausible")!;
      expect(slip.reason).toMatch(/million\/billion/);
      expect(slip.reason).toMatch(/\$16(\.3)? million/);
      // The evidence is a real fact of another article, with the citation the page links to.
      const evidence = (await storedFacts(slip.evidence!.slug)).article;
      const cited = await db.prisma.fact.findFirstOrThrow({ where: { articleId: evidence.id, position: slip.evidence!.position } });
      expect(slip.evidence!.citation).toBe(cited.citation);
      expect(cited.value! < 1e8 && cited.value! > 1e7).toBe(true);

      // The JSON printed for the run holds the same flags as the database.
      const printed = report.articles.find((a) => a.slug === "alibaba-ai-push")!;
      expect(printed.facts).toEqual((await storedFacts("alibaba-ai-push")).facts);
    });

    it("agreeing sources corroborate a figure", async () => {
      await seedArticles([CONTENT], { database: db.url });
      const jump = (await storedFacts("alibaba-ai-push")).facts.find((f) => f.figure?.value === 9 && f.figure.unit === "%")!;
      expect(jump.verdict).toBe("corroborated");
      expect(jump.flags).toEqual([]);
    });
  });
});
