import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/extract";
import { parseArticle, ParseError, SUPPORTED_EXTENSIONS } from "@/lib/parse";
import { NORMALIZATION_RULES, NOTHING_TO_NORMALIZE, normalizeText } from "@/lib/parse/normalize";

const fixturesDir = path.join(import.meta.dirname, "fixtures");
const fixture = (name: string) => readFileSync(path.join(fixturesDir, name));
const parseFixture = (name: string, overrides?: Parameters<typeof parseArticle>[2]) => parseArticle(`fixtures/${name}`, fixture(name), overrides);

/** The ParseError message a fixture produces. */
function errorOf(name: string, bytes: Uint8Array = fixture(name)): string {
  try {
    parseArticle(`fixtures/${name}`, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError);
    const message = (error as ParseError).message;
    expect(message).not.toContain("\n");
    return message;
  }
  throw new Error(`${name} parsed without an error`);
}

describe("parseArticle on the sample article", () => {
  const samplePath = path.resolve(import.meta.dirname, "../../content/articles/alibaba-ai-push.md");
  const source = readFileSync(samplePath, "utf8");
  const article = parseArticle("content/articles/alibaba-ai-push.md", readFileSync(samplePath));

  it("keeps the body exactly as written after the front matter", () => {
    const afterFrontMatter = source.slice(source.indexOf("\n---\n", 3) + "\n---\n".length);
    expect(article.text).toBe(afterFrontMatter.trim());
  });

  it("reads the front matter", () => {
    expect(article).toMatchObject({
      format: "markdown",
      title: "Alibaba shares hit a near four-year high on a bigger AI spending push",
      publisher: null,
      url: null,
      publishedAt: "2025-09-24",
      tickers: [],
    });
  });
});

