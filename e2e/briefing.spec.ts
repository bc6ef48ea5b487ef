import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE } from "../playwright.config";
import { citationIn, followCitation } from "./citations";

/** The article text as stored: what every quote on the page must come from. */
function storedText(slug: string): string {
  const db = new Database(path.resolve(E2E_DATABASE), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare("SELECT text FROM Article WHERE slug = ?").get(slug) as { text: string } | undefined;
    if (!row) throw new Error(`article ${slug} is not in the test database`);
    return row.text;
  } finally {
    db.close();
  }
}

test("a reader opens the sample briefing from the home page", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Briefings" })).toBeVisible();
  const link = page.getByRole("link", { name: "Alibaba shares hit a near four-year high on a bigger AI spending push" });
  await expect(link).toBeVisible();
  await link.click();

  await expect(page).toHaveURL(/\/articles\/alibaba-ai-push$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alibaba shares hit a near four-year high on a bigger AI spending push");
  await expect(page.getByText("September 24, 2025").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key facts" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Key numbers" })).toBeVisible();
  await expect(page.locator("[data-key-number]")).toHaveCount(8);
  await expect(page.getByRole("rowheader", { name: /more than \$53 billion/ })).toBeVisible();
});

test("following a citation scrolls to its passage and highlights it", async ({ page, isMobile }) => {
  await page.goto("/articles/alibaba-ai-push");
  const row = page.locator("[data-key-number]").filter({ hasText: "$4 trillion" });
  const n = await followCitation(page, row, isMobile);

  const passage = page.locator(`#cite-${n}`);
  await expect(passage).toBeInViewport();
  await expect(passage).toContainText("$4 trillion over the next five years");
  // :target lights the passage up: its background differs from an unfollowed passage's.
  const lit = await passage.evaluate((el) => getComputedStyle(el).backgroundColor);
  const other = page.locator("mark[data-cite]:not(:target)").first();
  expect(lit).not.toBe(await other.evaluate((el) => getComputedStyle(el).backgroundColor));
});

test("every fact on the page carries a citation whose quote is verbatim in the stored text", async ({ page, isMobile }) => {
  test.skip(isMobile, "what the page holds: the same on every device");
  const text = storedText("alibaba-ai-push");
  await page.goto("/articles/alibaba-ai-push");

  const facts = page.locator("[data-fact]");
  const count = await facts.count();
  expect(count).toBeGreaterThanOrEqual(8);
  const cited = new Set<string>();
  for (let i = 0; i < count; i++) {
    const marker = citationIn(facts.nth(i));
    await expect(marker).toHaveCount(1);
    cited.add((await marker.getAttribute("data-citation"))!);
  }

  for (const n of cited) {
    // The card the marker opens holds the quote; the passage it links to is that same quote.
    const quote = (await page.locator(`#cite-card-${n} [data-quote]`).textContent())!.replace(/^“|”$/g, "");
    expect(text).toContain(quote);
    expect(await page.locator(`#cite-${n}`).textContent()).toBe(quote);
  }
});

test("an unknown article is a 404 page a reader understands", async ({ page }) => {
  const response = await page.goto("/articles/no-such-article");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No briefing at this address" })).toBeVisible();
  await page.getByRole("link", { name: "All briefings" }).click();
  await expect(page).toHaveURL(/\/$/);
});
