import { createRequire } from "node:module";
import type { CheerioAPI } from "cheerio";
import type { AnyNode, Element, Text } from "domhandler";
import type { ArticleDraft } from "./draft";
import { joinParagraphs } from "./body";
import { ParseError } from "./errors";
import { chooseBody, isSoundBody, measureBody } from "./body-check";
import { withoutChromeLines } from "./chrome-lines";
import { collapseWhitespace, normalizeDate, normalizeUrl } from "./metadata";
import { BLOCK_TAGS, isElement, pageLines, type BodyLine } from "./page-lines";
import { readabilityContent } from "./readability";

// cheerio (and linkedom, ./readability.ts) are half the modules the seed command would load
// at start: loaded on the first HTML page instead, so a seed of Markdown or text never does.
const requireHere = createRequire(import.meta.url);
let cheerio: typeof import("cheerio") | undefined;
const load = (html: string): CheerioAPI => (cheerio ??= requireHere("cheerio") as typeof import("cheerio")).load(html);

// Saved web pages: metadata from the page's meta tags and JSON-LD; the body from the
// element the rules find the article in (the page's chrome removed), checked for being
// an article and weighed against Mozilla Readability's container when in doubt
// (body-check.ts), then cleaned of chrome lines (chrome-lines.ts). Figures and their
// captions are left out: they describe pictures, not the story.

/** Never article text, whatever their class. */
const NOISE_TAGS = [
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
  "nav", "header", "footer", "aside", "button", "input", "select", "textarea", "label", "dialog",
  "figure", "figcaption", "picture", "img", "menu",
].join(",");

const NOISE_ROLES = ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar"]
  .map((role) => `[role="${role}"]`)
  .join(",");

/** Class or id words (whole) that mark page chrome: promos, newsletters, related links, ads, share bars, cookie banners, quote widgets. */
const NOISE_WORDS = [
  "nav", "navbar", "navigation", "menu", "breadcrumbs?", "masthead", "skip-link", "toolbar", "sidebar",
  "cookies?", "consent", "gdpr", "popup", "modal", "overlay", "paywall",
  "newsletters?", "subscribe", "subscription", "signup", "promos?", "promotion",
  "advert", "advertisement", "ads?", "adslot", "dfp", "sponsor", "sponsored", "outbrain", "taboola",
  "related", "recommended", "recommendations", "recirc", "more-stories", "trending", "popular",
  "share", "sharing", "social", "comments?", "byline", "author-bio", "tags", "visually-hidden", "sr-only",
  "hidden", "hide", "d-none", "is-hidden", "invisible",
  "pull-?quote", "(?:stock|ticker|market|price|instrument)[-_]?(?:quote|widget|ticker|chip|data|strip)s?", "quote[-_]?(?:widget|box|card|chip|module|strip)",
  "read-?more", "see-also", "also-read", "more-on",
];
const NOISE_WORD = new RegExp(`^(?:${NOISE_WORDS.join("|")})$`);

/**
 * Hyphenated class words that mark chrome even inside a longer name ("newsletter-signup-box",
 * "related_links", "most-popular"); galleries and captions describe pictures ("caption-full").
 */
const NOISE_PART =
  /^(?:newsletter|cookie|consent|promo|related|share|social|advert|advertisement|sponsored|recommended|paywall|subscribe|trending|popular|breadcrumb|comments|header|footer|masthead|gallery|slideshow|carousel|lightbox|caption|credit|credits)$/;

/** Paragraphs a chrome-named wrapper must hold (besides most of the page's paragraph text) to be kept as the article's container; banners and promos have one or two. */
const MIN_WRAPPER_PARAGRAPHS = 3;

/**
 * Deeper pages are refused before the DOM is built: building and walking one takes time
 * that grows with the square of its depth (300,000 nested divs ran for over 300 s), and
 * from about 5,000 deep it overflows the stack. Real pages nest a few dozen deep.
 */
export const MAX_NESTING_DEPTH = 1_000;

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound"]);
/** Closed by the next one of their kind (or a parent's end), so never nested in each other by the parser. */
const IMPLIED_END = new Set(["p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc"]);
/** Their content is text up to their end tag, whatever it looks like. */
const RAW_TEXT_END = new Map(
  ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"].map((name) => [name, new RegExp(`</${name}`, "gi")]),
);
const TAG = /<(?:!--|[!?]|(\/?)([a-zA-Z][^\s/>]*))/g;

