import { expect, type Locator, type Page } from "@playwright/test";

/** The citation marker inside `scope`: a link where the device hovers, a button on a touch screen. */
export function citationIn(scope: Locator, isMobile: boolean): Locator {
  return isMobile ? scope.getByRole("button", { name: /^Citation \d+/ }) : scope.getByRole("link", { name: /^\[\d+\]$/ });
}

/** Follows a citation the way the device's reader would; resolves to its number. */
export async function followCitation(page: Page, scope: Locator, isMobile: boolean): Promise<string> {
  const marker = citationIn(scope, isMobile);
  const n = (await marker.textContent())!.replace(/\D/g, "");
  if (isMobile) {
    await marker.tap();
    const card = page.locator(`[popover]:popover-open`);
    await expect(card).toBeVisible();
    await expect(card.locator("[data-quote]")).toBeVisible();
    await card.getByRole("link", { name: "Show in the article" }).tap();
  } else {
    await marker.click();
  }
  await expect(page).toHaveURL(new RegExp(`#cite-${n}$`));
  return n;
}
