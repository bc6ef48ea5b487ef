// A company's scorecard and the claim views its cells open, on the sample content: BABA's
// June quarter of 2025 (the first of its fiscal year, which ends in March, as Bloomberg says).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a scorecard cell opens its claim: every source's figure, its quote and a link to its passage", async ({ page }) => {
  await page.goto("/companies/BABA");
  const scorecard = page.locator("[data-scorecard]");
  await expect(scorecard.getByRole("columnheader").nth(1)).toHaveText("Q2 2025 (fiscal Q1 2026)");
  const netIncome = scorecard.locator('[data-scorecard-cell="net-income 3m-2025-06"]');
  await expect(netIncome).toContainText("CN¥43.1 billion");
  await expect(netIncome).toContainText("1 source");

  await netIncome.getByRole("link", { name: "CN¥43.1 billion" }).click();
  await expect(page).toHaveURL(/\/companies\/BABA\/claims\/net-income\.3m-2025-06\.reported$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Net income, Q2 2025 (fiscal Q1 2026)");
  await expect(page.locator("[data-claim-verdict]")).toHaveAttribute("data-claim-verdict", "alone");
  const rows = page.locator("[data-claim-source]");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Bloomberg");
  await expect(rows.first()).toContainText("43.1 billion yuan");
  await expect(rows.first()).toContainText("43,100,000,000 CNY");
  // The figure states no period; its article, on the June quarter, gives it.
  await expect(rows.first()).toContainText("from the article");
  const quote = (await rows.first().locator("blockquote").textContent())!.replace(/^“|”$/g, "");

  await rows.first().getByRole("link", { name: /Alibaba's cloud growth speeds up/ }).click();
  await expect(page).toHaveURL(/\/articles\/alibaba-june-quarter-results#cite-\d+$/);
  const n = new URL(page.url()).hash.slice("#cite-".length);
  await expect(page.locator(`#cite-${n}`)).toHaveText(quote);
});

test("a cell with a reported figure and an estimate says beat or miss, and its claim view lists every figure", async ({ page }) => {
  await page.goto("/companies/BABA");
  const revenue = page.locator('[data-scorecard-cell="revenue 3m-2025-06"]');
  // The group's revenue against the estimate; the cloud unit's revenue in the same article is its own measure.
  await expect(revenue).toContainText("CN¥247.65 billion");
  await expect(revenue).not.toContainText("CN¥33.4 billion");
  await expect(revenue).toContainText("Expected CN¥252.9 billion");
  await expect(revenue.locator("[data-disputed]")).toHaveCount(0);
  await expect(revenue.locator("[data-surprise]")).toHaveAttribute("data-surprise", "miss");

  await revenue.locator("[data-claim-link]").first().click();
  await expect(page).toHaveURL(/\/companies\/BABA\/claims\/revenue\.3m-2025-06\.reported$/);
  await expect(page.locator("[data-claim-verdict]")).toHaveAttribute("data-claim-verdict", "alone");
  await expect(page.locator("[data-claim-source]")).toHaveCount(2);
});

test("an unknown claim is a 404", async ({ page }) => {
  expect((await page.goto("/companies/BABA/claims/revenue.3m-1999-06.reported"))?.status()).toBe(404);
  expect((await page.goto("/companies/NOPE/claims/revenue.3m-2025-06.reported"))?.status()).toBe(404);
});

test("a claim view passes axe, in light and dark", async ({ page, isMobile }) => {
  test.slow(); // axe walks every node twice
  await page.goto("/companies/BABA/claims/revenue.3m-2025-06.reported");
  await expectNoAxeViolations(page);
  // The dark scheme's colours are the same on every screen: checked once, on the laptop.
  if (isMobile) return;
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});

test("a disputed figure on its article: a badge, and the other sources side by side on demand, axe clean open in light and dark", async ({ page, isMobile }) => {
  test.slow(); // axe walks every node twice
  await page.goto("/articles/alibaba-apsara-ai-spending");
  const fact = page.locator("[data-fact]").filter({ has: page.locator("[data-dispute-badge]") }).first();
  const badge = fact.locator("[data-dispute-badge]");
  await badge.locator("summary").click();
  const table = badge.locator("[data-dispute-table]");
  await expect(table).toBeVisible();
  await expect(badge.locator("summary")).toHaveText("⚠ Sources disagree: 1 other source");
  await expect(table.locator("tbody tr").first()).toContainText("about $16 million");
  await expect(table.locator("tbody tr").nth(1)).toContainText("over $16 billion");
  await expect(table.locator("tbody tr").nth(1).locator("blockquote")).toContainText("Ark Invest");
  await expectNoAxeViolations(page);
  if (isMobile) return;
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});
