// Full-text search on PostgreSQL: the `search` tsvector columns (generated, with GIN
// indexes: prisma/postgres/migrations), matched by websearch_to_tsquery, ranked by
// ts_rank_cd among the newest matches, with ts_headline snippets for the rows shown.
// The deadline is the server's own: `statement_timeout`, set for this transaction only,
// cancels a statement past it where it runs (the connection goes back to the pool), so no
// child process is needed as on SQLite.
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { FullTextSearch } from "@/lib/search";
import { boundSql } from "@/lib/search/bound";
import { MARK_END, MARK_START, toPostgresQuery, type PostgresQuery } from "@/lib/search/query";
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
import { SEARCH_DEADLINE_MS, SearchTooSlow, type ArticleHit, type FactHit, type SearchFilters, type SearchHits } from "@/lib/search/types";

/** The text search configuration the migrations' generated columns use. */
const CONFIG = Prisma.raw("'english'");
/** PostgreSQL's code for a statement cancelled by statement_timeout. */
const QUERY_CANCELED = "57014";

/** One of the two searched tables and how its hits are read. */
interface SearchedTable {
  /** FROM and joins: `f` the Fact and `a` its Article, or `a` alone. */
  from: string;
  /** The alias whose `search` column is matched and whose id orders the window. */
  row: "f" | "a";
  columns: string;
  /** The column the snippet is cut from. */
  snippetOf: string;
  snippetWords: number;
  /**
   * ts_rank_cd's weights for labels {D, C, B, A}: facts weigh their statement (A) as their
   * metric, subject and period (B), as FTS5's bm25 weighs its four columns alike; articles
   * weigh a title (A) five times their text (B), as FTS5's bm25(5.0, 1.0) does.
   */
  weights: string;
}

const FACTS: SearchedTable = {
  from: `"Fact" f JOIN "Article" a ON a.id = f."articleId"`,
  row: "f",
  columns: FACT_HIT_COLUMNS,
  snippetOf: "f.statement",
  snippetWords: FACT_SNIPPET_WORDS,
  weights: "{0.1, 0.2, 1.0, 1.0}",
};
const ARTICLES: SearchedTable = {
  from: `"Article" a`,
  row: "a",
  columns: ARTICLE_HIT_COLUMNS,
  snippetOf: "a.text",
  snippetWords: ARTICLE_SNIPPET_WORDS,
  weights: "{0.1, 0.2, 0.2, 1.0}",
};

/**
 * ts_headline's options: the sentinel marks (quoted: the option parser reads any character
 * there), one fragment of about the FTS5 snippet's length. The headline is the stored text
 * with marks, never HTML: the page renders it as text (components/Highlighted.tsx).
 */
function headlineOptions(words: number): string {
  return `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=${words}, MinWords=${Math.ceil(words / 2)}, MaxFragments=1, FragmentDelimiter=" … "`;
}

/**
 * The reader's words as a tsquery: all of them (websearch_to_tsquery of quoted words: no
 * operator), the last one's lexemes as a prefix (its text form with `:*`, parsed back; a
 * stop word alone gives an empty query, which matches nothing).
 */
function tsquery({ words, last }: PostgresQuery): Prisma.Sql {
  return Prisma.sql`(SELECT websearch_to_tsquery(${CONFIG}, ${words}) && CASE WHEN numnode(l) = 0 THEN l ELSE (l::text || ':*')::tsquery END
    FROM websearch_to_tsquery(${CONFIG}, ${last}) AS l)`;
}

/**
 * The best-ranked hits in `table` among its newest SEARCH_WINDOW matches that pass `filter`,
 * snippets for those only. ts_headline's parser takes `<…>` for an HTML tag and leaves it out
 * of the headline, so each `<` goes in as \x01 (a control character, which stored text never
 * holds) and comes back after: the snippet is the stored text's own characters.
 */
function rankedHits(table: SearchedTable, query: PostgresQuery, filter: Clause): Prisma.Sql {
  const { from, row, columns, snippetOf, snippetWords, weights } = table;
  const raw = Prisma.raw;
  return Prisma.sql`
    WITH q AS (SELECT ${tsquery(query)} AS q),
    newest AS (
      SELECT ${raw(row)}.id, ${raw(row)}.search FROM ${raw(from)}, q
      WHERE ${raw(row)}.search @@ q.q ${boundSql(filter)}
      ORDER BY ${raw(row)}.id DESC LIMIT ${raw(String(SEARCH_WINDOW))}),
    ranked AS (
      SELECT newest.id, ts_rank_cd(${raw(`'${weights}'`)}::float4[], newest.search, q.q, 1) AS rank FROM newest, q
      ORDER BY rank DESC, newest.id DESC LIMIT ${raw(String(SEARCH_LIMIT))})
    SELECT ${raw(columns)}, replace(ts_headline(${CONFIG}, replace(${raw(snippetOf)}, '<', chr(1)), q.q, ${headlineOptions(snippetWords)}), chr(1), '<') AS snippet
    FROM ${raw(from)} JOIN ranked ON ranked.id = ${raw(row)}.id, q
    ORDER BY ranked.rank DESC, ranked.id DESC`;
}

/** Whether `err` (as Prisma hands it over from the pg adapter) is a statement cancelled by statement_timeout. */
function cancelledByTimeout(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, meta, originalCode } = e as { code?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown }; originalCode?: unknown };
    if (code === QUERY_CANCELED || originalCode === QUERY_CANCELED || meta?.code === QUERY_CANCELED) return true;
    if (meta?.driverAdapterError && cancelledByTimeout(meta.driverAdapterError)) return true;
  }
  return /canceling statement due to statement timeout/.test(String(err));
}

export class PostgresSearch implements FullTextSearch {
  constructor(private readonly prisma: PrismaClient) {}

  async search(input: string, filters: SearchFilters, deadlineMs = SEARCH_DEADLINE_MS): Promise<SearchHits> {
    const query = toPostgresQuery(input);
    if (!query) return { facts: [], articles: [] };
    const started = Date.now();
    try {
      return await this.prisma.$transaction(
        async (tx) => {
          // Each statement gets what is left of the deadline: the two together keep to it.
          const withinDeadline = async <Row>(sql: Prisma.Sql): Promise<Row[]> => {
            const left = Math.max(1, Math.ceil(deadlineMs - (Date.now() - started)));
            await tx.$queryRaw`SELECT set_config('statement_timeout', ${String(left)}, true)`;
            return tx.$queryRaw<Row[]>(sql);
          };
          const facts = await withinDeadline<FactHit>(rankedHits(FACTS, query, factFilter(filters)));
          // A basis belongs to facts: no article has one.
          if (filters.basis) return { facts, articles: [] };
          return { facts, articles: await withinDeadline<ArticleHit>(rankedHits(ARTICLES, query, articleFilter(filters))) };
        },
        // Waiting for a pooled connection counts against the deadline too; the transaction's own limit is a backstop.
        { maxWait: deadlineMs, timeout: deadlineMs * 2 },
      );
    } catch (err) {
      if (cancelledByTimeout(err)) throw new SearchTooSlow(deadlineMs);
      throw err;
    }
  }
}
