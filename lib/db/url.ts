import path from "node:path";
import { readEnv } from "../env"; // relative: the Prisma CLI loads this without the "@/" alias
import { databaseTarget } from "./engine";

/**
 * The database URL from DATABASE_URL (validated). A SQLite file path is made absolute
 * against the project root so the CLI, the seed script and the server open one file; a
 * PostgreSQL URL is used as it is.
 */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = readEnv(env).DATABASE_URL;
  const target = databaseTarget(url);
  if (target.engine === "postgres") return url;
  if (target.file === ":memory:" || path.isAbsolute(target.file)) return url;
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), target.file)}`;
}

