// One parser per input format behind parseArticle. Every format yields the same
// body shape: one paragraph per line joined by "\n", no blank lines, no
// trailing spaces, trimmed; facts index into exactly this text. Markdown and
// HTML list items become "• item" (ordered ones keep "1. "); HTML figures and
// captions are dropped; hard-wrapped plain text is joined back into paragraphs.

import type { ParsedArticle, SourceFormat } from "@/lib/contract";
import { decodeText } from "./decode";
import type { ArticleDraft } from "./draft";
import { ParseError } from "./errors";
import { parseHtml } from "./html";
import { parseJson } from "./json";
import { parseMarkdown } from "./markdown";
import { collapseWhitespace, requireDate } from "./metadata";
import { joinParagraphs } from "./body";
import { normalizeText } from "./normalize";
import { parseText } from "./text";

export { ParseError } from "./errors";

/** CLI --title / --published: they replace what the file says. */
export interface ParseOverrides {
  title?: string;
  published?: string;
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
};

/** Extensions parseArticle reads, lower case with the dot, for folder walks. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

const PARSERS: Readonly<Record<SourceFormat, (source: string) => ArticleDraft>> = {
  markdown: parseMarkdown,
  text: parseText,
  html: parseHtml,
  json: parseJson,
};

/**
 * One article file -> its title, metadata and body text. The format comes from
 * the file extension. Pure: the caller reads the bytes (and limits their size).
 * Throws ParseError with a one-line message naming the problem.
 */
export function parseArticle(path: string, bytes: Uint8Array, overrides: ParseOverrides = {}): ParsedArticle {
  const format = formatOf(path);
  const overrideTitle = overrides.title === undefined ? null : collapseWhitespace(normalizeText(overrides.title));
  if (overrideTitle === "") throw new ParseError("--title is empty");
  const overridePublished = overrides.published === undefined ? null : requireDate(overrides.published, "--published");

  const draft = normalizeDraft(PARSERS[format](decodeText(bytes)));
  const title = overrideTitle ?? draft.title;
  if (title === null || title === "") throw new ParseError("no title (add a title to the file or pass --title)");
  if (draft.text === "") throw new ParseError("no article body");

  return {
    format,
    title,
    publisher: draft.publisher,
    url: draft.url,
    publishedAt: overridePublished ?? draft.publishedAt,
    text: draft.text,
    tickers: draft.tickers,
  };
}

/**
 * The parsed fields normalized again (decodeText did the file): JSON escapes and HTML
 * entities can spell what the file did not hold. The body keeps its line rules.
 */
function normalizeDraft(draft: ArticleDraft): ArticleDraft {
  const line = (value: string | null) => (value === null ? null : collapseWhitespace(normalizeText(value)) || null);
  return {
    title: line(draft.title),
    publisher: line(draft.publisher),
    url: draft.url,
    publishedAt: draft.publishedAt,
    tickers: draft.tickers,
    text: joinParagraphs(normalizeText(draft.text).split("\n")),
  };
}

function formatOf(path: string): SourceFormat {
  const name = path.split(/[\\/]/).pop() ?? path;
  const dot = name.lastIndexOf(".");
  const supported = SUPPORTED_EXTENSIONS.join(", ");
  if (dot <= 0) throw new ParseError(`no file extension, cannot tell the format (supported: ${supported})`);
  const extension = name.slice(dot).toLowerCase();
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format) throw new ParseError(`unsupported file type "${extension}" (supported: ${supported})`);
  return format;
}
