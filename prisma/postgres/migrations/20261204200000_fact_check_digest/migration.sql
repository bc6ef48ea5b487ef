-- AlterTable
ALTER TABLE "Fact" ADD COLUMN "checkDigest" TEXT;

-- Stored facts have no digest: the next check pass that reaches one rewrites its flags and
-- verdict as before, and stores the digest with them.
