import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgres/client";
import { databaseTarget } from "@/lib/db/engine";
import { databaseUrl } from "@/lib/db/url";

export type { PrismaClient };

/**
 * The one factory for database clients, for the engine the URL names. On SQLite,
 * `fileMustExist` keeps a reader from creating an empty database where none was migrated,
 * and the busy timeout lets readers and a seeding writer wait for each other instead of
 * failing with "database is locked". On PostgreSQL the pool connects on first query.
 */
export function createPrismaClient(
  url: string = databaseUrl(),
  options: { fileMustExist?: boolean } = {},
): PrismaClient {
  const target = databaseTarget(url);
  if (target.engine === "postgres") {
    // The client generated from prisma/postgres/schema.prisma: the same models, so the same
    // API, typed as SQLite's (the two generated types differ only in name).
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: target.url }) }) as unknown as PrismaClient;
  }
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5_000, fileMustExist: options.fileMustExist ?? false });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { briefingPrisma?: PrismaClient };

/** The process-wide client (kept across dev reloads). Opened lazily on first use. */
export function db(): PrismaClient {
  globalForPrisma.briefingPrisma ??= createPrismaClient(databaseUrl(), { fileMustExist: true });
  return globalForPrisma.briefingPrisma;
}
