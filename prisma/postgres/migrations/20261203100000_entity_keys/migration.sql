-- CreateTable
CREATE TABLE "EntityKey" (
    "entityId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,

    CONSTRAINT "EntityKey_pkey" PRIMARY KEY ("entityId","key")
);

-- CreateIndex
CREATE INDEX "EntityKey_key_idx" ON "EntityKey"("key");

-- AddForeignKey
ALTER TABLE "EntityKey" ADD CONSTRAINT "EntityKey_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The entities stored before this table have no keys yet: the next seed's checks add them,
-- as SeedState holds no "entityKeys" mark until then. No row is written here: a freshly
-- migrated database must stay empty (db:copy refuses a target that holds rows).