/**
 * How deep the page's elements nest, as an HTML parser would build them, near enough:
 * a stack of open elements, an end tag closing up to its open element (a stray one is
 * ignored), void and implied-end elements not stacked, "/>" closing only inside SVG or
 * MathML, comments and script text skipped. Stops as soon as MAX_NESTING_DEPTH is passed.
 */
function nestingDepth(source: string): number {
  const open: string[] = [];
  const openCount = new Map<string, number>();
  let foreign = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(source); match !== null; match = TAG.exec(source)) {
    if (match[0] === "<!--") {
      const close = source.indexOf("-->", TAG.lastIndex);
      TAG.lastIndex = close === -1 ? source.length : close + 3;
      continue;
    }
    const tagEnd = source.indexOf(">", TAG.lastIndex);
    if (tagEnd === -1) break;
    TAG.lastIndex = tagEnd + 1;
    const name = match[2]?.toLowerCase();
    if (name === undefined) continue; // <!doctype>, <?xml?>
    if (match[1]) {
      if (!openCount.get(name)) continue;
      let closed: string | undefined;
      do {
        closed = open.pop()!;
        openCount.set(closed, openCount.get(closed)! - 1);
        if (closed === "svg" || closed === "math") foreign--;
      } while (closed !== name);
      continue;
    }
    const rawTextEnd = RAW_TEXT_END.get(name);
    if (rawTextEnd) {
      rawTextEnd.lastIndex = TAG.lastIndex;
      TAG.lastIndex = rawTextEnd.exec(source)?.index ?? source.length;
      continue;
    }
    const selfClosed = foreign > 0 && source[tagEnd - 1] === "/";
    if (VOID_ELEMENTS.has(name) || IMPLIED_END.has(name) || selfClosed) continue;
    open.push(name);
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (name === "svg" || name === "math") foreign++;
    deepest = Math.max(deepest, open.length);
    if (deepest > MAX_NESTING_DEPTH) break;
  }
  return deepest;
}

/** Where a script (other than JSON-LD, which holds metadata), a style sheet or a comment begins; `[^<>]*` keeps each try short. */
const SKIPPED_START = /<!--|<(script|style)\b([^<>]*)>/gi;
const SKIPPED_END = { comment: /-->/g, script: /<\/script[^<>]*>/gi, style: /<\/style[^<>]*>/gi } as const;

/**
 * The page without its scripts, style sheets and comments, which are never text and are
 * most of a modern page: both parsers then build a third of the tree. The DOM rules still
 * remove every script, so this is for speed, not safety. Linear: each end is searched for
 * once, from where its start was found; an unclosed one keeps the rest of the page as it is.
 */
function withoutScriptsAndComments(source: string): string {
  let kept = "";
  let from = 0;
  SKIPPED_START.lastIndex = 0;
  for (let start = SKIPPED_START.exec(source); start !== null; start = SKIPPED_START.exec(source)) {
    const tag = start[1]?.toLowerCase();
    if (tag === "script" && /application\/ld\+json/i.test(start[2] ?? "")) continue;
    const end = tag === "script" ? SKIPPED_END.script : tag === "style" ? SKIPPED_END.style : SKIPPED_END.comment;
    end.lastIndex = SKIPPED_START.lastIndex;
    if (end.exec(source) === null) break;
    kept += source.slice(from, start.index);
    from = end.lastIndex;
    SKIPPED_START.lastIndex = from;
  }
  return from === 0 ? source : kept + source.slice(from);
}

export function parseHtml(source: string): ArticleDraft {
  if (nestingDepth(source) > MAX_NESTING_DEPTH) {
    throw new ParseError(`elements nested over ${MAX_NESTING_DEPTH.toLocaleString("en-US")} deep (a real page nests a few dozen): refused`);
  }
  const page = withoutScriptsAndComments(source);
  const $ = load(page);
  const jsonLd = readJsonLd($);
  const meta = metaReader($);

  const documentTitle = firstText([$("title").first().text()]);
  const siteName = firstText([meta("og:site_name"), meta("application-name"), jsonLd.publisher]) ?? firstText([brandingConfirmedByTitle($, documentTitle)]);
  const pageTitle = firstText([
    meta("og:title"),
    meta("twitter:title"),
    jsonLd.headline,
    $("article h1").first().text(),
    $("h1").first().text(),
    documentTitle,
  ]);
  const publishedAt = firstValid(
    [
      meta("article:published_time"),
      jsonLd.datePublished,
      $("article time[datetime]").first().attr("datetime"),
      $("time[datetime]").first().attr("datetime"),
      $("[itemprop=datePublished]").first().attr("content"),
      ...["date", "pubdate", "publishdate", "dc.date.issued", "dc.date", "parsely-pub-date"].map((key) => meta(key)),
    ],
    normalizeDate,
  );
  const url = firstValid([$('link[rel="canonical"]').attr("href"), meta("og:url"), jsonLd.url], normalizeUrl);
  const title = pageTitle === null ? null : stripSiteName(pageTitle, siteName);

  const text = extractBody($, page, title);
  if (text === "") throw new ParseError("no article text found in the page");

  return {
    title,
    publisher: siteName,
    url,
    publishedAt,
    tickers: [],
    text,
  };
}

