// Full-text searches run on a worker thread with a deadline, so that no search stalls the
// server's one thread: a search of a database holding a 2 MB article ran 64 s there, and
// every other request waited behind it. better-sqlite3 cannot interrupt a running
// statement, so a search past its deadline gets "too slow" and its worker is abandoned
// (terminated: it ends once SQLite hands back) and replaced; the searches queued behind
// it go to the new one.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { databaseFile, databaseUrl } from "@/lib/db/url";
import { MARK_END, MARK_START } from "@/lib/search/query";
import type { ArticleHit, FactHit, SearchAnswer, SearchFilters, SearchRequest, SearchWorkerData } from "@/lib/search/worker";

/** A search's time on its worker: the slowest ordinary one, at 10,000 articles, took 134 ms. */
export const SEARCH_DEADLINE_MS = 3_000;
/** Abandoned workers still inside a statement: past this many, searches are refused at once (each holds a core). */
const MAX_ABANDONED = 1;

export class SearchTooSlow extends Error {
  constructor() {
    super(`the search took longer than ${SEARCH_DEADLINE_MS / 1000} s`);
  }
}

interface Pending {
  request: SearchRequest;
  resolve: (rows: { facts: FactHit[]; articles: ArticleHit[] }) => void;
  reject: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

class SearchThread {
  private readonly worker: Worker;
  private ready = false;
  /** In the order sent: the worker answers in that order, so the first is the one running. */
  readonly pending: Pending[] = [];

  constructor(
    data: SearchWorkerData,
    private readonly onStuck: (thread: SearchThread) => void,
    private readonly onExit: (thread: SearchThread, err: Error) => void,
  ) {
    // Through tsx's loader, registered in the worker first (as lib/ingest/workers.ts does);
    // the file is found from the project root: this module runs from Next's build output.
    const entry = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/search/worker.ts");
    this.worker = new Worker(
      `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(`file://${entry}`)}); });`,
      { eval: true, workerData: data, resourceLimits: { maxOldGenerationSizeMb: 128 } },
    );
    this.worker.unref();
    this.worker.on("message", (message: SearchAnswer | { ready: true }) => this.receive(message));
    this.worker.on("error", (err) => this.onExit(this, err));
    this.worker.on("exit", (code) => this.onExit(this, new Error(`the search worker stopped (exit ${code})`)));
  }

  send(pending: Pending): void {
    this.pending.push(pending);
    if (this.ready) this.worker.postMessage(pending.request);
    this.armRunning();
  }

  /**
   * The deadline is the running search's (the first pending), from when it started:
   * not from the worker's start-up, nor from the time a search waited behind another.
   */
  private armRunning(): void {
    const running = this.pending[0];
    if (this.ready && running && !running.timer) running.timer = setTimeout(() => this.onStuck(this), SEARCH_DEADLINE_MS);
  }

  private receive(message: SearchAnswer | { ready: true }): void {
    if ("ready" in message) {
      this.ready = true;
      for (const pending of this.pending) this.worker.postMessage(pending.request);
    } else {
      const pending = this.pending.shift();
      clearTimeout(pending?.timer);
      if (pending?.request.id !== message.id) throw new Error("the search worker answered out of order");
      if ("error" in message) pending.reject(new Error(message.error));
      else pending.resolve({ facts: message.facts, articles: message.articles });
    }
    this.armRunning();
  }

  /** Stops listening and lets the thread end once SQLite returns; gives back what it had not answered. */
  abandon(): Pending[] {
    this.worker.removeAllListeners("message");
    for (const pending of this.pending) clearTimeout(pending.timer);
    void this.worker.terminate();
    return this.pending.splice(0);
  }
}

let current: SearchThread | null = null;
const abandoned = new Set<SearchThread>();
let nextId = 0;

function thread(): SearchThread {
  current ??= new SearchThread({ file: databaseFile(databaseUrl()), marks: [MARK_START, MARK_END] }, stuck, exited);
  return current;
}

function stuck(slowThread: SearchThread): void {
  if (slowThread === current) current = null;
  abandoned.add(slowThread);
  const [slow, ...queued] = slowThread.abandon();
  slow?.reject(new SearchTooSlow());
  for (const pending of queued) send(pending);
  // Its replacement starts now: starting one takes a second or more, not to be spent on the next search.
  if (abandoned.size <= MAX_ABANDONED) thread();
}

function exited(stopped: SearchThread, err: Error): void {
  if (abandoned.delete(stopped)) return;
  if (stopped === current) current = null;
  for (const pending of stopped.abandon()) pending.reject(err);
}

function send(pending: Pending): void {
  if (abandoned.size > MAX_ABANDONED) pending.reject(new SearchTooSlow());
  else thread().send(pending);
}

/** The facts and articles matching `match` (a toFtsQuery result), off this thread, within the deadline. */
export function searchOffThread(match: string, filters: SearchFilters): Promise<{ facts: FactHit[]; articles: ArticleHit[] }> {
  return new Promise((resolve, reject) => send({ request: { id: nextId++, match, filters }, resolve, reject }));
}
