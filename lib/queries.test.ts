// The page reads that were written per engine, now in one form on both: the home page's
// disputes (one recursive query, capped outside it) and a company's facts (one definition,
// lib/search/sql.ts's aboutCompany, for its page and its facts.csv). On the sample content,
// seeded through the real seed, on each engine.
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { seedArticles } from "@/lib/ingest";
import { createTestDatabase, describeOnEngines, PROJECT_ROOT, servePagesFrom, type TestDatabase } from "@/lib/testing/database";

// queries.ts is server-only: the marker module throws outside Next's server build.
vi.mock("server-only", () => ({}));
const { COMPANY_ARTICLES, countSitemapAddresses, getCompany, getNewsOverview, listCompanyFacts, listSitemapAddresses } = await import("@/lib/queries");
const sitemapRoute = await import("@/app/sitemap.xml/route");
const sitemapAddressCount = async () => {
  const { articles, companies } = await countSitemapAddresses();
  return 1 + articles + companies;
};

describeOnEngines("page reads", (engine) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    await seedArticles([path.join(PROJECT_ROOT, "content/articles")], { database: db.url });
    await servePagesFrom(db.url);
  }, 120_000);
  afterAll(async () => {
    await servePagesFrom("file:/nonexistent");
    await db.dispose();
  });

  it("lists the home page's disputes, each fact reached once, at most the cap", async () => {
    const flags = await db.prisma.flag.count({ where: { origin: "sources" } });
    const { disputes, companies } = await getNewsOverview();
    expect(companies.map((c) => c.symbol)).toContain("BABA");
    if (flags > 0) expect(disputes.length).toBeGreaterThan(0);
    const keys = disputes.map((d) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("walks a long chain of linked flags only as far as the cap", async () => {
    // 3,000 facts, each flagged against the next: a walk that read the whole chain would reach them all.
    const article = await db.prisma.article.create({
      data: { slug: "chain", source: "chain.md", format: "text", title: "Chain", text: "x", contentHash: "h" },
    });
    const chain = 3_000;
    await db.prisma.fact.createMany({
      data: Array.from({ length: chain }, (_, i) => ({ articleId: article.id, position: i, citation: i + 1, kind: "metric", statement: `fact ${i}`, citeStart: 0, citeEnd: 1 })),
    });
    const facts = await db.prisma.fact.findMany({ where: { articleId: article.id }, select: { id: true, position: true }, orderBy: { position: "asc" } });
    await db.prisma.flag.createMany({
      data: facts.map((f) => ({ factId: f.id, kind: "conflict", origin: "sources", check: "conflict", evidenceSlug: "chain", evidencePosition: f.position + 1, evidenceCitation: f.position + 2 })),
    });
    const started = performance.now();
    const { disputes } = await getNewsOverview();
    const ms = performance.now() - started;
    console.log(`[${engine}] home page overview over a chain of ${chain} linked facts: ${ms.toFixed(0)} ms`);
    const reached = new Set(disputes.flatMap((d) => [...d.sides.flatMap((s) => s.facts), ...d.facts]).filter((f) => f.slug === "chain").map((f) => f.position));
    expect(reached.size).toBeGreaterThan(0);
    expect(reached.size).toBeLessThanOrEqual(80);
  });

  it("exports as CSV the company page's facts, newest article first", async () => {
    const company = await getCompany("BABA");
    const exported = await listCompanyFacts("baba");
    expect(company).not.toBeNull();
    expect(exported).toHaveLength(company!.total);
    expect(exported!.length).toBeGreaterThan(0);
    const names = new Set([...company!.names, "BABA"]);
    for (const row of exported!) expect(names).toContain(row.fact.subject);
    const dates = exported!.map((row) => row.article.publishedAt ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    // The page's first facts are the export's first.
    expect(exported!.slice(0, 5).map((r) => `${r.article.slug}#${r.citation}`)).toEqual(company!.facts.slice(0, 5).map((f) => `${f.article.slug}#${f.fact.citation}`));
    expect(await listCompanyFacts("NOPE")).toBeNull();
  });

  it("lists a company's newest articles only, with the count of all", async () => {
    const mentioning = COMPANY_ARTICLES + 5;
    for (let i = 0; i < mentioning; i++) {
      await db.prisma.article.create({
        data: {
          slug: `many-${i}`, source: `many-${i}.md`, format: "text", title: `Many ${i}`, text: "x", contentHash: `m${i}`,
          publishedAt: `2026-01-${String(i + 1).padStart(2, "0")}`,
          entities: { create: { position: 0, name: "Many Mentions Inc", kind: "company", tickers: { create: { symbol: "MANY" } } } },
        },
      });
    }
    const company = await getCompany("MANY");
    expect(company!.articleCount).toBe(mentioning);
    expect(company!.articles.map((a) => a.slug)).toEqual(Array.from({ length: COMPANY_ARTICLES }, (_, i) => `many-${mentioning - 1 - i}`));
  });
  it("reads the sitemap in slices that, laid end to end, list every address once in one order", async () => {
    const counts = await countSitemapAddresses();
    const total = 1 + counts.articles + counts.companies;
    const addresses = (slice: Awaited<ReturnType<typeof listSitemapAddresses>>) => [
      ...(slice.home ? ["/"] : []),
      ...slice.articles.map((a) => `/articles/${a.slug}`),
      ...slice.tickers.map((t) => `/companies/${t}`),
    ];
    const whole = addresses(await listSitemapAddresses(0, total + 10, counts.articles));
    expect(whole).toHaveLength(total);
    expect(whole).toContain("/companies/BABA");
    for (const size of [1, 2, 3, total - 1]) {
      const slices: string[] = [];
      for (let start = 0; start < total; start += size) slices.push(...addresses(await listSitemapAddresses(start, size, counts.articles)));
      expect(slices).toEqual(whole);
    }
  });

  it("serves /sitemap.xml whole under the protocol's limit, and no page past the last", async () => {
    const get = (query: string) => sitemapRoute.GET(new Request(`http://localhost/sitemap.xml${query}`));
    const whole = await get("");
    expect(whole.headers.get("content-type")).toMatch(/^application\/xml/);
    const xml = await whole.text();
    expect(xml).toMatch(/^<\?xml [^>]*\?>\n<urlset /);
    expect(xml.match(/<loc>/g)).toHaveLength(await sitemapAddressCount());
    expect(await (await get("?page=1")).text()).toBe(xml);
    for (const page of ["2", "0", "-1", "x", "1.5"]) expect((await get(`?page=${page}`)).status).toBe(404);
  });
  // Last: it adds 50,000 articles to this engine's database.
  it("past 50,000 addresses makes /sitemap.xml an index whose pages list every address once", async () => {
    const before = await sitemapAddressCount();
    const added = 50_001 - before + 2;
    for (let i = 0; i < added; i += 5_000) {
      await db.prisma.article.createMany({
        data: Array.from({ length: Math.min(5_000, added - i) }, (_, j) => ({ slug: `zz-${String(i + j).padStart(6, "0")}`, source: `zz-${i + j}.md`, format: "text", title: "t", text: "x", contentHash: `zz-${i + j}` })),
      });
    }
    const get = async (query: string) => (await sitemapRoute.GET(new Request(`http://localhost/sitemap.xml${query}`))).text();
    const index = await get("");
    const pages = [...index.matchAll(/<sitemap><loc>[^<]*(\?page=\d+)<\/loc><\/sitemap>/g)].map((m) => m[1]!);
    expect(index).toContain("<sitemapindex ");
    expect(pages).toEqual(["?page=1", "?page=2"]);
    const listed = (await Promise.all(pages.map(get))).flatMap((xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    expect(listed).toHaveLength(before + added);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.at(-1)).toMatch(/\/companies\//);
  }, 120_000);
});
