import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/**
 * Mozilla Readability's (Firefox Reader View's) choice of the article on a linkedom DOM:
 * the container's HTML with its class names kept (so the page's chrome rules still see
 * them), or null when it finds none. Its HTML is only ever read as text by the caller.
 */
export function readabilityContent(source: string): string | null {
  const { document } = parseHTML(source);
  // linkedom's Document lacks a few members of the DOM's type that Readability never uses.
  const article = new Readability(document as unknown as Document, { keepClasses: true }).parse();
  return article?.content ?? null;
}
