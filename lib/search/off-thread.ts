// Full-text searches run in a child process with a deadline, so that no search stalls the
// server's one thread: a search of a database holding a 2 MB article ran 64 s there, and
// every other request waited behind it. better-sqlite3 cannot interrupt a running
// statement, so a search past its deadline gets "too slow" and its process is killed and
// replaced; the searches queued behind it go to the new one. A process, not a worker
// thread: terminating a thread waits for SQLite to hand back, and an abandoned search of
// huge prose kept a core busy for 90 s and more after its deadline.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { MARK_END, MARK_START } from "@/lib/search/query";
import { SEARCH_DEADLINE_MS, SearchTooSlow, type SearchFilters, type SearchHits } from "@/lib/search/types";
import type { SearchAnswer, SearchRequest, SearchWorkerData } from "@/lib/search/worker";

/** Killed search processes not yet gone: past this many, searches are refused at once (each may hold a core). */
const MAX_ABANDONED = 1;
/** Each search process's heap cap: far above what a page of hits needs. */
const HEAP_MB = 128;

interface Pending {
  request: SearchRequest;
  deadlineMs: number;
  resolve: (hits: SearchHits) => void;
  reject: (err: Error) => void;
  timer?: NodeJS.Timeout;
}

class SearchProcess {
  private readonly child: ChildProcess;
  private ready = false;
  /** In the order sent: the process answers in that order, so the first is the one running. */
  readonly pending: Pending[] = [];

  constructor(
    readonly data: SearchWorkerData,
    private readonly onStuck: (search: SearchProcess) => void,
    private readonly onExit: (search: SearchProcess, err: Error) => void,
  ) {
    // Through tsx's loader; the file is found from the project root: this module runs from
    // Next's build output. Its own Node flags, not the server's (which may open an inspector port).
    const entry = path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/search/worker.ts");
    this.child = fork(entry, [JSON.stringify(data)], {
      execArgv: ["--import", "tsx", `--max-old-space-size=${HEAP_MB}`],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    // Neither the process nor its channel keeps the server (or a test run) alive.
    this.child.unref();
    this.child.channel?.unref();
    this.child.on("message", (message: SearchAnswer | { ready: true }) => this.receive(message));
    this.child.on("error", (err) => this.onExit(this, err));
    this.child.on("exit", (code, signal) => this.onExit(this, new Error(`the search process stopped (${signal ?? `exit ${code}`})`)));
  }

  send(pending: Pending): void {
    this.pending.push(pending);
    if (this.ready) this.child.send(pending.request);
    this.armRunning();
  }

  /**
   * The deadline is the running search's (the first pending), from when it started:
   * not from the worker's start-up, nor from the time a search waited behind another.
   */
  private armRunning(): void {
    const running = this.pending[0];
    if (this.ready && running && !running.timer) running.timer = setTimeout(() => this.onStuck(this), running.deadlineMs);
  }

  private receive(message: SearchAnswer | { ready: true }): void {
    if ("ready" in message) {
      this.ready = true;
      for (const pending of this.pending) this.child.send(pending.request);
    } else {
      const pending = this.pending.shift();
      clearTimeout(pending?.timer);
      if (pending?.request.id !== message.id) throw new Error("the search worker answered out of order");
      if ("error" in message) pending.reject(new Error(message.error));
      else pending.resolve({ facts: message.facts, articles: message.articles });
    }
    this.armRunning();
  }

  /** Stops listening and kills the process, wherever SQLite is; gives back what it had not answered. */
  abandon(): Pending[] {
    this.child.removeAllListeners("message");
    for (const pending of this.pending) clearTimeout(pending.timer);
    this.child.kill("SIGKILL");
    return this.pending.splice(0);
  }
}

let current: SearchProcess | null = null;
const abandoned = new Set<SearchProcess>();
let nextId = 0;

/** The search process for SQLite file `file` (one database per server: a process for another file replaces it). */
function searchProcess(file: string): SearchProcess {
  if (current && current.data.file !== file) {
    for (const pending of current.abandon()) pending.reject(new Error("the search's database changed before it ran"));
    current = null;
  }
  current ??= new SearchProcess({ file, marks: [MARK_START, MARK_END] }, stuck, exited);
  return current;
}

function stuck(slowProcess: SearchProcess): void {
  if (slowProcess === current) current = null;
  abandoned.add(slowProcess);
  const [slow, ...queued] = slowProcess.abandon();
  slow?.reject(new SearchTooSlow(slow.deadlineMs));
  const { file } = slowProcess.data;
  for (const pending of queued) send(file, pending);
  // Its replacement starts now: starting one takes a second or more, not to be spent on the next search.
  if (abandoned.size <= MAX_ABANDONED) searchProcess(file);
}

function exited(stopped: SearchProcess, err: Error): void {
  if (abandoned.delete(stopped)) return;
  if (stopped === current) current = null;
  for (const pending of stopped.abandon()) pending.reject(err);
}

function send(file: string, pending: Pending): void {
  if (abandoned.size > MAX_ABANDONED) pending.reject(new SearchTooSlow(pending.deadlineMs));
  else searchProcess(file).send(pending);
}

/** The facts and articles of SQLite file `file` matching `match` (a toFtsQuery result), off this thread, within the deadline (a test's shorter one). */
export function searchOffThread(file: string, match: string, filters: SearchFilters, deadlineMs = SEARCH_DEADLINE_MS): Promise<SearchHits> {
  return new Promise((resolve, reject) => send(file, { request: { id: nextId++, match, filters }, deadlineMs, resolve, reject }));
}

/** Search processes killed at their deadline and not yet gone: none for long, since they are killed. */
export function abandonedSearches(): number {
  return abandoned.size;
}
