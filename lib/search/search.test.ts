// The full-text search on both engines, over the sample content and a hostile article seeded
// through the real seed: the same reader's words find the same kind of hits on FTS5 and on
// PostgreSQL, snippets mark the matched words with the sentinels and carry the stored text
// as text, hostile input is searched for as words, and a search past its deadline is stopped.
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seedArticles } from "@/lib/ingest";
import { fullTextSearch, type FullTextSearch } from "@/lib/search";
import { MARK_END, MARK_START, splitMarks } from "@/lib/search/query";
import { SEARCH_LIMIT } from "@/lib/search/sql";
import { SearchTooSlow, type SearchHits } from "@/lib/search/types";
import { createTestDatabase, describeOnEngines, describeOnPostgres, PROJECT_ROOT, TEST_ENGINES, type TestDatabase } from "@/lib/testing/database";

const CONTENT = path.join(PROJECT_ROOT, "content/articles");
const HOSTILE = path.join(PROJECT_ROOT, "e2e/fixtures/hostile-article.md");

/** Readers' searches of the sample content, each with the articles it must find (on either engine). */
const READER_SEARCHES = [
  { words: "cloud revenue", articles: ["alibaba-ai-push"] },
  { words: "alib", articles: ["alibaba-ai-push", "ark-invest-buys-alibaba"] },
  { words: "Nvidia", articles: ["alibaba-ai-push"] },
  { words: "capital spending", articles: ["us-hyperscalers-ai-capex"] },
] as const;

/** Input meant to break a query: each engine's operators, quotes, escapes, huge and odd input. */
const HOSTILE_INPUT = [
  `"unbalanced OR NOT (x*) NEAR/3 title:foo -bar ^baz`,
  `cloud & !revenue | (ai <-> chips) 'x':* \\' \\\\`,
  `revenue or -cloud "and" OR`,
  `'); DROP TABLE "Article"; --`,
  `${"revenue ".repeat(3_000)}${"x".repeat(10_000)}`,
  `Zürich 阿里巴巴 €5bn ‮evil‬ 🙂 \u0002marked\u0003`,
  `the of and`,
  `*** ::: ''' """`,
];

async function seeded(engine: (typeof TEST_ENGINES)[number]["engine"]): Promise<{ db: TestDatabase; search: FullTextSearch }> {
  const db = await createTestDatabase(engine);
  const { outcomes } = await seedArticles([CONTENT, HOSTILE], { database: db.url });
  expect(outcomes.every((o) => o.status === "stored")).toBe(true);
  return { db, search: fullTextSearch(db.url, () => db.prisma) };
}

/** Every snippet's marked runs: the words the search marked. */
function markedWords({ facts, articles }: SearchHits): string[] {
  return [...facts, ...articles].flatMap((hit) => splitMarks(hit.snippet).filter((p) => p.match).map((p) => p.text));
}

