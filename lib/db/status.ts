import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { openSqlite } from "./sqlite";
import { databaseFile } from "@/lib/db/url";

/** Why the database cannot serve yet, in words that say what to run; null when ready. */
export function databaseProblem(url: string): string | null {
  const file = databaseFile(url);
  if (!existsSync(file)) return `no database at ${file}: run \`npm run db:migrate\` (or \`npm start\`, which migrates and seeds)`;
  const expected = migrationNames();
  let applied: Set<string>;
  const sqlite = openSqlite(file, { readonly: true, fileMustExist: true });
  try {
    const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return `the database at ${file} is not migrated: run \`npm run db:migrate\``;
    const rows = sqlite
      .prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .all() as { name: string }[];
    applied = new Set(rows.map((r) => r.name));
  } finally {
    sqlite.close();
  }
  const pending = expected.filter((name) => !applied.has(name));
  if (pending.length) return `the database at ${file} lacks ${pending.length} migration(s) (${pending.join(", ")}): run \`npm run db:migrate\``;
  return null;
}

function migrationNames(): string[] {
  const dir = path.resolve(process.cwd(), "prisma/migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
