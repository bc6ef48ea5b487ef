// Vitest's global setup: a folder where the test files' processes share the migrated template
// databases they copy, so that the run migrates once per engine (lib/testing/database.ts),
// not once per file (the Prisma CLI, 2 to 3 CPU-s a time, in some 15 files on each engine).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { dropSharedPostgresTemplate } from "./database";

export default function setup(project: TestProject): () => Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "briefing-templates-"));
  project.provide("sharedTemplates", { dir, pid: process.pid });
  // The tests' temporary folders (tempDir), so that a run leaves none behind.
  const files = mkdtempSync(path.join(tmpdir(), "briefing-test-files-"));
  project.provide("testFiles", { dir: files });
  return async () => {
    await dropSharedPostgresTemplate(dir);
    rmSync(dir, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  };
}
