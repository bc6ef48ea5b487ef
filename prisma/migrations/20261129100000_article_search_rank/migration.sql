-- Article search ranks a title match 5 times a text match. Stored as the table's rank
-- function, so that `ORDER BY rank` lets FTS5 return rows already ranked and snippet()
-- runs only for the rows a search shows (with bm25() in ORDER BY, SQLite computed a
-- snippet for every candidate before sorting).
INSERT INTO "ArticleSearch"("ArticleSearch", rank) VALUES ('rank', 'bm25(5.0, 1.0)');
