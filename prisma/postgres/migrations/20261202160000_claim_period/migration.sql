-- DropIndex
DROP INDEX "ClaimParty_party_group_idx";

-- AlterTable
ALTER TABLE "ClaimParty" ADD COLUMN     "period" TEXT;

-- CreateIndex
CREATE INDEX "ClaimParty_party_group_period_idx" ON "ClaimParty"("party", "group", "period");


-- The rows above have no period yet: the next seed's checks fill them, as SeedState holds no
-- "claimPeriods" version (the rules they were filled by) until then. No row is written here:
-- a freshly migrated database must stay empty (db:copy refuses a target that holds rows).
