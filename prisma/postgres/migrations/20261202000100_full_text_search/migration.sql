-- No semicolon in a comment here: adapter-pg runs a migration as statements split at each one.
-- Full-text search on PostgreSQL, as the SQLite migrations give it through FTS5: articles by
-- title and text, facts by statement, metric, subject and period. Generated columns keep
-- each vector in step with its row in the writer's own transaction (no trigger, no second
-- write), and GIN indexes serve `websearch_to_tsquery` matches. These columns exist only here,
-- not in schema.prisma: Prisma never reads or writes them (the search reads them in raw SQL).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "Article" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "text"), 'B')
) STORED;
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("search");

ALTER TABLE "Fact" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', "statement"), 'A')
    || setweight(to_tsvector('english', coalesce("metric", '') || ' ' || coalesce("subject", '') || ' ' || coalesce("period", '')), 'B')
) STORED;
CREATE INDEX "Fact_search_idx" ON "Fact" USING GIN ("search");

-- Fuzzy company names ("Alibabba"): trigram similarity over entity names.
CREATE INDEX "Entity_name_trgm_idx" ON "Entity" USING GIN ("name" gin_trgm_ops);
