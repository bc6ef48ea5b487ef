// Next's responses, taken in whole before they are sent: a page's Content-Security-Policy
// lists the hashes of its scripts, so it needs the page's bytes; and finished pages are
// what the page cache keeps.
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

const COMPRESSIBLE = /^(?:text\/|application\/(?:javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;
/** Below this, compression saves less than it costs. */
export const MIN_GZIP_BYTES = 1024;

export function isCompressible(contentType: string): boolean {
  return COMPRESSIBLE.test(contentType);
}

export function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

export function acceptsBrotli(req: IncomingMessage): boolean {
  return /\bbr\b/.test(String(req.headers["accept-encoding"] ?? ""));
}

/** A Vary header value that includes Accept-Encoding. */
export function varyWithEncoding(vary: OutgoingHttpHeaders[string]): string {
  const current = vary === undefined ? "" : String(vary);
  return /accept-encoding/i.test(current) ? current : current ? `${current}, Accept-Encoding` : "Accept-Encoding";
}

/**
 * Takes over `res` so that when Next sends a response `collect` wants (judged by its
 * headers at the first write), the body is gathered and handed to `finish` instead, with
 * `res` back to normal and nothing sent yet. Other responses pass straight through.
 */
export function collectResponse(res: ServerResponse, collect: (res: ServerResponse) => boolean, finish: (body: Buffer) => void): void {
  const proto = Object.getPrototypeOf(res) as ServerResponse;
  const chunks: Buffer[] = [];
  let mode: "undecided" | "collect" | "pass" = "undecided";
  const decide = () => (mode === "undecided" ? (mode = collect(res) ? "collect" : "pass") : mode);
  const restore = () => {
    for (const method of ["writeHead", "write", "end", "flushHeaders"] as const) delete (res as Partial<ServerResponse>)[method];
  };
  const add = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array),
    );
  };
  const callbackIn = (args: unknown[]) => args.find((a): a is () => void => typeof a === "function");

  // Status and headers given to writeHead (Node's own first write calls it too) are put
  // on `res` and, while collecting, held until `finish` sends.
  res.writeHead = function (this: ServerResponse, statusCode: number, ...rest: unknown[]) {
    res.statusCode = statusCode;
    if (typeof rest[0] === "string") res.statusMessage = rest.shift() as string;
    const headers = rest[0] as OutgoingHttpHeaders | string[] | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(headers[i]!, headers[i + 1]!);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
    }
    if (decide() === "pass") {
      restore();
      proto.writeHead.call(res, res.statusCode);
    }
    return res;
  } as ServerResponse["writeHead"];
  res.flushHeaders = () => {
    if (decide() === "pass") {
      restore();
      res.flushHeaders();
    }
  };
  res.write = function (chunk: unknown, ...rest: unknown[]) {
    if (decide() === "pass") {
      restore();
      return (res.write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }
    add(chunk, rest[0]);
    callbackIn(rest)?.();
    return true;
  } as ServerResponse["write"];
  res.end = function (...args: unknown[]) {
    if (decide() === "pass") {
      restore();
      return (res.end as (...a: unknown[]) => ServerResponse)(...args);
    }
    add(args[0], args[1]);
    restore();
    const callback = callbackIn(args);
    if (callback) res.once("finish", callback);
    finish(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    return res;
  } as ServerResponse["end"];
}

/** Sends a collected body, gzipped when the client accepts it and it is worth it. */
export function sendBody(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  let sent = body;
  if (acceptsGzip(req) && body.length >= MIN_GZIP_BYTES && isCompressible(String(res.getHeader("content-type") ?? ""))) {
    sent = gzipSync(body);
    res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Vary", varyWithEncoding(res.getHeader("vary")));
  }
  const bodiless = req.method === "HEAD" || res.statusCode === 304 || res.statusCode === 204;
  if (!bodiless) res.setHeader("Content-Length", sent.length);
  res.writeHead(res.statusCode);
  res.end(bodiless ? undefined : sent);
}
