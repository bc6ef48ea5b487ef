import { parseDocument } from "yaml";
import type { ArticleDraft } from "./draft";
import { joinParagraphs, unwrapParagraphs } from "./body";
import { ParseError } from "./errors";
import { collapseWhitespace, describe, validateMetadata } from "./metadata";

// Markdown to plain text, modestly: markup a reader would not see is dropped,
// everything else is kept as written. Unordered list items become "• item";
// ordered items keep their "1." numbers; code blocks keep their lines; tables
// are kept as written.

const FENCE = /^---[ \t]*$/;
const FENCE_CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

export function parseMarkdown(source: string): ArticleDraft {
  const { fields, body } = splitFrontMatter(source);
  const metadata = validateMetadata(fields, "front matter");
  const { title: heading, lines } = markdownToLines(body, metadata.title === null);
  const title = metadata.title ?? heading;
  // A leading "# heading" that repeats the front matter title would show the title twice.
  if (metadata.title !== null && lines[0] !== undefined && sameTitle(lines[0], metadata.title)) lines.shift();
  const text = joinParagraphs(lines);
  if (text === "") throw new ParseError("no article body");
  return { ...metadata, title, text };
}

function sameTitle(line: string, title: string): boolean {
  const simplify = (value: string) => collapseWhitespace(value).toLowerCase();
  return simplify(line) === simplify(title);
}

interface FrontMatter {
  fields: Record<string, unknown>;
  body: string;
}

function splitFrontMatter(source: string): FrontMatter {
  const lines = source.split("\n");
  if (!FENCE.test(lines[0] ?? "")) return { fields: {}, body: source };
  const closing = lines.findIndex((line, index) => index > 0 && FENCE_CLOSE.test(line));
  if (closing === -1) throw new ParseError("front matter opened by '---' on line 1 is never closed (add a '---' line after it)");

  const yamlSource = lines.slice(1, closing).join("\n");
  const document = parseDocument(yamlSource);
  const error = document.errors[0];
  if (error) {
    // Line numbers of the YAML parser count from the line after the opening fence.
    const line = (error.linePos?.[0]?.line ?? 1) + 1;
    const reason = error.message.split("\n")[0]!.replace(/\s+at line \d+, column \d+:?\s*$/, "").trim();
    throw new ParseError(`line ${line}: front matter is not valid YAML (${reason})`);
  }
  let fields: unknown;
  try {
    fields = document.toJS();
  } catch (cause) {
    // Resolving aliases can fail after a clean parse (too many aliases, an unknown tag).
    throw new ParseError(`front matter is not valid YAML (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  const body = lines.slice(closing + 1).join("\n");
  if (fields === null || fields === undefined) return { fields: {}, body };
  if (typeof fields !== "object" || Array.isArray(fields)) {
    throw new ParseError(`front matter must be "key: value" lines (got ${describe(fields)})`);
  }
  return { fields: fields as Record<string, unknown>, body };
}

interface MarkdownLines {
  /** The first level-1 heading, when the caller asked for it; it is then left out of the lines. */
  title: string | null;
  lines: string[];
}

function markdownToLines(body: string, takeTitleFromHeading: boolean): MarkdownLines {
  const source = unwrapParagraphs(body.replace(/<!--[\s\S]*?-->/g, ""));
  const lines: string[] = [];
  let title: string | null = null;
  let codeFence: string | null = null;

  for (let index = 0; index < source.length; index++) {
    const raw = source[index]!;
    if (codeFence !== null) {
      if (raw.trim().startsWith(codeFence)) codeFence = null;
      else lines.push(raw.trimEnd());
      continue;
    }
    const fence = /^\s*(```|~~~)/.exec(raw);
    if (fence) {
      codeFence = fence[1]!;
      continue;
    }

    let line = stripBlockquote(raw);
    const blank = line.trim() === "";
    const next = source[index + 1];

    if (blank) {
      continue;
    }
    // Reference-style link definitions are not text.
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue;

    let headingLevel = 0;
    const atx = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
    if (atx) {
      headingLevel = atx[1]!.length;
      line = atx[2] ?? "";
    } else if (next !== undefined && /^\s{0,3}(?:=+|-{2,})\s*$/.test(next) && !/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(line)) {
      // Setext heading: a paragraph line underlined with === or ---.
      headingLevel = next.trim().startsWith("=") ? 1 : 2;
      index++;
    } else if (/^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line)) {
      continue; // thematic break
    } else {
      line = convertListMarker(line);
    }

    const plain = collapseInlineSpaces(inlineToText(line));
    if (headingLevel === 1 && takeTitleFromHeading && title === null) {
      title = collapseWhitespace(plain);
      if (title !== "") continue;
      title = null;
    }
    lines.push(plain);
  }
  return { title, lines };
}

function stripBlockquote(line: string): string {
  return line.replace(/^\s{0,3}(?:>\s?)+/, "");
}

function convertListMarker(line: string): string {
  return line.replace(/^\s*[-*+]\s+(?:\[[ xX]\]\s+)?/, "• ").replace(/^\s+(\d{1,9}[.)]\s)/, "$1");
}

function collapseInlineSpaces(line: string): string {
  // Leading indentation means nothing in prose; runs of spaces inside a line come from removed markup.
  return line.replace(/[ \t]+/g, " ").trim();
}

const ESCAPE_BASE = 0xe000;
const CODE_OPEN = "\uf000";
const CODE_CLOSE = "\uf001";

/** Inline Markdown -> text: links keep their text, images go, code and emphasis lose their markers. */
function inlineToText(line: string): string {
  // Backslash escapes and code spans are set aside so their characters are never read as markup.
  let text = line.replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)));
  const codeSpans: string[] = [];
  text = text.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => {
    codeSpans.push(code.trim() === "" ? code : code.replace(/^ (.*) $/, "$1"));
    return `${CODE_OPEN}${codeSpans.length - 1}${CODE_CLOSE}`;
  });

  text = text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "") // images
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]*)\]\((?:(?:[^()\s]|\([^()\s]*\))+|<[^>]*>)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, "$1") // [text](url "title")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // [text][ref]
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1") // autolinks
    .replace(/<\/?(?:br|span|sup|sub|em|strong|b|i|u|small|mark|abbr)\b[^>]*>/gi, " ");

  // Struck-through text is text the author withdrew.
  text = text.replace(/~~(?=\S)[^~]*?\S~~/g, "");
  text = stripEmphasis(text);

  text = text.replace(new RegExp(`${CODE_OPEN}(\\d+)${CODE_CLOSE}`, "g"), (_, index: string) => codeSpans[Number(index)] ?? "");
  return text.replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE));
}

/**
 * Emphasis markers only count at word edges: an opening marker follows a
 * space or punctuation and precedes a non-space; a closing one mirrors it.
 * So snake_case, 2*3 and a lone "*" footnote mark stay as written.
 */
function stripEmphasis(text: string): string {
  const patterns = [
    /(^|[^\p{L}\p{N}*_~])(\*\*\*|___)(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}*_~])/gu,
    /(^|[^\p{L}\p{N}*_~])(\*\*|__)(?=\S)([\s\S]*?\S)\2(?![\p{L}\p{N}*_~])/gu,
    /(^|[^\p{L}\p{N}*_~])([*_])(?=[^\s*_])([\s\S]*?[^\s*_])\2(?![\p{L}\p{N}*_~])/gu,
  ];
  let result = text;
  for (const pattern of patterns) {
    let previous: string;
    do {
      previous = result;
      result = result.replace(pattern, (_, before: string, __: string, inner: string) => `${before}${inner}`);
    } while (result !== previous);
  }
  return result;
}
