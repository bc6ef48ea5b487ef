import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect } from "@playwright/test";
import { E2E_DATABASE } from "../playwright.config";

/** Seeds `file` into the running server's database with the real seed command (under tsx's loader, in one process); its stdout. */
export function seedIntoServer(file: string): string {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts", file], {
    env: { ...process.env, DATABASE_URL: `file:${path.resolve(E2E_DATABASE)}` },
    encoding: "utf8",
  });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  return run.stdout;
}
