// What a search asks and answers, on either engine (lib/search/index.ts).

export interface SearchFilters {
  /** A ticker: only facts about it, only articles mentioning it. */
  company?: string;
  basis?: string;
  /** Inclusive ISO dates on the article's publication date. */
  from?: string;
  to?: string;
}

export interface FactHit {
  slug: string;
  title: string;
  publishedAt: string | null;
  citation: number;
  basis: string | null;
  subject: string | null;
  /** The statement, its matched words between MARK_START and MARK_END (lib/search/query.ts); plain text otherwise. */
  snippet: string;
}

export interface ArticleHit {
  slug: string;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  /** A passage of the text, marked as FactHit's snippet is. */
  snippet: string;
}

export interface SearchHits {
  facts: FactHit[];
  articles: ArticleHit[];
}

/** A search's time: the slowest ordinary one, at 10,000 articles, took 134 ms. */
export const SEARCH_DEADLINE_MS = 3_000;

export class SearchTooSlow extends Error {
  constructor(deadlineMs: number) {
    super(`the search took longer than ${deadlineMs / 1000} s`);
  }
}
