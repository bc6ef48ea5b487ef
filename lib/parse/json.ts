import { z } from "zod";
import type { ArticleDraft } from "./draft";
import { ParseError } from "./errors";
import { describe, validateMetadata } from "./metadata";
import { normalizePlainBody } from "./text";

const bodySchema = z.object({ body: z.string() });

/** JSON: {title, body, publisher?, url?, publishedAt?, tickers?}; the body follows the plain text rules. */
export function parseJson(source: string): ArticleDraft {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    throw new ParseError(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ParseError(`JSON must be an object with "title" and "body" (got ${describe(data)})`);
  }
  const fields = data as Record<string, unknown>;
  if (!("body" in fields) || fields.body == null) throw new ParseError('JSON: missing "body" (the article text as a string)');
  const parsed = bodySchema.safeParse(fields);
  if (!parsed.success) throw new ParseError(`JSON: body must be a string (got ${describe(fields.body)})`);

  const metadata = validateMetadata(fields, "JSON");
  const text = normalizePlainBody(parsed.data.body);
  if (text === "") throw new ParseError("no article body");
  return { ...metadata, text };
}
