-- DropIndex
DROP INDEX "ClaimParty_party_group_idx";

-- AlterTable
ALTER TABLE "ClaimParty" ADD COLUMN     "period" TEXT;

-- CreateIndex
CREATE INDEX "ClaimParty_party_group_period_idx" ON "ClaimParty"("party", "group", "period");


-- The rows above have no period yet: the next seed's checks fill them (SeedState
-- "claimPeriods" is the version of the rules they were filled by, "0" when not filled).
INSERT INTO "SeedState" ("key", "value") VALUES ('claimPeriods', '0')
    ON CONFLICT ("key") DO UPDATE SET "value" = '0';
