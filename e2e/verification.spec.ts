import { expect, test } from "@playwright/test";

test("the sample's Ark purchase is flagged with the other source's figure, one click away", async ({ page }) => {
  await page.goto("/articles/alibaba-ai-push");
  const fact = page.locator("[data-fact]").filter({ hasText: "$16 billion", has: page.locator('[data-flag="implausible"]') });
  await expect(fact).toHaveCount(1);
  await expect(fact.locator('[data-flag="implausible"]')).toContainText(/million\/billion slip/);
  await expect(fact).toContainText("Sources disagree");

  const row = page.locator("[data-key-number]").filter({ hasText: "$16 billion" });
  await expect(row).toContainText("Looks wrong");

  // A compact badge on the figure; the other sources side by side, and the flags' words, on demand.
  const badge = fact.locator("[data-dispute-badge]");
  await expect(badge.locator("summary")).toHaveText("⚠ Looks wrong: 2 other sources");
  await expect(badge.locator("[data-dispute-table]")).toBeHidden();
  await badge.locator("summary").click();
  await expect(badge.locator("[data-dispute-table]")).toBeVisible();
  await fact.locator('[data-flag="implausible"]').getByRole("link", { name: "See the other source" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!alibaba-ai-push)[a-z0-9-]+#cite-\d+$/);
  const passage = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
  await expect(passage).toBeInViewport();
  await expect(passage).toContainText(/\$16(\.3)? million/);
});

test("the home page shows the Ark purchase as one disputed claim: both figures side by side with their source counts", async ({ page }) => {
  await page.goto("/");
  const warnings = page.getByRole("region", { name: "Figures to check" });
  const ark = warnings.locator("[data-dispute]").filter({ hasText: "$16 billion" });
  await expect(ark).toHaveCount(1);
  // The sample content's five flags on it (two facts' conflicts, one's slip) make this one item.
  await expect(warnings.locator("[data-dispute]").filter({ hasText: /\$16(\.3)? million/ })).toHaveCount(1);
  const sides = ark.locator("[data-dispute-side]");
  await expect(sides).toHaveCount(2);
  await expect(sides.nth(0)).toHaveText("over $16 billion: 1 source");
  await expect(sides.nth(1)).toContainText("about $16.3 million");
  await expect(sides.nth(1)).toContainText("2 sources");
  await expect(ark.locator("[data-dispute-sides]")).toContainText("likely million/billion slip");

  // Quotes are one click away, not inline.
  const quotes = ark.locator("details blockquote");
  await expect(quotes).toHaveCount(3);
  await expect(quotes.first()).toBeHidden();
  await ark.getByText("The 3 quotes").click();
  await expect(quotes.first()).toBeVisible();

  // Each figure links to its passage.
  await sides.nth(1).getByRole("link", { name: "about $16.3 million" }).click();
  await expect(page).toHaveURL(/\/articles\/ark-invest-buys-alibaba#cite-\d+$/);
  await expect(page.locator(`#${new URL(page.url()).hash.slice(1)}`)).toContainText("$16.3 million");
});
