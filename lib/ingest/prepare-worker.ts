// The worker thread of prepareFiles: prepares each file it is sent and posts the result back.
import { parentPort } from "node:worker_threads";
import { prepareFile, type PrepareRequest } from "@/lib/ingest/prepare-files";

const port = parentPort;
if (!port) throw new Error("prepare-worker runs as a worker thread");
// Each message is handled whole before the next (prepareFile is synchronous), so results go
// back in the order they were asked for.
port.on("message", ({ index, file, options }: PrepareRequest) => {
  port.postMessage({ index, file: prepareFile(file, options) });
});
