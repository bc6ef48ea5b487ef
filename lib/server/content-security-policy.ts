// The Content-Security-Policy of a page, from the page itself.
//
// Pages are served from Next's cache, the same bytes to every reader, so a per-request
// nonce cannot be in them. Instead each HTML response lists the SHA-256 of its inline
// scripts, and only of those that are Next's own data scripts: a call that pushes one
// JSON value onto the framework's queue and can do nothing else. Any other inline
// script (one that got into the markup by injection, say) is left out, so the browser
// refuses to run it.
import { createHash } from "node:crypto";

/** The calls Next.js writes inline, each followed by exactly one JSON argument. */
const FRAMEWORK_CALLS = [
  "(self.__next_f=self.__next_f||[]).push(",
  "self.__next_f.push(",
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
];

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
// Data blocks (JSON-LD) are never executed, so they need no hash.
const NOT_JAVASCRIPT = /\btype\s*=\s*["']?(?!text\/javascript|module|application\/javascript)[^"'\s>]+/i;
const EXTERNAL = /\bsrc\s*=/i;

/** Whether an inline script is one of Next's data pushes, and nothing more. */
export function isFrameworkDataScript(body: string): boolean {
  const code = body.trim().replace(/;$/, "");
  const call = FRAMEWORK_CALLS.find((prefix) => code.startsWith(prefix));
  if (!call || !code.endsWith(")")) return false;
  try {
    JSON.parse(code.slice(call.length, -1));
    return true;
  } catch {
    return false;
  }
}

export interface InlineScripts {
  /** CSP hash sources ('sha256-…') of the framework scripts, in page order, unique. */
  allowed: string[];
  /** How many executable inline scripts were left out. */
  refused: number;
}

export function inlineScriptHashes(html: string): InlineScripts {
  const allowed = new Set<string>();
  let refused = 0;
  for (const [, attributes = "", body = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (EXTERNAL.test(attributes) || NOT_JAVASCRIPT.test(attributes) || body.length === 0) continue;
    if (isFrameworkDataScript(body)) allowed.add(`'sha256-${createHash("sha256").update(body).digest("base64")}'`);
    else refused += 1;
  }
  return { allowed: [...allowed], refused };
}

/** The policy for one response; `scriptHashes` from `inlineScriptHashes` (none for non-pages). */
export function contentSecurityPolicy(scriptHashes: readonly string[], { development = false } = {}): string {
  return [
    "default-src 'self'",
    // Same-origin script files (Next's chunks) and the listed inline scripts. The dev
    // server streams scripts of its own and evaluates code; a production build does neither.
    ["script-src 'self'", ...(development ? ["'unsafe-eval'", "'unsafe-inline'"] : scriptHashes)].join(" "),
    // 'unsafe-inline' for styles: Next and Tailwind inject <style> elements and style
    // attributes. Styles cannot run script, so the XSS guard is script-src.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Headers that are the same on every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  // A reading app uses none of these devices or APIs.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};
