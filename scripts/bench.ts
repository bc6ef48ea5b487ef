// npm run bench -- [--articles 10000] [--duration 10] [--seed 20261129] [--port 3400] [--build] [--keep] [--seed-only]
//                   [--client wrk|autocannon] [--database sqlite|postgres|postgresql://…]
// npm run bench -- --incremental [--base 10000] [--added 500] [--database sqlite|postgres] …: what
//                   adding articles to a large store costs against an empty one (scripts/bench/incremental.ts)
//
// End-to-end benchmark (prints figures; not a test): writes a synthetic corpus of financial
// news in the seed command's input formats, seeds it into a fresh database with the
// real CLI (wall time, peak RSS, database size), serves the production build on that
// database and loads, on localhost only, the home page, article pages, company pages, a
// search and a static asset: throughput at 50 connections and latency at 1 connection, with
// wrk when it is installed, else autocannon (which, on 2 cores, limits what it can measure).
// Then what a browser sends: a reader's session recorded with Playwright in Chromium (home,
// its prefetches, a click on an article, on a company, a search; scripts/bench/session.ts),
// replayed as a whole (`session`) and spread over the pages (`prefetch`/`navigation` rows
// for articles and companies: the router headers Chromium sent). Every row's first visits
// come before any load. Article, company, prefetch and navigation rows are compared with a
// static file in paired loads (see measurePage). Each row logs the share of its requests the server rendered during
// the load (it says so with --log-renders).
// Everything goes to stderr but the last stdout line: one JSON object with the figures.
// --seed-only stops after the seed (no build, no server): the JSON then has no "pages".
// Work files go to a fresh folder under /tmp (kept with --keep). The server is always stopped.
// --database: SQLite (a file in the work folder) by default; `postgres` is a database of the
// bench's own on the server TEST_POSTGRES_URL names, `postgresql://…` one on that URL's server
// (the role must be allowed CREATEDB): created empty, seeded and served through PostgreSQL,
// and dropped at the end (kept with --keep). The JSON has the same keys on either engine.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { databaseTarget, redacted } from "@/lib/db/engine";
import { openSqlite } from "@/lib/db/sqlite";
import { z } from "zod";
import { writeCorpus } from "./bench/corpus";
import { percentile } from "./bench/percentile";
import { killGroup, peakRssMib, runMeasured } from "./bench/processes";
import { spread, wrkScript, type ReplayRequest } from "./bench/replay";
import { benchIncremental } from "./bench/incremental";
import { recordSession, type RecordedRequest } from "./bench/session";

// Its own options and figures: nothing below runs.
if (process.argv.includes("--incremental")) {
  await benchIncremental(process.argv.slice(2));
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    duration: { type: "string", default: "10" },
    seed: { type: "string", default: "20261129" },
    port: { type: "string", default: "3400" },
    words: { type: "string", default: "600" },
    companies: { type: "string", default: "300" },
    build: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "seed-only": { type: "boolean", default: false },
    client: { type: "string" },
    database: { type: "string", default: "sqlite" },
  },
});
const options = {
  articles: z.coerce.number().int().min(1).max(1_000_000).parse(values.articles),
  duration: z.coerce.number().positive().max(600).parse(values.duration),
  seed: z.coerce.number().int().parse(values.seed),
  port: z.coerce.number().int().min(1024).max(65535).parse(values.port),
  words: z.coerce.number().int().min(50).max(20_000).parse(values.words),
  companies: z.coerce.number().int().min(3).max(5_000).parse(values.companies),
};
const THROUGHPUT_CONNECTIONS = 50;
/** Loads of a row compared with the static file, each between two of the static file's. */
const PAIRED_LOADS = 3;
const execFileAsync = promisify(execFile);
const client = z.enum(["wrk", "autocannon"]).optional().parse(values.client);

