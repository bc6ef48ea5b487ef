// The facts.csv downloads as a reader's browser saves them: the header row, and a passage
// holding a double quote and a comma written as RFC 4180 says (the cell quoted, the quote
// doubled). The sample content has no such passage; e2e/fixtures/quoted-passage.md does.
import { readFileSync } from "node:fs";
import { expect, test, type Download, type Page } from "@playwright/test";
import { parseCsv } from "../lib/testing/csv";
import { seedIntoServer } from "./seed";

test.skip(({ isMobile }) => isMobile, "the same file on every device");

const HEADER = "article,title,publisher,published,citation,passage,kind,statement,subject,metric,period,basis,as_written,value,high,unit,per,qualifier,change,verdict,flags,quote";
const PASSAGE = 'Chief Executive Ada Lowe called the quarter "strong, and getting stronger" as revenue rose to $412 million in the first quarter of 2024.';

async function download(page: Page, link: RegExp): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  return file;
}

test("an article's and a company's CSV download: the header row, and a quote inside a passage doubled", async ({ page }) => {
  test.slow(); // a seed, two pages and two downloads: near 30 s when the suite loads the machine
  seedIntoServer("e2e/fixtures/quoted-passage.md");
  await page.goto("/articles/quoted-passage");
  const article = await download(page, /^Facts as CSV$/);
  expect(article.suggestedFilename()).toBe("quoted-passage-facts.csv");
  const csv = readFileSync((await article.path())!, "utf8");
  expect(csv.split("\r\n")[0]).toBe(HEADER);
  // The quote is the last column: the whole cell in quotes, each quote in it doubled.
  expect(csv).toContain(`,"${PASSAGE.replaceAll('"', '""')}"\r\n`);
  const [header, ...rows] = parseCsv(csv);
  const revenue = rows.find((row) => row[header!.indexOf("metric")] === "revenue")!;
  expect(revenue[header!.indexOf("quote")]).toBe(PASSAGE);
  // Read back, the cell is the passage the briefing highlights.
  const passage = revenue[header!.indexOf("passage")]!;
  expect(passage).toMatch(/^\/articles\/quoted-passage#cite-\d+$/);
  await expect(page.locator(`#${passage.split("#")[1]}`)).toHaveText(PASSAGE);

  await page.goto("/companies/BRWD");
  const company = await download(page, /^All \d+ as CSV$/);
  expect(company.suggestedFilename()).toBe("BRWD-facts.csv");
  const companyCsv = readFileSync((await company.path())!, "utf8");
  expect(companyCsv.split("\r\n")[0]).toBe(HEADER);
  expect(companyCsv).toContain(`,"${PASSAGE.replaceAll('"', '""')}"\r\n`);
});
