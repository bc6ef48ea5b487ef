// The cross-source checks after an incremental seed run must be exactly those of a check
// over the whole store from scratch: same verdicts, same flags in the same order.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { entityFromRow, factFromRow, FLAG_SELECT } from "@/lib/contract/rows";
import { seedArticles } from "@/lib/ingest";
import { entitySubjectKeys, flagColumns, openSeedStore } from "@/lib/ingest/store";
import { checkAcrossSources } from "@/lib/ingest/verify-sources";
import { prepareArticle } from "@/lib/ingest/prepare";
import { createTestDatabase, tempDir, type TestDatabase, describeOnEngines } from "@/lib/testing/database";
import { CLAIM_PERIOD_VERSION, SubjectIdentities, type KnownEntity } from "@/lib/verify";
import { writeCorpus } from "../../scripts/bench/corpus";

describe("entitySubjectKeys", () => {
  // The keys the checks find entities by must be those SubjectIdentities merges, or a
  // check reading entities by key would miss some of an identity's names.
  const entities: KnownEntity[] = [
    { name: "Alibaba Group Holding Ltd.", kind: "company", tickers: ["BABA", "9988.HK"], mentions: [] },
    { name: "Cathie Wood's Ark Invest", kind: "fund", tickers: ["ARKK", "ARKK"], mentions: [] },
    { name: "Procter & Gamble Co.", kind: "company", tickers: [], mentions: [] },
    { name: "the company's board", kind: "other", tickers: [], mentions: [] },
    { name: "—", kind: "other", tickers: ["BRK.B"], mentions: [] },
    { name: "…", kind: "other", tickers: [], mentions: [] },
  ];
  it.each(entities.map((e) => [e.name, e] as const))("gives the keys SubjectIdentities knows for %s", (_name, entity) => {
    const known = [...new SubjectIdentities({ one: [entity] }).knownKeys()];
    expect(entitySubjectKeys(entity).sort()).toEqual(known.sort());
  });
});

let db: TestDatabase;
let corpus: string[];
let dir: string;

