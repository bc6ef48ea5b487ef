// Moving an existing SQLite database to PostgreSQL (npm run db:copy): every table's rows,
// ids included, read from one snapshot of the SQLite file and written into a migrated
// PostgreSQL database in batches, all in one transaction that is verified before it
// commits: a copy that fails or does not add up leaves the target as it was.
//
// The columns are each table's on PostgreSQL, less the generated ones (the full-text
// vectors, which PostgreSQL computes from the copied text as it does for the seed's
// writes); SQLite's full-text tables are its own and are not copied. The columns must be
// the same on both sides (both databases migrated to the same point), else it stops.
import pg from "pg";
import type { Prisma } from "@/generated/prisma/client";
import { databaseTarget, redacted } from "@/lib/db/engine";
import { openSqlite, type SqliteDatabase } from "@/lib/db/sqlite";
import { databaseProblem } from "@/lib/db/status";
import { claimKeyAsStored } from "@/lib/ingest/store-postgres";

interface CopiedTable {
  table: Prisma.ModelName;
  /** The primary key: rows are read, and spot-checked, in its order. */
  key: readonly string[];
  /** A text column whose value PostgreSQL stores in another form, with the conversion. */
  stored?: Record<string, (value: string) => string>;
  why: string;
}

/** The tables copied, parents before children (the foreign keys are checked as rows go in). */
export const COPIED_TABLES: readonly CopiedTable[] = [
  { table: "Article", key: ["id"], why: "articles, their text and where each came from" },
  { table: "Entity", key: ["id"], why: "each article's named entities" },
  { table: "Ticker", key: ["entityId", "symbol"], why: "an entity's ticker symbols" },
  { table: "Mention", key: ["id"], why: "where each entity is named in the text" },
  { table: "EntityKey", key: ["entityId", "key"], why: "the subject keys the cross-source checks find entities by" },
  { table: "Fact", key: ["id"], why: "the extracted facts with their citations and verdicts" },
  { table: "Flag", key: ["id"], why: "the article's own and the cross-source flags, their evidence as fields" },
  {
    table: "ClaimParty",
    key: ["factId", "party"],
    // PostgreSQL's text holds no NUL, which SQLite's claim keys are joined with.
    stored: { group: claimKeyAsStored, party: claimKeyAsStored },
    why: "the claim index the cross-source checks look facts up by",
  },
  { table: "SeedState", key: ["key"], why: "the seed's bookkeeping (whether the cross-source checks are due)" },
];
/** Not copied: the target's own, bumped in the copy's commit so that its servers clear their caches. */
export const BUMPED_TABLE: Prisma.ModelName = "ContentVersion";

/** Rows per INSERT (one array parameter per column, so no limit on parameters applies). */
const BATCH_ROWS = 2_000;
/** Facts compared column by column, spread evenly over the table. */
const SPOT_CHECKED_FACTS = 25;

export interface CopyReport {
  tables: { table: string; rows: number }[];
  spotChecked: number;
  seconds: number;
}

interface Column {
  name: string;
  /** PostgreSQL's name for its type, as a cast takes it ("timestamp(3) without time zone"). */
  type: string;
}

/** A copy that cannot start or did not add up; the target is left as it was. */
export class CopyError extends Error {}

/**
 * Copies the SQLite database `sourceFile` into the migrated PostgreSQL database `targetUrl`.
 * Refuses a target that holds any row unless `replace`, which empties it first (in the same
 * transaction: until the commit, the target's readers wait).
 */
