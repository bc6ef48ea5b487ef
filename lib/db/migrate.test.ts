// `prisma migrate deploy`, as `npm start` runs it, against a database another process holds
// open the way the server does (a Prisma client through better-sqlite3, WAL, reading).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { describeOnPostgres, emptyPostgresDatabase, PROJECT_ROOT, tempDir } from "@/lib/testing/database";

const migrationsOf = (folder: string) =>
  spawnSync("ls", [path.join(PROJECT_ROOT, folder)], { encoding: "utf8" })
    .stdout.split("\n")
    .filter((name) => /^\d+_/.test(name));
const MIGRATIONS = migrationsOf("prisma/migrations");
const POSTGRES_MIGRATIONS = migrationsOf("prisma/postgres/migrations");

/** The reader: the server's client factory, counting articles every 20 ms until killed; prints each failure. */
const SERVER_READER = `
import { createPrismaClient } from "@/lib/db";
const prisma = createPrismaClient(process.env.DATABASE_URL, { fileMustExist: true });
void (async () => {
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$queryRawUnsafe("SELECT count(*) FROM sqlite_master");
  console.log("holding");
  setInterval(() => prisma.$queryRawUnsafe("SELECT count(*) AS n FROM sqlite_master").then(() => {}, (err) => console.log("read failed: " + err.message)), 20);
})();
`;

/** The same reader on PostgreSQL: the server's client, reading the catalog every 20 ms. */
const POSTGRES_SERVER_READER = `
import { createPrismaClient } from "@/lib/db";
const prisma = createPrismaClient(process.env.DATABASE_URL);
void (async () => {
  await prisma.$queryRawUnsafe("SELECT count(*) FROM pg_class");
  console.log("holding");
  setInterval(() => prisma.$queryRawUnsafe("SELECT count(*) AS n FROM pg_class").then(() => {}, (err) => console.log("read failed: " + err.message)), 20);
})();
`;

const children: ChildProcess[] = [];
afterEach(() => {
  // The whole group: tsx runs the script in a node process of its own, which outlives a killed tsx.
  for (const child of children.splice(0)) {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Already gone.
    }
  }
});

/** Runs `script` with the database at `url` until the test ends; resolves once it prints "holding". */
async function holdOpen(url: string, script: string): Promise<{ output: () => string }> {
  const child = spawn(path.join(PROJECT_ROOT, "node_modules/.bin/tsx"), ["--eval", script], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  children.push(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (/holding/.test(output)) resolve();
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.once("exit", () => reject(new Error(`the holding process ended: ${output}`)));
  });
  return { output: () => output };
}

/** An empty WAL database, as `npm start` finds on a fresh machine: its file and URL. */
function emptyDatabase(name: string): { file: string; url: string } {
  const file = path.join(tempDir(name), "briefing.db");
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
  return { file, url: `file:${file}` };
}

/** A process holding the write lock, as a seed's batch takes it: committing after `commitAfterMs`, or never. */
function holdWriteLock(url: string, commitAfterMs?: number) {
  return holdOpen(
    url,
    `import Database from "better-sqlite3";
     const db = new Database(process.env.DATABASE_URL.slice(5));
     db.exec("BEGIN IMMEDIATE");
     console.log("holding");
     ${commitAfterMs === undefined ? "" : `setTimeout(() => db.exec("COMMIT"), ${commitAfterMs});`}
     setInterval(() => {}, 1000);`,
  );
}

/** `npm start`'s migrate step: the project's Prisma CLI, `migrate deploy`. */
function migrateDeploy(url: string, env: Record<string, string> = {}) {
  const run = spawnSync(path.join(PROJECT_ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url, ...env },
    encoding: "utf8",
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

function appliedMigrations(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare("SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY name").all() as { name: string }[]).map(
      (row) => row.name,
    );
  } finally {
    sqlite.close();
  }
}

describe("migrate deploy beside a running server", () => {
  it("applies every migration to a database a server holds open and reads, and the reads go on", async () => {
    const { file, url } = emptyDatabase("migrate-beside");
    const reader = await holdOpen(url, SERVER_READER);

    const first = migrateDeploy(url);
    expect(first.output).not.toMatch(/SocketTimeout/);
    expect(first.status, first.output).toBe(0);
    expect(appliedMigrations(file)).toEqual(MIGRATIONS);

    // And again, with nothing pending (the failure reported every time before).
    const second = migrateDeploy(url);
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/No pending migrations/);
    expect(reader.output()).not.toMatch(/read failed/);
  }, 120_000);

  it("waits for a seed's write to commit", async () => {
    const { file, url } = emptyDatabase("migrate-wait");
    await holdWriteLock(url, 3000);
    const run = migrateDeploy(url);
    expect(run.status, run.output).toBe(0);
    expect(appliedMigrations(file)).toEqual(MIGRATIONS);
  }, 120_000);

  it("says what is wrong when a write holds the database too long", async () => {
    const { file, url } = emptyDatabase("migrate-locked");
    // A writer that never commits: what a seed's batch is for half a second, held for good.
    await holdWriteLock(url);
    const run = migrateDeploy(url, { MIGRATE_WAIT_SECONDS: "1" });
    expect(run.status).not.toBe(0);
    expect(run.output).not.toMatch(/SocketTimeout/);
    expect(run.output).toContain(`the database ${file} stayed locked by another process's write for over 1 s`);
  }, 120_000);
});

describeOnPostgres("migrate deploy beside a running server", () => {
  it("applies every PostgreSQL migration while a server reads, then finds none pending", async () => {
    const database = await emptyPostgresDatabase();
    try {
      const reader = await holdOpen(database.url, POSTGRES_SERVER_READER);
      const first = migrateDeploy(database.url);
      expect(first.status, first.output).toBe(0);
      // (The CLI names the folder "prisma/migrations" whichever it read: the names below are PostgreSQL's.)
      expect(first.output).toMatch(/Prisma schema loaded from prisma\/postgres\/schema\.prisma/);
      for (const name of POSTGRES_MIGRATIONS) expect(first.output).toContain(name);
      const second = migrateDeploy(database.url);
      expect(second.status, second.output).toBe(0);
      expect(second.output).toMatch(/No pending migrations/);
      expect(reader.output()).not.toMatch(/read failed/);
    } finally {
      for (const child of children.splice(0)) process.kill(-child.pid!, "SIGKILL");
      await database.dispose();
    }
  }, 120_000);
});
