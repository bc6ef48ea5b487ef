// The web server (npm start runs it after migrating, seeding and building; --dev for
// development): Next.js's request handler in a plain Node server that adds what a page
// served from memory needs.
//
// - Finished pages (home, briefings, companies, feed), searches (in a cache of their
//   own) and the build's static files are kept in memory and served from there
//   (lib/server/response-cache.ts); pages and searches until the seed command next
//   commits to the database, which this server notices within half a second.
// - Each page's Content-Security-Policy lists the hashes of its framework scripts
//   (lib/server/content-security-policy.ts): a stored page cannot carry a nonce.
// - 503 with what to run while the database is missing or unmigrated.
// - Compression: brotli or gzip, computed once for what it keeps.
//
//   tsx scripts/serve.ts [--dev] [--port 3000] [--hostname 127.0.0.1]
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import next from "next";
import { z } from "zod";
import { serverDatabaseProblem } from "@/lib/db-ready";
import { databaseFile, databaseUrl } from "@/lib/db-url";
import { watchDatabase } from "@/lib/server/content-changes";
import { contentSecurityPolicy, inlineScriptHashes, SECURITY_HEADERS } from "@/lib/server/content-security-policy";
import { ResponseCache, cacheKey, searchCacheKey, sendCached } from "@/lib/server/response-cache";
import { acceptsGzip, collectResponse, isCompressible, sendBody } from "@/lib/server/responses";
import { unavailablePage } from "@/lib/unavailable-page";

const { values } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string" }, hostname: { type: "string" } },
});
const dev = values.dev;
const port = z.coerce.number().int().min(1).max(65535).parse(values.port ?? (process.env.PORT || 3000));
// Not from HOSTNAME: containers set it to their own name, which is not where readers connect.
const hostname = values.hostname;
const databasePath = databaseFile(databaseUrl());
const cacheMegabytes = z.coerce.number().int().min(0).max(65_536).parse(process.env.PAGE_CACHE_MB || 256);

const app = next({ dev, port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const basePolicy = contentSecurityPolicy([], { development: dev });
// The development server rebuilds pages as code changes: nothing is kept there.
const pages = new ResponseCache(dev ? 0 : cacheMegabytes * 1024 * 1024);
const searches = new ResponseCache(dev ? 0 : (cacheMegabytes * 1024 * 1024) / 8);

/** Where a request's response may be kept, if anywhere. */
function cacheFor(req: IncomingMessage): { cache: ResponseCache; key: string } | undefined {
  const page = cacheKey(req);
  if (page !== undefined) return { cache: pages, key: page };
  const search = searchCacheKey(req);
  return search === undefined ? undefined : { cache: searches, key: search };
}
const refusedLogged = new Set<string>();

/** The policy for a page: its framework scripts' hashes, once per page version. */
function pagePolicy(url: string, html: Buffer): string {
  if (dev) return basePolicy;
  const scripts = inlineScriptHashes(html.toString("utf8"));
  if (scripts.refused > 0 && !refusedLogged.has(url)) {
    refusedLogged.add(url);
    console.warn(`serve: ${url} holds ${scripts.refused} inline script(s) that are not Next's data scripts; its policy refuses them`);
  }
  return contentSecurityPolicy(scripts.allowed);
}

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader("Content-Security-Policy", basePolicy);

  const problem = serverDatabaseProblem();
  if (problem) {
    const api = req.url?.startsWith("/api/");
    res.writeHead(503, {
      "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
      "Retry-After": "30",
      "Cache-Control": "no-store",
    });
    res.end(api ? JSON.stringify({ error: problem }) : unavailablePage(problem));
    return;
  }

  serveFromCacheOrNext(req, res, true);
});

/** Rendering responses by cache key: a miss waits for the render already under way. */
const rendering = new Map<string, Promise<void>>();

function serveFromCacheOrNext(req: IncomingMessage, res: ServerResponse, mayWait: boolean): void {
  const { cache, key } = cacheFor(req) ?? {};
  const cached = cache && key !== undefined ? cache.get(key) : undefined;
  if (cached) {
    sendCached(req, res, cached);
    return;
  }
  if (key !== undefined) {
    const underWay = rendering.get(key);
    // After a seed clears the cache, every reader of a popular page misses at once; one
    // render serves them all. Once only: what that render did not store (a 404) is not
    // worth queueing for.
    if (underWay && mayWait) {
      void underWay.then(() => serveFromCacheOrNext(req, res, false));
      return;
    }
    if (!underWay) {
      const done = new Promise<void>((resolve) => res.once("close", resolve));
      rendering.set(key, done);
      void done.then(() => rendering.get(key) === done && rendering.delete(key));
    }
  }

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
      // A HEAD response has no body to keep.
      if (!cache || key === undefined || req.method !== "GET") return sendBody(req, res, body);
      cache.store(key, epoch, res.statusCode, res.getHeaders(), body).then(
        (stored) => (stored ? sendCached(req, res, stored) : sendBody(req, res, body)),
        (err: unknown) => {
          console.error(`serve: keeping ${key}:`, err);
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

const stopWatching = watchDatabase(databasePath, () => {
  pages.clear();
  searches.clear();
});

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
