// Reading and preparing (parse -> extract -> check) the files of a seed run, in order.
// In the CLI this runs on a worker thread, so that the main thread writes one article
// while the worker extracts the next: the two take about as long each.
import { Worker } from "node:worker_threads";
import { describeFsError, readSourceFile } from "@/lib/ingest/files";
import { prepareArticle, type PreparedArticle } from "@/lib/ingest/prepare";
import type { ParseOverrides } from "@/lib/parse";

export type PreparedFile = { source: string; article: PreparedArticle } | { source: string; error: string };

/** How many files the worker may run ahead of the writes: bounds the memory they hold. */
const AHEAD = 16;

/** One file: its article, or why it has none, in one line whatever the library printed. */
export async function prepareFile(source: string, overrides?: ParseOverrides): Promise<PreparedFile> {
  try {
    const file = await readSourceFile(source);
    return { source, article: prepareArticle(source, file.bytes, overrides) };
  } catch (err) {
    return { source, error: describeFsError(err).split("\n").map((l) => l.trim()).filter(Boolean).join(" ") || "unknown error" };
  }
}

/** The files prepared in order, here or on a worker thread. */
export async function* prepareFiles(paths: readonly string[], overrides: ParseOverrides | undefined, onWorker: boolean): AsyncGenerator<PreparedFile> {
  if (!onWorker || paths.length < 2) {
    for (const source of paths) yield await prepareFile(source, overrides);
    return;
  }
  // The worker runs this project's TypeScript through tsx's loader, registered in it first
  // (a worker thread does not get the hooks the tsx command set up in the main one).
  const entry = new URL("./prepare-worker.ts", import.meta.url).href;
  const worker = new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
  const results = new Map<number, PreparedFile>();
  let waiting: { index: number; resolve: (file: PreparedFile) => void; reject: (err: Error) => void } | null = null;
  let failure: Error | null = null;
  worker.on("message", ({ index, file }: { index: number; file: PreparedFile }) => {
    if (waiting?.index === index) {
      waiting.resolve(file);
      waiting = null;
    } else results.set(index, file);
  });
  const fail = (err: Error) => {
    failure = err;
    waiting?.reject(err);
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the extraction worker stopped (exit ${code})`)));
  let sent = 0;
  const send = () => {
    while (sent < paths.length && sent < next + AHEAD) {
      worker.postMessage({ index: sent, source: paths[sent], overrides });
      sent++;
    }
  };
  let next = 0;
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
    worker.removeAllListeners("exit");
    await worker.terminate();
  }
}
