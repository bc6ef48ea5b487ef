import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts", "eval/**/*.test.ts"],
    environment: "node",
    // Migrates the template databases the tests copy, once for the run (lib/testing/database.ts).
    globalSetup: ["lib/testing/global-setup.ts"],
    // Vitest's default in a run is one worker fewer than the cores: one, on a 2-core CI machine.
    // Most test time waits on seed subprocesses and databases, so two files at once overlap it.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
