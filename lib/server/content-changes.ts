import { openSqlite, type SqliteDatabase } from "@/lib/db/sqlite";

/**
 * Calls `onChange` when another process (the seed command) commits to the database.
 * SQLite's `PRAGMA data_version` changes exactly then, and reading it touches no table,
 * so polling it twice a second costs nothing measurable. Returns a function that stops.
 */
export function watchDatabase(file: string, onChange: () => void, intervalMs = 500): () => void {
  let connection: SqliteDatabase | undefined;
  let seen: unknown;
  const timer = setInterval(() => {
    try {
      connection ??= openSqlite(file, { readonly: true, fileMustExist: true });
      const version = connection.pragma("data_version", { simple: true });
      if (seen !== undefined && version !== seen) onChange();
      seen = version;
    } catch {
      // Not created or not migrated yet: the server answers 503 meanwhile; look again later.
      connection?.close();
      connection = undefined;
    }
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    connection?.close();
  };
}