/** key -> the content of the first <meta property|name|itemprop=key>, the key matched case-insensitively; the page's <meta>s are read once. */
function metaReader($: CheerioAPI): (key: string) => string | undefined {
  const contentByKey = new Map<string, string | undefined>();
  for (const node of $("meta").toArray()) {
    const key = (node.attribs.property ?? node.attribs.name ?? node.attribs.itemprop ?? "").toLowerCase();
    if (!contentByKey.has(key)) contentByKey.set(key, node.attribs.content);
  }
  return (key) => contentByKey.get(key.toLowerCase());
}

function firstText(candidates: readonly (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    if (candidate == null) continue;
    const text = collapseWhitespace(candidate);
    if (text !== "") return text;
  }
  return null;
}

/** The first candidate the normalizer accepts; pages carry many date and URL formats, so unusable ones are skipped, not fatal. */
function firstValid(candidates: readonly (string | null | undefined)[], normalize: (value: string) => string | null): string | null {
  for (const candidate of candidates) {
    if (candidate == null || candidate.trim() === "") continue;
    const value = normalize(candidate);
    if (value !== null) return value;
  }
  return null;
}

/**
 * The site's name from its logo link (rel=home, .site-title, .site-branding,
 * .logo), trusted only when the <title> also ends with it ("Headline - Site"),
 * as a page without site-name metadata still names its publisher there.
 */
function brandingConfirmedByTitle($: CheerioAPI, documentTitle: string | null): string | null {
  if (documentTitle === null) return null;
  for (const element of $('[rel="home"], .site-title, .site-branding, .logo').toArray()) {
    const name = collapseWhitespace($(element).text());
    if (name === "" || name.length > 60) continue;
    if (stripSiteName(documentTitle, name) !== documentTitle) return name;
  }
  return null;
}

/** "Headline | Site", "Headline - Site", "Site: Headline" -> "Headline", when the site's name is known. */
function stripSiteName(title: string, siteName: string | null): string {
  if (siteName === null) return title;
  const site = siteName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const stripped = title
    .replace(new RegExp(`\\s+[|\\-–—:·•]\\s+${site}$`, "i"), "")
    .replace(new RegExp(`^${site}\\s*[|\\-–—:·•]\\s+`, "i"), "");
  return stripped === "" ? title : stripped;
}

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  url?: string;
}

/** The first Article-like object in the page's JSON-LD; broken JSON-LD is ignored, as browsers do. */
function readJsonLd($: CheerioAPI): JsonLdArticle {
  for (const script of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse($(script).text());
    } catch {
      continue;
    }
    const article = findArticle(data);
    if (article) {
      const publisher = article.publisher;
      const mainEntity = article.mainEntityOfPage;
      return {
        headline: stringOrUndefined(article.headline),
        datePublished: stringOrUndefined(article.datePublished),
        publisher: isRecord(publisher) ? stringOrUndefined(publisher.name) : stringOrUndefined(publisher),
        url: stringOrUndefined(article.url) ?? (isRecord(mainEntity) ? stringOrUndefined(mainEntity["@id"]) : stringOrUndefined(mainEntity)),
      };
    }
  }
  return {};
}

function findArticle(data: unknown): Record<string, unknown> | null {
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item);
      if (found) return found;
    }
    return null;
  }
  if (!isRecord(data)) return null;
  const types = ([] as unknown[]).concat(data["@type"] ?? []);
  if (types.some((type) => typeof type === "string" && /(?:Article|BlogPosting|Report)$/.test(type))) return data;
  return findArticle(data["@graph"] ?? null);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The article's lines: the page's own rules and Readability's container, weighed in body-check.ts. */
