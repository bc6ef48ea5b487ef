import { load, type CheerioAPI } from "cheerio";
import type { AnyNode, Element } from "domhandler";
import type { ArticleDraft } from "./draft";
import { joinParagraphs } from "./body";
import { ParseError } from "./errors";
import { collapseWhitespace, normalizeDate, normalizeUrl } from "./metadata";

// Saved web pages: metadata from the page's meta tags and JSON-LD, the body
// from the article element with the page chrome removed. Figures and their
// captions are left out: they describe pictures, not the story.

/** Never article text, whatever their class. */
const NOISE_TAGS = [
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
  "nav", "header", "footer", "aside", "form", "button", "input", "select", "textarea", "label", "dialog",
  "figure", "figcaption", "picture", "img", "menu",
].join(",");

const NOISE_ROLES = ["navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog", "search", "menu", "menubar", "toolbar"]
  .map((role) => `[role="${role}"]`)
  .join(",");

/** A class or id word that marks page chrome: promos, newsletters, related links, ads, share bars, cookie banners, quote widgets. */
const NOISE_WORD =
  /^(?:nav|navbar|navigation|menu|breadcrumbs?|masthead|cookies?|consent|gdpr|newsletters?|subscribe|subscription|signup|promo|promos|promotion|advert|advertisement|ads?|adslot|dfp|sponsored|sponsor|related|recommended|recommendations|recirc|more-stories|share|sharing|social|comments?|sidebar|popup|modal|overlay|paywall|trending|popular|outbrain|taboola|pullquote|pull-quote|quote-widget|stock-quote|ticker-widget|market-data|byline|author-bio|tags|toolbar|skip-link|visually-hidden|sr-only)$/;

/** Whole lines that saved pages scatter through the text. */
const CHROME_LINE = /^(?:advertisement|ad|sponsored|story continues below(?: advertisement)?|continue reading|read more|scroll to continue(?: with content)?)$/i;

/** Elements whose text starts a new line. */
const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "address", "details", "summary",
]);
const CELL_TAGS = new Set(["td", "th"]);

export function parseHtml(source: string): ArticleDraft {
  const $ = load(source);
  const jsonLd = readJsonLd($);

  const siteName = firstText([meta($, "og:site_name"), meta($, "application-name"), jsonLd.publisher]);
  const title = firstText([meta($, "og:title"), meta($, "twitter:title"), jsonLd.headline, $("article h1").first().text(), $("h1").first().text(), $("title").first().text()]);
  const publishedAt = firstValid(
    [meta($, "article:published_time"), jsonLd.datePublished, $("time[datetime]").first().attr("datetime"), $("[itemprop=datePublished]").first().attr("content"), meta($, "date"), meta($, "pubdate"), meta($, "publishdate"), meta($, "dc.date.issued"), meta($, "dc.date"), meta($, "parsely-pub-date")],
    normalizeDate,
  );
  const url = firstValid([$('link[rel="canonical"]').attr("href"), meta($, "og:url"), jsonLd.url], normalizeUrl);

  const text = extractBody($);
  if (text === "") throw new ParseError("no article text found in the page");

  return {
    title: title === null ? null : stripSiteName(title, siteName),
    publisher: siteName,
    url,
    publishedAt,
    tickers: [],
    text,
  };
}

/** The content of <meta property|name=key>, matched case-insensitively. */
function meta($: CheerioAPI, key: string): string | undefined {
  const wanted = key.toLowerCase();
  const element = $("meta")
    .toArray()
    .find((node) => (node.attribs.property ?? node.attribs.name ?? node.attribs.itemprop ?? "").toLowerCase() === wanted);
  return element?.attribs.content;
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

function extractBody($: CheerioAPI): string {
  $(NOISE_TAGS).remove();
  $(NOISE_ROLES).remove();
  $('[hidden], [aria-hidden="true"]').remove();
  $("[style]")
    .filter((_, element) => /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.attribs.style ?? ""))
    .remove();
  $("[class], [id]")
    .filter((_, element) => isNoise($, element))
    .remove();

  const container = chooseContainer($);
  if (!container) return "";
  const lines: string[] = [];
  collectLines(container, lines, { current: "" });
  return joinParagraphs(lines.filter((line) => !CHROME_LINE.test(line.trim())));
}

/** Hyphenated class words that mark chrome even inside a longer name ("newsletter-signup-box", "related_links"). */
const NOISE_PART = /^(?:newsletter|cookie|consent|promo|related|share|social|advert|advertisement|sponsored|recommended|paywall|subscribe|trending|breadcrumb|comments)$/;

/** Chrome by class or id, unless it holds the article itself (a wrapper named "share-enabled" must not take the story with it). */
function isNoise($: CheerioAPI, element: Element): boolean {
  if (["html", "body", "article", "main"].includes(element.name) || element.attribs.itemprop === "articleBody") return false;
  const words = `${element.attribs.class ?? ""} ${element.attribs.id ?? ""}`.toLowerCase().split(/\s+/).filter(Boolean);
  const marked = words.some((word) => NOISE_WORD.test(word) || word.split(/[-_]/).some((part) => NOISE_PART.test(part)));
  return marked && $(element).find('article, main, [itemprop="articleBody"]').length === 0;
}

/** The article: [itemprop=articleBody], else the <article> with most text, else <main>, else the element holding the most paragraph text. */
function chooseContainer($: CheerioAPI): Element | null {
  const byText = (elements: Element[]) =>
    elements.map((element) => ({ element, length: paragraphTextLength($, element) })).sort((a, b) => b.length - a.length)[0];

  for (const selector of ['[itemprop="articleBody"]', "article", "main", '[role="main"]']) {
    const best = byText($(selector).toArray().filter(isElement));
    if (best && best.length > 0) return best.element;
  }
  const parents = new Map<Element, number>();
  for (const paragraph of $("p").toArray()) {
    const parent = paragraph.parent;
    if (parent && isElement(parent)) parents.set(parent, (parents.get(parent) ?? 0) + collapseWhitespace($(paragraph).text()).length);
  }
  const best = [...parents.entries()].sort((a, b) => b[1] - a[1])[0];
  if (best && best[1] > 0) return best[0];
  const body = $("body").get(0);
  return body && collapseWhitespace($(body).text()) !== "" ? body : null;
}

function isElement(node: AnyNode): node is Element {
  return node.type === "tag";
}

function paragraphTextLength($: CheerioAPI, element: Element): number {
  const paragraphs = $(element).find("p").toArray();
  if (paragraphs.length === 0) return collapseWhitespace($(element).text()).length;
  return paragraphs.reduce((sum, paragraph) => sum + collapseWhitespace($(paragraph).text()).length, 0);
}

interface LineBuffer {
  current: string;
}

/** Block elements end a line; inline text joins with single spaces; list items get a "• " bullet; the page's h1 is the title, not body. */
function collectLines(node: AnyNode, lines: string[], buffer: LineBuffer): void {
  if (node.type === "text") {
    buffer.current += node.data;
    return;
  }
  if (!isElement(node)) return;
  const element = node;
  if (element.name === "h1") return;
  const isBlock = BLOCK_TAGS.has(element.name);
  if (isBlock) flush(lines, buffer);
  if (element.name === "li") buffer.current += "• ";
  if (CELL_TAGS.has(element.name)) buffer.current += " ";
  for (const child of element.children) collectLines(child, lines, buffer);
  if (isBlock) flush(lines, buffer);
}

function flush(lines: string[], buffer: LineBuffer): void {
  const line = buffer.current.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, "").replace(/\s+/g, " ").trim();
  if (line !== "" && line !== "•") lines.push(line);
  buffer.current = "";
}
