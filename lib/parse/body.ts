// Body text rules shared by every format: one paragraph per line, lines joined
// by a single "\n", no blank lines, no trailing spaces, no surrounding whitespace.

/** The longest line a hard-wrapped document has; a document with any longer line is taken as one paragraph per line. */
const WRAP_WIDTH = 100;
/** A wrapped line fills most of the width; shorter lines end a paragraph (or are headings, list items…). */
const MIN_WRAPPED_LINE = 40;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s/;
const HEADING = /^\s*(?:#{1,6}\s|>|```|~~~|\||(?:[-*_=]\s*){3,}$)/;

/** Lines -> body text: trims each line, drops blank ones, joins with "\n". */
export function joinParagraphs(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * Text -> lines. In a hard-wrapped document (every line at most WRAP_WIDTH
 * long, blank lines between paragraphs) the wrapped lines of a paragraph are
 * joined back into one line, so a sentence is not split by a line break;
 * otherwise, as in the sample articles, every line is a paragraph and stays.
 * Lines inside ``` code fences are never joined.
 */
export function unwrapParagraphs(text: string): string[] {
  const lines = text.split("\n");
  const isHardWrapped = lines.some((line) => line.trim() === "") && lines.every((line) => line.length <= WRAP_WIDTH);
  if (!isHardWrapped) return lines;

  const result: string[] = [];
  let paragraph: string | null = null;
  let previousLineLength = 0;
  let inCodeFence = false;
  for (const line of lines) {
    const trimmed = line.trim();
    const isFence = /^(?:```|~~~)/.test(trimmed);
    if (isFence) inCodeFence = !inCodeFence;
    if (inCodeFence || isFence) {
      if (paragraph !== null) result.push(paragraph);
      paragraph = null;
      result.push(line);
    } else if (trimmed === "") {
      if (paragraph !== null) result.push(paragraph);
      paragraph = null;
      result.push("");
    } else if (paragraph !== null && previousLineLength >= MIN_WRAPPED_LINE && !LIST_ITEM.test(line) && !HEADING.test(line)) {
      paragraph = `${paragraph} ${trimmed}`;
    } else {
      if (paragraph !== null) result.push(paragraph);
      paragraph = line;
    }
    previousLineLength = trimmed.length;
  }
  if (paragraph !== null) result.push(paragraph);
  return result;
}
