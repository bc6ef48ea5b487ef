// The one definition of a kept response's key: which requests may be answered from memory,
// under which key, and which responses may be stored under it.
//
// A response is kept only for a request whose every payload-changing header is known and
// part of the key. The router headers Next's own `Vary` names (`rsc`, the state tree, the
// prefetch and segment-prefetch headers) are part of the key, so a page's RSC payloads
// (a link's prefetch, a client navigation) are kept beside its HTML, each under what it
// was rendered for. A request carrying any other header Next reads to change its answer
// (a middleware prefetch's `{}`, a server action) goes to Next every time and its answer
// is never stored: one such request must not decide what every later reader gets.
//
// The key is the address Next is asked to render: a kept request's URL is rewritten to
// its key's (only the query parameters the page reads, in one order), so what is stored
// under a key is always the render of that key, whatever else the first request carried.
// An RSC request keeps its `_rsc` parameter (Next checks it), which is not in the key:
// it is a hash of the router headers, and a request whose `_rsc` is not that hash is
// passed to Next, which redirects it.
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";
import type { Sharing } from "@/lib/server/cache-control";

export type CacheName = "pages" | "searches";

interface KeptRoute {
  name: string;
  /** The path, percent-encoded as requested. */
  path: RegExp;
  /** The query parameters the page reads (its first value each); any other is dropped from the key. */
  params: readonly string[];
  cache: CacheName;
  /** What a CDN may do with its answer (./cache-control.ts). */
  sharing: Sharing;
  /** What a plain GET of the route answers with: anything else is not stored. */
  contentType: RegExp;
  body: RegExp | undefined;
  /** A page's RSC payload (`rsc: 1`), as it answers a prefetch or a client navigation; none: such requests are passed. */
  payload?: { contentType: RegExp; body: RegExp };
  /** Marks an answer true only for this moment (a search stopped at its deadline): never stored. */
  incomplete?: RegExp;
  example: string;
}

/** One path segment, never `.` or `..` (which a client or proxy may resolve elsewhere). */
const SEGMENT = "(?!\\.\\.?(?:/|$))[^/]+";
/** A page: its HTML, and its RSC payload (React's flight rows, `0:{…}`). */
const PAGE = {
  contentType: /^text\/html\b/,
  body: /^<!DOCTYPE html>/i,
  payload: { contentType: /^text\/x-component\b/, body: /^[0-9a-f]+:/ },
};
const XML = /^<\?xml /;

/** Routes whose answers are the same for every reader, in the order they are tried. */
export const KEPT_ROUTES: readonly KeptRoute[] = [
  { name: "home", path: /^\/$/, params: [], cache: "pages", sharing: "content", ...PAGE, example: "/" },
  { name: "article", path: new RegExp(`^/articles/${SEGMENT}$`), params: [], cache: "pages", sharing: "content", ...PAGE, example: "/articles/alibaba-ai-push" },
  { name: "company", path: new RegExp(`^/companies/${SEGMENT}$`), params: ["page"], cache: "pages", sharing: "content", ...PAGE, example: "/companies/BABA?page=2" },
  { name: "claim", path: new RegExp(`^/companies/${SEGMENT}/claims/${SEGMENT}$`), params: [], cache: "pages", sharing: "content", ...PAGE, example: "/companies/BABA/claims/revenue.3m-2025-06.reported" },
  // Searches repeat (a company's name, "guidance") and cost more as the corpus grows; they
  // have a cache of their own, so that a flood of one-off queries cannot push the briefings out.
  { name: "search", path: /^\/search$/, params: ["q", "company", "basis", "from", "to"], cache: "searches", sharing: "private", ...PAGE, incomplete: /data-search-too-slow/, example: "/search?q=cloud&basis=guidance" },
  { name: "feed", path: /^\/feed\.xml$/, params: [], cache: "pages", sharing: "content", contentType: /^application\/rss\+xml\b/, body: XML, example: "/feed.xml" },
  { name: "sitemap", path: /^\/sitemap\.xml$/, params: ["page"], cache: "pages", sharing: "content", contentType: /^application\/xml\b/, body: XML, example: "/sitemap.xml" },
  { name: "robots", path: /^\/robots\.txt$/, params: [], cache: "pages", sharing: "content", contentType: /^text\/plain\b/, body: /^User-Agent: /m, example: "/robots.txt" },
  // The build's files and public/ never change under a running server.
  { name: "public file", path: /^\/favicon\.svg$/, params: [], cache: "pages", sharing: "content", contentType: /^image\/svg\+xml\b/, body: /<svg\b/, example: "/favicon.svg" },
  { name: "build file", path: new RegExp(`^/_next/static/(?:${SEGMENT}/)*${SEGMENT}$`), params: [], cache: "pages", sharing: "immutable", contentType: /./, body: undefined, example: "/_next/static/chunks/main.js" },
];

