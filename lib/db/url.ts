import path from "node:path";
import { readEnv } from "../env"; // relative: the Prisma CLI loads this without the "@/" alias

/**
 * The SQLite URL from DATABASE_URL (validated), with a relative path made absolute
 * against the project root so the CLI, the seed script and the server open one file.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = readEnv(env).DATABASE_URL;
  const file = databaseFile(url);
  if (file === ":memory:" || path.isAbsolute(file)) return url;
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}

/** The file path a SQLite URL names. */
export function databaseFile(url: string): string {
  return url.slice("file:".length);
}