describe("Markdown", () => {
  it("turns markup into plain text and reads every front matter field", () => {
    expect(parseFixture("markup.md")).toEqual({
      format: "markdown",
      title: "Orbital Grid wins a $1.2 billion transmission contract",
      publisher: "Power Weekly",
      url: "https://power-weekly.example/orbital-grid-contract",
      publishedAt: "2025-11-03T07:15:00Z",
      tickers: ["ORBG", "SIE.DE"],
      text: [
        "Orbital Grid wins a big contract",
        "Orbital Grid (ORBG) won a $1.2 billion contract to build a high-voltage line across the north.",
        "What was agreed",
        "The company expects first revenue in Q3 2026,",
        "according to its filing.",
        "• Phase one: 140 km of cable",
        "• Phase two: a converter station",
        "1. The grid_capacity_mw field in the filing reads 2*3 GW, i.e. 6 GW.",
        "Its variable snake_case_name and the 5 * 3 grid stay as written; a *literal* asterisk too.",
        "Shares closed at $43 on the news; see https://example.com/filing.",
        "Read the filing.",
      ].join("\n"),
    });
  });

  it("takes the title from the first # heading when the front matter has none, and drops it from the body", () => {
    const source = "# Heading as title\n\nBody with **bold** and _emphasis_.\n\n## Section\nMore.\n";
    expect(parseArticle("a.md", Buffer.from(source))).toMatchObject({
      title: "Heading as title",
      text: "Body with bold and emphasis.\nSection\nMore.",
      publishedAt: null,
    });
  });

  it("handles setext headings, links with parentheses, nested emphasis and code blocks in a hard-wrapped file", () => {
    const source = [
      "Setext title",
      "============",
      "",
      "See [the page](https://en.wikipedia.org/wiki/Copper_(disambiguation)) for ***strong emphasis***.",
      "",
      "Sub heading",
      "-----------",
      "```ts",
      "const raw_value = 2 * 3; // a line long enough to look wrapped",
      "const next_value = 4;",
      "```",
      "Under_scored words and 3*4 stay; [^1] and [sic] too.",
    ].join("\n");
    expect(parseArticle("a.markdown", Buffer.from(source))).toMatchObject({
      title: "Setext title",
      text: [
        "See the page for strong emphasis.",
        "Sub heading",
        "const raw_value = 2 * 3; // a line long enough to look wrapped",
        "const next_value = 4;",
        "Under_scored words and 3*4 stay; [^1] and [sic] too.",
      ].join("\n"),
    });
  });

  it("drops a leading heading that repeats the front matter title", () => {
    const source = "---\ntitle: Same title\n---\n# Same Title\nBody.\n";
    expect(parseArticle("a.md", Buffer.from(source)).text).toBe("Body.");
  });

  it("accepts a UTF-8 BOM with CRLF and CR line endings", () => {
    expect(parseFixture("bom-crlf.md")).toMatchObject({
      title: "Windows line endings",
      publishedAt: "2025-01-05",
      text: "First paragraph.\nSecond paragraph.\nThird, old Mac style.\nFourth.",
    });
  });

  it("reports a YAML syntax error with the line number in the file", () => {
    expect(errorOf("bad-yaml.md")).toBe(
      "line 5: front matter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ])",
    );
  });

  it("reports an unclosed front matter", () => {
    expect(errorOf("unclosed.md")).toBe("front matter opened by '---' on line 1 is never closed (add a '---' line after it)");
  });

  it("reports a publishedAt that is not a date", () => {
    expect(errorOf("wrong-date.md")).toBe('front matter: publishedAt "yesterday" is not a date (use YYYY-MM-DD or an ISO date-time)');
  });

  it("reports wrong types, non-http URLs and bad tickers by field", () => {
    const message = (source: string) => errorOf("inline.md", Buffer.from(`---\n${source}\n---\nBody.\n`));
    expect(message("title: [a, b]")).toBe("front matter: title must be a string (got a list)");
    expect(message("title: T\npublisher: 12")).toBe("front matter: publisher must be a string (got number 12)");
    expect(message("title: T\ntickers: [BABA, 5]")).toBe("front matter: tickers must be a list of strings (got number 5 in the list)");
    expect(message("title: T\nurl: ftp://example.com/a")).toBe('front matter: url "ftp://example.com/a" is not an http(s) URL');
    expect(message("title: T\ndate: 2025-02-30")).toBe('front matter: date "2025-02-30" is not a date (use YYYY-MM-DD or an ISO date-time)');
    expect(message("title: T\ntickers: {a: 1}")).toBe("front matter: tickers must be a list of strings (got an object)");
    expect(message("title: T\ntickers: [BABA, 'not a ticker']")).toBe('front matter: ticker "not a ticker" is not an exchange symbol');
    expect(message("- just\n- a list")).toBe('front matter must be "key: value" lines (got a list)');
  });

  it("reports a missing title and a missing body", () => {
    expect(errorOf("no-title.md")).toBe("no title (add a title to the file or pass --title)");
    expect(errorOf("no-body.md")).toBe("no article body");
  });
});

