-- AlterTable
ALTER TABLE "Fact" ADD COLUMN "claimPeriod" TEXT;

-- Stored facts have no claim period yet: the next seed's checks place them all, as SeedState's
-- "claimPeriods" version (lib/verify: CLAIM_PERIOD_VERSION) is then an older one. No row is
-- written here: a freshly migrated database must stay empty (db:copy refuses a target that holds rows).
