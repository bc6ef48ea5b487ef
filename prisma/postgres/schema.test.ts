import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, describeOnPostgres, migrate, PROJECT_ROOT, type TestDatabase } from "@/lib/testing/database";

// PostgreSQL's schema and migrations against SQLite's: the same models, field for field, and
// PostgreSQL's migrations build what its schema describes (as prisma/migrations.test.ts
// checks for SQLite), so that `npm start` serves the same database on either engine.

/** A schema's models and their comments stripped: what must be the same on both engines. */
function models(file: string): string {
  const text = readFileSync(path.join(PROJECT_ROOT, file), "utf8");
  return text
    .split("\n")
    .map((line) => line.replace(/\s*\/\/.*$/, "").trimEnd())
    .join("\n")
    .replace(/^(generator|datasource) \w+ \{[^}]*\}/gm, "")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

describe("the PostgreSQL schema", () => {
  it("has SQLite's models, fields, attributes and indexes, only the provider differs", () => {
    const sqlite = models("prisma/schema.prisma");
    expect(sqlite).toMatch(/^model Article \{/m);
    // The one index the engines keep apart on purpose (prisma/schema.prisma, model Fact):
    // on PostgreSQL an indexed calendarVote would make placement's update of each new fact
    // leave the page it was inserted on (no heap-only update, an entry in every index).
    const sqliteOnly = "  @@index([subject, calendarVote])";
    expect(sqlite).toContain(sqliteOnly);
    expect(models("prisma/postgres/schema.prisma")).toBe(sqlite.replace(sqliteOnly, "  @@index([subject])"));
  });
});

/** Search objects exist only in a migration (as SQLite's FTS5 tables do): expected extras. */
const SEARCH_OBJECTS = /search|trgm/i;

interface Shape {
  columns: Record<string, string[]>;
  indexes: string[];
  extras: string[];
}

async function shape(url: string): Promise<Shape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null }>(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
    );
    const indexes = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`,
    );
    const extensions = await client.query<{ extname: string }>(`SELECT extname FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY extname`);
    const byTable: Record<string, string[]> = {};
    const extras: string[] = extensions.rows.map((e) => `extension ${e.extname}`);
    for (const c of columns.rows) {
      const described = `${c.column_name} ${c.data_type} ${c.is_nullable === "YES" ? "null" : "not null"} ${c.column_default ?? ""}`.trim();
      if (SEARCH_OBJECTS.test(c.column_name)) extras.push(`column ${c.table_name}.${described}`);
      else (byTable[c.table_name] ??= []).push(described);
    }
    const plain: string[] = [];
    for (const i of indexes.rows) (SEARCH_OBJECTS.test(i.indexname) ? extras : plain).push(i.indexdef);
    return { columns: byTable, indexes: plain, extras: extras.sort() };
  } finally {
    await client.end();
  }
}

describeOnPostgres("PostgreSQL migrations", () => {
  let migrated: TestDatabase;
  let fromSchema: TestDatabase;
  beforeAll(async () => {
    migrated = await createTestDatabase("postgres");
    // An empty database of the same server, built from the schema alone.
    fromSchema = await createTestDatabase("postgres");
    const client = new pg.Client({ connectionString: fromSchema.url });
    await client.connect();
    await client.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`);
    const script = execFileSync(
      path.join(PROJECT_ROOT, "node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/postgres/schema.prisma", "--script"],
      { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: fromSchema.url }, encoding: "utf8" },
    );
    await client.query(script);
    await client.end();
  });
  afterAll(async () => {
    await migrated?.dispose();
    await fromSchema?.dispose();
  });

  it("build the same tables, columns and indexes as the schema, plus the search columns and indexes", async () => {
    const expected = await shape(fromSchema.url);
    const actual = await shape(migrated.url);
    expect(Object.keys(expected.columns)).toContain("Fact");
    expect({ ...actual, extras: [] }).toEqual({ ...expected, extras: [] });
    expect(actual.extras).toEqual(
      expect.arrayContaining([
        "extension pg_trgm",
        expect.stringMatching(/^column Article\.search tsvector/),
        expect.stringMatching(/^column Fact\.search tsvector/),
        expect.stringMatching(/"Article_search_idx" .* USING gin \(search\)/),
        expect.stringMatching(/"Entity_name_trgm_idx" .* USING gin \(name gin_trgm_ops\)/),
      ]),
    );
  });

  it("apply again with nothing pending", () => {
    // The template the test databases copy was migrated by the CLI already: a second deploy is a no-op.
    expect(() => migrate(migrated.url)).not.toThrow();
  });
});