describe("plain text", () => {
  it("takes a short first line followed by a blank line as the title", () => {
    expect(parseFixture("with-heading.txt")).toEqual({
      format: "text",
      title: "Harbour Rail orders 40 new trains",
      publisher: null,
      url: null,
      publishedAt: null,
      tickers: [],
      text: [
        "Harbour Rail said on Tuesday it had ordered 40 trains for £1.1 billion from two builders, its largest order since the line opened.",
        "The first will run in 2027.",
        "Passenger numbers rose 7% last year.",
      ].join("\n"),
    });
  });

  it("derives the title from the first sentence when there is no heading, keeping the body whole", () => {
    const source = fixture("without-heading.txt").toString("utf8");
    const article = parseFixture("without-heading.txt");
    expect(article.title).toBe("Quarterly revenue at Solent Software Ltd. rose 12% to $310 million, beating the $298 million…");
    expect(article.text).toBe(source.trim());
  });

  it("ends a derived title at the first sentence, not at an abbreviation", () => {
    const article = parseArticle("a.txt", Buffer.from("Mr. Lee sold 5% of U.S. Steel Corp. on Friday. He kept the rest.\n"));
    expect(article.title).toBe("Mr. Lee sold 5% of U.S. Steel Corp. on Friday");
  });

  it("joins the lines of a hard-wrapped paragraph and reads a '# ' title", () => {
    expect(parseFixture("hard-wrapped.txt")).toMatchObject({
      title: "Copper climbs to a two-year high",
      text:
        "Copper rose 2.1% to $10,400 a tonne on the London Metal Exchange on Wednesday, its highest level in two years, as supply worries in Chile and Peru deepened.\n" +
        "Traders said inventories had fallen 18% since June.",
    });
  });

  it("applies --title and --published", () => {
    const article = parseFixture("without-heading.txt", { title: " Solent beats forecasts ", published: "2025-07-01T10:00:00+02:00" });
    expect(article.title).toBe("Solent beats forecasts");
    expect(article.publishedAt).toBe("2025-07-01T08:00:00Z");
    expect(() => parseFixture("without-heading.txt", { published: "last week" })).toThrow(
      new ParseError('--published "last week" is not a date (use YYYY-MM-DD or an ISO date-time)'),
    );
    expect(() => parseFixture("without-heading.txt", { title: "  " })).toThrow(new ParseError("--title is empty"));
  });

  it("rejects a heading with nothing under it", () => {
    expect(errorOf("title-only.txt", Buffer.from("Just a heading\n\n"))).toBe("no article body");
  });
});

describe("HTML", () => {
  const article = parseFixture("news-page.html");

  it("reads the metadata from meta tags, stripping the site name from the title", () => {
    expect(article).toMatchObject({
      format: "html",
      title: "Northwind Foods lifts outlook as cloud kitchens expand",
      publisher: "Harbor Ledger",
      url: "https://www.harborledger.example/markets/northwind-foods-outlook",
      publishedAt: "2025-10-02T13:30:00Z",
      tickers: [],
    });
  });

  it("keeps only the article text, one paragraph per line", () => {
    expect(article.text).toBe(
      [
        "Shares of Northwind Foods (NWF) rose 6.4% on Thursday after the company raised its full-year revenue forecast to between $9.2 billion and $9.25 billion.",
        "The meal-kit group said its cloud kitchen network now serves 41 cities, up from 28 a year earlier & ahead of the company’s own target.",
        "Margins improve",
        "Operating margin widened to 11.2% in the quarter, compared with 9.8% a year ago.",
        "Chief executive Dana Whitfield listed the priorities for next year:",
        "• opening 12 more kitchens in Europe,",
        "• cutting delivery times by a fifth.",
        "“We are building for the next decade, not the next quarter,” Whitfield said.",
        "Analysts had expected revenue of $9.1 billion, according to a poll of 14 brokers. Rival Contoso Meals (CTM), which reports next week, slipped.",
      ].join("\n"),
    );
  });

  it("falls back to JSON-LD, <h1> and the page text when meta tags are missing", () => {
    const page = `<html><head><title>Fallback story - Quiet Wire</title>
      <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-04","publisher":{"name":"Quiet Wire"}}</script>
      <script type="application/ld+json">{ broken</script></head>
      <body><div class="menu"><p>Home</p></div><div class="content"><h1>Fallback story</h1><p>One  line
      of text.</p><p>Another line.<br>After a break.</p></div></body></html>`;
    expect(parseArticle("page.htm", Buffer.from(page))).toEqual({
      format: "html",
      title: "Fallback story",
      publisher: "Quiet Wire",
      url: null,
      publishedAt: "2025-03-04",
      tickers: [],
      text: "One line of text.\nAnother line.\nAfter a break.",
    });
  });

  it("finds the story in a div layout: chrome-named wrapper kept; quote widget, hidden text, 'Read more' link and teaser cards dropped", () => {
    expect(parseFixture("div-layout-page.html")).toEqual({
      format: "html",
      title: "Mill Street Mining cuts 2026 output guidance",
      // No site-name metadata: the logo link's text, confirmed by the <title> suffix.
      publisher: "Ore & Metal Review",
      // The relative canonical link cannot be resolved without the page's address; og:url can.
      url: "https://oremetal.example/mining/mill-street-guidance",
      publishedAt: "2025-12-01",
      tickers: [],
      text: [
        "Mill Street Mining lowered its 2026 copper output guidance to 180,000 tonnes from 210,000 tonnes, citing flooding at its northern pit.",
        "The company said the pit would reopen in the second quarter, and that the cost of repairs would be about $75 million, most of it covered by insurance. Its shares fell 4.1% in Toronto.",
        "Output guidance by mine:",
        "Mine 2026 (tonnes)",
        "Northern pit 60,000",
        "Southern pit 120,000",
        "Management set out three steps:",
        "1. pumping out the pit by March;",
        "2. moving crews to the southern pit.",
        "The miner also kept its dividend at 12 cents a share.",
      ].join("\n"),
    });
  });

  it("takes the publisher from application-name", () => {
    const page = `<meta name="application-name" content="Quiet Wire"><title>Story | Quiet Wire</title><p>Text.</p>`;
    expect(parseArticle("page.html", Buffer.from(page))).toMatchObject({ title: "Story", publisher: "Quiet Wire", text: "Text." });
  });

  it("reports a page without article text", () => {
    expect(errorOf("no-article.html")).toBe("no article text found in the page");
  });
});

