// Requests for wrk to send: a recorded reader's session as it was, and the rows that
// spread one recorded prefetch or navigation over many pages (the same router headers
// the browser sent, with the `_rsc` value it would compute for each).
import { cacheBustingParam } from "@/lib/server/cache-key";
import type { RecordedRequest } from "./session";

export interface ReplayRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

/** `path` with the router headers of `template`, and the `_rsc` Next expects for them. */
export function withRouterHeaders(path: string, headers: Record<string, string>): ReplayRequest {
  const url = new URL(path, "http://x");
  url.searchParams.delete("_rsc");
  const rsc = cacheBustingParam(headers["next-router-prefetch"], headers["next-router-segment-prefetch"], headers["next-router-state-tree"], headers["next-url"]);
  url.searchParams.set("_rsc", rsc);
  return { method: "GET", path: url.pathname + url.search, headers };
}

/**
 * Each distinct set of router headers the session sent with `kind` requests to paths
 * under `prefix`, applied to every one of `paths`.
 */
export function spread(session: RecordedRequest[], kind: "prefetch" | "navigation", prefix: string, paths: string[]): ReplayRequest[] {
  const templates = new Map<string, Record<string, string>>();
  for (const r of session) if (r.kind === kind && r.path.startsWith(prefix)) templates.set(JSON.stringify(r.headers), r.headers);
  if (templates.size === 0) throw new Error(`the recorded session sent no ${kind} to ${prefix}`);
  return paths.flatMap((path) => [...templates.values()].map((headers) => withRouterHeaders(path, headers)));
}

/** A Lua string literal for ASCII text (request targets and router headers are percent-encoded). */
function lua(text: string): string {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`not printable ASCII, cannot go in the wrk script: ${JSON.stringify(text)}`);
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/**
 * A wrk script sending `requests` in turn (formatted once, in init), and printing its
 * figures as one `WRK_JSON` line at the end.
 */
export function wrkScript(requests: ReplayRequest[], acceptEncoding: string): string {
  const rows = requests.map(
    (r) => `{ ${lua(r.method)}, ${lua(r.path)}, { ${Object.entries(r.headers).map(([name, value]) => `[${lua(name)}] = ${lua(value)}`).join(", ")} } }`,
  );
  return `wrk.headers["Accept-Encoding"] = ${lua(acceptEncoding)}
local rows = {
${rows.join(",\n")}
}
local formatted = {}
init = function(args)
  for i, row in ipairs(rows) do
    local headers = {}
    for name, value in pairs(wrk.headers) do headers[name] = value end
    for name, value in pairs(row[3]) do headers[name] = value end
    formatted[i] = wrk.format(row[1], row[2], headers)
  end
end
local next = 0
request = function()
  next = next + 1
  return formatted[((next - 1) % #formatted) + 1]
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK_JSON {"requests":%d,"duration_us":%d,"errors":%d,"timeouts":%d,"p50_us":%d,"p99_us":%d,"mean_us":%d}\\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean))
end
`;
}