/** Longer keys are not kept (a search of sensible length is far shorter). */
const MAX_KEY_LENGTH = 400;

type HeaderEffect =
  /** Next answers differently: such a request is passed to Next and never stored. */
  | "pass"
  /** Next answers differently by its value, which is part of the key. */
  | "key"
  /** Next reads it, but a kept route's 200 answer does not change (e2e/http-cache.spec.ts checks each). */
  | "same";

interface RequestHeaderRule {
  /** A header name, or a prefix ending in `-`/`*`. */
  name: string;
  effect: HeaderEffect;
  why: string;
  /** A value that shows the effect; the browser tests send it. */
  example: string;
  /** For "pass": whether this value passes (default: any value). */
  passes?: (value: string) => boolean;
}

/** The request headers Next 16 reads (node_modules/next/dist/server, build/templates/app-page-runtime.js), in the order checked. */
export const REQUEST_HEADERS: readonly RequestHeaderRule[] = [
  // Next's Vary on every page (base-server.js setVaryHeader): the payload is its value's.
  { name: "rsc", effect: "key", why: "`1`: the page's RSC payload instead of its HTML", example: "1" },
  { name: "next-router-state-tree", effect: "key", why: "a navigation's payload holds only the segments this router state lacks", example: "%5B%22%22%2C%7B%7D%2Cnull%2C%22metadata-only%22%5D" },
  { name: "next-router-prefetch", effect: "key", why: "a prefetch's payload: what a link shows before it is followed", example: "1" },
  { name: "next-router-segment-prefetch", effect: "key", why: "one segment's prefetch payload (`/_tree`: the route's tree)", example: "/_tree" },
  {
    name: "next-url",
    effect: "same",
    why: "the page the router is on: Next deletes it before rendering a route that no interception route can match (none here), and says so by leaving it out of Vary; a response whose Vary names it is not kept (notKeepable). It counts in the `_rsc` hash",
    example: "/articles/alibaba-ai-push",
  },
  { name: "next-action", effect: "pass", why: "a server action", example: "0123456789abcdef" },
  { name: "next-resume", effect: "pass", why: "resumes a postponed render", example: "1" },
  { name: "next-hmr-refresh", effect: "pass", why: "a development refresh", example: "1" },
  { name: "next-*", effect: "pass", why: "Next's own request headers, present and future", example: "1" },
  { name: "x-middleware-prefetch", effect: "pass", why: "Next answers `{}` without rendering", example: "1" },
  { name: "x-middleware-subrequest", effect: "pass", why: "middleware recursion guard", example: "middleware" },
  { name: "x-middleware-*", effect: "pass", why: "middleware's internal headers", example: "1" },
  { name: "x-nextjs-data", effect: "pass", why: "a pages-router data request", example: "1" },
  { name: "x-now-route-matches", effect: "pass", why: "marks a revalidation", example: "1" },
  { name: "x-matched-path", effect: "pass", why: "minimal mode's routed path", example: "/robots.txt" },
  { name: "x-prerender-revalidate", effect: "pass", why: "on-demand revalidation", example: "x" },
  { name: "x-prerender-*", effect: "pass", why: "revalidation variants", example: "1" },
  { name: "x-next*", effect: "pass", why: "Next's internal headers (request ids, resume state, cache tags)", example: "1" },
  { name: "x-invoke-*", effect: "pass", why: "router-worker invocation headers of earlier Next versions", example: "/" },
  { name: "x-invocation-id", effect: "pass", why: "a platform invocation", example: "1" },
  { name: "x-action-forwarded", effect: "pass", why: "a forwarded server action", example: "1" },
  {
    name: "cookie",
    effect: "pass",
    why: "draft/preview mode or the instant-navigation test cookie; other cookies are not read",
    example: "__prerender_bypass=1",
    passes: (value) => /(?:^|;\s*)(?:__prerender_bypass|__next_preview_data|next-instant-navigation-testing)=/.test(value),
  },
  { name: "user-agent", effect: "key", why: "bots (Next's own list) get metadata in <head> instead of streamed", example: "Twitterbot/1.0" },
  { name: "purpose", effect: "same", why: "listed by Next only among headers a cache may ignore", example: "prefetch" },
  { name: "sec-purpose", effect: "same", why: "listed by Next only among headers a cache may ignore", example: "prefetch" },
  { name: "sec-fetch-dest", effect: "same", why: "changes only a 404 (plain text for an image), never kept", example: "image" },
  { name: "x-forwarded-host", effect: "same", why: "read for server actions' origin check; links come from SITE_URL", example: "evil.example" },
  { name: "x-forwarded-proto", effect: "same", why: "read for request URLs; links come from SITE_URL", example: "https" },
];

