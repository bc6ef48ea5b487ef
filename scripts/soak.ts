// npm run soak -- [--seconds 60] [--connections 100] [--url http://localhost:3000]
//
// Loads a running server for a fixed time with parallel request loops over the home
// page, an article, a company and a search (the article and company are the first the
// sitemap lists), then prints requests, errors, latency percentiles and the server's
// memory (before, peak, after). Two hostile clients run too:
// - before the load, the poisoning client sends each request header Next reads
//   (lib/server/cache-key.ts) to the kept pages and to searches not yet kept, then checks
//   that a plain GET still gets the page (status, content type, kind of body);
// - during the load, the reset-while-waiting client sends a render (a HEAD) and, behind it,
//   a GET whose connection it resets; afterwards every address it touched must answer
//   ("hung URLs", must be 0).
// Exit status 1 when any request failed, any page was poisoned or any address hangs.
// Localhost only; bounded in requests and time; it stops by itself. Not part of `npm test`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { parseArgs } from "node:util";
import { z } from "zod";
import { readEnv } from "@/lib/env";
import { keptResponseKey, notKeepable, REQUEST_HEADERS } from "@/lib/server/cache-key";
import { percentile } from "./bench/percentile";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "100" },
    url: { type: "string", default: `http://localhost:${readEnv().PORT}` },
    query: { type: "string", default: "revenue" },
  },
});
const seconds = z.coerce.number().positive().max(3_600).parse(values.seconds);
const connections = z.coerce.number().int().min(1).max(1_000).parse(values.connections);
const base = new URL(values.url);
if (!["localhost", "127.0.0.1", "[::1]"].includes(base.hostname)) {
  console.error(`soak: ${base.hostname} is not this machine; the soak only loads a local server`);
  process.exit(2);
}

/** Pages to load: the sitemap's first article and company, plus home and search; and up to 20 of the sitemap's pages. */
async function targets(): Promise<{ load: string[]; listed: string[] }> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>[^<]*?\/\/[^/<]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  const read = async (address: string) => (await fetch(new URL(address, base))).text();
  const sitemap = await read("/sitemap.xml");
  // Past 50,000 addresses the sitemap is an index of pages (companies come last).
  const listed = sitemap.includes("<sitemapindex") ? (await Promise.all(locs(sitemap).map(read))).flatMap(locs) : locs(sitemap);
  const first = (prefix: string) => {
    const found = listed.find((p) => p.startsWith(prefix));
    if (!found) throw new Error(`the sitemap lists no ${prefix} page: seed some articles first`);
    return found;
  };
  return {
    load: ["/", first("/articles/"), first("/companies/"), `/search?q=${encodeURIComponent(values.query)}`],
    listed: listed.filter((p) => p !== "/").slice(0, 20),
  };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request on its own connection, bounded by `timeoutMs`. */
function send(path: string, headers: Record<string, string> = {}, method = "GET", timeoutMs = 15_000): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), { method, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("timeout", () => req.destroy(new Error(`no answer in ${timeoutMs / 1_000} s`)));
    req.on("error", reject);
    req.end();
  });
}

/** Why a plain GET's answer is not the page (undefined when it is). */
async function notThePage(path: string): Promise<string | undefined> {
  const decision = keptResponseKey({ method: "GET", url: path, headers: {} });
  if (!decision.kept) return undefined;
  const answer = await send(path);
  return notKeepable(decision, answer.status, answer.headers, answer.body);
}

const runId = Date.now().toString(36);

/** Each header Next reads, first to each page (and to a search never asked before), then a plain GET. */
async function poisoningClient(pages: string[]): Promise<{ requests: number; poisoned: string[] }> {
  const poisoned: string[] = [];
  let requests = 0;
  for (const [n, rule] of REQUEST_HEADERS.entries()) {
    const name = rule.name.replace(/\*$/, "example");
    const targets = [...pages, `/search?q=soak+${runId}+poison+${n}`];
    for (const path of targets) {
      await send(path, { [name]: rule.example }).catch(() => undefined);
      requests++;
    }
    for (const path of targets) {
      const problem = await notThePage(path).catch((err: unknown) => (err instanceof Error ? err.message : String(err)));
      requests++;
      if (problem) poisoned.push(`${path} after ${name}: ${problem}`);
    }
  }
  return { requests, poisoned };
}

/** A render (a HEAD, which is never kept) with a GET waiting behind it whose client resets. */
async function resetWhileWaiting(path: string): Promise<void> {
  const renderer = send(path, {}, "HEAD").catch(() => undefined);
  await new Promise((r) => setTimeout(r, 2));
  const waiter = net.connect(Number(base.port || 80), base.hostname.replace(/^\[|\]$/g, ""), () => {
    waiter.write(`GET ${path} HTTP/1.1\r\nHost: ${base.host}\r\n\r\n`);
    setTimeout(() => waiter.resetAndDestroy(), 5);
  });
  waiter.on("error", () => {});
  await renderer;
}