/** The PostgreSQL server --database names (a URL whose database the bench only connects to), or undefined for SQLite. */
function postgresServer(choice: string): string | undefined {
  if (choice === "sqlite") return undefined;
  if (choice === "postgres") {
    const url = process.env.TEST_POSTGRES_URL?.trim();
    if (!url) throw new Error("--database postgres: TEST_POSTGRES_URL is unset; set it to a server's URL (postgresql://user@host:port/postgres) or pass --database postgresql://…");
    return databaseTarget(url).url;
  }
  if (/^postgres(?:ql)?:\/\//.test(choice)) return databaseTarget(choice).url;
  throw new Error(`--database must be sqlite, postgres (the server TEST_POSTGRES_URL names) or a postgresql:// URL; got "${choice}"`);
}
const pgServer = (() => {
  try {
    return postgresServer(values.database!);
  } catch (err) {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
})();
/** wrk when installed (Debian: apt-get install wrk) unless --client autocannon. */
const wrkPath = client === "autocannon" ? undefined : ["/usr/bin/wrk", "/usr/local/bin/wrk"].find((p) => existsSync(p));
if (client === "wrk" && !wrkPath) throw new Error("--client wrk: wrk is not installed (apt-get install wrk)");
const log = (line: string) => console.error(line);
const bin = (name: string) => path.resolve("node_modules/.bin", name);
const base = `http://127.0.0.1:${options.port}`;

let server: ChildProcess | undefined;
/** What the server rendered (its --log-renders lines), in order. */
const rendered: string[] = [];
let workDir: string | undefined;
/** The PostgreSQL database the bench created, dropped by cleanUp (unless --keep). */
let pgDatabase: { name: string; url: string } | undefined;

/** A query on the server's maintenance database (the one --database's URL names). */
async function onPgServer(sql: string): Promise<void> {
  const connection = new pg.Client({ connectionString: pgServer });
  await connection.connect();
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

let cleaning: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    if (server) killGroup(server);
    if (workDir && !values.keep) rmSync(workDir, { recursive: true, force: true });
    if (pgDatabase && !values.keep) {
      // FORCE: the server may not have closed its connections yet.
      await onPgServer(`DROP DATABASE IF EXISTS "${pgDatabase.name}" WITH (FORCE)`).catch((err: unknown) => log(`bench: could not drop ${pgDatabase!.name}: ${String(err)}`));
    } else if (pgDatabase) log(`bench: kept the database ${redacted(pgDatabase.url)}`);
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`bench: ${signal}; stopping the server`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

// ---------------------------------------------------------------- corpus and seed

function makeCorpus(dir: string): void {
  const started = performance.now();
  const { files, bytes } = writeCorpus(dir, options);
  const byFormat = new Map<string, number>();
  for (const f of files) byFormat.set(f.format, (byFormat.get(f.format) ?? 0) + 1);
  const formats = [...byFormat].map(([format, n]) => `${n} .${format}`);
  log(`corpus: ${files.length} articles (${formats.join(", ")}), ${(bytes / 1e6).toFixed(1)} MB, ${options.companies} companies, in ${((performance.now() - started) / 1000).toFixed(1)}s -> ${dir}`);
}

/** What the load needs from the seeded database: counts, the pages to rotate over, its size. */
interface Stored {
  counts: { articles: number; facts: number; entities: number; flags: number };
  /** The most mentioned tickers first. */
  tickers: string[];
  slugs: string[];
  bytes: number;
}

const TOP_TICKERS = (q: (name: string) => string) =>
  `SELECT t.symbol FROM ${q("Ticker")} t JOIN ${q("Entity")} e ON e.id = t.${q("entityId")} GROUP BY t.symbol ORDER BY COUNT(DISTINCT e.${q("articleId")}) DESC, t.symbol LIMIT 100`;

function readSqlite(dbFile: string): Stored {
  const sqlite = openSqlite(dbFile, { readonly: true, fileMustExist: true });
  const count = (table: string) => (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  const counts = { articles: count("Article"), facts: count("Fact"), entities: count("Entity"), flags: count("Flag") };
  const tickers = (sqlite.prepare(TOP_TICKERS((name) => `"${name}"`)).all() as { symbol: string }[]).map((r) => r.symbol);
  const slugs = (sqlite.prepare(`SELECT slug FROM Article ORDER BY id`).all() as { slug: string }[]).map((r) => r.slug);
  sqlite.close();
  const bytes = ["", "-wal"].reduce((sum, suffix) => sum + (existsSync(dbFile + suffix) ? statSync(dbFile + suffix).size : 0), 0);
  return { counts, tickers, slugs, bytes };
}

async function readPostgres(url: string): Promise<Stored> {
  const connection = new pg.Client({ connectionString: url });
  await connection.connect();
  try {
    const count = async (table: string) => Number((await connection.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]!.n);
    const counts = { articles: await count("Article"), facts: await count("Fact"), entities: await count("Entity"), flags: await count("Flag") };
    const tickers = (await connection.query<{ symbol: string }>(TOP_TICKERS((name) => `"${name}"`))).rows.map((r) => r.symbol);
    const slugs = (await connection.query<{ slug: string }>(`SELECT slug FROM "Article" ORDER BY id`)).rows.map((r) => r.slug);
    // Tables, indexes and TOAST: what the database takes on disk.
    const bytes = Number((await connection.query<{ bytes: string }>(`SELECT pg_database_size(current_database()) AS bytes`)).rows[0]!.bytes);
    return { counts, tickers, slugs, bytes };
  } finally {
    await connection.end();
  }
}

/** A fresh database for the run: a file in the work folder, or an empty PostgreSQL database of the bench's own. */
async function createDatabase(dir: string): Promise<string> {
  if (!pgServer) return `file:${path.join(dir, "bench.db")}`;
  const name = `briefing_bench_${process.pid}_${randomUUID().slice(0, 8)}`;
  const url = new URL(pgServer);
  url.pathname = `/${name}`;
  await onPgServer(`CREATE DATABASE "${name}"`);
  pgDatabase = { name, url: url.toString() };
  return pgDatabase.url;
}

async function seed(databaseUrl: string, corpusDir: string) {
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const migrate = await runMeasured(bin("prisma"), ["migrate", "deploy"], env);
  if (migrate.code !== 0) throw new Error(`prisma migrate deploy failed:\n${migrate.stdout}${migrate.stderr}`);
  log(`seed: tsx scripts/seed.ts ${corpusDir} (DATABASE_URL=${redacted(databaseUrl)})`);
  let failed = 0;
  const result = await runMeasured(bin("tsx"), ["scripts/seed.ts", corpusDir], env, (line) => {
    if (line.startsWith("failed")) {
      failed++;
      if (failed <= 5) log(`  ${line}`);
    }
  });
  // The seed's own output, for a look after a failure (kept with --keep).
  writeFileSync(path.join(workDir!, "seed.log"), `${result.stdout}\n--- stderr\n${result.stderr}`);
  const summary = result.stdout.trim().split("\n").at(-1) ?? "";
  log(`seed: ${summary} (exit ${result.code}, ${failed} failed)`);
  const phases = result.stderr.split("\n").find((l) => l.startsWith("phases: "));
  if (phases) log(`seed: ${phases}`);
  if (result.code !== 0) {
    // Articles are stored one transaction each before the cross-source pass, so a late
    // crash still leaves them in: say so loudly and go on measuring what was stored.
    const reason = result.stderr.split("\n").filter((l) => /error|invalid|too many|seed:/i.test(l)).slice(-4).join(" | ");
    log(`seed: FAILED (exit ${result.code}): ${reason || result.stderr.slice(-500)}`);
  }

  // The most mentioned tickers and a spread of slugs: the pages the load rotates over.
  const target = databaseTarget(databaseUrl);
  const { counts: stored, tickers, slugs, bytes } = target.engine === "sqlite" ? readSqlite(target.file) : await readPostgres(target.url);
  log(`seed: stored ${stored.articles} articles, ${stored.facts} facts (${(stored.facts / Math.max(1, stored.articles)).toFixed(1)}/article), ${stored.entities} entities, ${stored.flags} flags; ${result.seconds.toFixed(1)}s wall, ${result.cpuSeconds.toFixed(1)}s CPU (${(stored.articles / result.cpuSeconds).toFixed(1)} articles per CPU-second); peak RSS ${result.peakRssMib.toFixed(0)} MB; db ${(bytes / 1e6).toFixed(1)} MB`);
  const step = Math.max(1, Math.floor(slugs.length / 200));
  return {
    articles: stored.articles,
    articlesPerSecond: stored.articles / result.seconds,
    peakRssMib: result.peakRssMib,
    dbMb: bytes / 1e6,
    tickers,
    slugs: slugs.filter((_, i) => i % step === 0).slice(0, 200),
  };
}

// ---------------------------------------------------------------- server

async function isListening(): Promise<boolean> {
  try {
    await fetch(base, { signal: AbortSignal.timeout(1_000) });
    return true;
  } catch {
    return false;
  }
}

async function startServer(databaseUrl: string): Promise<ChildProcess> {
  if (await isListening()) throw new Error(`something already listens on port ${options.port}: pick another with --port`);
  if (values.build || !existsSync(".next/BUILD_ID")) {
    log("build: next build (no production build yet, or --build)");
    const build = await runMeasured(bin("next"), ["build"], process.env, (line) => log(`  ${line}`));
    if (build.code !== 0 && /Another next build process is already running/.test(build.stderr)) {
      // .next is shared: someone else is building; use their build once it is written.
      log("build: another next build is running; waiting up to 5 min for its .next/BUILD_ID");
      const deadline = Date.now() + 300_000;
      while (!existsSync(".next/BUILD_ID") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2_000));
      if (!existsSync(".next/BUILD_ID")) throw new Error("the other next build did not finish within 5 min");
    } else if (build.code !== 0) throw new Error(`next build failed:\n${build.stderr.slice(-3000)}`);
  } else {
    log("build: using the existing .next production build (--build rebuilds)");
  }
  // Detached: its own process group, so the whole tree is stopped at the end.
  const child = spawn(bin("tsx"), ["scripts/serve.ts", "--port", String(options.port), "--hostname", "127.0.0.1", "--log-renders"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(options.port), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  server = child; // stopped by cleanUp() even when it never answers
  let partial = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    const lines = (partial + chunk).split("\n");
    partial = lines.pop()!;
    for (const line of lines) {
      // Counted, not logged: one line per render (serve.ts --log-renders).
      if (line.startsWith("serve: render ")) rendered.push(line.slice("serve: render ".length));
      else log(`  server: ${line}`);
    }
  });
  // Generous: on a busy machine the first render of a large home page takes seconds.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/`, { signal: AbortSignal.timeout(60_000) });
      await response.arrayBuffer();
      if (response.ok) return child;
    } catch {
      // Not up yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("the server did not answer within 180s");
}

// ---------------------------------------------------------------- load

interface PageFigures {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  errors: number;
  c1_p50_ms: number;
  c1_p99_ms: number;
  c1_mean_ms: number;
  /** Of the requests sent during both loads, the share the server rendered (0: all from memory). */
  render_share: number;
  renders: number;
  requests: number;
  /** The median over PAIRED_LOADS loads of this row, each against the static file loaded just before and after it. */
  rps_vs_static?: number;
  p99_vs_static?: number;
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  timeouts: number;
  /** Requests answered. */
  requests: number;
}

/** What every browser sends; the server keeps pages compressed. */
const ACCEPT_ENCODING = "gzip, deflate, br";

/**
 * A bounded wrk run sending `requests` in turn. wrk (C, one thread here) costs the machine
 * far less per request than autocannon, so it measures the server rather than the client:
 * autocannon rebuilds each request in JavaScript when the path changes, which halves what
 * it can send over rotating paths on 2 cores.
 */
async function loadWithWrk(requests: ReplayRequest[], connections: number, seconds: number): Promise<LoadResult> {
  const script = path.join(workDir!, "replay.lua");
  writeFileSync(script, wrkScript(requests, ACCEPT_ENCODING));
  const run = await execFileAsync(wrkPath!, ["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "-s", script, base], { maxBuffer: 16 << 20 });
  const line = run.stdout.split("\n").find((l) => l.startsWith("WRK_JSON "));
  if (!line) throw new Error(`wrk printed no figures: ${run.stderr || run.stdout}`);
  const r = z
    .object({ requests: z.number(), duration_us: z.number(), errors: z.number(), timeouts: z.number(), p50_us: z.number(), p99_us: z.number(), mean_us: z.number() })
    .parse(JSON.parse(line.slice("WRK_JSON ".length)));
  // wrk counts non-2xx/3xx answers under errors.status; none of these requests redirects.
  return {
    rps: (r.requests - r.errors) / (r.duration_us / 1e6),
    p50: r.p50_us / 1000,
    p99: r.p99_us / 1000,
    mean: r.mean_us / 1000,
    errors: r.errors + r.timeouts,
    timeouts: r.timeouts,
    requests: r.requests,
  };
}

/** The same run with autocannon (npm), for machines without wrk; latencies from its response events. */
async function loadWithAutocannon(requests: ReplayRequest[], connections: number, seconds: number): Promise<LoadResult> {
  let next = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    timeout: 10,
    headers: { "accept-encoding": ACCEPT_ENCODING },
    requests: [
      {
        setupRequest: (request) => {
          const r = requests[next++ % requests.length]!;
          return { ...request, method: r.method, path: r.path, headers: { ...request.headers, ...r.headers } };
        },
      },
    ],
  });
  const latencies: number[] = [];
  instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const unanswered = result.requests.sent - latencies.length;
  if (unanswered > 0) log(`  (${unanswered} request(s) @${connections} still unanswered when the ${seconds}s run stopped)`);
  return {
    rps: result["2xx"] / result.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    errors: result.non2xx + result.errors, // autocannon counts timeouts among errors too
    timeouts: result.timeouts,
    requests: latencies.length,
  };
}

function load(requests: ReplayRequest[], connections: number, seconds = options.duration): Promise<LoadResult> {
  return wrkPath ? loadWithWrk(requests, connections, seconds) : loadWithAutocannon(requests, connections, seconds);
}

const plain = (paths: string[]): ReplayRequest[] => paths.map((p) => ({ method: "GET", path: p, headers: {} }));

let staticAsset = "/";

/** Waits (at most 120s) until the server answers a static asset in under 50 ms again. */
async function drain(): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 120_000) {
    const t = performance.now();
    try {
      await (await fetch(base + staticAsset, { signal: AbortSignal.timeout(120_000) })).arrayBuffer();
    } catch {
      // Counted by the load run, not here.
    }
    if (performance.now() - t < 50) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const waited = (Date.now() - started) / 1000;
  if (waited > 1) log(`  (the server took ${waited.toFixed(1)}s to work off the requests still queued)`);
}

/**
 * The first request to each path renders it (and loads the route's code); the server keeps
 * the answer until the next seed. Returns how long each took, sorted.
 */
async function firstVisits(name: string, requests: ReplayRequest[]): Promise<number[]> {
  const took: number[] = [];
  for (const r of requests) {
    const started = performance.now();
    const response = await fetch(base + r.path, { method: r.method, headers: r.headers, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) log(`  (${name}: ${r.method} ${r.path} answered ${response.status})`);
    took.push(performance.now() - started);
  }
  return took.sort((a, b) => a - b);
}

/**
 * Loads `requests`, kept answers already (`visited`: their first visits' times, from
 * firstVisits). `beside`: a static file, the row's reference. On a machine others share, the
 * load on it drifts within a run (one static file gave 13,579 and 17,611 req/s minutes apart),
 * so a row beside the static file is loaded in PAIRED_LOADS short loads, each between two
 * loads of the static file (S R S R S R S); its ratios are the median of each load's ratio to
 * the mean of the static loads either side of it, and its figures the median load's.
 */
async function measurePage(name: string, requests: ReplayRequest[], visited: number[], beside?: ReplayRequest[]): Promise<PageFigures> {
  // Latency first, on an idle server; then throughput, then wait out the backlog the 50
  // connections leave (renders still queued when the run stops) so the next page starts idle.
  const renderedBefore = rendered.length;
  const one = await load(requests, 1);
  let many: LoadResult;
  let vsStatic: { rps_vs_static: number; p99_vs_static: number } | undefined;
  let rowRequests = 0;
  if (beside) {
    const pairDuration = Math.max(1, options.duration / 2);
    let previous = await load(beside, THROUGHPUT_CONNECTIONS, pairDuration);
    const pairs: { row: LoadResult; rps: number; p99: number }[] = [];
    for (let i = 0; i < PAIRED_LOADS; i++) {
      const row = await load(requests, THROUGHPUT_CONNECTIONS, pairDuration);
      const next = await load(beside, THROUGHPUT_CONNECTIONS, pairDuration);
      pairs.push({ row, rps: row.rps / ((previous.rps + next.rps) / 2), p99: row.p99 / ((previous.p99 + next.p99) / 2) });
      rowRequests += row.requests;
      previous = next;
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    vsStatic = { rps_vs_static: round(median(pairs.map((p) => p.rps)), 2), p99_vs_static: round(median(pairs.map((p) => p.p99)), 2) };
    const rates = pairs.map((p) => p.row.rps);
    many = pairs.find((p) => p.row.rps === median(rates))!.row;
    log(`  ${name}: ${PAIRED_LOADS} loads of ${pairDuration}s, each between two of the static file: req/s ratios ${pairs.map((p) => p.rps.toFixed(2)).join(", ")}; p99 ratios ${pairs.map((p) => p.p99.toFixed(2)).join(", ")}`);
  } else {
    many = await load(requests, THROUGHPUT_CONNECTIONS);
    rowRequests = many.requests;
  }
  const renders = rendered.slice(renderedBefore);
  await drain();
  const sent = one.requests + rowRequests;
  const figures = {
    rps: round(many.rps),
    p50_ms: round(many.p50, 2),
    p99_ms: round(many.p99, 2),
    errors: many.errors + one.errors,
    c1_p50_ms: round(one.p50, 2),
    c1_p99_ms: round(one.p99, 2),
    c1_mean_ms: round(one.mean, 3),
    // Renders begun during the loads over requests answered: capped, as a run that stops
    // with renders still under way has begun more than it answered.
    render_share: round(Math.min(1, renders.length / Math.max(1, sent)), 4),
    renders: renders.length,
    requests: sent,
    ...vsStatic,
  };
  const example = requests[0]!;
  log(`load ${name.padEnd(18)} ${String(figures.rps).padStart(8)} rps @${THROUGHPUT_CONNECTIONS}  p50 ${figures.p50_ms} ms  p99 ${figures.p99_ms} ms | @1 p50 ${figures.c1_p50_ms} ms  p99 ${figures.c1_p99_ms} ms | errors ${figures.errors} (timeouts ${many.timeouts + one.timeouts}) | first visit p50 ${round(percentile(visited, 50))} ms, max ${round(visited.at(-1)!)} ms | ${requests.length} request(s), e.g. ${example.path}${Object.keys(example.headers).length ? ` with ${Object.keys(example.headers).join(", ")}` : ""}`);
  if (figures.rps_vs_static !== undefined) log(`  beside the static file (median of ${PAIRED_LOADS} paired loads): ${figures.rps_vs_static}x its req/s, p99 ${figures.p99_vs_static}x`);
  log(`  renders during the load: ${renders.length} of ${sent} requests (${(100 * figures.render_share).toFixed(2)}%)${renders.length ? `, e.g. ${[...new Set(renders)].slice(0, 3).join(" | ")}` : ""}`);
  return figures;
}

/** The JavaScript a first visit to `route` downloads: the /_next/static scripts its HTML names. */
async function firstLoadJs(route: string): Promise<{ files: number; kb: number; gzipKb: number }> {
  const html = await (await fetch(base + route)).text();
  const scripts = [...new Set([...html.matchAll(/["'](\/_next\/static\/[^"']+?\.js)["']/g)].map((m) => m[1]!))];
  let raw = 0;
  let gzip = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(base + src)).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { files: scripts.length, kb: raw / 1024, gzipKb: gzip / 1024 };
}

/** Bytes on the wire, as the load's client asks for them. */
function wireBytes(route: string): Promise<number> {
  // node:http, not fetch: fetch decompresses.
  return new Promise((resolve, reject) => {
    http
      .get(base + route, { headers: { "accept-encoding": "gzip, deflate, br" } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve(bytes));
      })
      .on("error", reject);
  });
}

/**
 * For the log: the build file nearest the article pages' median size on the wire, loaded
 * the same way, shows what a static file of that size gets on this machine and client.
 */
async function compareWithNearestStaticFile(articles: string[], figures: PageFigures): Promise<void> {
  const sizes = await Promise.all(articles.slice(0, 20).map(wireBytes));
  const median = sizes.sort((a, b) => a - b)[Math.floor(sizes.length / 2)]!;
  const home = await (await fetch(`${base}/`)).text();
  const files = [...new Set([...home.matchAll(/["'](\/_next\/static\/[^"']+?\.(?:js|css))["']/g)].map((m) => m[1]!))];
  const withSizes = await Promise.all(files.map(async (file) => ({ file, bytes: await wireBytes(file) })));
  const nearest = withSizes.sort((a, b) => Math.abs(a.bytes - median) - Math.abs(b.bytes - median))[0];
  if (!nearest) return;
  const file = plain([nearest.file]);
  const same = await measurePage("static~", file, await firstVisits("static~", file));
  log(`article pages: ${(median / 1024).toFixed(1)} kB on the wire (median); a ${(nearest.bytes / 1024).toFixed(1)} kB build file: ${same.rps} rps, p99 ${same.p99_ms} ms; article ${figures.rps} rps = ${(figures.rps / same.rps).toFixed(2)}x of it`);
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  workDir = mkdtempSync(path.join(tmpdir(), "bench-"));
  const corpusDir = path.join(workDir, "corpus");
  const databaseUrl = await createDatabase(workDir);
  log(`bench: ${options.articles} articles, ${options.duration}s per load, seed ${options.seed}, port ${options.port}, load client ${wrkPath ? `wrk (${wrkPath})` : "autocannon"}, database ${redacted(databaseUrl)}, work dir ${workDir}`);
  makeCorpus(corpusDir);
  const seeded = await seed(databaseUrl, corpusDir);
  if (values["seed-only"]) {
    process.stdout.write(
      JSON.stringify({ articles: seeded.articles, seed_articles_per_s: round(seeded.articlesPerSecond), seed_peak_rss_mb: round(seeded.peakRssMib), db_mb: round(seeded.dbMb) }) + "\n",
    );
    return;
  }
  if (seeded.slugs.length === 0 || seeded.tickers.length === 0) throw new Error("nothing was stored: no pages to load");

  await startServer(databaseUrl);
  if (!server) throw new Error("no server");
  log(`server: scripts/serve.ts on ${base} (pid ${server.pid})`);
  const home = await (await fetch(`${base}/`)).text();
  const asset = /["'](\/_next\/static\/[^"']+?\.js)["']/.exec(home)?.[1];
  if (!asset) throw new Error("the home page names no /_next/static script");
  staticAsset = asset;

  const words = ["revenue", "guidance", "buybacks", "margin", "dividend", "consensus estimate", "capital expenditures", "premium"];
  const targets: Record<string, string[]> = {
    home: ["/"],
    article: seeded.slugs.map((s) => `/articles/${encodeURIComponent(s)}`),
    company: seeded.tickers.map((t) => `/companies/${encodeURIComponent(t)}`),
    search: words.map((w) => `/search?q=${encodeURIComponent(w)}`),
    static: [asset],
  };
  const pages: Record<string, PageFigures> = {};
  const staticFile = plain([asset]);
  const rows: { name: string; requests: ReplayRequest[]; beside?: ReplayRequest[] }[] = Object.entries(targets).map(([name, paths]) => ({
    name,
    requests: plain(paths),
    beside: name === "article" || name === "company" ? staticFile : undefined,
  }));

  // What a browser sends: one reader's session, recorded in Chromium on these pages.
  const session = await recordSession({ base, query: words[0]! });
  const byKind = new Map<string, number>();
  for (const r of session) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
  log(`session: recorded ${session.length} requests in Chromium (${[...byKind].map(([kind, n]) => `${n} ${kind}`).join(", ")})`);
  for (const r of session) log(`  ${r.step.padEnd(7)} ${r.kind.padEnd(10)} ${r.method} ${r.path}${Object.keys(r.headers).length ? ` ${JSON.stringify(r.headers)}` : ""}`);
  const browserRows: Record<string, ReplayRequest[]> = {
    "prefetch article": spread(session, "prefetch", "/articles/", targets.article!),
    "prefetch company": spread(session, "prefetch", "/companies/", targets.company!),
    "navigation article": spread(session, "navigation", "/articles/", targets.article!),
    "navigation company": spread(session, "navigation", "/companies/", targets.company!),
  };
  for (const [name, requests] of Object.entries(browserRows)) rows.push({ name, requests, beside: staticFile });
  const replay = session.map(({ method, path: target, headers }: RecordedRequest) => ({ method, path: target, headers }));
  rows.push({ name: "session", requests: replay });

  // Every row's first visits before any load: a row loaded just after its own hundreds of
  // renders shares its load with their garbage collection (--trace-gc: the heap at 120-150 MB
  // after 200 article renders, a 30-37 ms mark-compact in the next load), which the static
  // file loaded beside it does not.
  const visited = new Map<string, number[]>();
  for (const row of rows) visited.set(row.name, await firstVisits(row.name, row.requests));
  await drain();
  for (const row of rows) pages[row.name] = await measurePage(row.name, row.requests, visited.get(row.name)!, row.beside);
  const sessionRow = pages.session!;
  const sessions = {
    requests_per_session: replay.length,
    sessions_per_s: round(sessionRow.rps / replay.length),
    // At one connection a session's requests follow each other: its time is theirs summed.
    c1_session_ms: round(sessionRow.c1_mean_ms * replay.length, 2),
    p99_ms: sessionRow.p99_ms,
  };
  log(`session: ${sessions.sessions_per_s} complete sessions/s @${THROUGHPUT_CONNECTIONS} (${replay.length} requests each), request p99 ${sessions.p99_ms} ms; one session alone takes ${sessions.c1_session_ms} ms`);
  for (const name of [...Object.keys(browserRows), "article", "company"]) {
    const row = pages[name]!;
    log(`  ${name.padEnd(18)} ${row.rps_vs_static}x the static file's req/s, p99 ${row.p99_vs_static}x (medians of paired loads)`);
  }

  await compareWithNearestStaticFile(targets.article!, pages.article!);

  for (const [name, route] of [["home", "/"], ["article", targets.article![0]!], ["company", targets.company![0]!], ["search", targets.search![0]!]] as const) {
    const js = await firstLoadJs(route);
    log(`first-load JS ${name.padEnd(8)} ${js.files} scripts, ${js.kb.toFixed(0)} kB (${js.gzipKb.toFixed(0)} kB gzip)  ${route}`);
  }
  log(`server: peak RSS ${peakRssMib(server.pid!).toFixed(0)} MB`);

  // null latencies in the JSON: no request of that page completed within the run.
  const result = {
    articles: seeded.articles,
    seed_articles_per_s: round(seeded.articlesPerSecond),
    seed_peak_rss_mb: round(seeded.peakRssMib),
    db_mb: round(seeded.dbMb),
    pages,
    session: sessions,
    // Of every request in the loads above, the share that were renders (must be 0 once warm).
    render_share: round(Math.min(1, Object.values(pages).reduce((n, p) => n + p.renders, 0) / Object.values(pages).reduce((n, p) => n + p.requests, 0)), 4),
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

main()
  .catch((err: unknown) => {
    log(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanUp();
    // The server's stderr pipe and autocannon's sockets must not keep the process alive.
    process.exit();
  });
