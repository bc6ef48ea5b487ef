// The SQL both engines' searches share: the filters and what each hit returns. Written
// once, with `?` placeholders and quoted identifiers, which SQLite and PostgreSQL both read
// (the PostgreSQL search numbers the placeholders through Prisma.Sql).
import type { SearchFilters } from "@/lib/search/types";

/** SQL conditions and their parameters, in order. */
export type Clause = [sql: string, params: unknown[]];

/** Hits shown per search, for facts and for articles. */
export const SEARCH_LIMIT = 50;
/**
 * Results are ranked among the newest matches only (by id, which is storage order), so
 * that a common word costs the same at 10,000 articles as at 100: ranking every match
 * grows with the corpus. The filters apply inside the window, so a filtered search still
 * finds its rows.
 */
export const SEARCH_WINDOW = 1000;

/** What a fact hit returns besides its snippet (`f` the Fact, `a` its Article). */
export const FACT_HIT_COLUMNS = `a.slug, a.title, a."publishedAt", f.citation, f.basis, f.subject`;
/** What an article hit returns besides its snippet. */
export const ARTICLE_HIT_COLUMNS = `a.slug, a.title, a.publisher, a."publishedAt"`;
/** Snippet lengths in words: a fact's from its statement, an article's from its text. */
export const FACT_SNIPPET_WORDS = 24;
export const ARTICLE_SNIPPET_WORDS = 32;

/**
 * The facts about a company (`f` is the Fact): its ticker as subject, or a name an entity
 * bearing the ticker has. A subquery, not a list of names: bound as parameters, a list
 * that grows with the corpus could pass SQLite's limit of 32,766. The one definition: the
 * company page and its facts.csv (lib/queries.ts) and the search's company filter read it.
 */
export function aboutCompany(symbol: string): Clause {
  return [`(f.subject = ? OR f.subject IN (SELECT e.name FROM "Entity" e JOIN "Ticker" t ON t."entityId" = e.id WHERE t.symbol = ?))`, [symbol, symbol]];
}

/** The filters on an article hit (`a` the Article), each as `AND …`. */
export function articleFilter({ from, to, company }: SearchFilters): Clause {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (from) sql.push(`AND a."publishedAt" >= ?`), params.push(from);
  if (to) sql.push(`AND substr(a."publishedAt", 1, 10) <= ?`), params.push(to);
  if (company) {
    sql.push(`AND EXISTS (SELECT 1 FROM "Entity" e JOIN "Ticker" t ON t."entityId" = e.id WHERE e."articleId" = a.id AND t.symbol = ?)`);
    params.push(company);
  }
  return [sql.join(" "), params];
}

/** The filters on a fact hit (`f` the Fact, `a` its Article), each as `AND …`. */
export function factFilter(filters: SearchFilters): Clause {
  const sql: string[] = [];
  const params: unknown[] = [];
  if (filters.basis) sql.push("AND f.basis = ?"), params.push(filters.basis);
  if (filters.company) {
    const [about, aboutParams] = aboutCompany(filters.company);
    sql.push(`AND ${about}`), params.push(...aboutParams);
  }
  const [articleSql, articleParams] = articleFilter(filters);
  return [`${sql.join(" ")} ${articleSql}`, [...params, ...articleParams]];
}
