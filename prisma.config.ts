import { defineConfig } from "prisma/config";
import { migrationAdapterFactory } from "./lib/db/migrate";
import { schemaOf } from "./lib/db/engine";
import { databaseUrl } from "./lib/db/url";

// The CLI checks for a native schema-engine binary before every command even when the
// JS engine does the work; pointing the check at any existing file skips the download.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // SQLite's schema, or PostgreSQL's (prisma/postgres/, its migrations beside it), as DATABASE_URL says.
  schema: schemaOf(databaseUrl()),
  migrations: { seed: "tsx prisma/seed.ts" },
  async adapter() {
    return migrationAdapterFactory(databaseUrl());
  },
});
