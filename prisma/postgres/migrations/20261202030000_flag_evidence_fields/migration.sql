-- Flags as data, as the SQLite migration 20261202030000_flag_evidence_fields gives them: each
-- flag's evidence in columns of its own (the words are written from them when read, in
-- lib/briefing/flag-words.ts), and reason kept only for flags stored before, so it may be null.
-- Columns in the schema's order, so that a migrated database has the columns of one built
-- from the schema in the same order (prisma/postgres/schema.test.ts).
ALTER TABLE "Flag" ALTER COLUMN "reason" DROP NOT NULL,
ADD COLUMN "check" TEXT,
ADD COLUMN "value" DOUBLE PRECISION,
ADD COLUMN "high" DOUBLE PRECISION,
ADD COLUMN "unit" TEXT,
ADD COLUMN "per" TEXT,
ADD COLUMN "change" TEXT,
ADD COLUMN "written" TEXT,
ADD COLUMN "otherValue" DOUBLE PRECISION,
ADD COLUMN "otherHigh" DOUBLE PRECISION,
ADD COLUMN "otherUnit" TEXT,
ADD COLUMN "otherPer" TEXT,
ADD COLUMN "otherChange" TEXT,
ADD COLUMN "otherWritten" TEXT,
ADD COLUMN "baseValue" DOUBLE PRECISION,
ADD COLUMN "baseHigh" DOUBLE PRECISION,
ADD COLUMN "baseUnit" TEXT,
ADD COLUMN "basePer" TEXT,
ADD COLUMN "baseChange" TEXT,
ADD COLUMN "baseWritten" TEXT,
ADD COLUMN "otherPublisher" TEXT,
ADD COLUMN "otherTitle" TEXT,
ADD COLUMN "otherPublishedAt" TEXT,
ADD COLUMN "otherQuote" TEXT,
ADD COLUMN "ratio" DOUBLE PRECISION,
ADD COLUMN "spread" DOUBLE PRECISION,
ADD COLUMN "computed" DOUBLE PRECISION,
ADD COLUMN "ownSources" INTEGER,
ADD COLUMN "otherSources" INTEGER,
ADD COLUMN "unnamed" INTEGER;

-- The flags naming a fact as their evidence: how the home page groups a dispute.
CREATE INDEX "Flag_evidenceSlug_evidencePosition_idx" ON "Flag"("evidenceSlug", "evidencePosition");
