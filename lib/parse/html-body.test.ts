import { describe, expect, it } from "vitest";
import { parseArticle, ParseError } from "@/lib/parse";
import { CHROME_LINES, TEASER_HEADINGS } from "./chrome-lines";
import { BOILERPLATE_LINES, chooseBody } from "./body-check";
import type { BodyLine } from "./page-lines";

// The ways a saved page lost its article or kept chrome as article text, each on a small
// page written here: the article must come out whole, and nothing else with it.

const STORY = [
  "Harbor Freight Lines said on Tuesday that quarterly revenue rose 12% to $1.4 billion, as shipping volumes recovered across its Atlantic routes.",
  "The company raised its full-year forecast and said it expected operating margins to widen through the second half of the year.",
  "Chief executive Mara Quist told analysts that fuel costs had fallen faster than the company planned, and that new vessels would arrive in March.",
];

function parsePage(html: string) {
  return parseArticle("page.html", Buffer.from(`<html><head><title>Harbor Freight lifts forecast</title></head><body>${html}</body></html>`));
}

const TEASERS = Array.from(
  { length: 6 },
  (_, i) => `<h3><a href="/story-${i}">Another story about the markets, number ${i + 1}</a></h3><p>A short excerpt of that other story, which a reader would open on its own page.</p>`,
).join("");

describe("saved pages: the article is found whatever wraps it", () => {
  it("a page wrapped whole in an ASP.NET <form> keeps its story (search forms still go)", () => {
    // Forms do not nest: the search form stands beside the page's.
    const page = `<form action="/search"><label>Search</label><input name="q"><p>Search the archive by keyword.</p></form>
    <form id="aspnetForm" method="post" action="./story.aspx">
      <input type="hidden" name="__VIEWSTATE" value="abc">
      <div id="masthead"><a href="/">Home</a> <a href="/markets">Markets</a></div>
      <div id="ctl00_content">${STORY.map((line) => `<p>${line}</p>`).join("")}</div>
      <div class="site-footer"><p>© 2025 Harbor Daily. All rights reserved.</p></div>
    </form>`;
    expect(parsePage(page).text).toBe(STORY.join("\n"));
  });

  it("a body of <br>-separated text with no <p> wins over a footer's paragraph and a sidebar teaser", () => {
    const page = `<div class="layout">
      <div class="story-text">${STORY.join("<br><br>\n")}</div>
      <div class="box"><p>Subscribe to the morning briefing for the day's market news in five minutes.</p></div>
      <div class="site-info"><p>Harbor Daily is published by Harbor Media Group, a family of business titles founded in 1921.</p></div>
    </div>`;
    expect(parsePage(page).text).toBe(STORY.join("\n"));
  });

  it("a body of <span>s, one a paragraph, is read too", () => {
    const page = `<div class="content">${STORY.map((line) => `<span class="txt">${line}</span><br>`).join("")}</div>
      <div class="about"><p>About Harbor Daily: business news since 1921, from our newsroom in Boston.</p></div>`;
    expect(parsePage(page).text).toBe(STORY.join("\n"));
  });

  it("a related-posts <article> holding more text than a short real post does not stand in for it", () => {
    const page = `<div class="post-body"><p>${STORY[0]}</p><p>${STORY[1]}</p></div>
      <article class="grid">${TEASERS}</article>`;
    expect(parsePage(page).text).toBe(`${STORY[0]}\n${STORY[1]}`);
  });

  it("clutter inside the article goes: time stamp, byline links, captions and credits, gallery controls, ads, teaser block, tags", () => {
    const page = `<article>
      <p>Updated 10:32 am EST, Wednesday, November 20, 2025</p>
      <ul><li><a href="/a">View author archive</a></li><li><a href="/b">Get author RSS feed</a></li></ul>
      <div class="caption-full">Ships wait at the Atlantic terminal in Boston on Monday, Nov. 18, 2025, as volumes recover.</div>
      <p>Photo: Jane Roe, AP</p>
      <p>Image 1 of 8</p>
      <p>${STORY[0]}</p>
      <p>Advertisement</p>
      <p>${STORY[1]}</p>
      <p>Dock workers load containers at the terminal on Monday. (Image: GETTY )</p>
      <p>${STORY[2]}</p>
      <h3>You may also like</h3>
      <p>Rival shipper cuts jobs</p>
      <p>Port strike ends after two weeks</p>
      <p>Filed under shipping, markets, Boston</p>
    </article>`;
    expect(parsePage(page).text).toBe(STORY.join("\n"));
  });

  it("paragraphs each in a grid row of their own are found whole: the rules find one row, Readability the grid, cleaned by the rules", () => {
    const rows = STORY.map((line) => `<div class="row"><div class="col">${line} It went on to say more about the quarter, in a second sentence.</div></div>`).join("");
    const page = `<div class="grid">${rows}<div class="site-footer"><p>About Harbor Daily: business news since 1921, from Boston.</p></div></div>`;
    expect(parsePage(page).text).toBe(STORY.map((line) => `${line} It went on to say more about the quarter, in a second sentence.`).join("\n"));
  });

  it("a link inside a sentence stays; a run of lines that are only links goes", () => {
    const linked = STORY[1]!.replace("full-year forecast", '<a href="/forecast">full-year forecast</a>');
    const links = Array.from({ length: 3 }, (_, i) => `<li><a href="/more-${i}">More on shipping, part ${i + 1}</a></li>`).join("");
    const page = `<article><p>${STORY[0]}</p><p>${linked}</p><p>${STORY[2]}</p><ul>${links}</ul></article>`;
    expect(parsePage(page).text).toBe(STORY.join("\n"));
  });
});

