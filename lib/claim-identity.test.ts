// One identity for a claim (issue 15): on a seeded bench corpus, on each engine, every figure
// the claim view (getCompanyClaims) puts in a claim is compared by the stored cross-source
// checks with exactly the other articles' figures of that claim in its unit: the view and
// the checks never disagree on which claim a figure belongs to, after a run that checked
// only what its articles can have changed as after one that checked everything.
import path from "node:path";
import { rmSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { seedArticles } from "@/lib/ingest";
import { openSeedStore } from "@/lib/ingest/store";
import { checkStoredArticles } from "@/lib/ingest/verify-sources";
import { createTestDatabase, describeOnEngines, servePagesFrom, tempDir, type TestDatabase } from "@/lib/testing/database";
import type { ClaimCheck } from "@/lib/verify";
import { writeCorpus } from "@/scripts/bench/corpus";

vi.mock("server-only", () => ({}));
const { getCompanyClaims, CLAIM_FACTS } = await import("@/lib/claim-queries");

const ref = (slug: string, position: number) => `${slug}#${position}`;

describeOnEngines("the claim view and the checks share one identity", (engine) => {
  let db: TestDatabase;
  let dir: string;
  let tickers: string[];

  beforeAll(async () => {
    dir = tempDir("identity");
    db = await createTestDatabase(engine);
    const corpus = path.join(dir, "corpus");
    const { files, companies } = writeCorpus(corpus, { articles: 240, words: 600, companies: 6, seed: 15 });
    tickers = companies.map((c) => c.ticker);
    const fileOf = (file: (typeof files)[number]) => path.join(corpus, "batch-000", `${file.slug}.${file.format}`);
    const main = companies[0]!;
    const story = (name: string, publishedAt: string, text: string) => {
      const file = path.join(dir, `${name}.md`);
      writeFileSync(file, `---\ntitle: "${main.short}: ${name}"\npublisher: "Wire"\npublishedAt: ${publishedAt}\n---\n\n${main.name} (${main.exchange}: ${main.ticker}) ${text}\n`);
      return file;
    };
    // Two reports of one quarter that no claim joins while the fiscal calendar is not known.
    const fiscal = story("fiscal-quarter", "2026-08-10", "said revenue for its fiscal first quarter rose 4% to $1.2 billion.");
    const calendarQuarter = story("june-quarter", "2026-08-12", "said revenue rose 9% to $1.5 billion in the quarter ended June 30.");
    await seedArticles([...files.slice(0, 200).map(fileOf), fiscal, calendarQuarter], { database: db.url });
    // A later run checks its articles by their keys: one of them states the main company's
    // fiscal calendar, which moves the fiscal quarter stored before into the June quarter.
    const calendar = story("calendar", "2026-08-20", "said on Thursday it would spend $90 million on new plants in its fiscal year ending in March.");
    await seedArticles([...files.slice(200).map(fileOf), calendar], { database: db.url });
    // A third run states the same calendar again: the company's calendar holds, so only the
    // run's own facts are placed (by the stored facts' votes), as a whole pass places them.
    const again = story("calendar-again", "2026-08-27", "said revenue for its fiscal first quarter, in its fiscal year ending in March, rose 3% to $1.6 billion.");
    await seedArticles([again], { database: db.url });
    await servePagesFrom(db.url);
  }, 300_000);

  afterAll(async () => {
    await servePagesFrom("file:/nonexistent");
    await db?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("compares every claim figure with its claim's other sources in its unit, and with nothing else", async () => {
    // The claims and checks as the runs stored them, before a whole check reads them again.
    const storedFacts = async () =>
      new Map(
        (await db.prisma.fact.findMany({ where: { value: { not: null } }, select: { position: true, verdict: true, claimPeriod: true, calendarVote: true, article: { select: { slug: true } } } })).map((f) => [
          ref(f.article.slug, f.position),
          f,
        ]),
      );
    const stored = await storedFacts();
    const companies = [];
    for (const ticker of tickers) companies.push((await getCompanyClaims(ticker))!);
    // Every fact's checks, with the figures each compared: a wholesale pass, writing nothing
    // new when the runs placed every claim as a whole pass places it.
    const store = await openSeedStore(db.url);
    let checks: Map<string, ClaimCheck>;
    try {
      const articles = (await db.prisma.article.findMany({ select: { id: true } })).map((a) => a.id);
      checks = await checkStoredArticles(store, { changed: [], replaced: [], replacedEntities: null }, articles, false);
    } finally {
      await store.close();
    }
    expect([...(await storedFacts())].filter(([key, f]) => stored.get(key)?.claimPeriod !== f.claimPeriod || stored.get(key)?.calendarVote !== f.calendarVote)).toEqual([]);
    let figures = 0;
    const apart: string[] = [];
    for (const company of companies) {
      expect(company.claims.reduce((n, claim) => n + claim.figures.length, 0) + company.unplaced).toBeLessThan(CLAIM_FACTS);
      for (const claim of company.claims) {
        for (const { source, figure } of claim.figures) {
          figures++;
          const own = ref(source.slug, source.position);
          const expected = claim.figures.filter((other) => other.source.slug !== source.slug && other.figure.unit === figure.unit).map((other) => ref(other.source.slug, other.source.position));
          const check = checks.get(own)!;
          const compared = [...check.agreeing, ...check.disagreeing].map((peer) => ref(peer.slug, peer.position));
          if (expected.sort().join() !== compared.sort().join()) apart.push(`${claim.id} ${own}: view ${expected.join(" ")} / checks ${compared.join(" ")}`);
          expect(stored.get(own)?.verdict, own).toBe(check.status);
        }
      }
    }
    expect(figures).toBeGreaterThan(500);
    // The calendar is the main company's, and its claims are read from what is stored: the
    // fiscal first quarter, stored before the calendar was known, is now the June quarter's.
    const main = companies[0]!;
    expect(main.fiscalYearEnd).toBe(3);
    // Its votes are stored with its facts' claims (Fact.calendarVote), the later run's too.
    expect([...stored].filter(([key, f]) => /^(calendar|calendar-again)#/.test(key) && f.calendarVote === 3).length).toBeGreaterThanOrEqual(2);
    expect(main.claims.flatMap((claim) => claim.figures).every((f) => typeof f.source.claimPeriod === "string")).toBe(true);
    const june = main.claims.find((claim) => claim.id === "revenue.3m-2026-06.reported")!;
    expect(june.figures.map((f) => [f.source.slug, f.written])).toEqual(expect.arrayContaining([["fiscal-quarter", "$1.2 billion"], ["june-quarter", "$1.5 billion"]]));
    expect(june.verdict).toBe("conflict");
    expect(stored.get(ref("fiscal-quarter", 0))?.verdict).toBe("conflict");
    expect(apart.slice(0, 5), `${apart.length} of ${figures} claim figures in another claim for the checks`).toEqual([]);
  }, 300_000);
});