describeOnEngines("full-text search", (engine) => {
  let db: TestDatabase;
  let search: FullTextSearch;
  beforeAll(async () => {
    ({ db, search } = await seeded(engine));
  }, 120_000);
  afterAll(async () => {
    await db.dispose();
  });

  it.each(READER_SEARCHES)("finds what a reader looks for: $words", async ({ words, articles }) => {
    const hits = await search.search(words, {});
    expect(hits.articles.map((a) => a.slug)).toEqual(expect.arrayContaining([...articles]));
    expect(hits.facts.length + hits.articles.length).toBeGreaterThan(0);
    // Each article snippet is a passage of its text with the matched words marked.
    for (const hit of hits.articles) {
      const text = (await db.prisma.article.findUniqueOrThrow({ where: { slug: hit.slug } })).text;
      for (const part of splitMarks(hit.snippet.replaceAll("…", ""))) expect(text).toContain(part.text.trim());
    }
    expect(markedWords(hits).length).toBeGreaterThan(0);
  });

  it("marks the matched words, the last one as a prefix", async () => {
    const marked = markedWords(await search.search("cloud reven", {}));
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word).toMatch(/^(cloud|reven)/i);
  });

  it("applies the filters: company, basis, dates", async () => {
    const all = await search.search("revenue", {});
    expect(all.facts.length).toBeGreaterThan(0);
    const baba = await search.search("revenue", { company: "BABA" });
    expect(baba.articles.length).toBeGreaterThan(0);
    expect(baba.articles.every((a) => !a.slug.startsWith("hostile"))).toBe(true);
    expect(baba.facts.every((f) => f.slug !== "hostile-article")).toBe(true);
    const reported = await search.search("revenue", { basis: "reported" });
    expect(reported.articles).toEqual([]);
    expect(reported.facts.every((f) => f.basis === "reported")).toBe(true);
    const none = await search.search("revenue", { from: "2999-01-01" });
    expect(none).toEqual({ facts: [], articles: [] });
    const dated = await search.search("revenue", { from: "2025-01-01", to: "2025-12-31" });
    expect(dated.articles.every((a) => a.publishedAt !== null && a.publishedAt >= "2025-01-01" && a.publishedAt.slice(0, 10) <= "2025-12-31")).toBe(true);
  });

  it.each(HOSTILE_INPUT.map((input) => [input.length > 60 ? `${input.slice(0, 60)}… (${input.length} characters)` : input, input]))(
    "searches hostile input as words: %s",
    async (_, input) => {
      const hits = await search.search(input, {});
      expect(Array.isArray(hits.facts) && Array.isArray(hits.articles)).toBe(true);
      expect(await db.prisma.article.count()).toBe(6);
    },
  );

  it("finds no hits for input with no word", async () => {
    expect(await search.search("  *** ", {})).toEqual({ facts: [], articles: [] });
  });

  it("gives the hostile article's markup back as text, only the sentinels marking words", async () => {
    const hits = await search.search("body-script", {});
    const hostile = hits.articles.find((a) => a.slug === "hostile-article");
    expect(hostile).toBeDefined();
    const parts = splitMarks(hostile!.snippet);
    // The stored text's own characters, markup included, as text: no mark but the sentinels.
    expect(parts.map((p) => p.text).join("")).toContain("<script>");
    expect(parts.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(["body", "script"]));
    expect(hostile!.snippet).not.toMatch(/<\/?b>/);
    for (const part of parts) expect(part.text).not.toMatch(new RegExp(`[${MARK_START}${MARK_END}]`));
  });
});

describeOnPostgres("full-text search, PostgreSQL against FTS5", () => {
  let sqlite: Awaited<ReturnType<typeof seeded>>;
  let postgres: Awaited<ReturnType<typeof seeded>>;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([seeded("sqlite"), seeded("postgres")]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([sqlite?.db.dispose(), postgres?.db.dispose()]);
  });

  it.each([...READER_SEARCHES.map((s) => s.words), "Alibaba", "AI spending", "quarter", "Pwnd revenue", "body-script"])(
    "finds the same articles and facts: %s",
    async (words) => {
      const [fts5, pg] = await Promise.all([sqlite.search.search(words, {}), postgres.search.search(words, {})]);
      const slugs = (hits: SearchHits) => hits.articles.map((a) => a.slug).sort();
      const facts = (hits: SearchHits) => new Set(hits.facts.map((f) => `${f.slug}#${f.citation}`));
      // PostgreSQL stems ("spending" finds "spend"): it may find more, never miss what FTS5 finds.
      expect(slugs(pg)).toEqual(expect.arrayContaining(slugs(fts5)));
      // Past a page of hits, which ones are shown depends on each engine's ranking.
      if (fts5.facts.length < SEARCH_LIMIT && pg.facts.length < SEARCH_LIMIT) for (const fact of facts(fts5)) expect(facts(pg)).toContain(fact);
      // The best article is one FTS5 also ranks first or finds.
      if (fts5.articles[0]) expect(slugs(fts5)).toContain(pg.articles[0]?.slug);
    },
  );

  it("stops a search past its deadline on the server, and the next search runs", async () => {
    const { prisma } = postgres.db;
    // A text whose snippet takes far longer than the deadline: ts_headline parses all of it.
    await prisma.$executeRaw`INSERT INTO "Article" (slug, source, format, title, text, "contentHash", "updatedAt")
      VALUES ('huge-prose', 'huge.md', 'text', 'Huge prose', repeat('cloud revenue rose again in the quarter. ', 60000), 'h', now())`;
    const started = Date.now();
    await expect(postgres.search.search("cloud revenue", {}, 30)).rejects.toBeInstanceOf(SearchTooSlow);
    const ms = Date.now() - started;
    console.log(`a search past its 30 ms deadline was stopped after ${ms} ms`);
    expect(ms).toBeLessThan(1_500);
    // Cancelled where it ran: no statement of it is left running on the server.
    const running = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%ts_headline%' AND pid <> pg_backend_pid()`;
    expect(Number(running[0]!.n)).toBe(0);
    const next = await postgres.search.search("Nvidia", {});
    expect(next.articles.map((a) => a.slug)).toContain("alibaba-ai-push");
    await prisma.$executeRaw`DELETE FROM "Article" WHERE slug = 'huge-prose'`;
  }, 60_000);
});
