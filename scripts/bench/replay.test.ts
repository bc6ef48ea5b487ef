import { describe, expect, it } from "vitest";
import { keptResponseKey } from "@/lib/server/cache-key";
import { spread, wrkScript } from "./replay";
import type { RecordedRequest } from "./session";

const prefetch = { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree", "next-url": "/" };
const session: RecordedRequest[] = [
  { method: "GET", path: "/", headers: {}, kind: "document", step: "home" },
  { method: "GET", path: "/articles/a?_rsc=x", headers: prefetch, kind: "prefetch", step: "home" },
  { method: "GET", path: "/articles/b?_rsc=x", headers: prefetch, kind: "prefetch", step: "home" },
  { method: "GET", path: "/companies/A?_rsc=y", headers: { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" }, kind: "navigation", step: "company" },
];

describe("spread", () => {
  it("sends each distinct recorded set of router headers to every page, with the `_rsc` Next expects", () => {
    const requests = spread(session, "prefetch", "/articles/", ["/articles/x", "/articles/y"]);
    expect(requests.map((r) => r.path.split("?")[0])).toEqual(["/articles/x", "/articles/y"]);
    for (const r of requests) {
      expect(r.headers).toEqual(prefetch);
      expect(keptResponseKey({ method: r.method, url: r.path, headers: r.headers })).toMatchObject({ kept: true, payload: true });
    }
    expect(() => spread(session, "navigation", "/articles/", ["/articles/x"])).toThrow(/no navigation to \/articles\//);
  });
});

describe("wrkScript", () => {
  it("writes each request's method, path and headers as Lua strings, and refuses what Lua cannot carry", () => {
    const script = wrkScript([{ method: "GET", path: '/search?q="x"', headers: { rsc: "1" } }], "br");
    expect(script).toContain('{ "GET", "/search?q=\\"x\\"", { ["rsc"] = "1" } }');
    expect(() => wrkScript([{ method: "GET", path: "/\n", headers: {} }], "br")).toThrow(/not printable ASCII/);
  });
});
