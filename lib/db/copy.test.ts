// db:copy for real: a SQLite file seeded by the seed's own code, copied into a migrated
// PostgreSQL database, then read back through Prisma on both engines row for row; the copy
// refuses what it must and says why; the seed goes on writing into the copy.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { BUMPED_TABLE, checkCopy, COPIED_TABLES, copyDatabase, spreadIds, utcTimestamp } from "@/lib/db/copy";
import { seedArticles } from "@/lib/ingest";
import { createTestDatabase, describeOnPostgres, emptyPostgresDatabase, PROJECT_ROOT, snapshotRows, tempDir, type TestDatabase } from "@/lib/testing/database";
import { writeCorpus } from "../../scripts/bench/corpus";

describe("db:copy's tables", () => {
  it("are every model, once: copied, or the content version the copy bumps", () => {
    expect([...COPIED_TABLES.map((t) => t.table), BUMPED_TABLE].sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });

  it("reads SQLite's ways of writing a date and time as UTC", () => {
    expect(utcTimestamp("2026-12-02T06:30:00.123+00:00")).toBe("2026-12-02T06:30:00.123");
    expect(utcTimestamp("2026-12-02T08:30:00.123+02:00")).toBe("2026-12-02T06:30:00.123");
    expect(utcTimestamp("2026-12-02 06:30:00")).toBe("2026-12-02T06:30:00.000");
    expect(utcTimestamp(Date.UTC(2026, 11, 2, 6, 30))).toBe("2026-12-02T06:30:00.000");
    expect(() => utcTimestamp("yesterday")).toThrow(/not a date/);
  });

  it("spot-checks articles spread over the ids, the first and the last among them", () => {
    expect(spreadIds([3, 5, 8, 13, 21, 34, 55], 3)).toEqual([3, 13, 55]);
    expect(spreadIds([3, 5], 25)).toEqual([3, 5]);
    expect(spreadIds([], 25)).toEqual([]);
  });
});

/** Runs `npm run db:copy -- …` on `source` for real; its status and output. */
function copyCli(source: string, args: string[]) {
  const run = spawnSync(path.join(PROJECT_ROOT, "node_modules/.bin/tsx"), ["scripts/db-copy.ts", ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: source },
    encoding: "utf8",
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

/** Both engines' rows as Prisma reads them, the content version aside (the target's own). */
async function rows(db: TestDatabase) {
  const snapshot = JSON.parse(await snapshotRows(db.prisma)) as Record<string, unknown[]>;
  delete snapshot.contentVersion;
  // PostgreSQL stores claim keys with another joiner (lib/ingest/store-postgres.ts).
  return JSON.stringify(snapshot).replaceAll("\\u001f", "\\u0000");
}

describeOnPostgres("db:copy", () => {
  let source: TestDatabase;
  let target: TestDatabase;

  beforeAll(async () => {
    source = await createTestDatabase("sqlite");
    target = await createTestDatabase("postgres");
    const corpus = path.join(tempDir("copy"), "corpus");
    // Few companies: many claims with other sources, so cross-source flags and claim keys to copy.
    writeCorpus(corpus, { articles: 40, words: 220, companies: 4, seed: 14 });
    await seedArticles([corpus, path.join(PROJECT_ROOT, "content/articles")], { database: source.url, keepArticles: false });
  }, 120_000);
  afterAll(async () => {
    await source?.dispose();
    await target?.dispose();
  });

  it("copies every row of every table with its ids, verified, and the seed goes on writing into the copy", async () => {
    const lines: string[] = [];
    const report = await copyDatabase(source.file, target.url, { log: (line) => lines.push(line) });
    expect(report.tables.find((t) => t.table === "Article")!.rows).toBe(45);
    expect(report.tables.find((t) => t.table === "Flag")!.rows).toBeGreaterThan(0);
    expect(report.tables.find((t) => t.table === "ClaimParty")!.rows).toBeGreaterThan(0);
    expect(report.spotChecked.articles).toBe(25);
    // Their facts, flags, entities, mentions, tickers and claim keys: many rows each.
    expect(report.spotChecked.rows).toBeGreaterThan(25 * 10);
    expect(lines.at(-1)).toMatch(/^verified: row counts and column totals of 9 tables, 25 articles whole \(\d+ rows column by column\), search on their titles$/);
    expect(await rows(target)).toBe(await rows(source));
    expect((await target.prisma.contentVersion.findUnique({ where: { id: 1 } }))!.version).toBe(1);

    // The full-text vectors are PostgreSQL's own, computed from the copied text.
    const [found] = await target.prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Article" WHERE search @@ websearch_to_tsquery('english', 'Alibaba')`,
    );
    expect(found!.n).toBeGreaterThanOrEqual(5);

    // The id sequences follow the copied ids: the seed's next article gets a new one.
    const maxId = (await target.prisma.article.aggregate({ _max: { id: true } }))._max.id!;
    const file = path.join(tempDir("copy-next"), "harrow-freight-update.md");
    writeFileSync(file, "---\ntitle: Harrow Freight update\npublisher: Freight Wire\npublishedAt: 2099-01-01\n---\n\nHarrow Freight said revenue rose 4% to $210 million in 2098.\n");
    const seeded = await seedArticles([file], { database: target.url, keepArticles: false });
    expect(seeded.outcomes.map((o) => o.status)).toEqual(["stored"]);
    expect((await target.prisma.article.findUnique({ where: { slug: "harrow-freight-update" } }))!.id).toBe(maxId + 1);
  }, 120_000);

  it("refuses a target that holds rows unless --replace, then replaces them whole", async () => {
    const refused = copyCli(source.url, ["--to", target.url]);
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/is not empty \(Article: 46 rows.*\): give --replace/);
    const replaced = copyCli(source.url, ["--to", target.url, "--replace"]);
    expect(replaced.status, replaced.output).toBe(0);
    expect(replaced.output).toMatch(/✓ copied \d+ rows in 9 tables in [\d.]+ s; verified/);
    expect(await rows(target)).toBe(await rows(source));
  }, 60_000);

  it("--check finds a value cut, a column lost and a row gone anywhere in the copy, not only in the articles it spot-checks", async () => {
    expect((await checkCopy(source.file, target.url)).tables.find((t) => t.table === "Fact")!.rows).toBeGreaterThan(100);
    const checked = copyCli(source.url, ["--to", target.url, "--check"]);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toMatch(/✓ .* matches /);

    // Rows of an article the spot-check passes over (the second: it takes the first and then every other or so).
    const [article] = await target.prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM "Article" ORDER BY id OFFSET 1 LIMIT 1`);
    const [fact] = await target.prisma.$queryRawUnsafe<{ id: number }[]>(`SELECT id FROM "Fact" WHERE "articleId" = $1 AND "quoteExact" IS NOT NULL AND unit IS NOT NULL ORDER BY id LIMIT 1`, article!.id);
    await target.prisma.$executeRawUnsafe(`UPDATE "Fact" SET "quoteExact" = left("quoteExact", -1), unit = NULL WHERE id = $1`, fact!.id);
    await target.prisma.$executeRawUnsafe(`DELETE FROM "Mention" WHERE id = (SELECT min(m.id) FROM "Mention" m JOIN "Entity" e ON e.id = m."entityId" WHERE e."articleId" = $1)`, article!.id);
    const broken = copyCli(source.url, ["--to", target.url, "--check"]);
    expect(broken.status).toBe(1);
    expect(broken.output).toContain("the copy does not match the source");
    expect(broken.output).toMatch(/Fact\.quoteExact: bytes \d+ in SQLite, \d+ in PostgreSQL/);
    expect(broken.output).toMatch(/Fact\.unit: values \d+ in SQLite, \d+ in PostgreSQL/);
    expect(broken.output).toMatch(/Mention: \d+ rows in SQLite, \d+ in PostgreSQL/);
    await expect(checkCopy(source.file, target.url)).rejects.toThrow(/Fact\.quoteExact: bytes/);

    const restored = copyCli(source.url, ["--to", target.url, "--replace"]);
    expect(restored.status, restored.output).toBe(0);
  }, 60_000);

  it("names the problem with a bad URL, an unreachable server, an unmigrated target", async () => {
    const bad = copyCli(source.url, ["--to", "mysql://root@localhost/briefing"]);
    expect(bad.status).toBe(2);
    expect(bad.output).toMatch(/--to: .*postgresql:\/\//);
    const noDatabase = copyCli(source.url, ["--to", "postgresql://postgres@127.0.0.1:5432"]);
    expect(noDatabase.output).toMatch(/--to: a PostgreSQL URL names its database/);
    const noServer = copyCli(source.url, ["--to", "postgresql://postgres:secret@127.0.0.1:1/briefing"]);
    expect(noServer.status).toBe(1);
    expect(noServer.output).toMatch(/cannot connect to the target postgresql:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/briefing \(ECONNREFUSED\)/);
    expect(noServer.output).not.toContain("secret");
    const empty = await emptyPostgresDatabase();
    try {
      const unmigrated = copyCli(source.url, ["--to", empty.url]);
      expect(unmigrated.status).toBe(1);
      expect(unmigrated.output).toMatch(/the target .* is not migrated: run `npm run db:migrate` with DATABASE_URL set to it/);
    } finally {
      await empty.dispose();
    }
    const fromPostgres = copyCli(target.url, ["--to", target.url]);
    expect(fromPostgres.output).toMatch(/DATABASE_URL names the database copied from, a SQLite file/);
  }, 60_000);
});
