-- Written from `prisma migrate diff` (schema before -> after), with one change: Prisma
-- adds Article.maxCitation by rebuilding the Article table, which would drop the
-- full-text search triggers on it (20261129010000_full_text_search). SQLite can add a
-- NOT NULL column with a default in place, which keeps them and gives the same column.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "maxCitation" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN "quoteExact" TEXT;
ALTER TABLE "Fact" ADD COLUMN "quotePrefix" TEXT;
ALTER TABLE "Fact" ADD COLUMN "quoteSuffix" TEXT;
