import { expect, test } from "@playwright/test";

test("the sample's Ark purchase is flagged with the other source's figure, one click away", async ({ page }) => {
  await page.goto("/articles/alibaba-ai-push");
  const fact = page.locator("[data-fact]").filter({ hasText: "$16 billion", has: page.locator('[data-flag="implausible"]') });
  await expect(fact).toHaveCount(1);
  await expect(fact.locator('[data-flag="implausible"]')).toContainText(/million\/billion slip/);
  await expect(fact).toContainText("Sources disagree");

  const row = page.locator("[data-key-number]").filter({ hasText: "$16 billion" });
  await expect(row).toContainText("Looks wrong");

  await fact.locator('[data-flag="implausible"]').getByRole("link", { name: "See the other source" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!alibaba-ai-push)[a-z0-9-]+#cite-\d+$/);
  const passage = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
  await expect(passage).toBeInViewport();
  await expect(passage).toContainText(/\$16(\.3)? million/);
});

test("the home page lists figures to check", async ({ page }) => {
  await page.goto("/");
  const warnings = page.getByRole("region", { name: "Figures to check" });
  await expect(warnings).toContainText(/\$16 billion/);
});
