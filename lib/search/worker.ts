// The search process (started by lib/search/off-thread.ts, which kills it at a search's
// deadline): runs each full-text search on its own read-only connection, so that a slow
// one (snippets of a 2 MB article took 15 s) holds up this process, never the server.
// One search at a time, in the order asked.
import { pathToFileURL } from "node:url";
import { openSqlite, type SqliteDatabase } from "@/lib/db/sqlite";
import {
  ARTICLE_HIT_COLUMNS,
  ARTICLE_SNIPPET_WORDS,
  articleFilter,
  FACT_HIT_COLUMNS,
  FACT_SNIPPET_WORDS,
  factFilter,
  SEARCH_LIMIT,
  SEARCH_WINDOW,
  type Clause,
} from "@/lib/search/sql";
import type { ArticleHit, FactHit, SearchFilters, SearchHits } from "@/lib/search/types";

export interface SearchRequest {
  id: number;
  /** An FTS5 query made safe by toFtsQuery. */
  match: string;
  filters: SearchFilters;
}

export type SearchAnswer = ({ id: number } & SearchHits) | { id: number; error: string };

export interface SearchWorkerData {
  file: string;
  /** Sentinels for snippet() (see lib/search/query.ts). */
  marks: [string, string];
}

/** One of the two full-text indexes and how its hits are read. */
interface FullTextIndex {
  /** The FTS5 table, whose rowid is the id of the row it indexes. */
  table: "FactSearch" | "ArticleSearch";
  /** What each hit returns, besides its snippet. */
  columns: string;
  /** The joins from the index to the rows the columns and filters read. */
  joins: string;
  /** The indexed column the snippet is cut from, and its length in tokens. */
  snippet: [column: number, tokens: number];
}

/** Facts, by statement, metric, subject and period (the snippet from the statement). */
const FACT_INDEX: FullTextIndex = {
  table: "FactSearch",
  columns: FACT_HIT_COLUMNS,
  joins: "JOIN Fact f ON f.id = FactSearch.rowid JOIN Article a ON a.id = f.articleId",
  snippet: [0, FACT_SNIPPET_WORDS],
};
/** Articles, by title and text (the snippet from the text). */
const ARTICLE_INDEX: FullTextIndex = {
  table: "ArticleSearch",
  columns: ARTICLE_HIT_COLUMNS,
  joins: "JOIN Article a ON a.id = ArticleSearch.rowid",
  snippet: [1, ARTICLE_SNIPPET_WORDS],
};

/**
 * The best-ranked hits of `match` in `index` among its newest SEARCH_WINDOW matches that
 * pass `filter`. `ORDER BY rank` (bm25; for articles with titles weighted 5, set in the
 * migrations) lets FTS5 hand rows over ranked, so snippets are made only for the rows shown.
 */
function rankedHits<Row>(db: SqliteDatabase, index: FullTextIndex, [start, end]: [string, string], match: string, [filter, params]: Clause): Row[] {
  const { table, columns, joins, snippet: [column, tokens] } = index;
  return db
    .prepare<unknown[], Row>(
      `SELECT ${columns}, snippet(${table}, ${column}, ?, ?, '…', ${tokens}) AS snippet
       FROM ${table} ${joins}
       WHERE ${table} MATCH ? ${filter}
         AND ${table}.rowid >= (
           SELECT COALESCE(MIN(id), 0) FROM (
             SELECT ${table}.rowid AS id FROM ${table} ${joins}
             WHERE ${table} MATCH ? ${filter}
             ORDER BY ${table}.rowid DESC LIMIT ${SEARCH_WINDOW}))
       ORDER BY rank
       LIMIT ${SEARCH_LIMIT}`,
    )
    .all(start, end, match, ...params, match, ...params);
}

function search(db: SqliteDatabase, marks: [string, string], { match, filters }: SearchRequest): SearchHits {
  const facts = rankedHits<FactHit>(db, FACT_INDEX, marks, match, factFilter(filters));
  // A basis belongs to facts: no article has one.
  if (filters.basis) return { facts, articles: [] };
  return { facts, articles: rankedHits<ArticleHit>(db, ARTICLE_INDEX, marks, match, articleFilter(filters)) };
}

// Only as the process off-thread.ts starts: a module importing this one for its types may run with an IPC channel of its own.
const send = import.meta.url === pathToFileURL(process.argv[1] ?? "").href ? process.send?.bind(process) : undefined;
if (send) {
  const { file, marks } = JSON.parse(process.argv[2] ?? "") as SearchWorkerData;
  let db: SqliteDatabase | null = null;
  // The server is gone (or let go of this process): nothing to answer.
  process.on("disconnect", () => process.exit(0));
  process.on("message", (request: SearchRequest) => {
    let answer: SearchAnswer;
    try {
      // Opened on the first search: the file may not be migrated when the server starts.
      db ??= openSqlite(file, { readonly: true, fileMustExist: true, timeout: 5_000 });
      answer = { id: request.id, ...search(db, marks, request) };
    } catch (err) {
      answer = { id: request.id, error: err instanceof Error ? err.message : String(err) };
    }
    send(answer);
  });
  send({ ready: true });
}
