-- The content version servers poll to learn of a commit by any writer (lib/server/content-changes.ts).
CREATE TABLE "ContentVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 0);
