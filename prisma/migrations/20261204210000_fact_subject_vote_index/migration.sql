-- DropIndex
DROP INDEX "Fact_subject_idx";

-- CreateIndex
CREATE INDEX "Fact_subject_calendarVote_idx" ON "Fact"("subject", "calendarVote");
