import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, PROJECT_ROOT, tempDir } from "@/lib/testing/database";

// The schema and the migrations must describe the same database: a migration
// forgotten after a schema change would make `npm start` serve a different one.
// The full-text search tables and their triggers exist only in a migration: expected extras.
const SEARCH_OBJECTS = /Search($|_)|_search_/;

function shape(file: string) {
  const db = new Database(file, { readonly: true });
  const objects = db
    .prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY type, name")
    .all() as { type: string; name: string; tbl_name: string }[];
  const extras = objects.filter((o) => SEARCH_OBJECTS.test(o.name)).map((o) => `${o.type} ${o.name}`);
  const tables = objects.filter((o) => o.type === "table" && !SEARCH_OBJECTS.test(o.name)).map((o) => o.name);
  const columns = Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`).all(t)]),
  );
  const indexes = Object.fromEntries(
    objects
      .filter((o) => o.type === "index" && !SEARCH_OBJECTS.test(o.name))
      .map((o) => [o.name, { table: o.tbl_name, columns: db.prepare("SELECT name FROM pragma_index_info(?)").all(o.name) }]),
  );
  db.close();
  return { tables, columns, indexes, extras };
}

describe("migrations", () => {
  const dir = tempDir("migrations");
  afterAll(() => execFileSync("rm", ["-rf", dir]));

  it("build the same tables, columns and indexes as the schema", () => {
    const migrated = path.join(dir, "migrated.db");
    migrate(`file:${migrated}`);

    const fromSchema = path.join(dir, "from-schema.db");
    const script = execFileSync(
      path.join(PROJECT_ROOT, "node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { cwd: PROJECT_ROOT, env: { ...process.env, DATABASE_URL: `file:${fromSchema}` }, encoding: "utf8" },
    );
    const db = new Database(fromSchema);
    db.exec(script);
    db.close();

    const expected = shape(fromSchema);
    const actual = shape(migrated);
    expect(expected.tables).toContain("Fact");
    expect({ ...actual, extras: [] }).toEqual(expected);
    expect(actual.extras).toEqual(
      expect.arrayContaining(["table ArticleSearch", "table FactSearch", "trigger Article_search_update", "trigger Fact_search_delete"]),
    );
  });
});
