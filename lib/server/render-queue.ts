// One render per key at a time. After a seed clears the cache, every reader of a popular
// page misses at once; one render serves them all, and the others wait for it.
//
// Nothing here may hang: a render ends when its response finishes or its client goes
// (whichever event Node gives: a response queued behind another on a pipelined connection
// never emits its own `close`, its request does), and in any case when its time budget
// runs out; a waiter is dropped as soon as its own client goes, and is never kept longer
// than the render it waits on.
import type { IncomingMessage, ServerResponse } from "node:http";

/** How a wait ended: the render ended (look in the cache), ran over its budget, or the waiter's client left. */
export type WaitOutcome = "ended" | "over-budget" | "gone";

interface Render {
  done: Promise<"ended" | "over-budget">;
}

/** The client of this exchange has gone: nothing it is sent will arrive. */
export function clientGone(req: IncomingMessage, res: ServerResponse): boolean {
  return res.destroyed || req.destroyed || req.socket == null || req.socket.destroyed;
}

/** Calls `fn` once, on the first of the exchange's end events; returns a function that stops listening. */
function onExchangeEnd(req: IncomingMessage, res: ServerResponse, fn: () => void): () => void {
  const stop = () => {
    res.off("finish", end).off("close", end);
    req.off("close", end);
  };
  const end = () => {
    stop();
    fn();
  };
  res.once("finish", end).once("close", end);
  req.once("close", end);
  return stop;
}

export class RenderQueue {
  private readonly renders = new Map<string, Render>();

  /** @param budgetMs how long a render may hold its waiters */
  constructor(private readonly budgetMs: number) {}

  /** Renders under way (bounded by open connections: each entry ends with its exchange or its budget). */
  get size(): number {
    return this.renders.size;
  }

  /**
   * When a render of `key` is under way, a promise of how this request's wait ended;
   * otherwise undefined (the caller renders, after `start`).
   */
  wait(key: string, req: IncomingMessage, res: ServerResponse): Promise<WaitOutcome> | undefined {
    const render = this.renders.get(key);
    if (!render) return undefined;
    return new Promise<WaitOutcome>((resolve) => {
      const stop = onExchangeEnd(req, res, () => resolve("gone"));
      void render.done.then((outcome) => {
        stop();
        resolve(clientGone(req, res) ? "gone" : outcome);
      });
    });
  }

  /** Marks this exchange as the render of `key` until it ends or its budget runs out. */
  start(key: string, req: IncomingMessage, res: ServerResponse): void {
    if (clientGone(req, res) || this.renders.has(key)) return;
    let settle!: (outcome: "ended" | "over-budget") => void;
    const render: Render = { done: new Promise((resolve) => (settle = resolve)) };
    const finish = (outcome: "ended" | "over-budget") => {
      clearTimeout(timer);
      stop();
      if (this.renders.get(key) === render) this.renders.delete(key);
      settle(outcome);
    };
    const timer = setTimeout(() => finish("over-budget"), this.budgetMs);
    timer.unref();
    const stop = onExchangeEnd(req, res, () => finish("ended"));
    this.renders.set(key, render);
  }
}
