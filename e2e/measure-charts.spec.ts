// A company's measures by quarter, drawn from its scorecard. The sample content gives BABA
// one quarter, so two wire stories about Kestrel Appliances (e2e/fixtures/quarters) are
// seeded beside it: revenue and EPS in several quarters, analysts' estimates, and a
// second-quarter revenue the two stories disagree on.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { seedIntoServer } from "./seed";

test.skip(({ isMobile }) => isMobile, "the phone project runs the reader's flows only");
// One worker seeds, then every test reads.
test.describe.configure({ mode: "serial" });
test.beforeAll(() => {
  seedIntoServer("e2e/fixtures/quarters");
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("each measure given in two quarters or more is a chart of reported bars and expected marks, described in words", async ({ page }) => {
  await page.goto("/companies/KSTL");
  // Net income is given for one quarter: its scorecard cell says all a chart would.
  await expect(page.locator("[data-measure-chart]")).toHaveCount(2);
  const revenue = page.locator('[data-measure-chart="revenue"]');
  const drawing = revenue.getByRole("img", { name: "Revenue by quarter, in USD" });
  await expect(drawing).toBeVisible();
  await expect(drawing).toHaveAccessibleDescription(
    "Revenue by quarter, in USD: Q4 2023 reported $1.1 billion; Q1 2024 reported $1.18 billion; " +
      "Q2 2024 reported $1.29 billion or $1.24 billion (sources disagree), expected $1.21 billion; Q3 2024 expected $1.3 billion.",
  );
  await expect(revenue.locator('[data-chart-label="reported"]')).toHaveText(["$1.1B", "$1.18B", "$1.29B", "$1.24B"]);
  await expect(revenue.locator('[data-chart-label="estimate"]')).toHaveText(["◆ $1.21B", "◆ $1.3B"]);
  await expect(revenue.locator("[data-chart-bar]")).toHaveCount(3);
  await expect(revenue.locator('[data-chart-bar="disputed"]')).toHaveCount(1);
  await expect(revenue.locator('[data-chart-slot="3m-2024-06"] [data-chart-disputed]')).toHaveText("⚠");
  const eps = page.getByRole("img", { name: "EPS by quarter, in USD" });
  await expect(eps).toHaveAccessibleDescription("EPS by quarter, in USD: Q4 2023 reported $0.66; Q1 2024 reported $0.71; Q2 2024 reported $0.84, expected $0.8.");

  // BABA's sample content is one quarter: a scorecard, and no chart.
  await page.goto("/companies/BABA");
  await expect(page.locator("[data-scorecard]")).toBeVisible();
  await expect(page.locator("[data-measure-chart]")).toHaveCount(0);
});

test("a chart's quarters are the scorecard's columns and its figures the scorecard cells' claims, in the same words", async ({ page }) => {
  await page.goto("/companies/KSTL");
  const headers = (await page.locator("[data-scorecard] thead th").allTextContents()).slice(1);
  const charts = page.locator("[data-measure-chart]");
  let compared = 0;
  for (const chart of await charts.all()) {
    const measure = (await chart.getAttribute("data-measure-chart"))!;
    const rows = chart.locator("[data-chart-period]");
    // Oldest first, left to right: the scorecard's columns read backwards.
    const labels = await rows.locator("th").allTextContents();
    expect([...headers].reverse().join("|")).toContain(labels.join("|"));
    for (const row of await rows.all()) {
      const cell = page.locator(`[data-scorecard-cell="${measure} ${await row.getAttribute("data-chart-period")}"]`);
      const links = row.locator("a");
      const cellLinks = cell.locator("[data-claim-link]").filter({ hasNotText: /^Guidance / });
      await expect(cellLinks).toHaveCount(await links.count());
      for (const link of await links.all()) {
        const href = (await link.getAttribute("href"))!;
        const scored = cell.locator(`a[href="${href}"]`);
        await expect(scored).toHaveCount(1);
        expect((await scored.textContent())!.replace(/^Expected /, "")).toBe(await link.textContent());
        compared++;
      }
    }
  }
  expect(compared).toBe(9);

  // The table's figure opens the claim its scorecard cell opens.
  const revenue = page.locator('[data-measure-chart="revenue"]');
  await revenue.locator("summary").click();
  await revenue.getByRole("link", { name: "$1.29 billion or $1.24 billion" }).click();
  await expect(page).toHaveURL(/\/companies\/KSTL\/claims\/revenue\.3m-2024-06\.reported$/);
  await expect(page.locator("[data-claim-verdict]")).toHaveAttribute("data-claim-verdict", "conflict");
});

test("the charts pass axe with their tables open, in light and dark", async ({ page }) => {
  test.slow(); // axe walks every node twice
  await page.goto("/companies/KSTL");
  for (const summary of await page.locator("[data-measure-chart] summary").all()) await summary.click();
  await expect(page.locator("[data-chart-table]").first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
});
