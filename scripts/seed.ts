// npm run seed -- [--dry-run] [--json] [--title T] [--published DATE] <files or folders>...
//
// Seeds articles: parse -> extract -> store, each file in its own savepoint. Prints a
// line per file and a summary; with --json, prints the fact contract on stdout and all
// else on stderr. Exit status 0 only when every file went in.
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { databaseUrl } from "@/lib/db/url";
import { databaseProblem } from "@/lib/db/status";
import { seedArticles, type FileOutcome } from "@/lib/ingest";


const USAGE = `usage: npm run seed -- [--dry-run] [--json] [--title TITLE] [--published YYYY-MM-DD] <files or folders>...

  --dry-run          check and extract, write nothing
  --json             print what would be stored (the fact contract) on stdout
  --title TITLE      the article's title (one file only; for plain text without a heading)
  --published DATE   the article's publication date (one file only)
Formats: .md/.markdown (YAML front matter), .txt, .html/.htm, .json. DATABASE_URL picks the database.`;

/** Runs the seed command on `args` (as after `npm run seed --`); resolves to the exit status. */
export async function runSeed(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        title: { type: "string" },
        published: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (err) {
    console.error(`seed: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values: opts, positionals: inputs } = parsed;
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (inputs.length === 0) {
    console.error(`seed: no files or folders given\n${USAGE}`);
    return 2;
  }
  if ((opts.title !== undefined || opts.published !== undefined) && inputs.length !== 1) {
    console.error("seed: --title and --published apply to one article: give exactly one file");
    return 2;
  }

  const out = lineWriter(process.stdout);
  const err = lineWriter(process.stderr);
  // Human lines go to stdout unless stdout carries the JSON.
  const say = opts.json ? err : out;
  const dryRun = opts["dry-run"];

  let database: string | undefined;
  if (!dryRun) {
    const url = databaseUrl();
    const problem = await databaseProblem(url);
    if (problem) {
      console.error(`seed: ${problem}`);
      return 1;
    }
    database = url;
  }

  const started = Date.now();
  let lastProgress = started;
  {
    const { report, outcomes, seconds } = await seedArticles(inputs, {
      database,
      overrides: { title: opts.title, published: opts.published },
      keepArticles: opts.json,
      // Extracting takes about twice as long as writing: two workers keep the writes fed
      // (the threads share the cores; one worker when there is one core). Starting a
      // worker costs about a second, more than a few files take to extract here.
      extractWorkers: Math.min(2, availableParallelism()),
      workersFromFiles: 50,
      checkOnWorker: true,
      onFile(outcome, done, total) {
        say(describe(outcome, dryRun));
        if (total > 20 && Date.now() - lastProgress > 1_000) {
          lastProgress = Date.now();
          err(`… ${done}/${total} files`);
        }
      },
    });
    if (opts.json) out(JSON.stringify(report, null, 2));
    say(summary(outcomes, dryRun, Date.now() - started));
    err(`phases: extract and store ${seconds.store.toFixed(1)}s, cross-source checks ${seconds.checks.toFixed(1)}s`);
    return outcomes.some((o) => o.status === "failed") || outcomes.length === 0 ? 1 : 0;
  }
}

/**
 * Writes lines to `stream` until its reader goes away (`npm run seed -- d | head -1`):
 * then the lines stop and the seed goes on, with its exit status as usual.
 */
function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let open = true;
  stream.on("error", () => {
    open = false;
  });
  return (line) => {
    if (open) stream.write(`${line}\n`);
  };
}

function describe(outcome: FileOutcome, dryRun: boolean): string {
  if (outcome.status === "failed") return `failed     ${outcome.source}: ${outcome.message}`;
  const verb = dryRun ? "checked" : outcome.status;
  const skipped = outcome.skipped.map((s) => `\n           skipped a fact: ${s}`).join("");
  const dropped = outcome.droppedCitations.length;
  const gone = dropped > 0 ? `, ${dropped} ${dropped === 1 ? "citation" : "citations"} dropped (quote no longer in the text)` : "";
  const was = outcome.previousSource ? ` (was ${outcome.previousSource})` : "";
  return `${verb.padEnd(10)} ${outcome.source} -> /articles/${outcome.slug}${was} (${outcome.facts} facts)${gone}${skipped}`;
}

function summary(outcomes: FileOutcome[], dryRun: boolean, ms: number): string {
  if (outcomes.length === 0) return "no article files found (supported: .md, .markdown, .txt, .html, .htm, .json)";
  const count = (status: FileOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  const parts = dryRun
    ? [`${count("checked")} checked`]
    : [`${count("stored")} stored`, `${count("updated")} updated`, ...(count("replaced") ? [`${count("replaced")} replaced`] : []), `${count("unchanged")} unchanged`];
  parts.push(`${count("failed")} failed`);
  return `${dryRun ? "dry run: " : ""}${parts.join(", ")} in ${(ms / 1000).toFixed(1)}s`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runSeed(process.argv.slice(2)).then(
    (code) => {
      // exitCode, not exit(): let stdout drain before the process ends.
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`seed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      process.exitCode = 1;
    },
  );
}