export async function copyDatabase(
  sourceFile: string,
  targetUrl: string,
  options: { replace?: boolean; log?: (line: string) => void } = {},
): Promise<CopyReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const target = databaseTarget(targetUrl);
  if (target.engine !== "postgres") throw new CopyError(`the target must be a PostgreSQL database, not ${target.engine}`);
  const name = redacted(targetUrl);
  await mustBeReady(`file:${sourceFile}`, `the source ${sourceFile}`);
  const client = new pg.Client({ connectionString: targetUrl });
  try {
    await client.connect();
  } catch (err) {
    // Refused, no such database, a wrong password: pg's own words, with its code.
    const code = (err as { code?: string }).code;
    throw new CopyError(`cannot connect to the target ${name}${code ? ` (${code})` : ""}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    await mustBeReady(targetUrl, `the target ${name}`);
  } catch (err) {
    await client.end();
    throw err;
  }

  const source = openSqlite(sourceFile, { readonly: true, fileMustExist: true });
  try {
    // One snapshot of the source for every table, whatever a seed commits meanwhile.
    source.exec("BEGIN");
    await client.query("BEGIN");
    const tables = COPIED_TABLES.map((t) => `"${t.table}"`).join(", ");
    // Writers of the target wait for the copy (readers go on reading what was there before).
    await client.query(`LOCK TABLE ${tables} IN EXCLUSIVE MODE`);
    const held = await rowsHeld(client);
    if (held.length > 0 && !options.replace) {
      throw new CopyError(`the target ${name} is not empty (${held.join(", ")}): give --replace to replace what it holds`);
    }
    if (held.length > 0) {
      log(`replacing what the target holds (${held.join(", ")})`);
      await client.query(`TRUNCATE ${tables}`);
    }

    const report: CopyReport["tables"] = [];
    const columnsOf = new Map<string, Column[]>();
    for (const spec of COPIED_TABLES) {
      const columns = await sameColumns(source, client, spec.table);
      columnsOf.set(spec.table, columns);
      const rows = await copyTable(source, client, spec, columns);
      await restartIdentity(client, spec.table, columns);
      report.push({ table: spec.table, rows });
      log(`${spec.table}: ${rows} rows`);
    }
    await client.query(
      `INSERT INTO "${BUMPED_TABLE}" (id, version) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET version = "${BUMPED_TABLE}".version + 1`,
    );

    const spotChecked = await verify(source, client, report, columnsOf);
    await client.query("COMMIT");
    log(`verified: row counts of ${report.length} tables, ${spotChecked} facts column by column`);
    return { tables: report, spotChecked, seconds: (performance.now() - started) / 1000 };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    if (err instanceof CopyError) throw err;
    const code = (err as { code?: string }).code;
    const message = err instanceof Error ? err.message : String(err);
    throw new CopyError(`copying into ${name} failed${code ? ` (${code})` : ""}: ${message}; the target is unchanged`);
  } finally {
    if (source.inTransaction) source.exec("COMMIT");
    source.close();
    await client.end().catch(() => {});
  }
}

/** Throws what the database lacks (missing, unreachable, unmigrated), naming which side it is. */
async function mustBeReady(url: string, which: string): Promise<void> {
  let problem: string | null;
  try {
    problem = await databaseProblem(url);
  } catch (err) {
    const code = (err as { code?: string }).code;
    throw new CopyError(`cannot open ${which}${code ? ` (${code})` : ""}: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (problem) throw new CopyError(`${which}: ${problem}${url.startsWith("file:") ? "" : " with DATABASE_URL set to it"}`);
}

/** "Article: 12 rows", for each copied table that holds any (and the rows count). */
async function rowsHeld(client: pg.Client): Promise<string[]> {
  const held: string[] = [];
  for (const { table } of COPIED_TABLES) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    if (rows[0]!.n > 0) held.push(`${table}: ${rows[0]!.n} rows`);
  }
  return held;
}

/** The target's columns that are written (not generated), once both sides have the same. */
async function sameColumns(source: SqliteDatabase, client: pg.Client, table: string): Promise<Column[]> {
  const { rows } = await client.query<{ name: string; type: string; generated: string }>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type, attgenerated AS generated
     FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [`"${table}"`],
  );
  const written = rows.filter((r) => r.generated === "");
  const sqlite = new Set((source.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name));
  const onlyTarget = written.filter((c) => !sqlite.has(c.name)).map((c) => c.name);
  const onlySource = [...sqlite].filter((c) => !written.some((w) => w.name === c));
  if (onlyTarget.length || onlySource.length) {
    const sides = [onlySource.length ? `only in SQLite: ${onlySource.join(", ")}` : "", onlyTarget.length ? `only in PostgreSQL: ${onlyTarget.join(", ")}` : ""];
    throw new CopyError(`${table}'s columns differ (${sides.filter(Boolean).join("; ")}): migrate both databases to the same version, then copy again`);
  }
  return written.map(({ name, type }) => ({ name, type }));
}

/** A source value as the target column takes it. */
function toTarget(value: unknown, column: Column, stored: CopiedTable["stored"]): unknown {
  if (value === null || value === undefined) return null;
  if (column.type.startsWith("timestamp")) return utcTimestamp(value);
  const convert = stored?.[column.name];
  return convert && typeof value === "string" ? convert(value) : value;
}

/**
 * A SQLite DateTime (Prisma's ISO text with an offset, SQLite's own UTC `YYYY-MM-DD
 * HH:MM:SS`, or milliseconds) as a UTC timestamp without zone, which is how Prisma stores
 * one on PostgreSQL.
 */
export function utcTimestamp(value: unknown): string {
  const text = String(value);
  const date =
    typeof value === "number" || /^\d+$/.test(text)
      ? new Date(Number(text))
      : /^\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/.test(text)
        ? new Date(`${text.replace(" ", "T")}Z`) // no zone written: SQLite's CURRENT_TIMESTAMP is UTC
        : new Date(text);
  if (Number.isNaN(date.getTime())) throw new CopyError(`"${text}" is not a date and time`);
  return date.toISOString().replace("Z", "");
}

