// The search's worker thread (started by lib/search/thread.ts): runs each full-text search
// on its own read-only connection, so that a slow one (snippets of a 2 MB article took 15 s)
// holds up this thread, never the server's. One search at a time, in the order asked.
import { openSqlite, type SqliteDatabase } from "@/lib/db/sqlite";
import { parentPort, workerData } from "node:worker_threads";

export interface SearchFilters {
  /** A ticker: only facts about it, only articles mentioning it. */
  company?: string;
  basis?: string;
  /** Inclusive ISO dates on the article's publication date. */
  from?: string;
  to?: string;
}

export interface SearchRequest {
  id: number;
  /** An FTS5 query made safe by toFtsQuery. */
  match: string;
  filters: SearchFilters;
}

export interface FactHit {
  slug: string;
  title: string;
  publishedAt: string | null;
  citation: number;
  basis: string | null;
  subject: string | null;
  snippet: string;
}

export interface ArticleHit {
  slug: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  snippet: string;
}

export type SearchAnswer = { id: number; facts: FactHit[]; articles: ArticleHit[] } | { id: number; error: string };

export interface SearchWorkerData {
  file: string;
  /** Sentinels for snippet() (see lib/search/query.ts). */
  marks: [string, string];
}

const SEARCH_LIMIT = 50;
/**
 * Results are ranked among the newest matches only (by storage order), so that a common
 * word costs the same at 10,000 articles as at 100: ranking every match grows with the
 * corpus. The filters apply inside the window, so a filtered search still finds its rows.
 * `ORDER BY rank` (bm25; for articles with titles weighted 5, set in the migrations) lets
 * FTS5 hand rows over ranked, so snippets are made only for the rows shown.
 */
const SEARCH_WINDOW = 1000;

/** SQL conditions and their parameters, in order. */
type Clause = [sql: string, params: unknown[]];

function articleFilter({ from, to, company }: SearchFilters): Clause {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (from) sql.push("AND a.publishedAt >= ?"), params.push(from);
  if (to) sql.push("AND substr(a.publishedAt, 1, 10) <= ?"), params.push(to);
  if (company) {
    sql.push("AND EXISTS (SELECT 1 FROM Entity e JOIN Ticker t ON t.entityId = e.id WHERE e.articleId = a.id AND t.symbol = ?)");
    params.push(company);
  }
  return [sql.join(" "), params];
}

function factFilter(filters: SearchFilters): Clause {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (filters.basis) sql.push("AND f.basis = ?"), params.push(filters.basis);
  if (filters.company) {
    sql.push("AND (f.subject = ? OR f.subject IN (SELECT e.name FROM Entity e JOIN Ticker t ON t.entityId = e.id WHERE t.symbol = ?))");
    params.push(filters.company, filters.company);
  }
  const [articleSql, articleParams] = articleFilter(filters);
  return [`${sql.join(" ")} ${articleSql}`, [...params, ...articleParams]];
}

function search(db: SqliteDatabase, [start, end]: [string, string], { match, filters }: SearchRequest): { facts: FactHit[]; articles: ArticleHit[] } {
  const [facts, factParams] = factFilter(filters);
  const factHits = db
    .prepare<unknown[], FactHit>(
      `SELECT a.slug, a.title, a.publishedAt, f.citation, f.basis, f.subject,
              snippet(FactSearch, 0, ?, ?, '…', 24) AS snippet
       FROM FactSearch
       JOIN Fact f ON f.id = FactSearch.rowid
       JOIN Article a ON a.id = f.articleId
       WHERE FactSearch MATCH ? ${facts}
         AND FactSearch.rowid >= (
           SELECT COALESCE(MIN(id), 0) FROM (
             SELECT FactSearch.rowid AS id FROM FactSearch
             JOIN Fact f ON f.id = FactSearch.rowid
             JOIN Article a ON a.id = f.articleId
             WHERE FactSearch MATCH ? ${facts}
             ORDER BY FactSearch.rowid DESC LIMIT ${SEARCH_WINDOW}))
       ORDER BY rank
       LIMIT ${SEARCH_LIMIT}`,
    )
    .all(start, end, match, ...factParams, match, ...factParams);
  if (filters.basis) return { facts: factHits, articles: [] };
  const [articles, articleParams] = articleFilter(filters);
  const articleHits = db
    .prepare<unknown[], ArticleHit>(
      `SELECT a.slug, a.title, a.publisher, a.publishedAt,
              snippet(ArticleSearch, 1, ?, ?, '…', 32) AS snippet
       FROM ArticleSearch
       JOIN Article a ON a.id = ArticleSearch.rowid
       WHERE ArticleSearch MATCH ? ${articles}
         AND ArticleSearch.rowid >= (
           SELECT COALESCE(MIN(id), 0) FROM (
             SELECT ArticleSearch.rowid AS id FROM ArticleSearch
             JOIN Article a ON a.id = ArticleSearch.rowid
             WHERE ArticleSearch MATCH ? ${articles}
             ORDER BY ArticleSearch.rowid DESC LIMIT ${SEARCH_WINDOW}))
       ORDER BY rank
       LIMIT ${SEARCH_LIMIT}`,
    )
    .all(start, end, match, ...articleParams, match, ...articleParams);
  return { facts: factHits, articles: articleHits };
}

const port = parentPort;
if (port) {
  const { file, marks } = workerData as SearchWorkerData;
  let db: SqliteDatabase | null = null;
  port.on("message", (request: SearchRequest) => {
    let answer: SearchAnswer;
    try {
      // Opened on the first search: the file may not be migrated when the server starts.
      db ??= openSqlite(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
      answer = { id: request.id, ...search(db, marks, request) };
    } catch (err) {
      answer = { id: request.id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(answer);
  });
  port.postMessage({ ready: true });
}
