-- AlterTable
ALTER TABLE "Fact" ADD COLUMN "calendarVote" INTEGER;

-- Stored facts have no vote yet: the next seed's checks place them all again (and write their
-- votes), as SeedState's "claimPeriods" version (lib/verify: CLAIM_PERIOD_VERSION, "4" since
-- this column) is then an older one. No row is written here: a freshly migrated database must
-- stay empty (db:copy refuses a target that holds rows).
