-- DropIndex
DROP INDEX "EntityKey_key_idx";

-- CreateIndex
CREATE INDEX "EntityKey_key_entityId_idx" ON "EntityKey"("key", "entityId");