function matches(rule: RequestHeaderRule, header: string): boolean {
  return rule.name.endsWith("*") ? header.startsWith(rule.name.slice(0, -1)) : header === rule.name;
}

/**
 * A pure function of a string, its answers remembered (every request asks again). At most
 * `limit` are held: a flood of distinct inputs empties the memory, never grows it.
 */
function remembered<T>(limit: number, fn: (input: string) => T): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    if (known.has(input)) return known.get(input)!;
    const value = fn(input);
    if (known.size >= limit) known.clear();
    known.set(input, value);
    return value;
  };
}

const ruleFor = remembered(256, (header) => REQUEST_HEADERS.find((r) => matches(r, header)));
const botTypeOf = remembered(1_024, (userAgent) => getBotType(userAgent));
const truncatedSha256 = remembered(4_096, (input) => createHash("sha256").update(input).digest().subarray(0, 12).toString("base64url"));

/** The headers whose values are part of the key, in the key's order. */
const KEYED_ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree"] as const;
/** Values of `next-router-prefetch` Next's `_rsc` check knows (base-server.js). */
const PREFETCH_VALUES = new Set(["1", "2", "3"]);
/** A router state far larger than any this app's two-level routes produce is not kept. */
const MAX_ROUTER_HEADERS_LENGTH = 2_000;

/**
 * The `_rsc` value Next expects for these router headers: its computeCacheBustingSearchParam
 * (next/dist/shared/lib/router/utils/cache-busting-search-param.js), synchronously;
 * cache-key.test.ts checks the two agree.
 */
export function cacheBustingParam(prefetch: string | undefined, segment: string | undefined, stateTree: string | undefined, nextUrl: string | undefined): string {
  if ((prefetch === undefined || prefetch === "0") && segment === undefined && stateTree === undefined && nextUrl === undefined) return "";
  return truncatedSha256([prefetch ?? "0", segment ?? "0", stateTree ?? "0", nextUrl ?? "0"].join(","));
}

export type KeyDecision =
  | { kept: true; cache: CacheName; sharing: Sharing; key: string; route: string; url: string; payload: boolean }
  | { kept: false; reason: string };

