// Real SQLite files for tests: a fresh temporary database migrated by the Prisma CLI,
// exactly as `npm start` migrates one. Never a mock.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "@/lib/db";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export interface TestDatabase {
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

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `briefing-${prefix}-`));
}

let migratedTemplate: string | undefined;

/** A database the Prisma CLI migrated, once per test file: copying it is much faster than migrating again. */
function templateDatabase(): string {
  if (!migratedTemplate) {
    const dir = tempDir("template");
    const file = path.join(dir, "template.db");
    migrate(`file:${file}`); // the CLI exits, so the file is whole (no -wal left beside it)
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    migratedTemplate = file;
  }
  return migratedTemplate;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = tempDir("db");
  const file = path.join(dir, "test.db");
  const url = `file:${file}`;
  copyFileSync(templateDatabase(), file);
  const prisma = createPrismaClient(url, { fileMustExist: true });
  return {
    file,
    url,
    prisma,
    async dispose() {
      await prisma.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs the real seed command (`npm run seed -- …`) and waits for it. */
export function runSeedCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(path.join(PROJECT_ROOT, "node_modules/.bin/tsx"), ["scripts/seed.ts", ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
