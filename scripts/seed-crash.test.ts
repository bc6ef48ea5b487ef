// Crash safety of the seed command: SIGKILL it in the middle of a 300-article run, then
// every article in the database must be whole (as many facts as a dry run of its file
// gives, none half-written), every article it said it stored must be there, and a second
// run must bring in the rest. And a reader that closes its output early stops the lines,
// not the seed.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeedReport } from "@/lib/contract";
import { slugFor } from "@/lib/ingest/prepare";
import { createTestDatabase, PROJECT_ROOT, runSeedCli, tempDir, type TestDatabase } from "@/lib/testing/database";

const ARTICLES = 300;

/** Articles of different lengths, so that each has its own number of facts. */
function generatedArticle(i: number): string {
  const paragraphs = Array.from(
    { length: 1 + (i % 7) },
    (_, p) => `Unit ${p + 1} of Crashco Group said revenue rose ${(i % 40) + p + 2}% to $${(i % 9) + p + 1}.${p} billion in 2023, while operating margin reached ${10 + p}%.`,
  );
  return `---\ntitle: Crashco update number ${i}\npublisher: Test Wire\npublishedAt: 2024-01-${String((i % 28) + 1).padStart(2, "0")}\n---\n\n${paragraphs.join("\n\n")}\n`;
}

let db: TestDatabase;
let folder: string;
/** slug -> facts a dry run of its file gives. */
const expectedFacts = new Map<string, number>();

beforeAll(async () => {
  db = await createTestDatabase();
  folder = path.join(tempDir("crash"), "articles");
  mkdirSync(folder);
  for (let i = 0; i < ARTICLES; i++) writeFileSync(path.join(folder, `crashco-${String(i).padStart(3, "0")}.md`), generatedArticle(i));

  const dry = runSeedCli(["--dry-run", "--json", folder]);
  expect(dry.status, dry.stderr).toBe(0);
  const report = JSON.parse(dry.stdout) as SeedReport;
  expect(report.articles).toHaveLength(ARTICLES);
  for (const article of report.articles) expectedFacts.set(slugFor(article.source), article.facts.length);
  // Different lengths really give different fact counts.
  expect(new Set(expectedFacts.values()).size).toBeGreaterThan(3);
});

afterAll(async () => {
  await db.dispose();
});

/** slug -> facts stored, with a check that the file is a sound database. */
function storedFacts(): Map<string, number> {
  const sqlite = new Database(db.file, { readonly: true, fileMustExist: true });
  try {
    expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    const rows = sqlite
      .prepare("SELECT a.slug, (SELECT count(*) FROM Fact f WHERE f.articleId = a.id) AS facts FROM Article a")
      .all() as { slug: string; facts: number }[];
    return new Map(rows.map((r) => [r.slug, r.facts]));
  } finally {
    sqlite.close();
  }
}

describe("seed killed mid-run", () => {
  it("leaves only whole articles, every one it said it stored, and a re-run completes the set", async () => {
    // node with tsx's loader: one process, so SIGKILL hits the seeding process itself
    // (the tsx CLI would run it in a child of its own).
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/seed.ts", folder], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: ["ignore", "pipe", "ignore"],
    });
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on("exit", (code, signal) => resolve(signal ?? code)));
    let printed = "";
    const saidStored = () => [...printed.matchAll(/^stored +\S+ -> \/articles\/(\S+) /gm)].map((m) => m[1]!);
    child.stdout.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));

    // Kill it as soon as it has said it stored some articles, well before the end.
    const deadline = Date.now() + 60_000;
    while (saidStored().length < 30) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error("the seed finished or stalled before it could be killed");
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");

    const afterCrash = storedFacts();
    expect(afterCrash.size).toBeLessThan(ARTICLES);
    for (const slug of saidStored()) expect(afterCrash.has(slug), `${slug} was said stored`).toBe(true);
    for (const [slug, facts] of afterCrash) expect(facts, slug).toBe(expectedFacts.get(slug));

    const rerun = runSeedCli([folder], { DATABASE_URL: db.url });
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`(\\d+) stored, 0 updated, (\\d+) unchanged, 0 failed`));
    const [, storedNow, unchanged] = /(\d+) stored, 0 updated, (\d+) unchanged/.exec(rerun.stdout)!;
    expect(Number(unchanged)).toBe(afterCrash.size);
    expect(Number(storedNow) + Number(unchanged)).toBe(ARTICLES);

    const final = storedFacts();
    expect(final.size).toBe(ARTICLES);
    for (const [slug, facts] of expectedFacts) expect(final.get(slug), slug).toBe(facts);
  }, 180_000);
});

describe("seed whose reader closes its output early", () => {
  it("stores every file and exits 0 after `| head -1`", async () => {
    const piped = await createTestDatabase();
    try {
      const run = spawnSync("bash", ["-c", `node --import tsx scripts/seed.ts "$0" | head -1; exit "\${PIPESTATUS[0]}"`, folder], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, DATABASE_URL: piped.url },
        encoding: "utf8",
      });
      expect(run.stdout).toMatch(/^(stored|failed) /);
      expect(run.stderr).not.toContain("EPIPE");
      expect(run.status).toBe(0);
      expect(await piped.prisma.article.count()).toBe(ARTICLES);
    } finally {
      await piped.dispose();
    }
  }, 180_000);
});
