// The feed is XML whatever a title holds: parsed by Chromium's XML parser (libxml2, strict),
// which refuses the whole document over one character XML does not allow.
import { chromium, type Browser } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rssFeed, xmlText } from "@/lib/site/feed";
import type { BriefingSummary } from "@/lib/queries";

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
});
afterAll(async () => {
  await browser?.close();
});

/** The parse error Chromium reports for the document, or null when it is well-formed XML; and the titles it read. */
async function parseXml(xml: string): Promise<{ error: string | null; titles: string[] }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, "application/xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      return { error: error ? (error.textContent ?? "parse error") : null, titles: [...doc.getElementsByTagName("title")].map((t) => t.textContent ?? "") };
    }, xml);
  } finally {
    await page.close();
  }
}

const C0 = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join("");

function briefing(title: string, publisher: string | null): BriefingSummary {
  return { slug: "acme-results", title, publisher, publishedAt: "2024-03-01", factCount: 3, headlines: [] };
}

describe("the RSS feed", () => {
  it("is well-formed XML when titles and publishers hold every C0 control, lone surrogates, U+FFFE and markup", async () => {
    const hostile = `Acme${C0} <b>&amp;</b> "results" \ud800 \udfff \ufffe\uffff 'Q1'`;
    const xml = rssFeed(new URL("http://localhost:3000"), [briefing(hostile, `Wire${C0}`), briefing("Plain title", null)]);
    const parsed = await parseXml(xml);
    expect(parsed.error).toBeNull();
    expect(parsed.titles).toEqual(["Investor Briefing", `Acme\t\n\n <b>&amp;</b> "results"    'Q1'` /* an XML parser reads \r as \n */, "Plain title"]);
  });

  it("drops only what XML cannot hold", () => {
    expect(xmlText("a\x01b\tc\x7fd\u0085e\u00e9")).toBe("ab\tc\x7fd\u0085e\u00e9");
  });
});
