// Security headers (proxy.ts) on every kind of response, and the app still working
// under its Content-Security-Policy in a real browser.
import { expect, test, type Page } from "@playwright/test";

const ROUTES = {
  home: "/",
  article: "/articles/alibaba-ai-push",
  search: "/search?q=cloud",
  feed: "/feed.xml",
  "api (a 404)": "/api/articles/x",
};

/** The policy's directives by name, e.g. { "script-src": ["'self'", "'nonce-…'"] }. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

for (const [name, path] of Object.entries(ROUTES)) {
  test(`${name}: security headers and a fresh nonce per response`, async ({ request }) => {
    const first = await request.get(path);
    const second = await request.get(path);
    const headers = first.headers();

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);

    const csp = directives(headers["content-security-policy"] ?? "");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    const scriptSrc = csp.get("script-src") ?? [];
    expect(scriptSrc).toEqual(expect.arrayContaining(["'self'", "'strict-dynamic'"]));
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);

    const nonceOf = (policy: string) => /'nonce-([A-Za-z0-9+/=]{16,})'/.exec(policy)?.[1];
    const nonce = nonceOf(headers["content-security-policy"] ?? "");
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers()["content-security-policy"] ?? "")).not.toBe(nonce);

    // Pages: every script Next writes carries this response's nonce.
    if (headers["content-type"]?.startsWith("text/html")) {
      const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      const executable = scripts.filter((tag) => !/type="application\/ld\+json"/.test(tag));
      expect(executable.length).toBeGreaterThan(0);
      for (const tag of executable) expect(tag).toContain(`nonce="${nonce}"`);
    }
  });
}

/** Collects CSP violations (from the DOM event and the console) and uncaught errors. */
async function watchForViolations(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { __cspViolations?: string[] };
      (w.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

async function violationsInPage(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

test("pages hydrate under the policy: client navigation works and nothing is blocked", async ({ page }) => {
  const problems = await watchForViolations(page);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Briefings" })).toBeVisible();
  // A marker on window survives only a client-side navigation, which needs React hydrated.
  await page.evaluate(() => ((window as unknown as { __sameDocument?: boolean }).__sameDocument = true));
  await page.getByRole("link", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(await violationsInPage(page)).toEqual([]);

  for (const path of ["/articles/alibaba-ai-push", "/companies/BABA", "/search?q=cloud+revenue"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await violationsInPage(page), path).toEqual([]);
  }
  expect(problems).toEqual([]);
});
