// A company with more facts than one page holds: the newest page first, every fact
// reachable page by page, none shown twice, and a page past the last is a 404.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { seedIntoServer } from "./seed";

test.skip(({ isMobile }) => isMobile, "pagination is the same on every device: checked once, on the laptop");

const PLANTS = ["Leeds", "Bristol", "Derby", "Hull", "York", "Bath", "Wells", "Ely", "Ripon", "Truro", "Exeter", "Durham", "Lincoln", "Chester", "Carlisle", "Preston", "Lancaster", "Salford", "Wakefield", "Worcester", "Hereford", "Gloucester", "Oxford", "Cambridge", "Norwich", "Ipswich", "Colchester", "Canterbury", "Dover", "Brighton"];

/** An article with two figures about Orrin Foundry in each of 30 sentences: 60 facts. */
function article(): string {
  const sentences = PLANTS.map((plant, i) => `Orrin Foundry said sales at its ${plant} plant rose ${i + 2}% to $${100 + i} million in 1997.`);
  return `---\ntitle: Orrin Foundry plant by plant\npublisher: Mill Wire\npublishedAt: 1998-03-02\n---\n\nOrrin Foundry Inc. (NYSE: ORFD) reported results for each of its plants on Tuesday.\n\n${sentences.join("\n\n")}\n`;
}

test("a company's facts come 50 to a page, newest first, each once", async ({ page }) => {
  test.slow(); // a seed and seven page loads
  const dir = mkdtempSync(path.join(tmpdir(), "briefing-pages-"));
  try {
    const file = path.join(dir, "orrin-foundry-plants.md");
    writeFileSync(file, article());
    // The seed has committed when it returns, and no one has asked for the page before: the
    // first load is the answer. (A poll here held the whole load to a 5 s window, which a
    // render under the suite's load can outlast: the flake.)
    seedIntoServer(file);
    expect((await page.goto("/companies/ORFD"))?.status()).toBe(200);
    await expect(page.locator("header p")).toContainText("60 facts, newest first (1–50 on this page)");
    const facts = page.locator("[data-company-fact]");
    await expect(facts).toHaveCount(50);
    const first = await facts.allTextContents();
    const pages = page.getByRole("navigation", { name: "Pages of facts" });
    await expect(pages).toContainText("Page 1 of 2");
    await expect(pages.getByRole("link", { name: /Newer facts/ })).toHaveCount(0);

    await pages.getByRole("link", { name: /Older facts/ }).click();
    await expect(page).toHaveURL(/\/companies\/ORFD\?page=2$/);
    await expect(facts).toHaveCount(10);
    const second = await facts.allTextContents();
    expect(new Set([...first, ...second]).size).toBe(60);
    // The last page holds the article's last sentence, Brighton's $129 million.
    await expect(facts.last()).toContainText("$129 million");

    await pages.getByRole("link", { name: /Newer facts/ }).click();
    await expect(page).toHaveURL(/\/companies\/ORFD$/);

    expect((await page.goto("/companies/ORFD?page=3"))?.status()).toBe(404);
    // A malformed page number is the first page.
    expect((await page.goto("/companies/ORFD?page=abc"))?.status()).toBe(200);
    await expect(facts).toHaveCount(50);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
