// npm run soak -- [--seconds 60] [--connections 100] [--url http://localhost:3000]
//
// Loads a running server for a fixed time with parallel request loops over the home
// page, an article, a company and a search (the article and company are the first the
// sitemap lists), then prints requests, errors, latency percentiles and the server's
// memory before and after. Exit status 1 when any request failed. Localhost only; it
// stops by itself. Not part of `npm test`.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "100" },
    url: { type: "string", default: `http://localhost:${process.env.PORT || 3000}` },
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

/** Pages to load: the sitemap's first article and company, plus home and search. */
async function targets(): Promise<string[]> {
  const sitemap = await (await fetch(new URL("/sitemap.xml", base))).text();
  const first = (prefix: string) => {
    const match = new RegExp(`<loc>[^<]*?(${prefix}[^<]+)</loc>`).exec(sitemap);
    if (!match) throw new Error(`the sitemap lists no ${prefix} page: seed some articles first`);
    return match[1]!;
  };
  return ["/", first("/articles/"), first("/companies/"), `/search?q=${encodeURIComponent(values.query)}`];
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

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

async function main(): Promise<number> {
  const paths = await targets();
  const rssBefore = serverRss();
  console.log(`soak: ${connections} connections for ${seconds}s against ${base.origin}: ${paths.join(", ")}`);

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
  await Promise.all(Array.from({ length: connections }, (_, n) => loop(n)));
  const elapsed = (performance.now() - started) / 1_000;
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
  console.log(`server RSS before ${rss(rssBefore)}, after ${rss(rssAfter)}`);
  return failed === 0 && total > 0 ? 0 : 1;
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
