// A company's claims read from a real database seeded with the sample content, on each
// engine: every figure of every claim is a stored fact, and BABA's June quarter of 2025
// (the first of its fiscal year, as Bloomberg writes) is one column of its scorecard.
import path from "node:path";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { seedArticles } from "@/lib/ingest";
import { createTestDatabase, describeOnEngines, PROJECT_ROOT, servePagesFrom, type TestDatabase } from "@/lib/testing/database";
import { scorecard } from "@/lib/briefing/scorecard";

// claim-queries.ts is server-only: the marker module throws outside Next's server build.
vi.mock("server-only", () => ({}));
const { getCompanyClaims, readCompanyClaims } = await import("@/lib/claim-queries");


describeOnEngines("getCompanyClaims", (engine) => {
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

  it("reads BABA's claims, each figure a stored fact about it", async () => {
    const company = (await getCompanyClaims("baba"))!;
    expect(company).toMatchObject({ symbol: "BABA", fiscalYearEnd: 3 });
    const stored = await db.prisma.fact.findMany({ where: { value: { not: null } }, include: { article: { select: { slug: true } } } });
    const byRef = new Map(stored.map((row) => [`${row.article.slug}#${row.position}`, row]));
    const figures = company.claims.flatMap((claim) => claim.figures);
    expect(figures.length + company.unplaced).toBe(stored.filter((row) => row.subject === "BABA" || row.subject?.startsWith("Alibaba")).length);
    for (const { source, figure } of figures) {
      const row = byRef.get(`${source.slug}#${source.position}`)!;
      expect([row.value, row.unit, row.period, row.citation], `${source.slug}#${source.position}`).toEqual([figure.value, figure.unit, source.fact.period, source.citation]);
    }
    const revenue = company.claims.find((claim) => claim.id === "revenue.3m-2025-06.reported")!;
    expect(revenue.figures.map((f) => f.written)).toEqual(["247.65 billion yuan", "$34.6 billion"]);
    const card = scorecard(company);
    expect(card.periods.map((p) => p.label)).toEqual(["Q2 2025 (fiscal Q1 2026)"]);
    expect(card.rows.map((row) => row.measure.label)).toEqual(["Revenue", "Net income", "Capital spending"]);
  });

  it("reads the newest periods whole, however few figures the budget allows", async () => {
    const all = (await readCompanyClaims("BABA"))!;
    const whole = new Map(all.claims.map((claim) => [claim.id, claim.figures.map((f) => f.written)]));
    const periods = [...new Set(all.claims.map((claim) => claim.periodLabel))];
    for (const budget of [1, 5, 20]) {
      const read = (await readCompanyClaims("BABA", budget))!;
      expect(read.claims.length).toBeGreaterThan(0);
      expect(read.unplaced, `unplaced within ${budget}`).toBe(all.unplaced);
      for (const claim of read.claims) expect(claim.figures.map((f) => f.written), `${claim.id} within ${budget}`).toEqual(whole.get(claim.id));
      // The periods read are the newest ones, none skipped.
      const shown = [...new Set(read.claims.map((claim) => claim.periodLabel))];
      expect(shown, `periods within ${budget}`).toEqual(periods.slice(0, shown.length));
    }
  });

  it("is null for a ticker no article names", async () => {
    expect(await getCompanyClaims("NOPE")).toBeNull();
  });
});