/** Resets while waiting, on searches never asked before and on the sitemap's pages, until the deadline (200 at most). */
async function resetClient(pages: string[], deadline: number): Promise<string[]> {
  const touched: string[] = [];
  for (let i = 0; i < 200 && Date.now() < deadline; i++) {
    const path = i % 2 === 0 ? `/search?q=soak+${runId}+reset+${i}` : pages[(i >> 1) % pages.length]!;
    await resetWhileWaiting(path);
    touched.push(path);
  }
  return touched;
}

/** The addresses that do not answer within 10 s. */
async function hungAddresses(paths: string[]): Promise<string[]> {
  const answers = await Promise.all(paths.map((p) => send(p, {}, "GET", 10_000).then(() => undefined, () => p)));
  return answers.filter((p): p is string => p !== undefined);
}

/** The resident memory of the process listening on the server's port, from /proc. */
function serverRss(): { pid: number; mib: number } | null {
  try {
    const ss = execFileSync("ss", ["-ltnpH", `sport = :${base.port || 80}`], { encoding: "utf8" });
    const pid = Number(/pid=(\d+)/.exec(ss)?.[1]);
    if (!pid) return null;
    const kib = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return { pid, mib: kib / 1024 };
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const { load: paths, listed } = await targets();
  const rssBefore = serverRss();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    const now = serverRss();
    if (now && (!rssPeak || now.mib > rssPeak.mib)) rssPeak = now;
  }, 500);

  const poisonTargets = ["/", "/feed.xml", "/sitemap.xml", "/robots.txt", paths[1]!, paths[2]!];
  console.log(`soak: poisoning client: ${REQUEST_HEADERS.length} headers × ${poisonTargets.length + 1} addresses`);
  const poisoning = await poisoningClient(poisonTargets);
  console.log(`soak: ${connections} connections for ${seconds}s against ${base.origin}: ${paths.join(", ")}, and the reset-while-waiting client`);

  const latencies: number[] = [];
  const errors = new Map<string, number>();
  const byPath = new Map<string, number>(paths.map((p) => [p, 0]));
  const deadline = Date.now() + seconds * 1_000;

  async function loop(n: number): Promise<void> {
    for (let i = n; Date.now() < deadline; i++) {
      const path = paths[i % paths.length]!;
      const started = performance.now();
      try {
        // Bounded: no request outlives the run by more than its timeout.
        const response = await fetch(new URL(path, base), { signal: AbortSignal.timeout(15_000) });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`HTTP ${response.status}`);
        latencies.push(performance.now() - started);
        byPath.set(path, byPath.get(path)! + 1);
      } catch (err) {
        const reason = `${path}: ${err instanceof Error ? err.message : String(err)}`;
        errors.set(reason, (errors.get(reason) ?? 0) + 1);
      }
    }
  }
  const started = performance.now();
  const [touched] = await Promise.all([resetClient(listed.length ? listed : paths, deadline), ...Array.from({ length: connections }, (_, n) => loop(n))]);
  const elapsed = (performance.now() - started) / 1_000;
  const hung = await hungAddresses([...new Set([...touched, ...paths])]);
  clearInterval(sampler);
  const rssAfter = serverRss();

  latencies.sort((a, b) => a - b);
  const failed = [...errors.values()].reduce((a, b) => a + b, 0);
  const total = latencies.length + failed;
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  const rss = (r: ReturnType<typeof serverRss>) => (r ? `${r.mib.toFixed(0)} MiB (pid ${r.pid})` : "unknown (no process found on the port)");
  console.log(`requests   ${total} in ${elapsed.toFixed(1)}s (${(total / elapsed).toFixed(1)}/s)`);
  for (const [path, n] of byPath) console.log(`           ${String(n).padStart(6)} ok  ${path}`);
  console.log(`errors     ${failed}`);
  for (const [reason, n] of [...errors].slice(0, 10)) console.log(`           ${n} × ${reason}`);
  console.log(`latency    p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(latencies.at(-1) ?? NaN)}`);
  console.log(`poisoned   ${poisoning.poisoned.length} (of ${poisoning.requests} poisoning and checking requests)`);
  for (const problem of poisoning.poisoned.slice(0, 10)) console.log(`           ${problem}`);
  console.log(`hung URLs  ${hung.length} (of ${touched.length} resets while waiting)`);
  for (const path of hung.slice(0, 10)) console.log(`           ${path}`);
  console.log(`server RSS before ${rss(rssBefore)}, peak ${rss(rssPeak)}, after ${rss(rssAfter)}`);
  return failed === 0 && total > 0 && poisoning.poisoned.length === 0 && hung.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`soak: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
