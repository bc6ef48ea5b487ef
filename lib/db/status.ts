import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { databaseLabel, databaseTarget, schemaOf } from "@/lib/db/engine";

/** Why the database cannot serve yet, in words that say what to run; null when ready. */
export async function databaseProblem(url: string): Promise<string | null> {
  const target = databaseTarget(url);
  const name = databaseLabel(url);
  // A missing SQLite file would be created empty by opening it; PostgreSQL says so itself.
  if (target.engine === "sqlite" && !existsSync(target.file)) {
    return `no database at ${name}: run \`npm run db:migrate\` (or \`npm start\`, which migrates and seeds)`;
  }
  const expected = migrationNames(url);
  const prisma = createPrismaClient(url, { fileMustExist: true });
  let applied: Set<string>;
  try {
    const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(
      `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    applied = new Set(rows.map((r) => r.name));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/_prisma_migrations/.test(message) && /(no such table|does not exist)/.test(message)) {
      return `the database at ${name} is not migrated: run \`npm run db:migrate\``;
    }
    throw err;
  } finally {
    await prisma.$disconnect();
  }
  const pending = expected.filter((migration) => !applied.has(migration));
  if (pending.length) return `the database at ${name} lacks ${pending.length} migration(s) (${pending.join(", ")}): run \`npm run db:migrate\``;
  return null;
}

/** The migrations of the engine's schema (prisma/migrations or prisma/postgres/migrations). */
function migrationNames(url: string): string[] {
  const dir = path.resolve(process.cwd(), path.dirname(schemaOf(url)), "migrations");
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
