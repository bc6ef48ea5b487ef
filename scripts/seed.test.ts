import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SeedReport } from "@/lib/contract";
import { createTestDatabase, PROJECT_ROOT, runSeedCli, tempDir, type TestDatabase } from "@/lib/testing/database";

const SHARED = path.resolve(PROJECT_ROOT, "../shared");
const SAMPLE = "content/articles/alibaba-ai-push.md";

const seed = runSeedCli;

describe("npm run seed", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.dispose();
  });

  it("--dry-run --json prints the fact contract, and the sample scores 1.000 against its gold", () => {
    const run = seed(["--dry-run", "--json", path.join(SHARED, "articles/alibaba-ai-push.md")]);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as SeedReport;
    expect(report.errors).toEqual([]);
    expect(report.articles[0]).toMatchObject({ title: expect.any(String), publishedAt: "2025-09-24" });

    const score = spawnSync(
      "node",
      [path.join(SHARED, "tools/score-facts.mjs"), "--gold", path.join(SHARED, "gold/alibaba-ai-push.gold.json")],
      { input: run.stdout, encoding: "utf8" },
    );
    const summary = score.stdout.trim().split("\n").at(-1) ?? "";
    expect(summary).toMatch(/^recall=1\.000 precision=1\.000 /);
    expect(summary).toMatch(/ bad_cites=0 /);
    expect(summary).toMatch(/ tickers=1\.000 /);
  });

  it("stores, then reports unchanged, one line per file and a summary", () => {
    const env = { DATABASE_URL: db.url };
    const first = seed([SAMPLE], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^stored\\s+${SAMPLE} -> /articles/alibaba-ai-push \\(\\d+ facts\\)$`, "m"));
    expect(first.stdout).toMatch(/^1 stored, 0 updated, 0 unchanged, 0 failed in /m);

    const second = seed([SAMPLE], env);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/^unchanged\s+content\/articles\/alibaba-ai-push\.md/m);
  });

  it("names each bad file and its problem, and exits non-zero after seeding the good ones", () => {
    const dir = tempDir("seed-cli");
    const bad = path.join(dir, "empty.md");
    writeFileSync(bad, "   \n");
    const run = seed([bad, path.join(dir, "nope.txt"), SAMPLE], { DATABASE_URL: db.url });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`failed     ${bad}: empty file`);
    expect(run.stdout).toContain(`failed     ${path.join(dir, "nope.txt")}: no such file or folder`);
    expect(run.stdout).toMatch(/0 stored, 0 updated, 1 unchanged, 2 failed/);
  });

  it("says so when a file of the same name from another folder replaces an article", () => {
    const dir = tempDir("seed-replace");
    const [first, second] = [path.join(dir, "wire", "alibaba-ai-push.md"), path.join(dir, "other", "alibaba-ai-push.md")];
    for (const file of [first, second]) {
      mkdirSync(path.dirname(file));
      copyFileSync(SAMPLE, file);
    }
    const env = { DATABASE_URL: db.url };
    expect(seed([first], env).status).toBe(0);
    const run = seed([second], env);
    expect(run.status).toBe(0);
    // The line names the new file as given and the old one as stored: relative to where the seed ran.
    const was = path.relative(PROJECT_ROOT, first);
    expect(run.stdout).toMatch(new RegExp(`^replaced\\s+${second} -> /articles/alibaba-ai-push \\(was ${was}\\) \\(\\d+ facts\\)$`, "m"));
    expect(run.stdout).toMatch(/^0 stored, 0 updated, 1 replaced, 0 unchanged, 0 failed in /m);
  });

  it("says what to run when there is no database, and creates none", () => {
    const file = path.join(tempDir("seed-nodb"), "absent.db");
    const run = seed([SAMPLE], { DATABASE_URL: `file:${file}` });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("npm run db:migrate");
    expect(existsSync(file)).toBe(false);
  });
});
