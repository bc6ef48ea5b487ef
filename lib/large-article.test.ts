// One very large article must cost its own file only: a file with more facts than an
// article may hold is refused quickly, and whatever an article holds, its page, its API
// answer and its company's page still read (no statement binds one parameter per fact).
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedArticles } from "@/lib/ingest";
import { MAX_FACTS_PER_ARTICLE } from "@/lib/ingest/prepare";
import { createTestDatabase, PROJECT_ROOT, tempDir, type TestDatabase } from "@/lib/testing/database";

/** A figures-only filing of about `bytes`, two figures a sentence, about Bigco (BIGC). */
function filing(bytes: number): string {
  const sentences: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const sentence = `Store ${i} sold ${1_000 + i} units for $${(i % 9) + 1}.${i % 10} million.`;
    sentences.push(i % 10 === 9 ? `${sentence}\n\n` : `${sentence} `);
    length += sentence.length + 1;
  }
  return `---\ntitle: Bigco store filing\npublisher: Test Wire\npublishedAt: 2024-02-01\ntickers: [BIGC]\n---\n\nBigco Holdings (BIGC) filed its store figures.\n\n${sentences.join("")}\n`;
}

let db: TestDatabase;
let folder: string;

beforeAll(async () => {
  db = await createTestDatabase();
  folder = tempDir("large");
});

afterAll(async () => {
  await db.dispose();
});

describe("an article with more facts than an article may hold", () => {
  it("is refused with a line that says so, in seconds, and the other files go in", async () => {
    const big = path.join(folder, "store-filing.md");
    writeFileSync(big, filing(2_000_000));
    const sample = path.join(PROJECT_ROOT, "content/articles/alibaba-ai-push.md");
    const started = Date.now();
    const { outcomes } = await seedArticles([big, sample], { database: db.url });
    const seconds = (Date.now() - started) / 1000;
    console.log(`2 MB filing refused in ${seconds.toFixed(1)} s`);
    expect(outcomes[0]).toEqual({
      source: big,
      status: "failed",
      message: `more than ${MAX_FACTS_PER_ARTICLE.toLocaleString("en-US")} facts, the most one article may hold (the longest news articles have about 100): split the file`,
    });
    expect(outcomes[1]).toMatchObject({ status: "stored", slug: "alibaba-ai-push" });
    expect(await db.prisma.article.count({ where: { slug: "store-filing" } })).toBe(0);
    // Extraction stops one fact past the cap: before, this file took minutes.
    expect(seconds).toBeLessThan(30);
  }, 300_000);
});
