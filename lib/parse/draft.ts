/** What a format parser read from a file, before overrides and the final checks in parseArticle. */
export interface ArticleDraft {
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  tickers: string[];
  text: string;
}
