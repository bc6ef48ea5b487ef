// npm start: everything a fresh machine needs to serve the app with its sample content.
// Migrates the database, seeds content/articles when the database holds no article,
// builds when there is no production build, then serves on PORT (default 3000).
//
//   --build   build even when a build exists (after changing the code)
//   --fresh   delete the database first (the browser tests start from nothing): a SQLite
//             file is removed, a PostgreSQL database dropped and created empty
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db";
import { databaseLabel } from "@/lib/db/engine";
import { prepareDatabase } from "@/lib/db/fresh";
import { readEnv } from "@/lib/env";
import { databaseUrl } from "@/lib/db/url";

const { values: opts } = parseArgs({
  options: { build: { type: "boolean", default: false }, fresh: { type: "boolean", default: false } },
});
const port = readEnv().PORT;
const url = databaseUrl();
const bin = (name: string) => path.resolve("node_modules/.bin", name);

function run(step: string, command: string, args: string[]): void {
  console.log(`\n▶ ${step}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (result.status !== 0) {
    console.error(`✖ ${step} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

await prepareDatabase(url, { fresh: opts.fresh });
run(`migrate ${databaseLabel(url)}`, bin("prisma"), ["migrate", "deploy"]);

const prisma = createPrismaClient(url, { fileMustExist: true });
const n = await prisma.article.count();
await prisma.$disconnect();
if (n === 0) run("seed the sample content (content/articles)", bin("tsx"), ["scripts/seed.ts", "content/articles"]);
else console.log(`\n✓ the database holds ${n} article(s); not seeding`);

if (opts.build || !existsSync(".next/BUILD_ID")) run("build (next build)", bin("next"), ["build"]);
else console.log("✓ using the existing production build (npm run build rebuilds it)");

console.log(`\n▶ serving on http://localhost:${port}`);
const server = spawn(bin("tsx"), ["scripts/serve.ts", "--port", String(port)], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url, PORT: String(port) },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
