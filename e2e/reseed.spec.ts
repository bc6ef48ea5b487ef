// Re-seeding a changed article under the running server: the briefing shows the new
// version (the server drops its stored pages when the seed commits), says it was
// updated, and every citation link a reader may have saved still lands on its passage
// or on nothing, never on another passage.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { seedIntoServer } from "./seed";

test.skip(({ isMobile }) => isMobile, "a server-side behaviour: checked once, on the laptop");

const KEPT = "Tarnwick Mills said revenue rose 12% to $340 million in 1998.";
const REWRITTEN = "Operating profit was $41 million, Tarnwick Mills said.";
const LATER = "Tarnwick Mills expects sales of $400 million in 1999.";
const INSERTED = "Tarnwick Mills shares fell 3% on the day.";

function article(paragraphs: string[]): string {
  return `---\ntitle: Tarnwick Mills results\npublisher: Mill Wire\npublishedAt: 1999-02-01\n---\n\n${paragraphs.join("\n\n")}\n`;
}

/** Each highlighted passage's number and text, in reading order. */
async function passages(page: Page): Promise<{ n: string; text: string }[]> {
  return page.locator("[data-article-text] mark[id^=cite-]").evaluateAll((marks) =>
    marks.map((m) => ({ n: m.id.slice("cite-".length), text: m.textContent ?? "" })),
  );
}

test("a changed article: the new version shows, kept citations keep their numbers, gone ones lead nowhere", async ({ page }) => {
  // A new address each run: a retry (or --repeat-each) must not find the last run's article.
  const SLUG = `tarnwick-results-${Date.now().toString(36)}`;
  const dir = mkdtempSync(path.join(tmpdir(), "briefing-reseed-"));
  const file = path.join(dir, `${SLUG}.md`);
  try {
    writeFileSync(file, article([KEPT, REWRITTEN, LATER]));
    // The seed has committed when it returns, and an address never served before is not kept.
    seedIntoServer(file);
    expect((await page.goto(`/articles/${SLUG}`))?.status()).toBe(200);
    const before = await passages(page);
    const kept = before.find((p) => p.text.includes("$340 million"))!;
    const gone = before.find((p) => p.text.includes("$41 million"))!;
    expect(kept).toBeDefined();
    expect(gone).toBeDefined();
    await expect(page.getByText(/^Added/)).toBeVisible();

    // A paragraph before everything (all offsets move), one sentence rewritten.
    writeFileSync(file, article([INSERTED, KEPT, "Operating profit was about $40 million.", LATER]));
    expect(seedIntoServer(file)).toMatch(/citations? dropped/);

    // The server notices the commit within a second and renders the page afresh.
    await expect.poll(async () => (await page.goto(`/articles/${SLUG}`), await page.getByText(/^Updated/).count()), { timeout: 5_000 }).toBe(1);
    const after = await passages(page);
    expect(after.find((p) => p.n === kept.n)?.text).toBe(kept.text);
    expect(after.find((p) => p.n === gone.n)).toBeUndefined();
    const fresh = after.filter((p) => !before.some((b) => b.n === p.n));
    expect(fresh.length).toBeGreaterThan(0);
    for (const p of fresh) expect(Number(p.n)).toBeGreaterThan(Math.max(...before.map((b) => Number(b.n))));

    // A saved link to the kept passage lands on it.
    await page.goto(`/articles/${SLUG}#cite-${kept.n}`);
    await expect(page.locator(`#cite-${kept.n}`)).toContainText("$340 million");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
