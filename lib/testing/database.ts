// Real databases for tests: a fresh temporary database migrated by the Prisma CLI, exactly
// as `npm start` migrates one, on SQLite (a file) or on PostgreSQL (a database of its own on
// the server TEST_POSTGRES_URL names). Never a mock.
import { execFileSync, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import type { Engine } from "@/lib/db/engine";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface TestDatabase {
  engine: Engine;
  /** The SQLite file; on PostgreSQL, the database's name. */
  file: string;
  url: string;
  prisma: PrismaClient;
  dispose(): Promise<void>;
}

export function migrate(url: string): void {
  execFileSync(path.join(PROJECT_ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

/**
 * Points the pages' process-wide client (lib/db's db()) at `url`, closing the one it had: each
 * engine's block of a page-read test gets its own ("file:/nonexistent" after the block).
 */
export async function servePagesFrom(url: string): Promise<void> {
  const global = globalThis as unknown as { briefingPrisma?: { $disconnect(): Promise<void> } };
  await global.briefingPrisma?.$disconnect();
  global.briefingPrisma = undefined;
  process.env.DATABASE_URL = url;
}

/** A fresh folder for one test's files, inside the run's own folder (removed at the run's end: global-setup.ts). */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(inject("testFiles")?.dir ?? tmpdir(), `briefing-${prefix}-`));
}

declare module "vitest" {
  /** Where the run keeps the templates its test files share, and the id of the run's process (lib/testing/global-setup.ts). */
  export interface ProvidedContext {
    sharedTemplates?: { dir: string; pid: number };
    /** Where the run's tests write their temporary files. */
    testFiles?: { dir: string };
  }
}

/**
 * `make`'s result, made once for the whole run (vitest.config.ts's global setup): the first
 * test file's process to ask makes it, the others wait for it. Without that setup, undefined.
 */
async function madeOncePerRun(name: string, make: (shared: { dir: string; pid: number }) => string | Promise<string>): Promise<string | undefined> {
  const shared = inject("sharedTemplates");
  if (!shared) return undefined;
  const result = path.join(shared.dir, `${name}.json`);
  try {
    mkdirSync(path.join(shared.dir, `${name}.lock`));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    for (const deadline = Date.now() + 180_000; !existsSync(result); await new Promise((r) => setTimeout(r, 50))) {
      if (Date.now() > deadline) throw new Error(`no ${name} from another test file's process in 180 s`);
    }
    const made = JSON.parse(readFileSync(result, "utf8")) as { value?: string; error?: string };
    if (made.error !== undefined) throw new Error(`${name}, made by another test file's process: ${made.error}`);
    return made.value;
  }
  let made: { value?: string; error?: string };
  try {
    made = { value: await make(shared) };
  } catch (err) {
    made = { error: (err as Error).message };
  }
  writeFileSync(`${result}.part`, JSON.stringify(made));
  renameSync(`${result}.part`, result);
  if (made.error !== undefined) throw new Error(made.error);
  return made.value;
}

let migratedTemplate: Promise<string> | undefined;

/**
 * A database the Prisma CLI migrated, once per run (or, without the run's setup, per test
 * file): copying it is much faster than migrating again.
 */
function templateDatabase(): Promise<string> {
  migratedTemplate ??= (async () => {
    const file = (dir: string) => path.join(dir, "template.db");
    const shared = await madeOncePerRun("sqlite-template", ({ dir }) => {
      migrate(`file:${file(dir)}`); // the CLI exits, so the file is whole (no -wal left beside it)
      return file(dir);
    });
    if (shared) return shared;
    const dir = tempDir("template");
    migrate(`file:${file(dir)}`);
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    return file(dir);
  })();
  return migratedTemplate;
}

/**
 * A fresh migrated database on `engine`. On PostgreSQL, a copy of a template this process
 * migrated once (CREATE DATABASE … TEMPLATE), dropped by dispose().
 */
export async function createTestDatabase(engine: Engine = "sqlite"): Promise<TestDatabase> {
  if (engine === "postgres") return createPostgresTestDatabase();
  const dir = tempDir("db");
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  copyFileSync(await templateDatabase(), file);
  const prisma = createPrismaClient(url, { fileMustExist: true });
  return {
    engine,
    file,
    url,
    prisma,
    async dispose() {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs the real seed command (`npm run seed -- …`) and waits for it: its script under tsx's
 * loader in one node process (the tsx command would start a second one, for nothing here).
 */
export function runSeedCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts", ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// ------------------------------------------------------------------ PostgreSQL

/** The server's URL for tests (any database on it: each test gets one of its own); unset, PostgreSQL tests are skipped. */
const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;

/** The engines every engine-neutral test runs on, each with why it is skipped here, if it is. */
export const TEST_ENGINES: readonly { engine: Engine; skipped: string | null }[] = [
  { engine: "sqlite", skipped: null },
  {
    engine: "postgres",
    skipped: TEST_POSTGRES_URL ? null : "TEST_POSTGRES_URL is unset (e.g. postgresql://postgres@127.0.0.1:55432/postgres): PostgreSQL not tested",
  },
];

/**
 * `body` as a describe block on each engine (describe.each over TEST_ENGINES); on an engine
 * not available here, one skipped test that says why.
 */
export function describeOnEngines(name: string, body: (engine: Engine) => void): void {
  describe.each(TEST_ENGINES)(`${name} [$engine]`, ({ engine, skipped }) => {
    if (skipped) it.skip(`skipped: ${skipped}`, () => {});
    else body(engine);
  });
}

/** `body` as a describe block on PostgreSQL only (what has no SQLite counterpart), skipped saying why when unavailable. */
export function describeOnPostgres(name: string, body: () => void): void {
  const { skipped } = TEST_ENGINES.find((e) => e.engine === "postgres")!;
  describe.skipIf(skipped !== null)(`${name} [postgres]${skipped ? ` (skipped: ${skipped})` : ""}`, body);
}

/** The URL of database `name` on the test server. */
function postgresUrl(name: string): string {
  const url = new URL(TEST_POSTGRES_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A migrated PostgreSQL database named after process `pid` (so that it is dropped once that is gone), after dropping those of gone processes. */
async function migratePostgresTemplate(pid: number): Promise<string> {
  await dropDatabasesOfGoneProcesses();
  const name = `briefing_template_${pid}_${randomUUID().slice(0, 8)}`;
  await onServer((c) => c.query(`CREATE DATABASE "${name}"`));
  migrate(postgresUrl(name));
  return name;
}

/** Drops the run's shared PostgreSQL template, if a test file made one (global-setup.ts's teardown). */
export async function dropSharedPostgresTemplate(dir: string): Promise<void> {
  const result = path.join(dir, "postgres-template.json");
  if (!TEST_POSTGRES_URL || !existsSync(result)) return;
  const { value } = JSON.parse(readFileSync(result, "utf8")) as { value?: string };
  if (value) await onServer((c) => c.query(`DROP DATABASE IF EXISTS "${value}" WITH (FORCE)`));
}

let postgresTemplate: Promise<string> | undefined;

/** A database the Prisma CLI migrated, once per run (named after the run's process), else once per test file's process and dropped when it exits. */
function migratedPostgresTemplate(): Promise<string> {
  postgresTemplate ??= (async () => {
    const shared = await madeOncePerRun("postgres-template", ({ pid }) => migratePostgresTemplate(pid));
    if (shared) return shared;
    const name = await migratePostgresTemplate(process.pid);
    // Synchronous, as an exit handler must be: psql ships with the server.
    process.once("exit", () => {
      spawnSync("psql", [TEST_POSTGRES_URL!, "-q", "-c", `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`], { stdio: "ignore" });
    });
    return name;
  })();
  return postgresTemplate;
}

/** An empty PostgreSQL database of its own on the test server, not migrated: its URL, and how to drop it. */
export async function emptyPostgresDatabase(): Promise<{ url: string; dispose(): Promise<void> }> {
  if (!TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is unset: no PostgreSQL server to test on");
  const name = `briefing_empty_${process.pid}_${randomUUID().slice(0, 8)}`;
  await onServer((c) => c.query(`CREATE DATABASE "${name}"`));
  return {
    url: postgresUrl(name),
    dispose: () => onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/**
 * Test databases carry their process's id: those of processes no longer running (a test
 * worker is killed, not exited, so its exit handler never ran) are dropped here.
 */
async function dropDatabasesOfGoneProcesses(): Promise<void> {
  await onServer(async (c) => {
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^briefing_(template|test|empty)_[0-9]+_'`);
    for (const { datname } of rows) {
      const pid = Number(datname.split("_")[2]);
      if (isRunning(pid)) continue;
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`).catch(() => {}); // another worker got there first
    }
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function createPostgresTestDatabase(): Promise<TestDatabase> {
  if (!TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is unset: no PostgreSQL server to test on");
  const template = await migratedPostgresTemplate();
  const name = `briefing_test_${process.pid}_${randomUUID().slice(0, 8)}`;
  await onServer((c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  const url = postgresUrl(name);
  const prisma = createPrismaClient(url);
  return {
    engine: "postgres",
    file: name,
    url,
    prisma,
    async dispose() {
      await prisma.$disconnect();
      await onServer((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/**
 * Every row of every table, in key order, as JSON: on either engine, what "the database did
 * not change" compares (a SQLite test can compare the file's bytes besides).
 */
export async function snapshotRows(prisma: PrismaClient): Promise<string> {
  const tables = {
    articles: await prisma.article.findMany({ orderBy: { id: "asc" } }),
    entities: await prisma.entity.findMany({ orderBy: { id: "asc" } }),
    tickers: await prisma.ticker.findMany({ orderBy: [{ entityId: "asc" }, { symbol: "asc" }] }),
    mentions: await prisma.mention.findMany({ orderBy: { id: "asc" } }),
    facts: await prisma.fact.findMany({ orderBy: { id: "asc" } }),
    flags: await prisma.flag.findMany({ orderBy: { id: "asc" } }),
    claimParties: await prisma.claimParty.findMany({ orderBy: [{ factId: "asc" }, { party: "asc" }] }),
    seedState: await prisma.seedState.findMany({ orderBy: { key: "asc" } }),
    contentVersion: await prisma.contentVersion.findMany(),
  };
  return JSON.stringify(tables);
}