describe("JSON", () => {
  it("reads an article object and normalizes its body like plain text", () => {
    expect(parseFixture("article.json")).toEqual({
      format: "json",
      title: "Lakeside Bank sets aside more for bad loans",
      publisher: "Metro Finance Daily",
      url: "https://metrofinance.example/lakeside-q3",
      publishedAt: "2025-10-15T14:00:00Z",
      tickers: ["LKB"],
      text: "Lakeside Bank set aside $420 million for bad loans in the quarter.\nProfit fell 9% from a year earlier.",
    });
  });

  it("reports JSON that is not an article object", () => {
    expect(errorOf("not-object.json")).toBe('JSON must be an object with "title" and "body" (got a list)');
    expect(errorOf("invalid.json")).toMatch(/^not valid JSON: \S/);
    expect(errorOf("wrong-type.json")).toBe("JSON: title must be a string (got number 42)");
    expect(errorOf("no-body.json", Buffer.from('{"title": "T"}'))).toBe('JSON: missing "body" (the article text as a string)');
    expect(errorOf("body-list.json", Buffer.from('{"title": "T", "body": ["a"]}'))).toBe("JSON: body must be a string (got a list)");
    expect(errorOf("no-title.json", Buffer.from('{"body": "Text."}'))).toBe("no title (add a title to the file or pass --title)");
  });
});

describe("bytes that are not an article", () => {
  it("rejects empty and whitespace-only files", () => {
    expect(errorOf("empty.md")).toBe("empty file");
    expect(errorOf("whitespace.txt")).toBe("empty file");
  });

  it("rejects binary files", () => {
    expect(errorOf("binary.txt")).toMatch(/^binary file, not text/);
    const controlHeavy = new Uint8Array(200).map((_, index) => (index % 3 === 0 ? 0x01 : 0x41));
    expect(errorOf("control.txt", controlHeavy)).toBe("binary file, not text");
  });

  it("rejects invalid UTF-8, naming the byte and its offset", () => {
    expect(errorOf("invalid-utf8.txt")).toBe("not valid UTF-8 text (byte 0xFF at offset 26)");
    expect(errorOf("truncated.txt", new Uint8Array([0x41, 0xe2, 0x82]))).toBe("not valid UTF-8 text (byte 0xE2 at offset 1)");
    expect(errorOf("overlong.txt", new Uint8Array([0x41, 0x42, 0xc0, 0xaf]))).toBe("not valid UTF-8 text (byte 0xC0 at offset 2)");
    expect(errorOf("bom-then-bad.txt", new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x80]))).toBe("not valid UTF-8 text (byte 0x80 at offset 4)");
    expect(errorOf("utf16.txt", new Uint8Array([0xff, 0xfe, 0x41, 0x00]))).toBe("UTF-16 text is not supported (save the file as UTF-8)");
  });

  it("rejects unknown extensions, naming the supported ones", () => {
    expect(SUPPORTED_EXTENSIONS).toEqual([".md", ".markdown", ".txt", ".text", ".html", ".htm", ".json"]);
    expect(errorOf("report.pdf")).toBe('unsupported file type ".pdf" (supported: .md, .markdown, .txt, .text, .html, .htm, .json)');
    expect(errorOf("README", Buffer.from("text"))).toBe("no file extension, cannot tell the format (supported: .md, .markdown, .txt, .text, .html, .htm, .json)");
  });

  it("accepts upper-case extensions", () => {
    expect(parseArticle("NOTES.TXT", Buffer.from("Title line\n\nBody.")).format).toBe("text");
  });
});

