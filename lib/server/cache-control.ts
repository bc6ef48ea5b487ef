// What a CDN (or any shared cache in front of the servers) may keep of scripts/serve.ts's
// answers, and for how long: the Cache-Control (and CDN-Cache-Control) of each kind of
// answer. Each kept route names its kind (KEPT_ROUTES in ./cache-key.ts); everything else
// is never shared.
//
// Why s-maxage is 2 s: every server clears its own cache within half a second of any
// writer's commit (it polls the content version, ./content-changes.ts), so a longer CDN
// lifetime would be the only thing keeping a briefing stale. Two seconds still shields the
// servers from a burst (one request per page per CDN node every 2 s) at a staleness readers
// do not notice. stale-while-revalidate lets the CDN answer at once with what it holds while
// it asks again (a 304 when the ETag still matches): an answer is at most
// 2 + 8 = 10 s old, and a CDN purge on the seed's commit makes it immediate.
//
// Why stale-while-revalidate is in CDN-Cache-Control (RFC 9213: read by CDNs, which then
// ignore Cache-Control; browsers ignore it) and not in Cache-Control: browsers honour it
// too. Chromium answers the router's fetch of an RSC payload from its own cache, stale,
// within the window: a client navigation just after a commit showed the old page
// (e2e/http-cache.spec.ts: "a browser asks again for a payload after a commit"). In
// Cache-Control, max-age=0 makes a browser ask again (with the ETag) every time, and
// s-maxage gives a CDN that does not read CDN-Cache-Control its 2 s.
import type { KeyDecision } from "@/lib/server/cache-key";
/** A CDN's lifetime for pages and payloads, seconds (see above). */
export const SHARED_MAX_AGE_SECONDS = 2;
/** How long past that a CDN may still answer while it revalidates, seconds. */
export const STALE_WHILE_REVALIDATE_SECONDS = 8;

/** The kinds of kept answer, each with its header, why, and an address that gets it. */
export const SHARING = {
  content: {
    header: `public, max-age=0, s-maxage=${SHARED_MAX_AGE_SECONDS}`,
    cdn: `public, max-age=${SHARED_MAX_AGE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`,
    why: "the same for every reader until the next commit: pages, their RSC payloads (keyed by `_rsc` and Vary), the feeds",
    example: "/articles/alibaba-ai-push",
  },
  private: {
    header: "private, no-cache",
    why: "a reader's own words: a CDN would fill with one-off queries (this server keeps them in a cache of their own); the browser keeps it and asks again with the ETag",
    example: "/search?q=cloud",
  },
  immutable: {
    header: "public, max-age=31536000, immutable",
    why: "build files are named by their content and the build ID: they never change under an address",
    example: "/_next/static/chunks/main.js",
  },
} as const satisfies Record<string, { header: string; cdn?: string; why: string; example: string }>;

export type Sharing = keyof typeof SHARING;

/**
 * What no cache may store: an error, a 404, a 503 while the database is not ready, a
 * refused method, an answer for this moment only (a search stopped at its deadline), and
 * any answer the server does not keep (APIs, CSV files, requests carrying headers that
 * change Next's answer) unless Next says otherwise. A CDN must ask every time.
 */
export const NOT_SHARED = "no-store";

/**
 * The caching headers of a kept route's answer: its kind's when it is what every request of
 * its key gets (`refused` undefined: see notKeepable), else never shared.
 */
export function keptCacheHeaders(kept: Extract<KeyDecision, { kept: true }>, refused: string | undefined): { "Cache-Control": string; "CDN-Cache-Control"?: string } {
  if (refused !== undefined) return { "Cache-Control": NOT_SHARED };
  const sharing: { header: string; cdn?: string } = SHARING[kept.sharing];
  return sharing.cdn ? { "Cache-Control": sharing.header, "CDN-Cache-Control": sharing.cdn } : { "Cache-Control": sharing.header };
}
