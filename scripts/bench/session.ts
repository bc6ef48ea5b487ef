// A reader's session as Chromium sends it, recorded with Playwright against a running
// production server: open home, let its prefetches finish, click an article, click one of
// its companies, run a search from the search page. What is kept of each request is what
// the server's answer depends on (method, path and query, Next's router headers), so that
// wrk can send the same mix again (scripts/bench.ts).
import { chromium, type Page, type Request } from "@playwright/test";

/** The request headers a replay sends as recorded: Next's router headers (lib/server/cache-key.ts keys on them). */
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree", "next-url"] as const;

export type RequestKind = "document" | "prefetch" | "navigation" | "static" | "other";

export interface RecordedRequest {
  method: string;
  /** Path and query, as sent. */
  path: string;
  headers: Record<string, string>;
  kind: RequestKind;
  /** The step of the session that sent it. */
  step: string;
}

/** What kind of request a browser sent, by its headers, path and what the browser loaded it as. */
export function requestKind(path: string, headers: Record<string, string>, resourceType: string): RequestKind {
  if (headers.rsc === "1") return headers["next-router-prefetch"] ? "prefetch" : "navigation";
  if (path.startsWith("/_next/static/")) return "static";
  return resourceType === "document" ? "document" : "other";
}

export interface SessionOptions {
  base: string;
  /** The search's words. */
  query: string;
  executablePath?: string;
}

/** Records the session; throws naming the step that could not be taken. */
export async function recordSession({ base, query, executablePath }: SessionOptions): Promise<RecordedRequest[]> {
  const browser = await chromium.launch({
    executablePath: executablePath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const recorded: RecordedRequest[] = [];
  let step = "home";
  try {
    const page = await browser.newPage();
    page.on("request", (request: Request) => {
      const url = new URL(request.url());
      if (url.origin !== new URL(base).origin) return;
      const sent = request.headers();
      const headers: Record<string, string> = {};
      for (const name of ROUTER_HEADERS) if (sent[name] !== undefined) headers[name] = sent[name]!;
      const path = url.pathname + url.search;
      recorded.push({ method: request.method(), path, headers, kind: requestKind(path, sent, request.resourceType()), step });
    });
    const settle = (p: Page) => p.waitForLoadState("networkidle", { timeout: 30_000 });
    await page.goto(`${base}/`);
    await settle(page);

    // The first briefing home links to (with the router: a title, not a passage's
    // `#cite-` link), in view so that Next prefetches it as a reader's would be; then a click.
    step = "article";
    const title = page.locator('a[href^="/articles/"]:not([href*="#"])').first();
    if ((await title.count()) === 0) throw new Error("home links to no article");
    const article = (await title.getAttribute("href"))!;
    await title.scrollIntoViewIfNeeded();
    await settle(page);
    await title.click();
    await page.waitForURL((url) => url.pathname === article);
    await settle(page);

    step = "company";
    const company = page.locator('a[href^="/companies/"]').first();
    if ((await company.count()) === 0) throw new Error(`${article} links to no company`);
    const companyPath = (await company.getAttribute("href"))!;
    await company.click();
    await page.waitForURL((url) => url.pathname === companyPath);
    await settle(page);

    step = "search";
    await page.locator('header a[href="/search"]').first().click();
    await page.waitForURL((url) => url.pathname === "/search");
    await settle(page);
    await page.locator('form[role="search"] input[name="q"]').fill(query);
    await page.locator('form[role="search"] input[name="q"]').press("Enter");
    await page.waitForURL((url) => url.searchParams.has("q"));
    await settle(page);
  } catch (err) {
    throw new Error(`session: the ${step} step failed: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    await browser.close();
  }
  return recorded;
}
