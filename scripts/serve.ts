// The web server (npm start runs it after migrating, seeding and building; --dev for
// development): Next.js's request handler in a plain Node server that adds what a page
// served from memory needs.
//
// - Finished pages (home, briefings, companies, feed), searches (in a cache of their
//   own), the pages' RSC payloads (a link's prefetch, a client navigation) and the
//   build's static files are kept in memory and served from there
//   (lib/server/response-cache.ts); pages, payloads and searches until the seed command
//   next commits to the database, which this server notices within half a second. What may
//   be kept, under which key, is decided in one place (lib/server/cache-key.ts): a
//   request with a header that changes Next's answer is never answered from memory nor
//   kept, and only an answer like a plain GET's is stored.
// - One render per address at a time; readers who miss wait for it, never longer than
//   it or its 10 s budget (lib/server/render-queue.ts).
// - 405 for any method but GET and HEAD; 400 for an address that is not valid
//   percent-encoding.
// - Each page's Content-Security-Policy lists the hashes of its framework scripts
//   (lib/server/content-security-policy.ts): a stored page cannot carry a nonce.
// - 503 with what to run while the database is missing or unmigrated.
// - Compression: brotli or gzip, computed once for what it keeps.
// - Cache-Control a CDN can honour (lib/server/cache-control.ts): pages and their payloads
//   for 2 s (plus stale-while-revalidate in CDN-Cache-Control), build files for a year;
//   searches, errors and the rest not shared.
//
//   tsx scripts/serve.ts [--dev] [--port 3000] [--hostname 127.0.0.1] [--log-renders]
//
// --log-renders: a stderr line per request Next renders (`serve: render GET <url>`, then
// the key it is kept under or why not), which the bench counts during its load; and one
// per content version the server has seen (`serve: content version <n>`, printed once what
// it kept before that version is dropped), which tests wait for.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { z } from "zod";
import { readEnv } from "@/lib/env";
import { serverDatabaseProblem } from "@/lib/db/ready";
import { databaseUrl } from "@/lib/db/url";
import { watchDatabase } from "@/lib/server/content-changes";
import { contentSecurityPolicy, inlineScriptHashes, SECURITY_HEADERS } from "@/lib/server/content-security-policy";
import { keptCacheHeaders, NOT_SHARED } from "@/lib/server/cache-control";
import { keptResponseKey, notKeepable, type CacheName, type KeyDecision } from "@/lib/server/cache-key";
import { clientGone, RenderQueue } from "@/lib/server/render-queue";
import { ResponseCache, sendCached } from "@/lib/server/response-cache";
import { acceptsGzip, collectResponse, isCompressible, sendBody } from "@/lib/server/responses";
import { unavailablePage } from "@/lib/server/unavailable-page";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    port: { type: "string" },
    hostname: { type: "string" },
    "log-renders": { type: "boolean", default: false },
  },
});
const dev = values.dev;
const env = readEnv();
const port = values.port === undefined ? env.PORT : z.coerce.number().int().min(1).max(65535).parse(values.port);
// Not from HOSTNAME: containers set it to their own name, which is not where readers connect.
const hostname = values.hostname;
const database = databaseUrl();
const cacheMegabytes = env.PAGE_CACHE_MB;
const logRenders = values["log-renders"];

type KeptKey = Extract<KeyDecision, { kept: true }>;

const app = next({ dev, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const basePolicy = contentSecurityPolicy([], { development: dev });
// The development server rebuilds pages as code changes: nothing is kept there.
const caches: Record<CacheName, ResponseCache> = {
  pages: new ResponseCache(dev ? 0 : cacheMegabytes * 1024 * 1024),
  searches: new ResponseCache(dev ? 0 : (cacheMegabytes * 1024 * 1024) / 8),
};
/** A render holds the readers waiting for it this long at most; then they get a 503. */
const RENDER_BUDGET_MS = 10_000;
const renders = new RenderQueue(RENDER_BUDGET_MS);
/** Pages already warned about, a bounded number (a flood of addresses must not grow it). */
const refusedLogged = new Set<string>();
const MAX_REFUSED_LOGGED = 1_000;

/** The policy for a page: its framework scripts' hashes, once per page version. */
function pagePolicy(url: string, html: Buffer): string {
  if (dev) return basePolicy;
  const scripts = inlineScriptHashes(html.toString("utf8"));
  if (scripts.refused > 0 && !refusedLogged.has(url) && refusedLogged.size < MAX_REFUSED_LOGGED) {
    refusedLogged.add(url);
    console.warn(`serve: ${url} holds ${scripts.refused} inline script(s) that are not Next's data scripts; its policy refuses them`);
  }
  return contentSecurityPolicy(scripts.allowed);
}

/** A short plain answer of the server's own (never Next's). */
function answer(req: IncomingMessage, res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NOT_SHARED, ...headers });
  res.end(req.method === "HEAD" ? undefined : `${text}\n`);
}

