// Every direct SQLite connection the project opens: the seed's writer (SQLite's store),
// the search worker and the migration lock. (The pages' reads, readiness checks and the
// change watcher go through the Prisma client in ./index.ts.) Imported relatively by the Prisma CLI.
import Database from "better-sqlite3";

export type SqliteDatabase = Database.Database;
export type SqliteStatement = Database.Statement;

/** A connection to `file`; `readonly` ones never create it, writers wait `timeout` ms for a lock. */
export function openSqlite(file: string, options: Database.Options = {}): SqliteDatabase {
  return new Database(file, options);
}