function extractBody($: CheerioAPI, source: string, title: string | null): string {
  removeHeadline($, title, true);
  removePageChrome($);
  const rules = rulesBody($);
  const body = $("body").get(0);
  const pageProse = body ? measureBody(withoutChromeLines(pageLines(body))).proseChars : 0;
  const readability = () => {
    const content = readabilityContent(source);
    return content === null ? [] : readabilityBody(content, title);
  };
  return joinParagraphs(chooseBody(rules, pageProse, readability).map((line) => line.text));
}

/**
 * The first candidate container whose lines are sound and hold at least half the prose of
 * the first candidate with text (a related-posts <article> gives way to the story's own
 * element, not to a date line beside it), else that first candidate.
 */
function rulesBody($: CheerioAPI): BodyLine[] {
  let first: { lines: BodyLine[]; prose: number } | null = null;
  for (const candidate of containerCandidates($)) {
    const lines = withoutChromeLines(pageLines(candidate));
    if (lines.length === 0) continue;
    const prose = measureBody(lines).proseChars;
    if (isSoundBody(lines) && (first === null || prose * 2 >= first.prose)) return lines;
    first ??= { lines, prose };
  }
  return first?.lines ?? [];
}

/** Readability's container, with the same chrome rules applied inside it. */
function readabilityBody(content: string, title: string | null): BodyLine[] {
  const $ = load(content);
  removeHeadline($, title, false);
  removePageChrome($);
  const body = $("body").get(0);
  return body ? withoutChromeLines(pageLines(body)) : [];
}

/** The headline is the title, not body; other <h1>s some pages use for sections stay. The page's first <h1> is its headline too. */
function removeHeadline($: CheerioAPI, title: string | null, firstIsHeadline: boolean): void {
  const headline = title === null ? null : collapseWhitespace(title).toLowerCase();
  $("h1")
    .filter((index, element) => (firstIsHeadline && index === 0) || collapseWhitespace($(element).text()).toLowerCase() === headline)
    .remove();
}

function removePageChrome($: CheerioAPI): void {
  removeChrome($, $(NOISE_TAGS).toArray());
  removeChrome($, $(NOISE_ROLES).toArray());
  removeChrome($, $('[hidden], [aria-hidden="true"]').toArray());
  removeChrome($, $("[style]").toArray().filter((element) => /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.attribs.style ?? "")));
  const pageParagraphText = $("p")
    .toArray()
    .reduce((sum, paragraph) => sum + collapseWhitespace($(paragraph).text()).length, 0);
  removeChrome($, $("[class], [id]").toArray().filter((element) => isNoise($, element, pageParagraphText)));
  // A form is a search box or a sign-up, unless it wraps the page (as ASP.NET pages do).
  const pageText = collapseWhitespace($("body").text()).length;
  removeChrome($, $("form").toArray().filter((form) => collapseWhitespace($(form).text()).length <= pageText / 2));
}

/**
 * Removes chrome elements. An inline widget between a word and a comma
 * ("EXAS) <span>(EXAS +1.12%)</span>, which") must not leave "EXAS) , which".
 */
function removeChrome($: CheerioAPI, elements: readonly AnyNode[]): void {
  for (const element of elements) {
    const before = element.prev;
    const after = element.next;
    if (before && after && isText(before) && isText(after) && /^[,.;:!?)\]]/.test(after.data)) {
      before.data = before.data.trimEnd();
    }
    $(element).remove();
  }
}

function isText(node: AnyNode): node is Text {
  return node.type === "text";
}

/**
 * Chrome by class or id, unless it holds the article itself: a wrapper named
 * "share-enabled" or "header-fixed" must not take the story with it.
 */
function isNoise($: CheerioAPI, element: Element, pageParagraphText: number): boolean {
  if (["html", "body", "article", "main"].includes(element.name) || element.attribs.itemprop === "articleBody") return false;
  const words = `${element.attribs.class ?? ""} ${element.attribs.id ?? ""}`.toLowerCase().split(/\s+/).filter(Boolean);
  const marked = words.some((word) => NOISE_WORD.test(word) || word.split(/[-_]/).some((part) => NOISE_PART.test(part)));
  if (!marked || $(element).find('main, [itemprop="articleBody"]').length > 0) return false;
  const paragraphs = $(element)
    .find("p")
    .toArray()
    .filter((paragraph) => collapseWhitespace($(paragraph).text()) !== "");
  return paragraphs.length < MIN_WRAPPER_PARAGRAPHS || paragraphTextLength($, element) <= pageParagraphText / 2;
}

