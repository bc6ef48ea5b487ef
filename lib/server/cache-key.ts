// The one definition of a kept response's key: which requests may be answered from memory,
// under which key, and which responses may be stored under it.
//
// A response is kept only for a request whose every payload-changing header is known and
// part of the key. A request carrying any other header Next reads to change its answer
// (an RSC payload, a middleware prefetch's `{}`, a server action) goes to Next every time
// and its answer is never stored: one such request must not decide what every later
// reader of that address gets.
//
// The key is the address Next is asked to render: a kept request's URL is rewritten to
// its key's (only the query parameters the page reads, in one order), so what is stored
// under a key is always the render of that key, whatever else the first request carried.
import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";
import { getBotType } from "next/dist/shared/lib/router/utils/is-bot.js";

export type CacheName = "pages" | "searches";

interface KeptRoute {
  name: string;
  /** The path, percent-encoded as requested. */
  path: RegExp;
  /** The query parameters the page reads (its first value each); any other is dropped from the key. */
  params: readonly string[];
  cache: CacheName;
  /** What a plain GET of the route answers with: anything else is not stored. */
  contentType: RegExp;
  body: RegExp | undefined;
  /** Marks an answer true only for this moment (a search stopped at its deadline): never stored. */
  incomplete?: RegExp;
  example: string;
}

/** One path segment, never `.` or `..` (which a client or proxy may resolve elsewhere). */
const SEGMENT = "(?!\\.\\.?(?:/|$))[^/]+";
const HTML = { contentType: /^text\/html\b/, body: /^<!DOCTYPE html>/i };
const XML = /^<\?xml /;

/** Routes whose answers are the same for every reader, in the order they are tried. */
export const KEPT_ROUTES: readonly KeptRoute[] = [
  { name: "home", path: /^\/$/, params: [], cache: "pages", ...HTML, example: "/" },
  { name: "article", path: new RegExp(`^/articles/${SEGMENT}$`), params: [], cache: "pages", ...HTML, example: "/articles/alibaba-ai-push" },
  { name: "company", path: new RegExp(`^/companies/${SEGMENT}$`), params: ["page"], cache: "pages", ...HTML, example: "/companies/BABA?page=2" },
  // Searches repeat (a company's name, "guidance") and cost more as the corpus grows; they
  // have a cache of their own, so that a flood of one-off queries cannot push the briefings out.
  { name: "search", path: /^\/search$/, params: ["q", "company", "basis", "from", "to"], cache: "searches", ...HTML, incomplete: /data-search-too-slow/, example: "/search?q=cloud&basis=guidance" },
  { name: "feed", path: /^\/feed\.xml$/, params: [], cache: "pages", contentType: /^application\/rss\+xml\b/, body: XML, example: "/feed.xml" },
  { name: "sitemap", path: /^\/sitemap\.xml$/, params: [], cache: "pages", contentType: /^application\/xml\b/, body: XML, example: "/sitemap.xml" },
  { name: "robots", path: /^\/robots\.txt$/, params: [], cache: "pages", contentType: /^text\/plain\b/, body: /^User-Agent: /m, example: "/robots.txt" },
  // The build's files never change under a running server.
  { name: "build file", path: new RegExp(`^/_next/static/(?:${SEGMENT}/)*${SEGMENT}$`), params: [], cache: "pages", contentType: /./, body: undefined, example: "/_next/static/chunks/main.js" },
];

/** Longer keys are not kept (a search of sensible length is far shorter). */
const MAX_KEY_LENGTH = 400;

type HeaderEffect =
  /** Next answers differently: such a request is passed to Next and never stored. */
  | "pass"
  /** Next answers differently by what the key records. */
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
  { name: "rsc", effect: "pass", why: "an RSC payload (or a redirect to its _rsc address), not the page", example: "1" },
  { name: "next-router-state-tree", effect: "pass", why: "the RSC payload for this router state", example: "%5B%22%22%5D" },
  { name: "next-router-prefetch", effect: "pass", why: "a prefetch's RSC payload", example: "1" },
  { name: "next-router-segment-prefetch", effect: "pass", why: "one segment's prefetch payload", example: "/_tree" },
  { name: "next-url", effect: "pass", why: "an intercepted route's payload", example: "/" },
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

export type KeyDecision =
  | { kept: true; cache: CacheName; key: string; route: string; url: string }
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
  for (const [header, value] of Object.entries(req.headers)) {
    const rule = REQUEST_HEADERS.find((r) => matches(r, header));
    if (!rule || rule.effect === "same") continue;
    const text = Array.isArray(value) ? value.join(", ") : (value ?? "");
    if (rule.effect === "pass" && (rule.passes?.(text) ?? true)) return { kept: false, reason: `header ${header}` };
    if (rule.name === "user-agent") bot = getBotType(text);
  }

  // The first value of each parameter the page reads, as Next hands it to the page.
  const given = new URLSearchParams(query);
  const kept = new URLSearchParams();
  for (const name of route.params) {
    const value = given.get(name);
    if (value !== null) kept.set(name, value);
  }
  const search = kept.size > 0 ? `?${kept}` : "";
  const url = path + search;
  if (url.length > MAX_KEY_LENGTH) return { kept: false, reason: "too long" };
  // A space never occurs in a request target, so no URL can name another's bot variant.
  return { kept: true, cache: route.cache, key: bot ? `${url} bot:${bot}` : url, route: route.name, url };
}

/** Why a response to a kept request must not be stored, or undefined when it is what a plain GET gets. */
export function notKeepable(routeName: string, status: number, headers: OutgoingHttpHeaders, body: Buffer): string | undefined {
  const route = KEPT_ROUTES.find((r) => r.name === routeName);
  if (!route) return `no route ${routeName}`;
  if (status !== 200) return `status ${status}`;
  const type = String(headers["content-type"] ?? "");
  if (!route.contentType.test(type)) return `content type "${type}"`;
  if (headers["set-cookie"] !== undefined) return "sets a cookie";
  if (body.length === 0) return "empty body";
  if (route.body && !route.body.test(body.subarray(0, 256).toString("latin1"))) return "not the route's kind of body";
  if (route.incomplete?.test(body.toString("latin1"))) return "an answer for this moment only";
  return undefined;
}
