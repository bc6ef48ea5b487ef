// Seeding while readers read: the seed command writes into the server's database (WAL)
// while 20 request loops hammer the pages; no request may fail, none may see
// "database is locked".
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE } from "../playwright.config";

const LOOPS = 20;
const ROUNDS = 3;
const FILES = 8;
const PATHS = ["/", "/articles/alibaba-ai-push", "/companies/BABA", "/search?q=revenue", "/api/articles/alibaba-ai-push", "/feed.xml"];

test.skip(({ isMobile }) => isMobile, "one load run is enough: it needs no phone");

/**
 * Articles that change every round, so that each round's seed rewrites them. Old dates
 * and a made-up subject of their own each keep them off the top of the home page and out
 * of other sources' claims.
 */
function writeArticles(dir: string, round: number): void {
  for (let i = 0; i < FILES; i++) {
    const subject = `Quillmoor ${String.fromCharCode(65 + i)}${String.fromCharCode(75 + round)} Works`;
    const body = Array.from({ length: 3 + i }, (_, p) => `${subject} said unit ${p + 1} sales rose ${round * 3 + p + i + 2}% to ${100 + round * 10 + p} units in 1998.`);
    writeFileSync(path.join(dir, `load-test-${i}.md`), `---\ntitle: Load test story ${i}\npublisher: Load Wire\npublishedAt: 1999-01-0${(i % 9) + 1}\n---\n\n${body.join("\n\n")}\n`);
  }
}

function seed(dir: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/seed.ts", dir], {
      env: { ...process.env, DATABASE_URL: `file:${path.resolve(E2E_DATABASE)}` },
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

test("seeding under 20 parallel request loops: zero failed requests", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), "briefing-load-"));
  let seeding = true;
  let requests = 0;
  const failures: string[] = [];

  async function loop(n: number): Promise<void> {
    for (let i = n; seeding; i++) {
      const target = PATHS[i % PATHS.length]!;
      try {
        const response = await fetch(new URL(target, baseURL), { signal: AbortSignal.timeout(30_000) });
        const body = await response.text();
        requests++;
        if (response.status !== 200) failures.push(`${target}: HTTP ${response.status}`);
        else if (/database is locked|SQLITE_BUSY|This page could not be shown/i.test(body)) failures.push(`${target}: ${/database is locked|SQLITE_BUSY|This page could not be shown/i.exec(body)![0]}`);
      } catch (err) {
        failures.push(`${target}: ${(err as Error).message}`);
      }
    }
  }

  try {
    const loops = Array.from({ length: LOOPS }, (_, n) => loop(n));
    const seeds: { code: number | null; output: string }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      writeArticles(dir, round);
      seeds.push(await seed(dir));
    }
    seeding = false;
    await Promise.all(loops);

    for (const [round, run] of seeds.entries()) {
      expect(run.code, run.output).toBe(0);
      expect(run.output).not.toMatch(/database is locked|SQLITE_BUSY/i);
      expect(run.output).toMatch(new RegExp(round === 0 ? `\\d+ stored, \\d+ updated` : `0 stored, ${FILES} updated`));
    }
    // Pages are served from memory: the last seed must show, once the server has seen it
    // commit (it looks twice a second).
    await expect
      .poll(async () => (await (await fetch(new URL("/articles/load-test-0", baseURL))).text()).replace(/<[^>]+>/g, ""), { timeout: 5_000 })
      .toContain(`sales rose ${(ROUNDS - 1) * 3 + 2}% to`);
    console.log(`${requests} requests during ${ROUNDS} seed runs, ${failures.length} failed`);
    expect(requests).toBeGreaterThan(LOOPS * ROUNDS);
    expect(failures.slice(0, 20)).toEqual([]);
  } finally {
    seeding = false;
    rmSync(dir, { recursive: true, force: true });
  }
});
