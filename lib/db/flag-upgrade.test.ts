// Upgrading a database from before flags kept their evidence: its flags keep their stored
// words, so nothing needs re-checking after the migration.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { factFromRow, FLAG_SELECT } from "@/lib/contract/rows";
import { createPrismaClient } from "@/lib/db";
import { PROJECT_ROOT, tempDir } from "@/lib/testing/database";

const MIGRATIONS = path.join(PROJECT_ROOT, "prisma/migrations");
const EVIDENCE_MIGRATION = "20261202030000_flag_evidence_fields";

describe("the flag evidence migration", () => {
  const dir = tempDir("flag-upgrade");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps every stored flag, and a flag without evidence fields reads with its stored reason", async () => {
    const file = path.join(dir, "old.db");
    const sqlite = new Database(file);
    const names = readdirSync(MIGRATIONS).filter((name) => /^\d+_/.test(name)).sort();
    expect(names).toContain(EVIDENCE_MIGRATION);
    const run = (name: string) => sqlite.exec(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
    for (const name of names.filter((name) => name < EVIDENCE_MIGRATION)) run(name);

    // Rows as the seed command wrote them before: the words in reason, no evidence fields.
    sqlite.exec(`INSERT INTO "Article" (id, slug, source, format, title, text, contentHash, updatedAt) VALUES (1, 'a', 'a.md', 'markdown', 'A', 'Ark bought over $16 billion.', 'x', 0)`);
    sqlite.exec(`INSERT INTO "Fact" (id, articleId, position, citation, kind, statement, citeStart, citeEnd, figureStart, figureEnd, value, unit) VALUES (1, 1, 0, 1, 'metric', 'Ark: over $16 billion', 0, 28, 9, 27, 16e9, 'USD')`);
    const oldReason = "Likely million/billion slip: over $16 billion is about 1,000 times larger than the figure Reuters (September 23, 2025) reports.";
    sqlite.prepare(`INSERT INTO "Flag" (factId, kind, reason, origin, evidenceSlug, evidencePosition, evidenceCitation) VALUES (1, 'implausible', ?, 'sources', 'b', 1, 2)`).run(oldReason);
    for (const name of names.filter((name) => name >= EVIDENCE_MIGRATION)) run(name);
    sqlite.close();

    const prisma = createPrismaClient(`file:${file}`, { fileMustExist: true });
    try {
      const row = await prisma.fact.findUniqueOrThrow({ where: { id: 1 }, include: { flags: { select: FLAG_SELECT } } });
      expect(row.flags).toHaveLength(1);
      expect(row.flags[0]!.check).toBeNull();
      expect(factFromRow(row).flags).toEqual([{ kind: "implausible", reason: oldReason, evidence: { slug: "b", position: 1, citation: 2 } }]);
    } finally {
      await prisma.$disconnect();
    }
  });
});
