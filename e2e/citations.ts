import { expect, type Locator, type Page } from "@playwright/test";

/** The citation marker inside `scope`: a link to its passage, on every device. */
export function citationIn(scope: Locator): Locator {
  return scope.getByRole("link", { name: /^\[\d+\]$/ });
}

/** Follows a citation the way the device's reader would; resolves to its number. */
export async function followCitation(page: Page, scope: Locator, isMobile: boolean): Promise<string> {
  const marker = citationIn(scope);
  const n = (await marker.textContent())!.replace(/\D/g, "");
  if (isMobile) {
    // A tap opens the passage's card first; its link goes on to the passage.
    await marker.tap();
    const card = page.locator(`#cite-card-${n}:popover-open`);
    await expect(card).toBeVisible();
    await expect(card.locator("[data-quote]")).toBeVisible();
    await card.getByRole("link", { name: "Show in the article" }).tap();
  } else {
    await marker.click();
  }
  await expect(page).toHaveURL(new RegExp(`#cite-${n}$`));
  return n;
}
