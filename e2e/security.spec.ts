// Security headers (scripts/serve.ts) on every kind of response, and the app still working
// under its Content-Security-Policy in a real browser.
import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";

const ROUTES = {
  home: "/",
  article: "/articles/alibaba-ai-push",
  search: "/search?q=cloud",
  feed: "/feed.xml",
  "api (a 404)": "/api/articles/x",
};

/** The policy's directives by name, e.g. { "script-src": ["'self'", "'sha256-…'"] }. */
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
  test(`${name}: security headers, and a policy that lets only the page's framework scripts run`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();

    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toMatch(/camera=\(\)/);

    const csp = directives(headers["content-security-policy"] ?? "");
    expect(csp.get("default-src")).toEqual(["'self'"]);
    const scriptSrc = csp.get("script-src") ?? [];
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);

    // Pages: every inline script Next writes is listed by its hash, and nothing else is.
    // (Pages are served from memory, the same bytes to every reader: no per-request nonce.)
    if (headers["content-type"]?.startsWith("text/html")) {
      const inline = [...(await response.text()).matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter(([, attributes, body]) => body && !/\bsrc=/.test(attributes!) && !/type="application\/ld\+json"/.test(attributes!))
        .map(([, , body]) => `'sha256-${createHash("sha256").update(body!).digest("base64")}'`);
      expect(inline.length).toBeGreaterThan(0);
      expect(scriptSrc.slice(1).sort()).toEqual([...new Set(inline)].sort());
    } else {
      expect(scriptSrc).toEqual(["'self'"]);
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
