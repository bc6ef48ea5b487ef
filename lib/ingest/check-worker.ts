// The worker thread of checkOnWorker: one cross-source check pass on its own connection.
import { parentPort, workerData } from "node:worker_threads";
import { openSeedStore } from "@/lib/ingest/store";
import { checkStoredArticles, type CheckJob } from "@/lib/ingest/verify-sources";

const port = parentPort;
if (!port) throw new Error("check-worker runs as a worker thread");
const { database, changes, reportArticles, write } = workerData as CheckJob;
const store = await openSeedStore(database);
try {
  port.postMessage(await checkStoredArticles(store, changes, reportArticles, write));
} finally {
  await store.close();
}
