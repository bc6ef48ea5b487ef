// Body extraction on saved news pages, scored the article-extraction benchmark's way: each
// page of PATH/html/<id>.html.gz goes through parseArticle as "<id>.html" (the seed's path),
// its body is written to a work folder as <id>.txt (a refused page writes none: an empty
// body), and PATH/score.py scores the folder against PATH/ground-truth.json (4-token
// shingles, every page weighed the same). Prints F1, precision, recall, the pages under 0.5,
// the time per page and pages/s of the extraction alone (the pages are read and unzipped
// first), by the wall clock and by this process's CPU time (which a busy machine inflates
// less); the last stdout line is one JSON object with those figures.
// --readability scores Mozilla Readability alone on the same pages too, and lists the pages
// where the project's F1 is more than 0.3 below Readability's.
//
//   npm run bench:html [-- PATH] [-- --readability] [-- --keep]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import { load } from "cheerio";
import { parseArticle, ParseError } from "@/lib/parse";
import { joinParagraphs } from "@/lib/parse/body";
import { decodeText } from "@/lib/parse/decode";
import { pageLines } from "@/lib/parse/page-lines";
import { readabilityContent } from "@/lib/parse/readability";

const DEFAULT_PATH = "../shared/benchmarks/article-extraction/";
const GOAL = { f1: 0.96, minPageF1: 0.2, pagesPerSecond: 20, maxBelowReadability: 0.3 };
const LOW_PAGE_F1 = 0.5;
const USAGE = "usage: npm run bench:html [-- PATH] [-- --readability] [-- --keep]";

