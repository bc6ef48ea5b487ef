// The Prisma CLI's connection (prisma.config.ts): what `prisma migrate deploy`, and so
// `npm start`, migrate through, made to work beside a running server.
//
// Prisma's schema engine starts with `PRAGMA main.locking_mode=EXCLUSIVE`. On a WAL
// database that needs the file to itself, and every open connection holds it shared (the
// server's readers, a seed), so migrate waited out the busy timeout and failed with
// SQLITE_BUSY, which the adapter names `SocketTimeout`, a kind the engine cannot read
// ("unknown variant `SocketTimeout`"). Here the engine runs in SQLite's normal locking
// mode: WAL readers never block a writer, and the migration's writes wait their turn
// behind a seed's (a batch lasts at most half a second) for up to MIGRATE_BUSY_MS. What the
// exclusive mode also gave, one migrator at a time, comes from a lock of its own.
//
// On PostgreSQL none of this is needed: the schema engine takes an advisory lock of its own
// for one migrator at a time, and a migration's DDL waits for a seed's locks as any
// transaction does. It gets the plain adapter.
import { openSqlite, type SqliteDatabase } from "./sqlite";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { readEnv } from "../env";
import { databaseTarget } from "./engine"; // relative: the Prisma CLI loads this without the "@/" alias

type CliAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/** How long a migration waits for a seed's write, or for another migrator, before saying so (MIGRATE_WAIT_SECONDS). */
const MIGRATE_BUSY_MS = readEnv().MIGRATE_WAIT_SECONDS * 1000;

const EXCLUSIVE_LOCKING = /^\s*PRAGMA\s+(?:main\.)?locking_mode\s*=\s*EXCLUSIVE\s*;?\s*$/i;

/** The adapter factory prisma.config.ts hands the CLI, for the engine `url` names. */
export function migrationAdapterFactory(url: string): PrismaBetterSQLite3 | PrismaPg {
  const target = databaseTarget(url);
  if (target.engine === "postgres") return postgresMigrationAdapterFactory(target.url);
  const file = target.file;
  const factory = new PrismaBetterSQLite3({ url, timeout: MIGRATE_BUSY_MS });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const lock = holdMigrationLock(file);
    try {
      return wrap(adapter, lock);
    } catch (err) {
      lock.close();
      throw err;
    }
  };
  return factory;
}

/**
 * One migrator per database at a time, across processes: an exclusive transaction on a
 * small SQLite file beside the database, held until the CLI lets go of its connection
 * (a process that dies releases it). The database itself stays open to everyone.
 */
function holdMigrationLock(file: string): SqliteDatabase {
  const lock = openSqlite(`${file}-migrate-lock`, { timeout: MIGRATE_BUSY_MS });
  try {
    lock.exec("BEGIN EXCLUSIVE");
  } catch (err) {
    lock.close();
    if ((err as { code?: string }).code === "SQLITE_BUSY") {
      throw new Error(`another migration of ${file} has been running for over ${MIGRATE_BUSY_MS / 1000} s; wait for it to end, then run this again`);
    }
    throw err;
  }
  return lock;
}

/**
 * The CLI's adapter with the exclusive locking mode left out and a busy database named
 * in words. The adapter's own methods are kept (they use its private state) and wrapped.
 */
function wrap(adapter: CliAdapter, lock: SqliteDatabase): CliAdapter {
  const { executeRaw, queryRaw, executeScript, startTransaction, dispose } = adapter;
  const file = lock.name.replace(/-migrate-lock$/, "");
  adapter.executeRaw = (query) =>
    EXCLUSIVE_LOCKING.test(query.sql) ? Promise.resolve(0) : explainBusy(file, () => executeRaw.call(adapter, query));
  adapter.queryRaw = (query) => explainBusy(file, () => queryRaw.call(adapter, query));
  adapter.executeScript = (script) => explainBusy(file, () => executeScript.call(adapter, script));
  adapter.startTransaction = (isolation) => explainBusy(file, () => startTransaction.call(adapter, isolation));
  adapter.dispose = async () => {
    try {
      await dispose.call(adapter);
    } finally {
      lock.close();
    }
  };
  return adapter;
}

/**
 * SQLITE_BUSY reaches the engine as the adapter's `SocketTimeout`, which the engine cannot
 * read; as SQLite's code 5 it says "P1008 Socket timeout", and a plain Error becomes
 * "External error id#0". A generic SQLite error is printed with its message.
 */
async function explainBusy<T>(file: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    const cause = (err as { name?: string; cause?: { kind?: string } } | null)?.cause;
    if ((err as { name?: string }).name === "DriverAdapterError" && cause?.kind === "SocketTimeout") {
      (err as { cause: unknown }).cause = {
        kind: "sqlite",
        extendedCode: 1, // SQLITE_ERROR: the engine prints the message as it is
        message: `the database ${file} stayed locked by another process's write for over ${MIGRATE_BUSY_MS / 1000} s (a seed, or a process holding it in exclusive mode); stop that process or wait for it, then migrate again`,
      };
    }
    throw err;
  }
}

type PgCliAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;
interface PgField {
  dataTypeID: number;
}
/** What the adapter's (untyped, internal) performIO resolves to: pg's result. */
type PerformIO = (query: unknown) => Promise<{ fields: PgField[] }>;

/**
 * Catalog column types the schema engine reads and adapter-pg 6.19 cannot map
 * (prisma/orm#27403: "Column type 'name' could not be deserialized"), each read as text,
 * which is how pg hands their values over.
 */
const CATALOG_TYPES_AS_TEXT = [
  { oid: 19, type: "name", example: "pg_namespace.nspname" },
  { oid: 18, type: '"char"', example: "pg_class.relkind" },
] as const;
const TEXT_OID = 25;

/** PostgreSQL's adapter for the CLI, its results' catalog types read as text. */
function postgresMigrationAdapterFactory(url: string): PrismaPg {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    readCatalogTypesAsText(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolation) => {
      const transaction = await startTransaction(isolation);
      readCatalogTypesAsText(transaction);
      return transaction;
    };
    return adapter;
  };
  return factory;
}

function readCatalogTypesAsText(queryable: PgCliAdapter | Awaited<ReturnType<PgCliAdapter["startTransaction"]>>): void {
  const target = queryable as unknown as { performIO: PerformIO };
  const performIO = target.performIO.bind(queryable);
  target.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) if (CATALOG_TYPES_AS_TEXT.some((t) => t.oid === field.dataTypeID)) field.dataTypeID = TEXT_OID;
    return result;
  };
}
