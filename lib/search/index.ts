// The one full-text search, on the engine DATABASE_URL names: FTS5 on SQLite, in a child
// process killed at the deadline (./off-thread.ts, ./worker.ts); tsvector columns on
// PostgreSQL, the deadline a statement_timeout (./postgres.ts). Both take the reader's words
// as they were typed (./query.ts makes each engine's query safe), share their filters and
// columns (./sql.ts), and answer the same hits with snippets marked alike (./types.ts).
import { db, type PrismaClient } from "@/lib/db";
import { databaseTarget } from "@/lib/db/engine";
import { databaseUrl } from "@/lib/db/url";
import { searchOffThread } from "@/lib/search/off-thread";
import { PostgresSearch } from "@/lib/search/postgres";
import { toFtsQuery } from "@/lib/search/query";
import { SEARCH_DEADLINE_MS, type SearchFilters, type SearchHits } from "@/lib/search/types";

export interface FullTextSearch {
  /**
   * The facts and articles matching the reader's `input`, best first (at most SEARCH_LIMIT
   * of each), with marked snippets; none when it holds no word. Rejects with SearchTooSlow
   * past `deadlineMs`, having stopped the search.
   */
  search(input: string, filters: SearchFilters, deadlineMs?: number): Promise<SearchHits>;
}

class Fts5Search implements FullTextSearch {
  constructor(private readonly file: string) {}

  async search(input: string, filters: SearchFilters, deadlineMs = SEARCH_DEADLINE_MS): Promise<SearchHits> {
    const match = toFtsQuery(input);
    return match ? searchOffThread(this.file, match, filters, deadlineMs) : { facts: [], articles: [] };
  }
}

/** The search of the database `url` names (the server's by default); on PostgreSQL through `prisma` (the server's client by default). */
export function fullTextSearch(url: string = databaseUrl(), prisma: () => PrismaClient = db): FullTextSearch {
  const target = databaseTarget(url);
  return target.engine === "sqlite" ? new Fts5Search(target.file) : new PostgresSearch(prisma());
}
