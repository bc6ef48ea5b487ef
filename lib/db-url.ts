import path from "node:path";
import { z } from "zod";

/** The default database file, relative to the project root. */
export const DEFAULT_DATABASE_URL = "file:./prisma/briefing.db";

const DatabaseUrl = z
  .string()
  .regex(/^file:.+/, "DATABASE_URL must be a SQLite file URL such as file:./prisma/briefing.db");

/**
 * The SQLite URL from DATABASE_URL (validated), with a relative path made absolute
 * against the project root so the CLI, the seed script and the server open one file.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = DatabaseUrl.parse(env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL);
  const file = databaseFile(url);
  if (file === ":memory:" || path.isAbsolute(file)) return url;
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}

/** The file path a SQLite URL names. */
export function databaseFile(url: string): string {
  return url.slice("file:".length);
}
