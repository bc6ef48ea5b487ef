// Every direct SQLite connection the project opens: the seed's writer, the server's change
// watcher, the search worker, readiness checks and the migration lock. (The pages' reads go
// through the Prisma client in ./index.ts.) Imported with relative paths by the Prisma CLI.
import Database from "better-sqlite3";

export type SqliteDatabase = Database.Database;
export type SqliteStatement = Database.Statement;

/** A connection to `file`; `readonly` ones never create it, writers wait `timeout` ms for a lock. */
export function openSqlite(file: string, options: Database.Options = {}): SqliteDatabase {
  return new Database(file, options);
}
