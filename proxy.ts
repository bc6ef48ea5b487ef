// Security headers on every page and route (Next 16's "proxy", formerly middleware).
//
// The Content-Security-Policy carries a fresh nonce per request. It is set on the
// request headers as well as the response: Next reads it from the request and puts the
// nonce on its own bootstrap and inline hydration scripts, so only those run.
// 'strict-dynamic' lets those trusted scripts load the chunks they import.
//
// It also answers 503 with what to run while the database is missing or unmigrated:
// pages cannot set a status code themselves, and this way no route reaches Prisma and
// prints a stack trace.
import { NextResponse, type NextRequest } from "next/server";
import { serverDatabaseProblem } from "@/lib/db-ready";
import { unavailablePage } from "@/lib/unavailable-page";

const NONCE_HEADER = "x-nonce";

/** The CSP for one response. */
function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    // The dev server's React refresh evaluates code; a production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // 'unsafe-inline' for styles: Next and Tailwind inject <style> elements and style
    // attributes without a nonce. Styles cannot run script, so the XSS guard is script-src.
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

/** Headers that need no nonce: the same on every response. */
const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  // A reading app uses none of these devices or APIs.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

export function proxy(request: NextRequest): NextResponse {
  // 16 random bytes: unguessable, and base64 is a valid nonce-source.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });

  const problem = serverDatabaseProblem();
  if (problem) {
    const unavailable = request.nextUrl.pathname.startsWith("/api/")
      ? NextResponse.json({ error: problem }, { status: 503 })
      : new NextResponse(unavailablePage(problem), { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
    unavailable.headers.set("Retry-After", "30");
    unavailable.headers.set("Cache-Control", "no-store");
    return withSecurityHeaders(unavailable, csp);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", csp);

  return withSecurityHeaders(NextResponse.next({ request: { headers: requestHeaders } }), csp);
}

function withSecurityHeaders(response: NextResponse, csp: string): NextResponse {
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Everything but the build's static files, which carry no markup to protect and are
  // served from the immutable cache.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
