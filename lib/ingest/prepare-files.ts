// Reading and preparing (parse -> extract -> check) the files of a seed run, in order.
// In the CLI this runs on worker threads, so that the main thread writes one article
// while the workers extract the next ones: extracting takes about twice as long as writing.
import { createContext, Script } from "node:vm";
import type { Worker } from "node:worker_threads";
import { readEnv } from "@/lib/env";
import { describeFsError, readSourceFile, type SourcePath } from "@/lib/ingest/files";
import { prepareArticle, type PrepareOptions, type PreparedArticle } from "@/lib/ingest/prepare";
import { startTsWorker } from "@/lib/ingest/workers";

/** What the main thread sends an extraction worker (lib/ingest/prepare-worker.ts) for each file. */
export interface PrepareRequest {
  index: number;
  file: SourcePath;
  options: PrepareOptions;
}

export type PreparedFile = { source: string; article: PreparedArticle } | { source: string; error: string };

/** How many files each worker may run ahead of the writes: bounds the memory they hold. */
const AHEAD = 16;

/**
 * The most one file may take to parse and extract (SEED_FILE_SECONDS), so that a hostile
 * one (a pathological pattern) costs only itself and the run goes on. Far above what an
 * article needs: a wire story takes milliseconds; 2 MiB of prose (6,574 facts) took 16 s
 * on a busy 2-core machine.
 */
const PREPARE_SECONDS = readEnv().SEED_FILE_SECONDS;

/** A context to run in, only for its timeout: V8 stops the code it runs, wherever that code comes from. */
const timed = createContext({ run: () => undefined as unknown });
/** Compiled once: compiling it again for each file was a third of this wrapper's cost. */
const runTimed = new Script("run()");

function withinTimeLimit<T>(source: string, prepare: () => T): T {
  timed.run = prepare;
  try {
    return runTimed.runInContext(timed, { timeout: PREPARE_SECONDS * 1000 }) as T;
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      throw new Error(`took over ${PREPARE_SECONDS} s to parse and extract: refused (no article takes this long; is ${source} really one?)`);
    }
    throw err;
  } finally {
    timed.run = () => undefined;
  }
}

/** One file: its article, or why it has none, in one line whatever the library printed. */
export function prepareFile(file: SourcePath, options: PrepareOptions): PreparedFile {
  const { source } = file;
  try {
    const { bytes } = readSourceFile(file);
    return { source, article: withinTimeLimit(source, () => prepareArticle(source, bytes, options)) };
  } catch (err) {
    return { source, error: describeFsError(err).split("\n").map((l) => l.trim()).filter(Boolean).join(" ") || "unknown error" };
  }
}

/**
 * The files prepared in order, here (`workers` 0) or on that many worker threads: file i
 * goes to worker i mod n, each worker answers in the order it was asked, and the answers
 * are handed out in the files' order.
 */
export async function* prepareFiles(
  paths: readonly SourcePath[],
  options: PrepareOptions,
  workers: number,
): AsyncGenerator<PreparedFile> {
  if (workers < 1 || paths.length < 2) {
    for (const file of paths) yield prepareFile(file, options);
    return;
  }
  const results = new Map<number, PreparedFile>();
  let waiting: { index: number; resolve: (file: PreparedFile) => void; reject: (err: Error) => void } | null = null;
  let failure: Error | null = null;
  const receive = ({ index, file }: { index: number; file: PreparedFile }) => {
    if (waiting?.index === index) {
      waiting.resolve(file);
      waiting = null;
    } else results.set(index, file);
  };
  const fail = (err: Error) => {
    failure = err;
    waiting?.reject(err);
  };
  const pool = Array.from({ length: Math.min(workers, paths.length) }, () => startWorker(receive, fail));
  let sent = 0;
  let next = 0;
  const send = () => {
    while (sent < paths.length && sent < next + AHEAD * pool.length) {
      pool[sent % pool.length]!.postMessage({ index: sent, file: paths[sent]!, options } satisfies PrepareRequest);
      sent++;
    }
  };
  try {
    for (; next < paths.length; next++) {
      send();
      const ready = results.get(next);
      if (ready) results.delete(next);
      const file =
        ready ??
        (await new Promise<PreparedFile>((resolve, reject) => {
          if (failure) reject(failure);
          else waiting = { index: next, resolve, reject };
        }));
      yield file;
    }
  } finally {
    await Promise.all(
      pool.map((worker) => {
        worker.removeAllListeners("exit");
        return worker.terminate();
      }),
    );
  }
}

/** Each worker's heap cap (see startTsWorker): far above what the largest allowed file (2 MiB) needs. */
const WORKER_HEAP_MB = 256;

function startWorker(receive: (message: { index: number; file: PreparedFile }) => void, fail: (err: Error) => void): Worker {
  const worker = startTsWorker("./prepare-worker.ts", WORKER_HEAP_MB);
  worker.on("message", receive);
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`an extraction worker stopped (exit ${code})`)));
  return worker;
}