/** Whether the address's path is valid percent-encoding (Next answers 500 to one that is not). */
function pathDecodes(url: string): boolean {
  try {
    decodeURIComponent(url.split("?", 1)[0]!);
    return true;
  } catch {
    return false;
  }
}

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader("Content-Security-Policy", basePolicy);
  // Shared by no cache unless Next or a kept route says otherwise (an API answer, a CSV file).
  res.setHeader("Cache-Control", NOT_SHARED);

  // Every route answers GET (and HEAD) only: the app has no form that posts and no server action.
  if (req.method !== "GET" && req.method !== "HEAD") return answer(req, res, 405, "Method Not Allowed", { Allow: "GET, HEAD" });
  if (!pathDecodes(req.url ?? "/")) return answer(req, res, 400, "Bad Request: the address is not valid percent-encoding");

  // Ready: settled at once, after the first look that finds the database migrated.
  void serverDatabaseProblem().then((problem) => serveReady(req, res, problem));
});

function serveReady(req: IncomingMessage, res: ServerResponse, problem: string | null): void {
  if (problem) {
    const api = req.url?.startsWith("/api/");
    res.writeHead(503, {
      "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
      "Retry-After": "30",
      "Cache-Control": NOT_SHARED,
    });
    res.end(api ? JSON.stringify({ error: problem }) : unavailablePage(problem));
    return;
  }

  const decision = keptResponseKey(req);
  if (!decision.kept) {
    if (logRenders) console.error(`serve: render ${req.method} ${req.url} (passed: ${decision.reason})`);
    return render(req, res, undefined);
  }
  // Next renders the key's own address, so that what is kept under a key is its render.
  req.url = decision.url;
  serveKept(req, res, decision, true);
}

function serveKept(req: IncomingMessage, res: ServerResponse, kept: KeptKey, mayWait: boolean): void {
  const cached = caches[kept.cache].get(kept.key);
  if (cached) return sendCached(req, res, cached);
  const waiting = mayWait ? renders.wait(kept.key, req, res) : undefined;
  if (waiting) {
    // Once only: what that render did not store (a 404) is not worth queueing for again.
    void waiting.then((outcome) => {
      if (outcome === "ended") serveKept(req, res, kept, false);
      else if (outcome === "over-budget") answer(req, res, 503, "This page is taking long to prepare; try again shortly.", { "Retry-After": "5" });
    });
    return;
  }
  if (clientGone(req, res)) return;
  // A HEAD has no body to keep: it renders for itself and makes no one wait.
  if (req.method === "GET") renders.start(kept.key, req, res);
  if (logRenders) console.error(`serve: render ${req.method} ${req.url} (as ${JSON.stringify(kept.key)})`);
  render(req, res, kept);
}

/** Next's answer, kept under `kept` when it is what every request of that key gets. */
function render(req: IncomingMessage, res: ServerResponse, kept: KeptKey | undefined): void {
  const cache = kept && caches[kept.cache];
  const epoch = cache?.epoch ?? 0;
  const gzip = acceptsGzip(req);
  collectResponse(
    res,
    (response) => {
      const type = String(response.getHeader("content-type") ?? "");
      return type.startsWith("text/html") || cache !== undefined || (gzip && isCompressible(type));
    },
    (body) => {
      if (String(res.getHeader("content-type") ?? "").startsWith("text/html") && res.statusCode !== 304) {
        res.setHeader("Content-Security-Policy", pagePolicy(req.url ?? "", body));
      }
      // A HEAD response has no body to keep (and keeps Next's Cache-Control).
      if (!cache || !kept || req.method !== "GET") return sendBody(req, res, body);
      const refused = notKeepable(kept, res.statusCode, res.getHeaders(), body);
      // What a CDN may keep (a 304 keeps what the reader holds); development changes under it.
      if (!dev && res.statusCode !== 304) for (const [name, value] of Object.entries(keptCacheHeaders(kept, refused))) res.setHeader(name, value);
      if (refused && logRenders) console.error(`serve: not kept ${JSON.stringify(kept.key)}: ${refused}`);
      if (refused) return sendBody(req, res, body);
      cache.store(kept.key, epoch, res.statusCode, res.getHeaders(), body).then(
        (stored) => (stored ? sendCached(req, res, stored) : sendBody(req, res, body)),
        (err: unknown) => {
          console.error(`serve: keeping ${kept.key}:`, err);
          sendBody(req, res, body);
        },
      );
    },
  );
  handle(req, res).catch((err: unknown) => {
    console.error(`serve: ${req.method} ${req.url}:`, err);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
}

const stopWatching = watchDatabase(
  database,
  () => {
    caches.pages.clear();
    caches.searches.clear();
  },
  { onVersion: logRenders ? (version) => console.error(`serve: content version ${version}`) : undefined },
);

server.listen(port, hostname, () => {
  console.log(`▶ ready on http://${hostname ?? "localhost"}:${port}${dev ? " (development)" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopWatching();
    server.close();
    void app.close().finally(() => process.exit(0));
    // Keep-alive connections can hold close() open; do not wait on them for long.
    setTimeout(() => process.exit(0), 3_000).unref();
  });
}
