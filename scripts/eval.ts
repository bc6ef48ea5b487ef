// Scores the extractor against the evaluation set: seeds eval/articles and the shared
// sample article with --dry-run --json, pipes that into ../shared/tools/score-facts.mjs
// with every gold file, prints the scorer's report (its last line is the summary) and
// exits 1 when the summary misses the targets.
//
//   npm run eval [-- -v] [-- --no-fail] [-- --run saved-run.json]
//
// --run scores a saved `seed --dry-run --json` output instead of running the seed command.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { SeedReport } from "@/lib/contract";
import { goldFilesIn, locate, overlaps, readGold, type GoldFile } from "@/eval/gold";

const root = path.resolve(import.meta.dirname, "..");
const sharedGold = path.resolve(root, "../shared/gold/alibaba-ai-push.gold.json");
const scorer = path.resolve(root, "../shared/tools/score-facts.mjs");

/** Lowest acceptable value of each summary field (`max` for counts that must stay at or below). */
const TARGETS: { key: string; min?: number; max?: number }[] = [
  { key: "recall", min: 0.99 },
  { key: "precision", min: 0.98 },
  ...["metric", "basis", "subject", "change", "qualifier", "per"].map((key) => ({ key, min: 0.95 })),
  { key: "tickers", min: 1 },
  { key: "bad_cites", max: 0 },
  { key: "boilerplate", max: 0 },
  { key: "missing_articles", max: 0 },
];

interface Options {
  verbose: boolean;
  fail: boolean;
  runFile: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { verbose: false, fail: true, runFile: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "-v" || arg === "--verbose") options.verbose = true;
    else if (arg === "--no-fail") options.fail = false;
    else if (arg === "--run" && argv[i + 1]) options.runFile = path.resolve(process.cwd(), argv[++i] ?? "");
    else {
      console.error(`eval: unknown argument ${arg}\nusage: npm run eval [-- -v] [-- --no-fail] [-- --run RUN.json]`);
      process.exit(2);
    }
  }
  return options;
}

function seedOutput(): string {
  const seed = spawnSync(
    "npm",
    ["run", "--silent", "seed", "--", "--dry-run", "--json", "eval/articles", "../shared/articles/alibaba-ai-push.md"],
    { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] },
  );
  if (seed.error) throw seed.error;
  if (!seed.stdout.includes("{")) {
    process.stderr.write(seed.stderr);
    console.error(`eval: the seed command printed no JSON (exit ${seed.status})`);
    process.exit(2);
  }
  if (seed.status !== 0) console.error(`eval: note: the seed command exited ${seed.status}`);
  return seed.stdout;
}

function parseRun(raw: string): SeedReport {
  const start = raw.indexOf("{");
  return JSON.parse(raw.slice(start)) as SeedReport;
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Checks the scorer does not make: digits that are not figures (traps) extracted as
 * facts, and words taken for tickers. Reported, not failed on: a trap extracted
 * already costs precision.
 */
function extraChecks(run: SeedReport, golds: GoldFile[], verbose: boolean): string[] {
  const lines: string[] = [];
  let traps = 0, trapHits = 0, falseTickers = 0;
  for (const gold of golds) {
    const article = run.articles.find((a) => path.basename(a.source) === gold.article);
    if (!article) continue;
    const numeric = article.facts.filter((f) => f.figure !== null);
    for (const trap of gold.traps ?? []) {
      const span = locate(article.text, trap);
      if (!span) continue;
      traps++;
      const hit = numeric.find((f) => f.figure && overlaps(f.figure.span, span));
      if (hit) {
        trapHits++;
        if (verbose) lines.push(`  trap    ${gold.article}: "${trap.find}" in "${trap.near}" taken as ${hit.figure?.value} ${hit.figure?.unit}`);
      }
    }
    const notTickers = new Set((gold.notTickers ?? []).map(norm));
    for (const entity of article.entities) {
      for (const ticker of entity.tickers) {
        if (!notTickers.has(norm(ticker))) continue;
        falseTickers++;
        if (verbose) lines.push(`  ticker  ${gold.article}: "${ticker}" is not a ticker (entity ${entity.name})`);
      }
    }
  }
  for (const e of run.errors ?? []) lines.push(`  error   ${e.source}: ${e.message}`);
  lines.unshift(`extra checks: traps taken as figures ${trapHits}/${traps}, words taken as tickers ${falseTickers}, seed errors ${run.errors?.length ?? 0}`);
  return lines;
}

/** The `key=value` pairs of the scorer's summary line. */
function parseSummary(line: string): Map<string, string> {
  return new Map([...line.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
}

function missedTargets(summary: Map<string, string>): string[] {
  const missed: string[] = [];
  for (const { key, min, max } of TARGETS) {
    const raw = summary.get(key);
    if (raw === undefined) {
      missed.push(`${key} missing from the summary`);
      continue;
    }
    if (raw === "n/a") continue; // no gold figure names this attribute
    const value = Number(raw);
    if (min !== undefined && !(value >= min)) missed.push(`${key} ${raw} < ${min}`);
    if (max !== undefined && !(value <= max)) missed.push(`${key} ${raw} > ${max}`);
  }
  return missed;
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const goldPaths = [...goldFilesIn(path.join(root, "eval/gold")), sharedGold];
  const raw = options.runFile ? readFileSync(options.runFile, "utf8") : seedOutput();

  let run: SeedReport;
  try {
    run = parseRun(raw);
  } catch (e) {
    console.error(`eval: the run output is not valid JSON: ${(e as Error).message}`);
    process.exit(2);
  }
  for (const line of extraChecks(run, goldPaths.map(readGold), options.verbose)) console.log(line);

  const score = spawnSync(
    process.execPath,
    [scorer, ...goldPaths.flatMap((g) => ["--gold", g]), ...(options.verbose ? ["-v"] : [])],
    { cwd: root, input: raw, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  process.stdout.write(score.stdout);
  process.stderr.write(score.stderr);
  if (score.status !== 0) {
    console.error(`eval: the scorer failed (exit ${score.status})`);
    process.exit(2);
  }

  const lines = score.stdout.trimEnd().split("\n");
  const missed = missedTargets(parseSummary(lines.at(-1) ?? ""));
  if (missed.length === 0) return;
  console.error(`eval: below target: ${missed.join("; ")}`);
  if (options.fail) process.exit(1);
}

main();