const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { readability: { type: "boolean", default: false }, keep: { type: "boolean", default: false } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();
if (positionals.length > 1) fail(`one PATH at most\n${USAGE}`);
const root = path.resolve(positionals[0] ?? DEFAULT_PATH);
const truthPath = path.join(root, "ground-truth.json");
const scorerPath = path.join(root, "score.py");
const pagesDir = path.join(root, "html");
for (const needed of [truthPath, scorerPath, pagesDir]) if (!existsSync(needed)) fail(`${needed}: missing (PATH must be the benchmark folder)\n${USAGE}`);

const GroundTruth = z.record(z.string(), z.object({ articleBody: z.string() }));
const truth = GroundTruth.safeParse(readJson(truthPath));
if (!truth.success) fail(`${truthPath}: not {id: {articleBody}}: ${truth.error.issues[0]?.message}`);
const ids = Object.keys(truth.data).sort();
const pages = ids.map((id) => {
  const file = path.join(pagesDir, `${id}.html.gz`);
  if (!existsSync(file)) fail(`${file}: missing (the ground truth names it)`);
  try {
    return { id, bytes: gunzipSync(readFileSync(file)) };
  } catch (error) {
    return fail(`${file}: not a gzipped page (${(error as Error).message})`);
  }
});

const PerPage = z.object({ id: z.string(), f1: z.coerce.number() });
const Summary = z.record(z.string(), z.object({ f1: z.number(), precision: z.number(), recall: z.number(), empty_predictions: z.number() }));

interface Run {
  name: string;
  summary: { f1: number; precision: number; recall: number; empty: number };
  pageF1: Map<string, number>;
  msPerPage: number;
  pagesPerSecond: number;
  /** CPU time of this process per page: what other processes on the machine cannot inflate. */
  cpuMsPerPage: number;
  refused: { id: string; reason: string }[];
}

const work = mkdtempSync(path.join(tmpdir(), "bench-html-"));
try {
  const project = run("project", (bytes, id) => parseArticle(`${id}.html`, bytes).text);
  report(project);
  const readability = values.readability ? run("readability", readabilityAlone) : null;
  if (readability) report(readability);

  const pageF1s = [...project.pageF1.values()];
  const belowReadability = readability
    ? ids
        .map((id) => ({ id, project: project.pageF1.get(id) ?? 0, readability: readability.pageF1.get(id) ?? 0 }))
        .filter((page) => page.readability - page.project > GOAL.maxBelowReadability)
    : null;
  if (belowReadability) {
    console.error(`pages more than ${GOAL.maxBelowReadability} below Readability: ${belowReadability.length}`);
    for (const page of belowReadability) console.error(`  ${page.id}  ${page.project.toFixed(3)} (Readability ${page.readability.toFixed(3)})`);
  }
  const result = {
    pages: ids.length,
    f1: round(project.summary.f1),
    precision: round(project.summary.precision),
    recall: round(project.summary.recall),
    minPageF1: round(Math.min(...pageF1s)),
    pagesUnder05: pageF1s.filter((f1) => f1 < LOW_PAGE_F1).length,
    refused: project.refused.length,
    msPerPage: round(project.msPerPage, 2),
    pagesPerSecond: round(project.pagesPerSecond, 1),
    cpuMsPerPage: round(project.cpuMsPerPage, 2),
    cpuPagesPerSecond: round(1000 / project.cpuMsPerPage, 1),
    ...(readability && belowReadability
      ? {
          readability: { f1: round(readability.summary.f1), precision: round(readability.summary.precision), recall: round(readability.summary.recall), minPageF1: round(Math.min(...readability.pageF1.values())), pagesPerSecond: round(readability.pagesPerSecond, 1) },
          pagesBelowReadability: belowReadability.length,
        }
      : {}),
  };
  // Speed by CPU time: one core's throughput, which other work on a shared machine does not
  // lower (on an idle one the wall clock gives as much or more: GC threads add CPU time).
  const met = result.f1 >= GOAL.f1 && result.minPageF1 >= GOAL.minPageF1 && result.cpuPagesPerSecond >= GOAL.pagesPerSecond && (belowReadability?.length ?? 0) === 0;
  console.error(`goal (F1 >= ${GOAL.f1}, no page under ${GOAL.minPageF1}, >= ${GOAL.pagesPerSecond} pages/s of CPU time${readability ? `, none > ${GOAL.maxBelowReadability} below Readability` : ""}): ${met ? "met" : "NOT met"}`);
  console.log(JSON.stringify(result));
} finally {
  if (values.keep) console.error(`bodies and scores kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

/** Extracts every page into work/<name>/<id>.txt (timed), then scores the folder with the benchmark's scorer. */
function run(name: string, extract: (bytes: Uint8Array, id: string) => string): Run {
  const out = path.join(work, name);
  mkdirSync(out);
  const bodies = new Map<string, string>();
  const refused: Run["refused"] = [];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const { id, bytes } of pages) {
    try {
      bodies.set(id, extract(bytes, id));
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      refused.push({ id, reason: error.message });
    }
  }
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  for (const [id, body] of bodies) writeFileSync(path.join(out, `${id}.txt`), body);

  const perPagePath = path.join(work, `${name}.tsv`);
  const summaryPath = path.join(work, `${name}.json`);
  const scored = spawnSync("python3", [scorerPath, "--truth", truthPath, "--bootstrap", "0", "--per-page", perPagePath, "--json", summaryPath, out], { encoding: "utf8" });
  if (scored.status !== 0) fail(`${scorerPath} failed (exit ${scored.status ?? scored.signal}): ${scored.stderr || scored.error?.message}`);
  const summary = Summary.parse(readJson(summaryPath))[name];
  if (!summary) fail(`${summaryPath}: no summary for ${name}`);
  const pageF1 = new Map(
    readFileSync(perPagePath, "utf8")
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => {
        const [id, f1] = line.split("\t");
        const row = PerPage.parse({ id, f1 });
        return [row.id, row.f1] as const;
      }),
  );
  return {
    name,
    summary: { f1: summary.f1, precision: summary.precision, recall: summary.recall, empty: summary.empty_predictions },
    pageF1,
    msPerPage: elapsed / pages.length,
    pagesPerSecond: (pages.length / elapsed) * 1000,
    cpuMsPerPage: (cpu.user + cpu.system) / 1000 / pages.length,
    refused,
  };
}

function report(result: Run): void {
  const { summary } = result;
  console.error(`${result.name}: ${pages.length} pages  F1 ${summary.f1.toFixed(3)}  precision ${summary.precision.toFixed(3)}  recall ${summary.recall.toFixed(3)}  empty ${summary.empty}`);
  console.error(`  ${result.msPerPage.toFixed(1)} ms/page, ${result.pagesPerSecond.toFixed(1)} pages/s (CPU ${result.cpuMsPerPage.toFixed(1)} ms/page: ${(1000 / result.cpuMsPerPage).toFixed(1)} pages/s)`);
  for (const { id, reason } of result.refused) console.error(`  refused ${id}.html: ${reason}`);
  const low = [...result.pageF1].filter(([, f1]) => f1 < LOW_PAGE_F1).sort((a, b) => a[1] - b[1]);
  console.error(`  pages under ${LOW_PAGE_F1}: ${low.length}`);
  for (const [id, f1] of low) console.error(`    ${id}  ${f1.toFixed(3)}`);
}

/** Readability's container as it gives it, as body lines (none of the project's chrome rules). */
function readabilityAlone(bytes: Uint8Array): string {
  const content = readabilityContent(decodeText(bytes));
  const body = content === null ? undefined : load(content)("body").get(0);
  return body ? joinParagraphs(pageLines(body).map((line) => line.text)) : "";
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    return fail(`${file}: not JSON (${(error as Error).message})`);
  }
}

function round(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}

function fail(message: string): never {
  console.error(`bench-html: ${message}`);
  process.exit(2);
}
