import { createRequire } from "node:module";

// Loaded on the first HTML page, not at start: see ./html.ts.
const requireHere = createRequire(import.meta.url);
let modules: { Readability: typeof import("@mozilla/readability").Readability; parseHTML: typeof import("linkedom").parseHTML } | undefined;
const loaded = () => (modules ??= { Readability: (requireHere("@mozilla/readability") as typeof import("@mozilla/readability")).Readability, parseHTML: (requireHere("linkedom") as typeof import("linkedom")).parseHTML });

/**
 * Pages with more elements than this get no second opinion: Readability's time grows faster
 * than the page (seconds on a 2 MiB list of links), and real articles have a few thousand.
 */
const MAX_ELEMENTS = 20_000;
const START_TAG = /<[a-zA-Z]/g;

/**
 * Mozilla Readability's (Firefox Reader View's) choice of the article on a linkedom DOM:
 * the container's HTML with its class names kept (so the page's chrome rules still see
 * them), or null when it finds none. Its HTML is only ever read as text by the caller.
 */
export function readabilityContent(source: string): string | null {
  if (countUpTo(source, START_TAG, MAX_ELEMENTS + 1) > MAX_ELEMENTS) return null;
  const { Readability, parseHTML } = loaded();
  const { document } = parseHTML(source);
  // linkedom's Document lacks a few members of the DOM's type that Readability never uses.
  const article = new Readability(document as unknown as Document, { keepClasses: true }).parse();
  return article?.content ?? null;
}

function countUpTo(text: string, pattern: RegExp, limit: number): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (count < limit && pattern.exec(text) !== null) count++;
  return count;
}
