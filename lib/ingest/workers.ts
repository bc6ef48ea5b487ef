// Worker threads of a seed run, running this project's TypeScript.
import { Worker, type ResourceLimits } from "node:worker_threads";

/**
 * A worker thread running `entry` (a module next to this one) through tsx's loader,
 * registered in it first: a worker thread does not get the hooks the tsx command set up
 * in the main one. `heapMb` caps its heap: V8 otherwise lets a busy thread's garbage grow
 * to hundreds of MB before it collects it, and the seed's memory is the sum of its threads'.
 */
export function startTsWorker(entry: string, heapMb: number, workerData?: unknown): Worker {
  const url = new URL(entry, import.meta.url).href;
  const resourceLimits: ResourceLimits = { maxOldGenerationSizeMb: heapMb };
  return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`, {
    eval: true,
    resourceLimits,
    workerData,
  });
}
