import { execFileSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, PROJECT_ROOT, tempDir } from "@/lib/testing/database";

// The schema and the migrations must describe the same database: a migration
// forgotten after a schema change would make `npm start` serve a different one.
function shape(file: string) {
  const db = new Database(file, { readonly: true });
  const objects = db
    .prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY type, name")
    .all() as { type: string; name: string; tbl_name: string }[];
  const tables = objects.filter((o) => o.type === "table").map((o) => o.name);
  const columns = Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)`).all(t)]),
  );
  const indexes = Object.fromEntries(
    objects
      .filter((o) => o.type === "index")
      .map((o) => [o.name, { table: o.tbl_name, columns: db.prepare("SELECT name FROM pragma_index_info(?)").all(o.name) }]),
  );
  db.close();
  return { tables, columns, indexes };
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
    expect(expected.tables).toContain("Fact");
    expect(shape(migrated)).toEqual(expected);
  });
});