/** Whether a request may be answered from memory, and under which key; `url` is what Next is asked to render. */
export function keptResponseKey(req: Pick<IncomingMessage, "method" | "url" | "headers">): KeyDecision {
  if (req.method !== "GET" && req.method !== "HEAD") return { kept: false, reason: `method ${req.method}` };
  const raw = req.url ?? "";
  if (!raw.startsWith("/") || raw.includes("#")) return { kept: false, reason: "not a plain path" };
  const at = raw.indexOf("?");
  const [path, query] = at < 0 ? [raw, ""] : [raw.slice(0, at), raw.slice(at + 1)];
  const route = KEPT_ROUTES.find((r) => r.path.test(path));
  if (!route) return { kept: false, reason: "not a kept route" };

  let bot: string | undefined;
  const router: Partial<Record<(typeof KEYED_ROUTER_HEADERS)[number], string>> = {};
  for (const [header, value] of Object.entries(req.headers)) {
    const rule = ruleFor(header);
    if (!rule || rule.effect === "same") continue;
    const text = Array.isArray(value) ? value.join(", ") : (value ?? "");
    if (rule.effect === "pass" && (rule.passes?.(text) ?? true)) return { kept: false, reason: `header ${header}` };
    if (rule.name === "user-agent") bot = botTypeOf(text);
    else router[rule.name as keyof typeof router] = text;
  }

  // The first value of each parameter the page reads, as Next hands it to the page.
  const given = new URLSearchParams(query);
  const kept = new URLSearchParams();
  if (query) {
    for (const name of route.params) {
      const value = given.get(name);
      if (value !== null) kept.set(name, value);
    }
  }
  const search = kept.size > 0 ? `?${kept}` : "";
  let url = path + search;
  if (url.length > MAX_KEY_LENGTH) return { kept: false, reason: "too long" };
  // A space never occurs in a request target, so no URL can name another's variant.
  let key = bot ? `${url} bot:${bot}` : url;

  const routed = KEYED_ROUTER_HEADERS.map((name) => router[name]);
  const payload = router.rsc === "1";
  if (routed.some((value) => value !== undefined)) {
    if (!route.payload) return { kept: false, reason: "router headers on a route without a payload" };
    if (routed.reduce((n, value) => n + (value?.length ?? 0), 0) > MAX_ROUTER_HEADERS_LENGTH) return { kept: false, reason: "router headers too long" };
    if (payload) {
      // What Next checks before it answers (else it redirects to the right `_rsc`).
      const prefetch = router["next-router-prefetch"];
      if (prefetch !== undefined && !PREFETCH_VALUES.has(prefetch)) return { kept: false, reason: `next-router-prefetch ${prefetch}` };
      const nextUrl = req.headers["next-url"];
      // As Next reads them: an empty segment header counts as none.
      const expected = cacheBustingParam(prefetch, router["next-router-segment-prefetch"] || undefined, router["next-router-state-tree"], Array.isArray(nextUrl) ? nextUrl.join(", ") : nextUrl);
      if (given.get("_rsc") !== expected) return { kept: false, reason: "_rsc does not match the router headers" };
      url += `${search ? "&" : "?"}_rsc=${expected}`;
    }
    // Header values hold no line break (HTTP forbids it): one line per header, `-` when absent.
    key += ` router:${routed.map((value) => (value === undefined ? "\n-" : `\n=${value}`)).join("")}`;
  }
  return { kept: true, cache: route.cache, sharing: route.sharing, key, route: route.name, url, payload };
}

/** Headers a kept response may vary on: those in its key, and the encoding this server chooses itself. */
const KEYED_VARY = new Set<string>([...KEYED_ROUTER_HEADERS, "accept-encoding"]);

/** Why a response to a kept request must not be stored, or undefined when it is what such a request always gets. */
export function notKeepable(
  kept: Pick<Extract<KeyDecision, { kept: true }>, "route" | "payload">,
  status: number,
  headers: OutgoingHttpHeaders,
  body: Buffer,
): string | undefined {
  const route = KEPT_ROUTES.find((r) => r.name === kept.route);
  if (!route) return `no route ${kept.route}`;
  const expected = kept.payload ? route.payload : route;
  if (!expected) return `no payload on route ${kept.route}`;
  if (status !== 200) return `status ${status}`;
  const type = String(headers["content-type"] ?? "");
  if (!expected.contentType.test(type)) return `content type "${type}"`;
  if (headers["set-cookie"] !== undefined) return "sets a cookie";
  // Next names in Vary what its answer depends on: each must be in the key.
  const vary = String(headers.vary ?? "").split(",").map((name) => name.trim().toLowerCase()).filter(Boolean);
  const unkeyed = vary.find((name) => !KEYED_VARY.has(name));
  if (unkeyed) return `varies on ${unkeyed}, not in the key`;
  if (body.length === 0) return "empty body";
  if (expected.body && !expected.body.test(body.subarray(0, 256).toString("latin1"))) return "not the route's kind of body";
  if (route.incomplete?.test(body.toString("latin1"))) return "an answer for this moment only";
  return undefined;
}
