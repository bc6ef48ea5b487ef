import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { clientGone, RenderQueue } from "@/lib/server/render-queue";

/**
 * A real server that renders each path once at a time through a RenderQueue, as
 * scripts/serve.ts does, and stores nothing (as for a 404, a HEAD, or a render its client
 * abandoned): every waiter, once the render ends, renders for itself.
 */
async function start(budgetMs: number) {
  const queue = new RenderQueue(budgetMs);
  const renders: string[] = [];
  let release: () => void = () => {};
  let gate = new Promise<void>((resolve) => (release = resolve));
  const serve = (req: IncomingMessage, res: ServerResponse, mayWait: boolean): void => {
    const key = req.url!;
    const waiting = mayWait ? queue.wait(key, req, res) : undefined;
    if (waiting) {
      void waiting.then((outcome) => {
        if (outcome === "ended") serve(req, res, false);
        else if (outcome === "over-budget") res.writeHead(503).end("busy");
      });
      return;
    }
    if (clientGone(req, res)) return;
    queue.start(key, req, res);
    renders.push(key);
    void gate.then(() => res.end(`rendered ${key}`));
  };
  const server = createServer((req, res) => serve(req, res, true));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  servers.push(server);
  const port = (server.address() as AddressInfo).port;
  return {
    queue,
    renders,
    port,
    open: () => {
      release();
      gate = Promise.resolve();
    },
  };
}

const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.closeAllConnections(), server.close();
});

/** Sends raw request text on a new connection; the socket. */
function connect(port: number, text: string): Promise<net.Socket> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.write(text, () => resolve(socket)));
    socket.on("error", () => {});
  });
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};
const fetchText = async (port: number, path: string) => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(2_000) });
  return `${response.status} ${await response.text()}`;
};

describe("RenderQueue", () => {
  it("drops a waiter whose client resets; once the render ends, later requests for the address answer", async () => {
    const s = await start(10_000);
    const first = fetchText(s.port, "/a");
    await until(() => s.queue.size === 1);
    const waiter = await connect(s.port, "GET /a HTTP/1.1\r\nHost: x\r\n\r\n");
    await new Promise((r) => setTimeout(r, 20));
    waiter.resetAndDestroy();
    await new Promise((r) => setTimeout(r, 20));
    s.open();
    expect(await first).toBe("200 rendered /a");
    expect(await fetchText(s.port, "/a")).toBe("200 rendered /a");
    expect(s.renders).toEqual(["/a", "/a"]); // the reset waiter never rendered
    expect(s.queue.size).toBe(0);
  });

  it("ends a render whose own client resets, so that its waiters go on", async () => {
    const s = await start(10_000);
    const renderer = await connect(s.port, "GET /b HTTP/1.1\r\nHost: x\r\n\r\n");
    await until(() => s.queue.size === 1);
    const waiter = fetchText(s.port, "/b");
    await new Promise((r) => setTimeout(r, 20));
    renderer.resetAndDestroy();
    await until(() => s.renders.length === 2); // the waiter renders for itself
    s.open();
    expect(await waiter).toBe("200 rendered /b");
  });

  it("ends the render of a request pipelined behind another when the connection resets (its response never emits close)", async () => {
    const s = await start(10_000);
    const socket = await connect(s.port, "GET /c1 HTTP/1.1\r\nHost: x\r\n\r\nGET /c2 HTTP/1.1\r\nHost: x\r\n\r\n");
    await until(() => s.queue.size === 2);
    socket.resetAndDestroy();
    await until(() => s.queue.size === 0);
    s.open();
    expect(await fetchText(s.port, "/c2")).toBe("200 rendered /c2");
  });

  it("frees the waiters of a render over its budget with a 503, and the next request renders afresh", async () => {
    const s = await start(150);
    void fetchText(s.port, "/slow").catch(() => {});
    await until(() => s.queue.size === 1);
    const started = Date.now();
    expect(await fetchText(s.port, "/slow")).toBe("503 busy");
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(s.queue.size).toBe(0);
    s.open();
    expect(await fetchText(s.port, "/slow")).toBe("200 rendered /slow");
  });
});
