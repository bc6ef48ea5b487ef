-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "publishedAt" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    CONSTRAINT "Entity_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Ticker" (
    "entityId" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL,

    PRIMARY KEY ("entityId", "symbol"),
    CONSTRAINT "Ticker_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entityId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    CONSTRAINT "Mention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "citation" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "metric" TEXT,
    "basis" TEXT,
    "subject" TEXT,
    "period" TEXT,
    "citeStart" INTEGER NOT NULL,
    "citeEnd" INTEGER NOT NULL,
    "figureStart" INTEGER,
    "figureEnd" INTEGER,
    "value" REAL,
    "high" REAL,
    "unit" TEXT,
    "per" TEXT,
    "qualifier" TEXT,
    "change" TEXT,
    "verdict" TEXT,
    CONSTRAINT "Fact_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Flag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "factId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'article',
    "evidenceSlug" TEXT,
    "evidencePosition" INTEGER,
    "evidenceCitation" INTEGER,
    CONSTRAINT "Flag_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Entity_articleId_position_key" ON "Entity"("articleId", "position");

-- CreateIndex
CREATE INDEX "Ticker_symbol_idx" ON "Ticker"("symbol");

-- CreateIndex
CREATE INDEX "Mention_entityId_idx" ON "Mention"("entityId");

-- CreateIndex
CREATE INDEX "Fact_subject_idx" ON "Fact"("subject");

-- CreateIndex
CREATE UNIQUE INDEX "Fact_articleId_position_key" ON "Fact"("articleId", "position");

-- CreateIndex
CREATE INDEX "Flag_factId_idx" ON "Flag"("factId");

-- CreateIndex
CREATE INDEX "Flag_origin_idx" ON "Flag"("origin");

