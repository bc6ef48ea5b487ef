-- The schema of prisma/postgres/schema.prisma, as `prisma migrate diff --from-empty` writes it.
-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "publishedAt" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "maxCitation" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Entity" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,

    CONSTRAINT "Entity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ticker" (
    "entityId" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL,

    CONSTRAINT "Ticker_pkey" PRIMARY KEY ("entityId","symbol")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "entityId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" SERIAL NOT NULL,
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
    "value" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "unit" TEXT,
    "per" TEXT,
    "qualifier" TEXT,
    "change" TEXT,
    "verdict" TEXT,
    "quoteExact" TEXT,
    "quotePrefix" TEXT,
    "quoteSuffix" TEXT,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Flag" (
    "id" SERIAL NOT NULL,
    "factId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "origin" TEXT NOT NULL DEFAULT 'article',
    "evidenceSlug" TEXT,
    "evidencePosition" INTEGER,
    "evidenceCitation" INTEGER,

    CONSTRAINT "Flag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimParty" (
    "factId" INTEGER NOT NULL,
    "group" TEXT NOT NULL,
    "party" TEXT NOT NULL,

    CONSTRAINT "ClaimParty_pkey" PRIMARY KEY ("factId","party")
);

-- CreateTable
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeedState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "SeedState_pkey" PRIMARY KEY ("key")
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

-- CreateIndex
CREATE INDEX "ClaimParty_party_group_idx" ON "ClaimParty"("party", "group");

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ticker" ADD CONSTRAINT "Ticker_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flag" ADD CONSTRAINT "Flag_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimParty" ADD CONSTRAINT "ClaimParty_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The one content-version row, bumped by every seed commit (lib/ingest/store-postgres.ts).
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 0);
