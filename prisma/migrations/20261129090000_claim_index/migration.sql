-- CreateTable
CREATE TABLE "ClaimParty" (
    "factId" INTEGER NOT NULL,
    "group" TEXT NOT NULL,
    "party" TEXT NOT NULL,

    PRIMARY KEY ("factId", "party"),
    CONSTRAINT "ClaimParty_factId_fkey" FOREIGN KEY ("factId") REFERENCES "Fact" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SeedState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "ClaimParty_party_group_idx" ON "ClaimParty"("party", "group");

