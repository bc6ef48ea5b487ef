import type { ArticleDraft } from "./draft";
import { joinParagraphs, unwrapParagraphs } from "./body";
import { ParseError } from "./errors";
import { collapseWhitespace } from "./metadata";

/** A first line longer than this is a paragraph, not a heading. */
const MAX_HEADING_LENGTH = 150;
/** A title derived from the first sentence is cut at a word boundary near this length. */
const DERIVED_TITLE_LENGTH = 100;
/** Words whose period does not end a sentence ("Ltd. (BABA)", "Mr. Lee"); single letters ("U.S.") are handled apart. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "corp", "co", "plc", "no", "vs", "etc", "approx", "est",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Plain text: the first line is the title when it is a heading, else the title comes from the first sentence. */
export function parseText(source: string): ArticleDraft {
  const lines = source.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  const firstLine = lines[first]!.trim();
  const next = lines[first + 1];

  let title: string | null = null;
  let bodyLines = lines.slice(first);
  const markdownHeading = /^#{1,6}\s+(.*?)\s*#*$/.exec(firstLine);
  if (markdownHeading) {
    title = collapseWhitespace(markdownHeading[1]!);
    bodyLines = lines.slice(first + 1);
  } else if (isHeadingLine(firstLine) && (next === undefined || next.trim() === "")) {
    title = collapseWhitespace(firstLine);
    bodyLines = lines.slice(first + 1);
  }

  const text = normalizePlainBody(bodyLines.join("\n"));
  if (text === "") throw new ParseError("no article body");
  return { title: title || deriveTitle(text), publisher: null, url: null, publishedAt: null, tickers: [], text };
}

/** Plain text body rules: hard-wrapped paragraphs joined, one paragraph per line. */
export function normalizePlainBody(body: string): string {
  return joinParagraphs(unwrapParagraphs(body));
}

function isHeadingLine(line: string): boolean {
  return line.length <= MAX_HEADING_LENGTH && !/[.,;:!?]$/.test(line.replace(/["'”’)\]]+$/, ""));
}

/** The first sentence, cut at a word boundary near DERIVED_TITLE_LENGTH, without its final period. */
function deriveTitle(text: string): string {
  const firstParagraph = text.split("\n")[0]!;
  let sentence = firstSentence(firstParagraph).replace(/[.!?]+$/, (end) => (end === "." ? "" : end));
  if (sentence.length > DERIVED_TITLE_LENGTH) {
    const cut = sentence.lastIndexOf(" ", DERIVED_TITLE_LENGTH);
    sentence = `${sentence.slice(0, cut > DERIVED_TITLE_LENGTH / 2 ? cut : DERIVED_TITLE_LENGTH).replace(/[\s,;:–—-]+$/, "")}…`;
  }
  return sentence;
}

function firstSentence(paragraph: string): string {
  const boundary = /[.!?]["'”’)]?(?=\s+["'“‘(]?[A-Z0-9])/g;
  for (const match of paragraph.matchAll(boundary)) {
    const before = paragraph.slice(0, match.index);
    const word = /(\S+)$/.exec(before)?.[1] ?? "";
    const isAbbreviation = match[0].startsWith(".") && (ABBREVIATIONS.has(word.toLowerCase()) || /^(?:[A-Za-z]\.)*[A-Za-z]$/.test(word));
    if (!isAbbreviation) return paragraph.slice(0, match.index + match[0].length);
  }
  return paragraph;
}