describe("saved pages: chrome is never stored as the article", () => {
  it("a page whose only text is a list of links to other stories is refused", () => {
    const links = Array.from({ length: 8 }, (_, i) => `<li><a href="/s${i}">Headline of another story, number ${i + 1}</a></li>`).join("");
    expect(() => parsePage(`<div class="list"><ul>${links}</ul></div>`)).toThrow(new ParseError("no article text found in the page"));
  });

  it("a body that is mostly links, even with a line of text, is refused, saying why", () => {
    const links = Array.from({ length: 4 }, (_, i) => `<a href="/s${i}">Headline of another story, number ${i + 1}</a>`).join(" · ");
    expect(() => parsePage(`<div class="list"><p>Top stories today: ${links}</p></div>`)).toThrow(
      /^no article text found in the page: its text is \d+% links \(a list of other stories or a menu, not an article\)$/,
    );
  });

  it("a page whose only text is a footer's boilerplate is refused", () => {
    expect(() => parsePage(`<div class="bottom"><p>© 2025 Harbor Daily. All rights reserved.</p><p>We use cookies to improve your experience.</p></div>`)).toThrow(
      /^no article text found in the page/,
    );
  });

  it("a short story of one line is still a story, whatever words it uses", () => {
    for (const story of ["Harbor Freight Lines raised its forecast.", "The cookie maker said it would register new shares.", "Subscribers rose 4% to 2.1 million."]) {
      expect(parsePage(`<p>${story}</p>`).text).toBe(story);
    }
  });

  it("Readability's container keeps the text as text: scripts, iframes and handlers never reach the body", () => {
    const hostile = `<script>window.__pwned = 1</script><iframe src="javascript:alert(2)">frame text</iframe><img src=x onerror="alert(3)"><b onmouseover="alert(4)">bold</b>`;
    const rows = STORY.map((line) => `<div class="row"><div class="col">${line} &lt;script&gt;alert(1)&lt;/script&gt; ${hostile}</div></div>`).join("");
    const text = parsePage(`<div class="grid">${rows}</div>`).text;
    for (const line of STORY) expect(text).toContain(`${line} <script>alert(1)</script>`);
    expect(text).not.toMatch(/__pwned|alert\([234]\)|onerror|onmouseover|frame text/);
  });
});

describe("saved pages: rules as data", () => {
  it("every chrome-line and boilerplate rule matches its own example", () => {
    for (const rule of [...CHROME_LINES, ...TEASER_HEADINGS, ...BOILERPLATE_LINES]) expect(rule.pattern.test(rule.example), rule.name).toBe(true);
  });

  it("the rules' body gives way only to a sound body with twice its prose", () => {
    const line = (text: string, linkChars = 0): BodyLine => ({ text, linkChars });
    const rules = [line(STORY[0]!)];
    const longer = STORY.map((text) => line(text));
    expect(chooseBody(rules, 10_000, () => longer)).toBe(longer);
    expect(chooseBody(rules, 10_000, () => longer.slice(0, 1))).toBe(rules);
    // Readability is not asked when the rules already hold most of the page's prose.
    expect(chooseBody(longer, 500, () => expect.unreachable())).toBe(longer);
  });
});
