import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../lib/testing/csv";
import { citationIn } from "./citations";

const PAGES = {
  home: "/",
  article: "/articles/alibaba-ai-push",
  company: "/companies/BABA",
  search: "/search?q=cloud+revenue",
  "not-found": "/articles/no-such-article",
};

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} page passes axe, in light and dark, and is saved as a screenshot`, async ({ page, isMobile }, info) => {
    test.slow(); // axe walks every node of a long page twice
    await page.goto(path);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `e2e/screenshots/${info.project.name}-${name}.png`, fullPage: true });
    // The dark scheme's colours are the same on every screen: checked once, on the laptop.
    if (isMobile) return;
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoAxeViolations(page);
  });
}

test("home -> company -> fact -> its passage in the source -> back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^BABA\b/ }).click();
  await expect(page).toHaveURL(/\/companies\/BABA$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("BABA");

  const fact = page.locator("[data-company-fact]").filter({ hasText: "112%" }).first();
  await expect(fact).toBeVisible();
  const quote = (await fact.locator("blockquote").textContent())!.replace(/^“|”$/g, "");
  await fact.getByRole("link", { name: "Alibaba shares hit a near four-year high on a bigger AI spending push" }).click();

  await expect(page).toHaveURL(/\/articles\/alibaba-ai-push#cite-\d+$/);
  const n = new URL(page.url()).hash.slice("#cite-".length);
  const passage = page.locator(`#cite-${n}`);
  await expect(passage).toBeInViewport();
  await expect(passage).toHaveText(quote);

  await page.goBack();
  await expect(page).toHaveURL(/\/companies\/BABA$/);
});

test("a citation card shows the quote, publisher and date by mouse and by keyboard", async ({ page, isMobile }) => {
  test.skip(isMobile, "a phone has no hover; a tap follows the citation to its passage (tested above)");
  await page.goto("/articles/alibaba-apsara-ai-spending");
  const citation = citationIn(page.locator("[data-fact]").first());
  const card = page.locator(`#${await citation.getAttribute("aria-describedby")}`);

  await expect(card).toBeHidden();
  await citation.hover();
  await expect(card).toBeVisible();
  await expect(card).toContainText("September 24, 2025");
  await page.mouse.move(0, 0);
  await expect(card).toBeHidden();

  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await page.keyboard.press("Tab");
  for (let i = 0; i < 40 && !(await citation.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(citation).toBeFocused();
  await expect(card).toBeVisible();
});

test("search ranks facts and articles with highlighted words, and filters them", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Search" }).click();
  await page.getByRole("searchbox").fill("cloud revenue");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=cloud\+revenue/);
  await expect(page.locator("[data-search-fact]").first()).toBeVisible();
  await expect(page.locator("[data-search-fact] mark").first()).toHaveText(/cloud|revenue/i);
  await expect(page.locator("[data-search-article] mark").first()).toBeVisible();

  await page.goto("/search?q=cloud&basis=estimate&company=ZZZZ");
  await expect(page.getByRole("heading", { name: "Facts (0)" })).toBeVisible();
});

test("search with hostile input never errors", async ({ request, isMobile }) => {
  test.skip(isMobile, "the server's answer: the same on every device");
  const inputs = ['"', '"unclosed', "OR", "NOT AND", "a* OR b NEAR/2 c", "title:x", "(", "^", "-", "阿里巴巴 Zürich €", "\u0000", "x".repeat(5_000), "' OR 1=1 --"];
  for (const q of inputs) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q.slice(0, 40)).toBe(200);
    const html = await response.text();
    expect(html, q.slice(0, 40)).toMatch(/<h1[^>]*>Search<\/h1>/);
    expect(html, q.slice(0, 40)).not.toContain("This page could not be shown");
  }
});

test("feeds and exports", async ({ request, baseURL, isMobile }) => {
  test.skip(isMobile, "the server's answer: the same on every device");
  const rss = await request.get("/feed.xml");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await rss.text();
  expect(xml).toContain('<rss version="2.0"');
  expect(xml).toContain(`<link>${baseURL}/articles/alibaba-ai-push</link>`);

  expect(await (await request.get("/sitemap.xml")).text()).toContain("/companies/BABA</loc>");
  expect(await (await request.get("/robots.txt")).text()).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

  const api = await request.get("/api/articles/alibaba-ai-push");
  const article = await api.json();
  expect(article).toMatchObject({ slug: "alibaba-ai-push", source: "content/articles/alibaba-ai-push.md", publishedAt: "2025-09-24" });
  for (const fact of article.facts) {
    expect(article.text.slice(...fact.cite)).toBeTruthy();
    if (fact.figure) expect(fact.cite[0] <= fact.figure.span[0] && fact.figure.span[1] <= fact.cite[1]).toBe(true);
  }
  expect((await request.get("/api/articles/nope")).status()).toBe(404);
});

test("an article's and a company's facts download as CSV, one row per fact", async ({ page, request, isMobile }) => {
  test.skip(isMobile, "the same file on every device");
  const article = await (await request.get("/api/articles/alibaba-ai-push")).json();
  await page.goto("/articles/alibaba-ai-push");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Facts as CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("alibaba-ai-push-facts.csv");
  const [header, ...rows] = parseCsv(readFileSync((await download.path())!, "utf8"));
  expect(rows).toHaveLength(article.facts.length);
  const column = (name: string) => header!.indexOf(name);
  const first = article.facts[0];
  expect(rows[0]![column("quote")]).toBe(article.text.slice(...first.cite));
  expect(rows[0]![column("statement")]).toBe(first.statement);

  await page.goto("/companies/BABA");
  const link = page.getByRole("link", { name: /^All \d+ as CSV$/ });
  const total = Number((await link.textContent())!.match(/\d+/)![0]);
  const [company] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const [, ...companyRows] = parseCsv(readFileSync((await company.path())!, "utf8"));
  expect(companyRows).toHaveLength(total);
  expect(new Set(companyRows.map((row) => row[column("subject")]))).not.toContain("");
  expect((await request.get("/companies/NOPE/facts.csv")).status()).toBe(404);
});

test("an article page carries its metadata for sharing and search engines", async ({ page, isMobile }) => {
  test.skip(isMobile, "the server's answer: the same on every device");
  await page.goto("/articles/alibaba-ai-push");
  await expect(page).toHaveTitle("Alibaba shares hit a near four-year high on a bigger AI spending push · Investor Briefing");
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({ "@type": "NewsArticle", headline: "Alibaba shares hit a near four-year high on a bigger AI spending push", datePublished: "2025-09-24" });
});

test("the chart compares figures with a text alternative", async ({ page }) => {
  await page.goto("/articles/alibaba-ai-push");
  const chart = page.getByRole("img").filter({ has: page.locator("desc") }).first();
  await expect(chart).toBeVisible();
  await expect(page.locator("svg desc").first()).toContainText("$364 billion");
});

test("prints a clean briefing with its citations", async ({ page }) => {
  await page.goto("/articles/alibaba-ai-push");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Search" })).toBeHidden();
  const label = await page.locator("mark[id^=cite-]").first().evaluate((el) => getComputedStyle(el, "::before").content);
  expect(label).toBe('"[1] "');
});