describe("invisible and control characters, normalized before any offset is taken", () => {
  for (const rule of NORMALIZATION_RULES) {
    it(`${rule.name}: ${JSON.stringify(rule.example[0])}`, () => {
      expect(normalizeText(rule.example[0])).toBe(rule.example[1]);
    });
  }

  it("runs a rule whenever its pattern could match (its pre-test passes on its example)", () => {
    for (const rule of NORMALIZATION_RULES) if (rule.onlyIf) expect(rule.onlyIf.test(rule.example[0])).toBe(true);
  });

  it("leaves alone, by every rule and NFC, each character and pair of characters its fast path lets through", () => {
    const plain: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (NOTHING_TO_NORMALIZE.test(String.fromCharCode(code))) plain.push(String.fromCharCode(code));
    const byRules = (text: string) => NORMALIZATION_RULES.reduce((t, rule) => t.replace(rule.pattern, rule.replacement), text).normalize("NFC");
    expect(plain).toContain("\u201c");
    expect(plain).not.toContain("\u00ad");
    const changed: string[] = [];
    for (const a of plain) {
      if (byRules(a) !== a) changed.push(a);
      for (const b of plain) if (byRules(a + b) !== a + b) changed.push(a + b);
    }
    expect(changed).toEqual([]);
  });

  /** The figures extractFacts finds in a plain text article whose one sentence is `sentence`. */
  function figuresIn(sentence: string, name = "story.txt"): { text: string; written: string; value: number; unit: string }[] {
    const bytes = new TextEncoder().encode(`Acme results\n\n${sentence}\n`);
    const { text } = parseArticle(name, bytes);
    return extractFacts(text).facts.flatMap((fact) =>
      fact.figure ? [{ text, written: text.slice(...fact.figure.span), value: fact.figure.value, unit: fact.figure.unit }] : [],
    );
  }

  // Each sentence holds one figure, $12 billion or $3.4 billion, with something invisible inside it.
  const INTERRUPTED: [string, string, number][] = [
    ["a zero-width space between digits", "Acme Corp said revenue was $1\u200b2 billion in 2024.", 12e9],
    ["a word joiner between digits", "Acme Corp said revenue was $1\u20602 billion in 2024.", 12e9],
    ["a soft hyphen between digits", "Acme Corp said revenue was $1\u00ad2 billion in 2024.", 12e9],
    ["a right-to-left override before the scale", "Acme Corp said revenue was $3.4 \u202ebillion in 2024.", 3.4e9],
    ["a left-to-right mark after the decimal point", "Acme Corp said revenue was $3.\u200e4 billion in 2024.", 3.4e9],
    ["a combining accent on a digit", "Acme Corp said revenue was $1\u03012 billion in 2024.", 12e9],
    ["combining marks on the decimal point and a digit", "Acme Corp said revenue was $3.\u03084\u0323 billion in 2024.", 3.4e9],
    ["a terminal colour code inside the figure", "Acme Corp said revenue was $1\x1b[1m2\x1b[0m billion in 2024.", 12e9],
    ["a control character between digits", "Acme Corp said revenue was $1\x072 billion in 2024.", 12e9],
  ];
  for (const [what, sentence, value] of INTERRUPTED) {
    it(`a figure with ${what} is read whole`, () => {
      const money = figuresIn(sentence).filter((figure) => figure.unit === "USD");
      expect(money.map((figure) => figure.value)).toEqual([value]);
      // Nothing else was made of its pieces: no $1, no count of 2 billion.
      expect(figuresIn(sentence).filter((figure) => figure.unit !== "USD" && figure.value !== 2024)).toEqual([]);
      expect(money[0]!.text).not.toMatch(/[\p{Cf}\x00-\x08\x0e-\x1f\x7f-\x9f]/u);
    });
  }

  it("a terminal colour code is dropped whole, never read as a figure (\"31m\")", () => {
    const figures = figuresIn("\x1b[31mAcme Corp said revenue rose 5% to $3.4 billion.\x1b[0m");
    expect(figures.map((figure) => figure.written).sort()).toEqual(["$3.4 billion", "5%"]);
    expect(figures[0]!.text).not.toMatch(/\x1b|\[31m|\[0m/);
  });

  it("every format goes through it: HTML entities and JSON escapes included", () => {
    const html = `<html><head><title>Acme results</title></head><body><article><p>Acme Corp said revenue was $1&#x200b;2 billion&#x1b;[31m in 2024.</p></article></body></html>`;
    const json = JSON.stringify({ title: "Acme\u202e results\u0007", body: "Acme Corp said revenue was $1\u200b2 billion in 2024." });
    for (const [name, source] of [["page.html", html], ["story.json", json], ["story.md", `---\ntitle: Acme results\n---\n\nAcme Corp said revenue was $1\u200b2 billion in 2024.\n`]] as const) {
      const parsed = parseArticle(name, new TextEncoder().encode(source));
      expect(parsed.text, name).toBe("Acme Corp said revenue was $12 billion in 2024.");
      expect(parsed.title, name).toBe("Acme results");
    }
  });

  it("a lone surrogate in JSON becomes one replacement character, and the offsets after it stay exact", () => {
    // JSON.stringify keeps a lone surrogate as the escape "\ud800" in the file.
    const json = JSON.stringify({ title: "Acme results", body: "Acme Corp \ud800 said revenue rose 12% to $3.4 billion in 2023." });
    expect(json).toContain("\\ud800");
    const parsed = parseArticle("story.json", new TextEncoder().encode(json));
    expect(parsed.text).toBe("Acme Corp \ufffd said revenue rose 12% to $3.4 billion in 2023.");
    // What SQLite stores (UTF-8) reads back as the same string, so offsets taken on it hold.
    expect(new TextDecoder().decode(new TextEncoder().encode(parsed.text))).toBe(parsed.text);
    const written = extractFacts(parsed.text).facts.flatMap((fact) => (fact.figure ? [parsed.text.slice(...fact.figure.span)] : []));
    expect(written).toEqual(expect.arrayContaining(["12%", "$3.4 billion"]));
  });

  it("a file of nothing but zero-width characters is empty", () => {
    expect(errorOf("invisible.txt", new TextEncoder().encode("\u200b\u200c\u200d\ufeff\u2060\n\u200b"))).toBe(
      "empty file (nothing but invisible or control characters)",
    );
  });

  it("a NUL byte anywhere in the file makes it binary, not only in the first 8 KB", () => {
    const text = new TextEncoder().encode(`Acme results\n\n${"Acme Corp said revenue rose 12% in 2023. ".repeat(400)}\n`);
    const bytes = text.slice();
    bytes[10_000] = 0; // within the text, past the first 8,192 bytes
    expect(errorOf("late-nul.txt", bytes)).toBe("binary file, not text (a NUL byte at offset 10000)");
  });
});