/** Copies one table in batches; returns the rows written. */
async function copyTable(source: SqliteDatabase, client: pg.Client, spec: CopiedTable, columns: Column[]): Promise<number> {
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const insert = `INSERT INTO "${spec.table}" (${names}) SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ")})`;
  const read = source.prepare(`SELECT ${names} FROM "${spec.table}" ORDER BY ${spec.key.map((k) => `"${k}"`).join(", ")}`).raw(true);
  let batch: unknown[][] = columns.map(() => []);
  let inBatch = 0;
  let written = 0;
  const flush = async () => {
    if (inBatch === 0) return;
    await client.query({ text: insert, values: batch });
    written += inBatch;
    batch = columns.map(() => []);
    inBatch = 0;
  };
  // Read as written: the statement stays open across the writes (nothing else reads this connection meanwhile).
  for (const row of read.iterate() as IterableIterator<unknown[]>) {
    row.forEach((value, i) => batch[i]!.push(toTarget(value, columns[i]!, spec.stored)));
    if (++inBatch === BATCH_ROWS) await flush();
  }
  await flush();
  return written;
}

/** The table's id sequence (if it has one) set past the copied ids, so that the seed's next insert takes a new one. */
async function restartIdentity(client: pg.Client, table: string, columns: Column[]): Promise<void> {
  // Only a table with an id column is asked: for another, PostgreSQL's error would end the transaction.
  if (!columns.some((c) => c.name === "id")) return;
  const { rows } = await client.query<{ sequence: string | null }>(`SELECT pg_get_serial_sequence($1, 'id') AS sequence`, [`"${table}"`]);
  const sequence = rows[0]?.sequence;
  if (!sequence) return;
  await client.query(`SELECT setval($1, coalesce((SELECT max(id) FROM "${table}"), 0) + 1, false)`, [sequence]);
}

/**
 * Before the commit: every table holds as many rows as the source, and spot-checked facts
 * (with their articles) are the same column by column; a generated full-text column of theirs
 * is filled. Returns how many facts were compared; throws listing what differs.
 */
async function verify(source: SqliteDatabase, client: pg.Client, copied: CopyReport["tables"], columnsOf: Map<string, Column[]>): Promise<number> {
  const problems: string[] = [];
  for (const { table, rows } of copied) {
    const inSource = (source.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const { rows: counted } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
    if (inSource !== rows || counted[0]!.n !== inSource) problems.push(`${table}: ${inSource} rows in SQLite, ${rows} copied, ${counted[0]!.n} in PostgreSQL`);
  }

  const factIds = (source.prepare(`SELECT id FROM "Fact" ORDER BY id`).raw(true).all() as [number][]).map(([id]) => id);
  const step = Math.max(1, Math.floor(factIds.length / SPOT_CHECKED_FACTS));
  const spot = factIds.filter((_, i) => i % step === 0).slice(0, SPOT_CHECKED_FACTS);
  if (factIds.length > 0 && spot.at(-1) !== factIds.at(-1)) spot.push(factIds.at(-1)!);
  const factColumns = columnsOf.get("Fact")!;
  const articleColumns = columnsOf.get("Article")!.filter((c) => !c.type.startsWith("timestamp"));
  const articleIds = new Set<number>();
  for (const id of spot) {
    const fact = await compareRow(source, client, "Fact", factColumns, id, problems);
    if (fact) articleIds.add(fact.articleId as number);
  }
  for (const id of articleIds) await compareRow(source, client, "Article", articleColumns, id, problems);

  // What PostgreSQL generated from the copied text (the full-text vectors) is there.
  const { rows: generated } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute WHERE attrelid = '"Article"'::regclass AND attgenerated <> '' AND NOT attisdropped`,
  );
  for (const { name } of generated) {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Article" WHERE id = ANY($1::int[]) AND "${name}" IS NULL`, [[...articleIds]]);
    if (rows[0]!.n > 0) problems.push(`Article.${name}: not generated for ${rows[0]!.n} spot-checked article(s)`);
  }
  if (problems.length) throw new CopyError(`the copy does not match the source, so it was not committed:\n  ${problems.slice(0, 20).join("\n  ")}`);
  return spot.length;
}

/** Compares one row on both sides (as the copy converts it); notes any difference; returns the source row. */
async function compareRow(
  source: SqliteDatabase,
  client: pg.Client,
  table: Prisma.ModelName,
  columns: Column[],
  id: number,
  problems: string[],
): Promise<Record<string, unknown> | undefined> {
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const stored = COPIED_TABLES.find((t) => t.table === table)?.stored;
  const from = source.prepare(`SELECT ${names} FROM "${table}" WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  const { rows } = await client.query<Record<string, unknown>>(`SELECT ${names} FROM "${table}" WHERE id = $1`, [id]);
  const to = rows[0];
  if (!from || !to) {
    problems.push(`${table} ${id}: ${from ? "missing in PostgreSQL" : "missing in SQLite"}`);
    return from;
  }
  for (const column of columns) {
    const expected = toTarget(from[column.name], column, stored);
    if (expected !== to[column.name]) problems.push(`${table} ${id}.${column.name}: ${JSON.stringify(expected)} in SQLite, ${JSON.stringify(to[column.name])} in PostgreSQL`);
  }
  return from;
}
