// The worker thread of prepareFiles: prepares each file it is sent and posts the result back.
import { parentPort } from "node:worker_threads";
import { prepareFile, type PrepareRequest } from "@/lib/ingest/prepare-files";

const port = parentPort;
if (!port) throw new Error("prepare-worker runs as a worker thread");
// Messages are handled one at a time, so results go back in the order they were asked for.
let queue = Promise.resolve();
port.on("message", ({ index, file, options }: PrepareRequest) => {
  queue = queue.then(async () => port.postMessage({ index, file: await prepareFile(file, options) }));
});
