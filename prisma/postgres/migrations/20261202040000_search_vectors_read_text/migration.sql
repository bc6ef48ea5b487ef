-- The search vectors read the stored text as text, as FTS5 does. PostgreSQL's default parser
-- takes `<…>` for an HTML tag and leaves it out, and with it all that a `<script>` or `<style>`
-- pair encloses: words an article writes there (FTS5 finds them) were not indexed. Each `<`
-- is read as a space (the search's ts_headline reads it as \x01, lib/search/postgres.ts).
-- A generated column's expression cannot be altered: each is dropped (its GIN index with it)
-- and added again, computed for every row.
ALTER TABLE "Article" DROP COLUMN "search";
ALTER TABLE "Article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', replace("title", '<', ' ')), 'A') || setweight(to_tsvector('english', replace("text", '<', ' ')), 'B')
) STORED;
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

ALTER TABLE "Fact" DROP COLUMN "search";
ALTER TABLE "Fact" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', replace("statement", '<', ' ')), 'A')
    || setweight(to_tsvector('english', replace(coalesce("metric", '') || ' ' || coalesce("subject", '') || ' ' || coalesce("period", ''), '<', ' ')), 'B')
) STORED;
CREATE INDEX "Fact_search_idx" ON "Fact" USING GIN ("search");
