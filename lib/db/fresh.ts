// Where `npm start` puts the database before migrating it, and how --fresh starts from
// nothing, on either engine.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { databaseTarget } from "@/lib/db/engine";

/** The database every PostgreSQL server has, from which another one is dropped and created. */
const MAINTENANCE_DATABASE = "postgres";

/**
 * Makes room for the database `url` names; with `fresh`, deletes it first. SQLite: its
 * folder is made, and --fresh removes the file and its journals. PostgreSQL: --fresh drops
 * the database (closing its connections: a server still running on it must not keep it)
 * and creates it empty, which needs a role allowed CREATEDB; without --fresh the database is
 * the operator's to create.
 */
export async function prepareDatabase(url: string, { fresh }: { fresh: boolean }): Promise<void> {
  const target = databaseTarget(url);
  if (target.engine === "sqlite") {
    if (fresh) for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(target.file + suffix, { force: true });
    mkdirSync(path.dirname(target.file), { recursive: true });
    return;
  }
  if (!fresh) return;
  if (target.database === MAINTENANCE_DATABASE) throw new Error(`--fresh drops the database DATABASE_URL names; name one of the app's own, not the server's "${MAINTENANCE_DATABASE}"`);
  const server = new URL(target.url);
  server.pathname = `/${MAINTENANCE_DATABASE}`;
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    const name = client.escapeIdentifier(target.database);
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

/** Drops the PostgreSQL database `url` names, closing its connections (SQLite: removes the file and its journals). */
export async function dropDatabase(url: string): Promise<void> {
  const target = databaseTarget(url);
  if (target.engine === "sqlite") {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(target.file + suffix, { force: true });
    return;
  }
  if (target.database === MAINTENANCE_DATABASE) throw new Error(`will not drop the server's "${MAINTENANCE_DATABASE}" database`);
  const server = new URL(target.url);
  server.pathname = `/${MAINTENANCE_DATABASE}`;
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(target.database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
