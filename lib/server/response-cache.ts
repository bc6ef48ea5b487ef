// Finished responses kept in memory: pages, so that a briefing is served at the cost of a
// static file, and the build's static files, which never change under a running server.
//
// The content changes only when the seed command commits, and the server clears this
// cache then (lib/server/content-changes.ts). Each request notes the cache's epoch when
// it starts; a page whose render began before a clear is not stored, so a render that
// read the old data cannot put it back.
import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { acceptsBrotli, acceptsGzip, MIN_GZIP_BYTES, varyWithEncoding } from "@/lib/server/responses";

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
/**
 * Brotli at quality 7 with a 16 MB window: a briefing repeats each quote in its cards, and
 * the long window finds those repeats, about 40% smaller than gzip, in tens of
 * milliseconds for the largest pages, once per page version, off the main thread.
 */
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 7, [constants.BROTLI_PARAM_LGWIN]: 24 } };

export interface CachedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
  /** The body compressed, when that is smaller. */
  gzip: Buffer | undefined;
  brotli: Buffer | undefined;
  etag: string;
}

/** Headers that belong to one connection or one response, never to a stored page. */
const NOT_STORED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "etag"]);

export class ResponseCache {
  private readonly pages = new Map<string, CachedResponse>();
  private bytes = 0;
  /** Bumped by every clear. */
  epoch = 0;

  constructor(private readonly budgetBytes: number) {}

  get size(): number {
    return this.pages.size;
  }

  /** Memory held, as counted against the budget. */
  get sizeBytes(): number {
    return this.bytes;
  }

  get(key: string): CachedResponse | undefined {
    const page = this.pages.get(key);
    if (page) {
      // Least recently used goes first: move this one to the end.
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  /** Stores a finished 200 response unless the cache was cleared since `epoch`. */
  async store(key: string, epoch: number, status: number, headers: OutgoingHttpHeaders, body: Buffer): Promise<CachedResponse | undefined> {
    if (epoch !== this.epoch || status !== 200) return undefined;
    const stored: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (value !== undefined && !NOT_STORED.has(name)) stored[name] = value;
    // Cache-Control is the server's to set before storing (lib/server/cache-control.ts): kept as given.
    const [gzipped, brotli] = body.length >= MIN_GZIP_BYTES ? await Promise.all([gzipAsync(body), brotliAsync(body, BROTLI_OPTIONS)]) : [];
    if (epoch !== this.epoch) return undefined; // cleared while compressing
    const page: CachedResponse = {
      status,
      headers: stored,
      body,
      gzip: gzipped && gzipped.length < body.length ? gzipped : undefined,
      brotli: brotli && brotli.length < body.length ? brotli : undefined,
      etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`,
    };
    this.remove(key);
    this.pages.set(key, page);
    this.bytes += sizeOf(key, page);
    for (const [oldest, entry] of this.pages) {
      if (this.bytes <= this.budgetBytes) break;
      this.pages.delete(oldest);
      this.bytes -= sizeOf(oldest, entry);
    }
    return page;
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
    this.epoch += 1;
  }

  private remove(key: string): void {
    const old = this.pages.get(key);
    if (!old) return;
    this.pages.delete(key);
    this.bytes -= sizeOf(key, old);
  }
}

/** What an entry holds in memory: its bodies, and its key, headers and ETag (two bytes a character), plus the entry's own objects. */
const ENTRY_OVERHEAD_BYTES = 512;
function sizeOf(key: string, page: CachedResponse): number {
  let text = key.length + page.etag.length;
  for (const [name, value] of Object.entries(page.headers)) text += name.length + String(value).length;
  return page.body.length + (page.gzip?.length ?? 0) + (page.brotli?.length ?? 0) + 2 * text + ENTRY_OVERHEAD_BYTES;
}

/** Answers a request from a stored page: 304 when the client holds it, compressed when accepted. */
export function sendCached(req: IncomingMessage, res: ServerResponse, page: CachedResponse): void {
  for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value!);
  res.setHeader("ETag", page.etag);
  if (page.gzip || page.brotli) res.setHeader("Vary", varyWithEncoding(page.headers.vary));
  if (String(req.headers["if-none-match"] ?? "").split(/\s*,\s*/).includes(page.etag)) {
    res.writeHead(304).end();
    return;
  }
  const [body, encoding] =
    page.brotli && acceptsBrotli(req) ? [page.brotli, "br"] : page.gzip && acceptsGzip(req) ? [page.gzip, "gzip"] : [page.body, undefined];
  if (encoding) res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", body.length);
  res.writeHead(page.status).end(req.method === "HEAD" ? undefined : body);
}
