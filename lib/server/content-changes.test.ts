import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { seedArticles } from "@/lib/ingest";
import { watchDatabase } from "@/lib/server/content-changes";
import { createTestDatabase, describeOnEngines, migrate, PROJECT_ROOT, tempDir, type TestDatabase } from "@/lib/testing/database";

const SAMPLE = path.join(PROJECT_ROOT, "content/articles/alibaba-ai-push.md");
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let stop: (() => void) | undefined;
let db: TestDatabase | undefined;
afterEach(async () => {
  stop?.();
  await db?.dispose();
  db = undefined;
});

describeOnEngines("watchDatabase", (engine) => {
  it("calls back when a seed in another connection commits, and not otherwise", async () => {
    db = await createTestDatabase(engine);
    let changes = 0;
    stop = watchDatabase(db.url, () => changes++, { intervalMs: 20 });
    await wait(150);
    expect(changes).toBe(0);

    await seedArticles([SAMPLE], { database: db.url });
    await wait(150);
    expect(changes).toBeGreaterThan(0);

    const seen = changes;
    await db.prisma.article.findMany(); // reading is not a change
    await seedArticles([SAMPLE], { database: db.url }); // nor is a seed that finds every article unchanged
    await wait(150);
    expect(changes).toBe(seen);
  });
});

it("waits for a database that does not exist yet [sqlite]", async () => {
  const url = `file:${path.join(tempDir("watch"), "later.db")}`;
  let changes = 0;
  stop = watchDatabase(url, () => changes++, { intervalMs: 20 });
  await wait(60);
  migrate(url);
  await wait(100);
  await seedArticles([SAMPLE], { database: url });
  await wait(150);
  expect(changes).toBeGreaterThan(0);
});
