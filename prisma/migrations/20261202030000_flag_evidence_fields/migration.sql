-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Flag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "factId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "reason" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'article',
    "evidenceSlug" TEXT,
    "evidencePosition" INTEGER,
    "evidenceCitation" INTEGER,
    "check" TEXT,
    "value" REAL,
    "high" REAL,
    "unit" TEXT,
    "per" TEXT,
    "change" TEXT,
    "written" TEXT,
    "otherValue" REAL,
    "otherHigh" REAL,
    "otherUnit" TEXT,
    "otherPer" TEXT,
    "otherChange" TEXT,
    "otherWritten" TEXT,
    "baseValue" REAL,
    "baseHigh" REAL,
    "baseUnit" TEXT,
    "basePer" TEXT,
    "baseChange" TEXT,
    "baseWritten" TEXT,
    "otherPublisher" TEXT,
    "otherTitle" TEXT,
    "otherPublishedAt" TEXT,
    "otherQuote" TEXT,
    "ratio" REAL,
    "spread" REAL,
    "computed" REAL,
    "ownSources" INTEGER,
    "otherSources" INTEGER,
    "unnamed" INTEGER,
    CONSTRAINT "Flag_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Flag" ("evidenceCitation", "evidencePosition", "evidenceSlug", "factId", "id", "kind", "origin", "reason") SELECT "evidenceCitation", "evidencePosition", "evidenceSlug", "factId", "id", "kind", "origin", "reason" FROM "Flag";
DROP TABLE "Flag";
ALTER TABLE "new_Flag" RENAME TO "Flag";
CREATE INDEX "Flag_factId_idx" ON "Flag"("factId");
CREATE INDEX "Flag_origin_idx" ON "Flag"("origin");
CREATE INDEX "Flag_evidenceSlug_evidencePosition_idx" ON "Flag"("evidenceSlug", "evidencePosition");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

