import type { AnyNode, Element } from "domhandler";

// A page element's text as body lines: block elements end a line, inline text joins with
// single spaces, list items get a "• " bullet or their number (as in Markdown). Each line
// says how much of it is link text, which tells a teaser list from prose.

/** One line of body text, and how many of its characters sit inside links. */
export interface BodyLine {
  text: string;
  linkChars: number;
}

/** Elements whose text starts a new line. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "section", "article", "main", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr",
  "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br", "address", "details", "summary",
]);
const CELL_TAGS = new Set(["td", "th"]);
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

interface LineBuffer {
  current: string;
  link: string;
  /** Inside an <a>: its text counts as link text. */
  linkDepth: number;
  /** A list item has begun: its first line gets this marker ("• ", or "2. " in an <ol>), even when the text sits in a nested <p>. */
  marker: string | null;
}

/** The text of `node` as lines, one per block element. */
export function pageLines(node: AnyNode): BodyLine[] {
  const lines: BodyLine[] = [];
  const buffer: LineBuffer = { current: "", link: "", linkDepth: 0, marker: null };
  collectLines(node, lines, buffer);
  flush(lines, buffer);
  return lines;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === "tag";
}

function collectLines(node: AnyNode, lines: BodyLine[], buffer: LineBuffer): void {
  if (node.type === "text") {
    buffer.current += node.data;
    if (buffer.linkDepth > 0) buffer.link += node.data;
    return;
  }
  if (!isElement(node)) return;
  const element = node;
  const isBlock = BLOCK_TAGS.has(element.name);
  if (isBlock) flush(lines, buffer);
  if (element.name === "li") buffer.marker = listMarker(element);
  if (CELL_TAGS.has(element.name)) buffer.current += " ";
  if (element.name === "a") buffer.linkDepth++;
  for (const child of element.children) collectLines(child, lines, buffer);
  if (element.name === "a") buffer.linkDepth--;
  if (isBlock) flush(lines, buffer);
}

/** "• " in a bulleted list, the item's number in an ordered one. */
function listMarker(item: Element): string {
  const list = item.parent;
  if (!list || !isElement(list) || list.name !== "ol") return "• ";
  const start = Number.parseInt(list.attribs.start ?? "1", 10);
  const position = list.children.filter((child) => isElement(child) && child.name === "li").indexOf(item);
  return `${(Number.isNaN(start) ? 1 : start) + position}. `;
}

function flush(lines: BodyLine[], buffer: LineBuffer): void {
  const line = buffer.current.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  if (line !== "") {
    const linkChars = Math.min(line.length, buffer.link.replace(INVISIBLE, "").replace(/\s+/g, " ").trim().length);
    lines.push({ text: buffer.marker === null ? line : `${buffer.marker}${line}`, linkChars });
    buffer.marker = null;
  }
  buffer.current = "";
  buffer.link = "";
}