/** Elements that hold a story's text loose, in <br>-separated lines or <span>s, when a page has no <p> for it. */
const LOOSE_TEXT_HOLDERS = new Set(["div", "section", "article", "main", "td", "body"]);
/** Paragraph holders tried after the semantic elements, most text first: the second may be the story when the first is a teaser list. */
const DENSEST_CANDIDATES = 3;

/**
 * Text per element that holds paragraphs: a <p>'s text counts for its parent; text that
 * sits loose in a container (no other block element around it), less its link text,
 * counts for the container, except that a <div> without <br>s in it is a paragraph and
 * counts for its parent as a <p> would: so a story written in <br>-separated lines, in
 * table cells or in one div per paragraph competes with <p>s.
 */
function paragraphTextByHolder($: CheerioAPI): Map<Element, number> {
  const textByHolder = new Map<Element, number>();
  const add = (holder: Element, length: number) => textByHolder.set(holder, (textByHolder.get(holder) ?? 0) + length);
  for (const paragraph of $("p").toArray()) {
    const parent = paragraph.parent;
    if (parent && isElement(parent)) add(parent, collapseWhitespace($(paragraph).text()).length);
  }
  const creditFor = new Map<Element, Element>();
  const creditOf = (holder: Element): Element => {
    let credited = creditFor.get(holder);
    if (!credited) {
      const splitByBreaks = holder.children.some((child) => isElement(child) && child.name === "br");
      credited = holder.name !== "div" || splitByBreaks || !holder.parent || !isElement(holder.parent) ? holder : holder.parent;
      creditFor.set(holder, credited);
    }
    return credited;
  };
  const visit = (element: Element, holder: Element | null, inLink: boolean) => {
    for (const child of element.children) {
      if (child.type === "text") {
        const length = holder && !inLink ? collapseWhitespace(child.data).length : 0;
        if (holder && length > 0) add(creditOf(holder), length);
      } else if (isElement(child) && child.name !== "p") {
        const childHolder = LOOSE_TEXT_HOLDERS.has(child.name) ? child : BLOCK_TAGS.has(child.name) ? null : holder;
        visit(child, childHolder, inLink || child.name === "a");
      }
    }
  };
  const body = $("body").get(0);
  if (body) visit(body, body, false);
  return textByHolder;
}

/**
 * Where the article may be, best first: [itemprop=articleBody], the <article> with most
 * text, <main>, [role=main], then the elements holding the most paragraph text, then the
 * body. A semantic element is a candidate only when it holds at least half as much
 * paragraph text as the densest holder, so a teaser card marked <article> cannot stand
 * in for the story.
 */
function containerCandidates($: CheerioAPI): Element[] {
  const holders = [...paragraphTextByHolder($).entries()].filter(([, length]) => length > 0).sort((a, b) => b[1] - a[1]);
  const densestText = holders[0]?.[1] ?? 0;
  // Each element's paragraph text: its own holders' and those below it.
  const held = new Map<AnyNode, number>();
  for (const [holder, length] of holders) {
    for (let node: AnyNode | null = holder; node; node = node.parent) held.set(node, (held.get(node) ?? 0) + length);
  }

  const candidates: Element[] = [];
  for (const selector of ['[itemprop="articleBody"]', "article", "main", '[role="main"]']) {
    const best = $(selector)
      .toArray()
      .filter(isElement)
      .map((element) => ({ element, length: held.get(element) ?? 0 }))
      .sort((a, b) => b.length - a.length)[0];
    if (best && best.length > 0 && best.length >= densestText / 2) candidates.push(best.element);
  }
  candidates.push(...holders.slice(0, DENSEST_CANDIDATES).map(([holder]) => holder));
  const body = $("body").get(0);
  if (body) candidates.push(body);
  return [...new Set(candidates)];
}

function paragraphTextLength($: CheerioAPI, element: Element): number {
  const paragraphs = $(element).find("p").toArray();
  if (paragraphs.length === 0) return collapseWhitespace($(element).text()).length;
  return paragraphs.reduce((sum, paragraph) => sum + collapseWhitespace($(paragraph).text()).length, 0);
}
