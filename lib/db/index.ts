import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "@/lib/db/url";

export type { PrismaClient };

/**
 * The one factory for database clients. `fileMustExist` keeps a reader from creating
 * an empty database where none was migrated; the busy timeout lets readers and a
 * seeding writer wait for each other instead of failing with "database is locked".
 */
export function createPrismaClient(
  url: string = databaseUrl(),
  options: { fileMustExist?: boolean } = {},
): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url, timeout: 5_000, fileMustExist: options.fileMustExist ?? false });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { briefingPrisma?: PrismaClient };

/** The process-wide client (kept across dev reloads). Opened lazily on first use. */
export function db(): PrismaClient {
  globalForPrisma.briefingPrisma ??= createPrismaClient(databaseUrl(), { fileMustExist: true });
  return globalForPrisma.briefingPrisma;
}