describeOnEngines("incremental", (engine) => {
  beforeEach(async () => {
    db = await createTestDatabase(engine);
    dir = tempDir("incremental");
    // Few companies, so that most claims have other sources to agree or disagree with.
    const written = path.join(dir, "corpus");
    writeCorpus(written, { articles: 36, words: 220, companies: 4, seed: 11 });
    corpus = readdirSync(written, { recursive: true })
      .map(String)
      .filter((f) => /\.(md|txt|html|json)$/.test(f))
      .sort()
      .map((f) => path.join(written, f));
  });
  afterEach(async () => {
    await db.dispose();
  });

  /** What the database holds for every fact: verdict and cross-source flags, by slug#position. */
  async function storedChecks() {
    const facts = await db.prisma.fact.findMany({
      include: { article: { select: { slug: true } }, flags: { where: { origin: "sources" }, select: FLAG_SELECT, orderBy: { id: "asc" } } },
    });
    return new Map(facts.map((f) => [`${f.article.slug}#${f.position}`, { verdict: f.verdict, flags: f.flags }]));
  }

  /** The checks of a from-scratch pass over every stored article, read through Prisma. */
  async function checksFromScratch() {
    const articles = await db.prisma.article.findMany({
      orderBy: { id: "asc" },
      include: {
        entities: { orderBy: { position: "asc" }, include: { tickers: true, mentions: { orderBy: { id: "asc" } } } },
        facts: { orderBy: { position: "asc" }, include: { flags: { where: { origin: "article" }, orderBy: { id: "asc" } } } },
      },
    });
    const checks = checkAcrossSources(
      articles.map((a) => ({
        ...a,
        entities: a.entities.map(entityFromRow),
        facts: a.facts.map((f) => factFromRow({ ...f, verdict: null })),
        citations: a.facts.map((f) => f.citation),
      })),
    );
    const expected = new Map<string, { verdict: string | null; flags: ReturnType<typeof flagColumns>[] }>();
    for (const a of articles) {
      for (const f of a.facts) {
        const check = checks.get(`${a.slug}#${f.position}`);
        expected.set(`${a.slug}#${f.position}`, { verdict: check?.status ?? null, flags: (check?.flags ?? []).map(flagColumns) });
      }
    }
    return expected;
  }

  async function expectSameAsFromScratch() {
    const stored = await storedChecks();
    const expected = await checksFromScratch();
    expect(stored.size).toBe(expected.size);
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(expected));
    return stored;
  }

  function copyInto(target: string, files: string[]) {
    mkdirSync(target, { recursive: true });
    return files.map((file) => {
      const to = path.join(target, path.basename(file));
      copyFileSync(file, to);
      return to;
    });
  }

  describe("incremental cross-source checks", () => {
    it("equal a check from scratch after adding, re-seeding and changing articles", async () => {
      // The later runs change well under half the store: the incremental path, not a whole re-check.
      const first = copyInto(path.join(dir, "first"), corpus.slice(0, 26));
      await seedArticles(first, { database: db.url, keepArticles: false });
      const initial = await expectSameAsFromScratch();
      const verdicts = [...initial.values()].map((c) => c.verdict);
      // The corpus is built so that the checks have something to find.
      expect(verdicts).toContain("corroborated");
      expect(verdicts).toContain("conflict");

      const second = copyInto(path.join(dir, "second"), corpus.slice(26));
      const added = await seedArticles(second, { database: db.url, keepArticles: false });
      expect(added.outcomes.every((o) => o.status === "stored")).toBe(true);
      await expectSameAsFromScratch();

      // Changed figures, a company's name linked to another's ticker, and a file that now names
      // nobody: each changes other articles' checks.
      const markdown = (files: string[]) => files.filter((f) => f.endsWith(".md"));
      const [figures, nobody] = markdown(first);
      const [ticker] = markdown(second);
      if (!figures || !nobody || !ticker) throw new Error("the corpus has too few Markdown files");
      writeFileSync(figures, readFileSync(figures, "utf8").replace(/\$(\d+)\.(\d)/g, (_m, whole: string, d: string) => `$${Number(whole) + 7}.${d}`));
      // The file's own company now carries another company's ticker: two identities merge,
      // which changes the matches between facts of articles the run did not touch.
      const symbolsIn = (text: string) => new Set([...text.matchAll(/\((?:NYSE|NASDAQ): ([A-Z]+)\)|\(([A-Z]{3,4})\)/g)].map((m) => m[1] ?? m[2]!));
      const tickerText = readFileSync(ticker, "utf8");
      const own = [...symbolsIn(tickerText)][0];
      const other = [...symbolsIn(corpus.map((f) => readFileSync(f, "utf8")).join("\n"))].find((s) => !symbolsIn(tickerText).has(s));
      if (!own || !other) throw new Error("the corpus names too few companies");
      writeFileSync(ticker, tickerText.replaceAll(own, other));
      writeFileSync(nobody, readFileSync(nobody, "utf8").replace(/\n\n[\s\S]*$/, "\n\nThe company did not comment on the report.\n"));
      const changed = await seedArticles([...first, ...second], { database: db.url, keepArticles: false });
      expect(changed.outcomes.filter((o) => o.status === "updated").map((o) => o.source).sort()).toEqual([figures, ticker, nobody].sort());
      await expectSameAsFromScratch();

      // Unchanged files: nothing to check, nothing written.
      const before = await storedChecks();
      const again = await seedArticles([...first, ...second], { database: db.url, keepArticles: false });
      expect(again.outcomes.every((o) => o.status === "unchanged")).toBe(true);
      expect(await storedChecks()).toEqual(before);
    });

    // Two operators at once: on PostgreSQL, two stores on two connections interleave at every
    // statement (SQLite's writer holds its lock across a batch: there a second run waits).
    it.runIf(engine === "postgres")("two runs of different folders at once both succeed, and the checks are a whole pass's", async () => {
      const first = copyInto(path.join(dir, "operator-a"), corpus.slice(0, 14));
      const second = copyInto(path.join(dir, "operator-b"), corpus.slice(14, 28));
      await seedArticles(corpus.slice(28, 32), { database: db.url, keepArticles: false });
      const runs = await Promise.all([first, second].map((files) => seedArticles(files, { database: db.url, keepArticles: false })));
      for (const run of runs) expect(run.outcomes.every((o) => o.status === "stored")).toBe(true);
      expect(await db.prisma.article.count()).toBe(32);
      await expectSameAsFromScratch();
    });

    it("claim-index rows without a period (from before the column, or from other rules) are filled first, and narrow lookups as new ones do", async () => {
      const files = copyInto(path.join(dir, "periods"), corpus.slice(0, 30));
      await seedArticles(files.slice(0, 24), { database: db.url, keepArticles: false });
      const filled = await db.prisma.claimParty.findMany({ orderBy: [{ factId: "asc" }, { party: "asc" }] });
      expect(filled.every((row) => row.period !== null)).toBe(true);
      // The corpus's periods are quarters of a year (as claims place them, lib/verify/claims.ts) and undated figures (their article's day): what narrows.
      expect(filled.some((row) => /^W:claim 3m-20\d\d-\d\d$/.test(row.period!))).toBe(true);
      expect(filled.some((row) => /^U:20\d\d-\d\d-\d\d$/.test(row.period!))).toBe(true);
      // As the migration leaves a database seeded before it.
      await db.prisma.claimParty.updateMany({ data: { period: null } });
      await db.prisma.seedState.update({ where: { key: "claimPeriods" }, data: { value: "0" } });
      const added = await seedArticles(files.slice(24), { database: db.url, keepArticles: false });
      expect(added.outcomes.every((o) => o.status === "stored")).toBe(true);
      await expectSameAsFromScratch();
      const after = await db.prisma.claimParty.findMany({ where: { factId: { in: filled.map((r) => r.factId) } }, orderBy: [{ factId: "asc" }, { party: "asc" }] });
      expect(after).toEqual(filled);
      expect((await db.prisma.seedState.findUnique({ where: { key: "claimPeriods" } }))?.value).toBe(CLAIM_PERIOD_VERSION);
    });

    it("entities stored before their subject keys (EntityKey) get them first, and identities read by key equal a whole read", async () => {
      const files = copyInto(path.join(dir, "keys"), corpus.slice(0, 30));
      await seedArticles(files.slice(0, 24), { database: db.url, keepArticles: false });
      const keys = await db.prisma.entityKey.findMany({ orderBy: [{ entityId: "asc" }, { key: "asc" }] });
      expect(keys.length).toBeGreaterThan(await db.prisma.entity.count());
      // As the migration leaves a database seeded before it.
      await db.prisma.entityKey.deleteMany();
      await db.prisma.seedState.delete({ where: { key: "entityKeys" } });
      // One stored article now carries another company's ticker: identities merge, found only through the filled keys.
      const [file] = files.slice(0, 24).filter((f) => f.endsWith(".md"));
      const text = readFileSync(file!, "utf8");
      const symbols = [...new Set([...corpus.map((f) => readFileSync(f, "utf8")).join("\n").matchAll(/\((?:NYSE|NASDAQ): ([A-Z]+)\)/g)].map((m) => m[1]!))];
      const own = symbols.find((s) => text.includes(s));
      const other = symbols.find((s) => !text.includes(s));
      if (!own || !other) throw new Error("the corpus names too few companies");
      writeFileSync(file!, text.replaceAll(own, other));
      const added = await seedArticles(files, { database: db.url, keepArticles: false });
      expect(added.outcomes.filter((o) => o.status !== "unchanged").length).toBe(7);
      await expectSameAsFromScratch();
      const after = await db.prisma.entityKey.findMany({ where: { entityId: { in: keys.map((k) => k.entityId) } }, orderBy: [{ entityId: "asc" }, { key: "asc" }] });
      expect(after).toEqual(keys.filter((k) => after.some((a) => a.entityId === k.entityId)));
      expect(after.length).toBeGreaterThan(0);
      expect((await db.prisma.seedState.findUnique({ where: { key: "entityKeys" } }))?.value).toBe("1");
    });

    it("a run stopped before its checks leaves them stale, and the next run redoes them all", async () => {
      const files = copyInto(path.join(dir, "all"), corpus.slice(0, 16));
      await seedArticles(files.slice(0, 10), { database: db.url, keepArticles: false });
      // As a killed run leaves it: articles committed, their checks never run.
      const store = await openSeedStore(db.url);
      for (const file of files.slice(10)) await store.storeArticle(prepareArticle(file, readFileSync(file)));
      await store.close();
      const rerun = await seedArticles(files, { database: db.url, keepArticles: false });
      expect(rerun.outcomes.every((o) => o.status === "unchanged")).toBe(true);
      await expectSameAsFromScratch();
    });

    it("--json reports, for unchanged articles too, the checks the store holds", async () => {
      const files = copyInto(path.join(dir, "json"), corpus.slice(0, 12));
      await seedArticles(files, { database: db.url, keepArticles: false });
      const stored = await expectSameAsFromScratch();
      const { report } = await seedArticles(files.slice(0, 4), { database: db.url });
      for (const article of report.articles) {
        article.facts.forEach((fact, position) => {
          const check = stored.get(`${article.slug}#${position}`)!;
          expect(fact.verdict ?? null).toBe(check.verdict);
          expect(fact.flags.slice(fact.flags.length - check.flags.length).map(flagColumns)).toEqual(check.flags);
        });
      }
    });

    it("run on worker threads (extraction on two, the checks on one), write and report what a run in one thread does", async () => {
      // Few files: what is proven is the threads' order and equality, which does not grow with
      // the count, and each worker costs a second to start. The store is seeded here (a first
      // seed on the workers is the seed command's own, in scripts/seed.test.ts).
      const files = copyInto(path.join(dir, "threads"), corpus.slice(0, 7));
      await seedArticles(files.slice(0, 4), { database: db.url, keepArticles: false });
      // Three files on two workers (the first and third on one), fewer than half the store: the incremental path, on the worker.
      const { report, outcomes } = await seedArticles(files.slice(4), { database: db.url, extractWorkers: 2, checkOnWorker: true });
      expect(outcomes.map((o) => [o.source, o.status])).toEqual(files.slice(4).map((file) => [file, "stored"]));
      const stored = await expectSameAsFromScratch();
      expect(report.articles.map((a) => a.source)).toEqual(files.slice(4).map((file) => path.relative(process.cwd(), file))); // stored relative to where the seed ran
      // The new articles' figures meet the stored ones': the checks on the worker had something to find.
      expect(report.articles.flatMap((a) => a.facts.map((f) => f.verdict)).filter(Boolean).length).toBeGreaterThan(0);
      for (const article of report.articles) {
        article.facts.forEach((fact, position) => expect(fact.verdict ?? null).toBe(stored.get(`${article.slug}#${position}`)!.verdict));
      }
      const inThread = await seedArticles(files.slice(4), { database: db.url });
      expect(inThread.report).toEqual(report);
    });
  });

  describe("facts stored before quote selectors (no quoteExact)", () => {
    it("are checked with the quote cut from their article's text, as before", async () => {
      await seedArticles(corpus.slice(0, 12), { database: db.url });
      const store = await openSeedStore(db.url);
      const ids = (await db.prisma.fact.findMany({ select: { id: true } })).map((f) => f.id);
      const withSelectors = await store.factsById(ids);
      await store.close();
      await db.prisma.fact.updateMany({ data: { quoteExact: null } });
      const reopened = await openSeedStore(db.url);
      const without = await reopened.factsById(ids);
      await reopened.close();
      expect(without.length).toBeGreaterThan(0);
      expect(without).toEqual(withSelectors);
    });
  });
});
