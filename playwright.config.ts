import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The browser tests' own database, created afresh and seeded through the seed command. */
export const E2E_DATABASE = process.env.E2E_DATABASE ?? "e2e/.data/briefing.db";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "laptop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    // The reader's flows again on a phone; server-side protections need no second device.
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /(briefing|reader|verification)\.spec\.ts/ },
  ],
  webServer: {
    // A production build against a fresh database: what a reader gets from `npm start`.
    command: "tsx scripts/start.ts --fresh --build",
    // The build skips its type check: `npm test` ran `npm run typecheck` first.
    env: { DATABASE_URL: `file:${E2E_DATABASE}`, PORT: String(PORT), BRIEFING_TYPECHECKED: "1" },
    url: `http://localhost:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: "pipe",
  },
});
