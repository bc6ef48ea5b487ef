// Ingest: files -> parse -> extract -> check -> store, one article at a time, each in its
// own savepoint (committed in batches), so that a bad file costs only itself; then the verdicts across sources.
import type { ContractError, SeedReport } from "@/lib/contract";
import { collectSourcePaths, describeFsError } from "@/lib/ingest/files";
import type { PrepareOptions, PreparedArticle } from "@/lib/ingest/prepare";
import { prepareFiles } from "@/lib/ingest/prepare-files";
import { openSeedStore, type ClaimKey, type EntityNames, type StoreOutcome } from "@/lib/ingest/store";
import { checkAcrossSources, checkOnWorker, checkStoredArticles, withSourceChecks } from "@/lib/ingest/verify-sources";

export type FileOutcome =
  | {
      source: string;
      status: StoreOutcome | "checked";
      slug: string;
      facts: number;
      skipped: string[];
      /** Citation numbers of the stored version whose quote is no longer in the text. */
      droppedCitations: number[];
      /** When replaced: the file the article was stored from before. */
      previousSource?: string;
    }
  | { source: string; status: "failed"; message: string };

/** A seed run's options; those of PrepareOptions go down whole to each file's preparing. */
export interface SeedOptions extends PrepareOptions {
  /** The database URL to write to (migrated already; SQLite or PostgreSQL); without one nothing is written (dry run). */
  database?: string;
  /** Keep each article in the report (for --json); off, a large run holds only one at a time. */
  keepArticles?: boolean;
  /** Parse and extract on this many worker threads while this one writes (needs a TypeScript loader: the CLI's tsx); 0, here. */
  extractWorkers?: number;
  /** Runs of fewer files than this extract here all the same: starting a worker costs about a second. */
  workersFromFiles?: number;
  /** Run the cross-source checks on a worker thread with a capped heap (same loader need). */
  checkOnWorker?: boolean;
  /**
   * Called for each file, in order, for progress and per-file lines: when writing, once its
   * article is committed (a line printed before could name an article a crash then lost).
   */
  onFile?: (outcome: FileOutcome, done: number, total: number) => void;
}

export interface SeedResult {
  report: SeedReport;
  outcomes: FileOutcome[];
  /** Wall seconds in each phase: extracting and storing the files, then the cross-source checks. */
  seconds: { store: number; checks: number };
}

export async function seedArticles(inputs: string[], options: SeedOptions = {}): Promise<SeedResult> {
  const started = performance.now();
  const seconds = { store: 0, checks: 0 };
  const { paths, errors: pathErrors } = await collectSourcePaths(inputs);
  const report: SeedReport = { articles: [], errors: [...pathErrors] };
  const outcomes: FileOutcome[] = [];
  const keep = options.keepArticles !== false;
  const slugOwners = new Map<string, string>();
  const total = paths.length + pathErrors.length;
  // Outcomes since the last commit: told once the batch holding their articles commits.
  let untold = 0;
  const tell = () => {
    for (; untold < outcomes.length; untold++) options.onFile?.(outcomes[untold]!, untold + 1, total);
  };
  for (const error of pathErrors) outcomes.push({ ...error, status: "failed" });
  tell();

  const store = options.database ? await openSeedStore(options.database, tell) : null;
  try {
    // A run stopped before its checks leaves them stale: then every stored fact is checked.
    const incremental = store !== null && !(await store.checksStale());
    const changed: number[] = [];
    const runArticles: number[] = [];
    const replaced: ClaimKey[] = [];
    const replacedEntities: [number, EntityNames[]][] = [];
    const workers = paths.length >= (options.workersFromFiles ?? 0) ? (options.extractWorkers ?? 0) : 0;
    // Only the data: the options also hold onFile, which cannot go to a worker thread.
    const preparing: PrepareOptions = { overrides: options.overrides, maxFactsPerArticle: options.maxFactsPerArticle };
    for await (const prepared of prepareFiles(paths, preparing, workers)) {
      const { source } = prepared;
      let outcome: FileOutcome;
      try {
        if ("error" in prepared) throw new Error(prepared.error);
        const { article } = prepared;
        const owner = slugOwners.get(article.slug);
        if (owner) throw new Error(`same article address "${article.slug}" as ${owner} in this run; rename one of them`);
        slugOwners.set(article.slug, source);
        let status: FileOutcome["status"] = "checked";
        let droppedCitations: number[] = [];
        let previousSource: string | undefined;
        if (store) {
          const written = await store.storeArticle(article);
          status = written.outcome;
          droppedCitations = written.droppedCitations;
          previousSource = written.previousSource;
          runArticles.push(written.articleId);
          if (written.outcome !== "unchanged") changed.push(written.articleId);
          replaced.push(...written.replaced);
          if (written.replacedEntities.length > 0) replacedEntities.push([written.articleId, written.replacedEntities]);
        }
        if (keep) report.articles.push(contractArticle(article));
        outcome = { source, status, slug: article.slug, facts: article.facts.length, skipped: article.skipped, droppedCitations };
        if (previousSource) outcome.previousSource = previousSource;
      } catch (err) {
        const failure: ContractError = { source, message: errorMessage(err) };
        report.errors.push(failure);
        outcome = { ...failure, status: "failed" };
      }
      outcomes.push(outcome);
      if (!store) tell();
    }
    // Verdicts against the other sources: over what the store holds, or over this run's
    // articles when nothing is written. Needed when the store changed or the report is read.
    await store?.commit();
    tell();
    seconds.store = (performance.now() - started) / 1000;
    const stale = (await store?.checksStale()) ?? false;
    if (stale || keep) {
      let checks;
      if (store) {
        // A run that rewrote most of the store is cheaper to check whole than by its keys.
        const stored = await store.articleCount();
        const wholesale = !incremental || changed.length * 2 > stored;
        const job = { changes: { changed, replaced, replacedEntities: wholesale ? null : replacedEntities }, reportArticles: keep ? runArticles : [], write: stale };
        checks =
          options.checkOnWorker && options.database
            ? await checkOnWorker({ ...job, database: options.database }, stored)
            : await checkStoredArticles(store, job.changes, job.reportArticles, job.write);
      } else {
        checks = checkAcrossSources(report.articles);
      }
      report.articles = report.articles.map((article) => withSourceChecks(article, checks));
    }
    seconds.checks = (performance.now() - started) / 1000 - seconds.store;
  } finally {
    await store?.close();
    tell();
  }
  return { report, outcomes, seconds };
}

function contractArticle(article: PreparedArticle) {
  const { format: _format, contentHash: _hash, skipped: _skipped, ...contract } = article;
  return contract;
}

/** One line, whatever the underlying library printed. */
function errorMessage(err: unknown): string {
  return describeFsError(err).split("\n").map((l) => l.trim()).filter(Boolean).join(" ") || "unknown error";
}
