// Moving an existing SQLite database to PostgreSQL (npm run db:copy): every table's rows,
// ids included, read from one snapshot of the SQLite file and written into a migrated
// PostgreSQL database in batches, all in one transaction that is verified before it
// commits: a copy that fails or does not add up leaves the target as it was. The
// verification (also run alone on a copy made earlier: checkCopy) compares every table's
// row count and column totals, and a spread of articles whole, row for row.
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
  /** Its rows of the articles `ids` lists (a SQL condition on both engines); none: the whole table is spot-checked. */
  ofArticles?: (ids: string) => string;
  why: string;
}

/** The tables copied, parents before children (the foreign keys are checked as rows go in). */
export const COPIED_TABLES: readonly CopiedTable[] = [
  { table: "Article", key: ["id"], ofArticles: (ids) => `id IN (${ids})`, why: "articles, their text and where each came from" },
  { table: "Entity", key: ["id"], ofArticles: (ids) => `"articleId" IN (${ids})`, why: "each article's named entities" },
  { table: "Ticker", key: ["entityId", "symbol"], ofArticles: (ids) => `"entityId" IN (SELECT id FROM "Entity" WHERE "articleId" IN (${ids}))`, why: "an entity's ticker symbols" },
  { table: "Mention", key: ["id"], ofArticles: (ids) => `"entityId" IN (SELECT id FROM "Entity" WHERE "articleId" IN (${ids}))`, why: "where each entity is named in the text" },
  { table: "EntityKey", key: ["entityId", "key"], ofArticles: (ids) => `"entityId" IN (SELECT id FROM "Entity" WHERE "articleId" IN (${ids}))`, why: "the subject keys the cross-source checks find entities by" },
  { table: "Fact", key: ["id"], ofArticles: (ids) => `"articleId" IN (${ids})`, why: "the extracted facts with their citations and verdicts" },
  { table: "Flag", key: ["id"], ofArticles: (ids) => `"factId" IN (SELECT id FROM "Fact" WHERE "articleId" IN (${ids}))`, why: "the article's own and the cross-source flags, their evidence as fields" },
  {
    table: "ClaimParty",
    key: ["factId", "party"],
    ofArticles: (ids) => `"factId" IN (SELECT id FROM "Fact" WHERE "articleId" IN (${ids}))`,
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
/** Articles compared whole (their rows in every table), spread evenly over the ids. */
const SPOT_CHECKED_ARTICLES = 25;

export interface CopyReport {
  tables: { table: string; rows: number }[];
  /** The articles compared whole, and the rows that took in all tables. */
  spotChecked: { articles: number; rows: number };
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

    const verified = await verify(source, client, columnsOf).catch((err: unknown) => {
      throw err instanceof CopyError ? new CopyError(`${err.message}\nso it was not committed: the target is unchanged`) : err;
    });
    const lost = report.filter((t, i) => verified.tables[i]!.rows !== t.rows);
    if (lost.length) throw new CopyError(`rows written and rows held differ: ${lost.map((t) => `${t.table} ${t.rows} written`).join(", ")}`);
    await client.query("COMMIT");
    log(verifiedLine(verified));
    return { ...verified, seconds: (performance.now() - started) / 1000 };
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

/** What the verification compared, for the log. */
export function verifiedLine(report: Omit<CopyReport, "seconds">): string {
  return `verified: row counts and column totals of ${report.tables.length} tables, ${report.spotChecked.articles} articles whole (${report.spotChecked.rows} rows column by column), search on their titles`;
}

/**
 * Checks a copy made earlier (npm run db:copy -- --check): the same verification the copy
 * runs before it commits, on one snapshot of each side. Nothing is written.
 */
export async function checkCopy(sourceFile: string, targetUrl: string): Promise<CopyReport> {
  const started = performance.now();
  const name = redacted(targetUrl);
  await mustBeReady(`file:${sourceFile}`, `the source ${sourceFile}`);
  await mustBeReady(targetUrl, `the target ${name}`);
  const client = new pg.Client({ connectionString: targetUrl });
  const source = openSqlite(sourceFile, { readonly: true, fileMustExist: true });
  try {
    await client.connect();
    source.exec("BEGIN");
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const columnsOf = new Map<string, Column[]>();
    for (const spec of COPIED_TABLES) columnsOf.set(spec.table, await sameColumns(source, client, spec.table));
    return { ...(await verify(source, client, columnsOf)), seconds: (performance.now() - started) / 1000 };
  } catch (err) {
    if (err instanceof CopyError) throw err;
    const code = (err as { code?: string }).code;
    throw new CopyError(`checking ${name} failed${code ? ` (${code})` : ""}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    if (source.inTransaction) source.exec("COMMIT");
    source.close();
    await client.query("ROLLBACK").catch(() => {});
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

interface ColumnTotal {
  /** What it totals ("unit: values"). */
  label: string;
  sqlite: string;
  postgres: string;
}

/** A table's totals, column by column, the same on both sides when nothing was lost or cut. */
function columnTotals(columns: Column[], stored: CopiedTable["stored"]): ColumnTotal[] {
  return columns.flatMap((c) => {
    const q = `"${c.name}"`;
    const totals: ColumnTotal[] = [{ label: `${c.name}: values`, sqlite: `count(${q})`, postgres: `count(${q})::int` }];
    // Numbers: their sum (integers exactly, floats to rounding). Text: its UTF-8 bytes, which
    // catch a cut or shifted value (not for a column stored in another form).
    if (c.type === "integer" || c.type === "double precision") {
      totals.push({ label: `${c.name}: sum`, sqlite: `total(${q})`, postgres: `coalesce(sum(${q}), 0)::float8` });
    } else if (c.type === "text" && !stored?.[c.name]) {
      totals.push({ label: `${c.name}: bytes`, sqlite: `total(length(CAST(${q} AS BLOB)))`, postgres: `coalesce(sum(octet_length(${q})), 0)::float8` });
    }
    return totals;
  });
}

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** `articles` spread evenly over the ids, the first and the last among them. */
export function spreadIds(ids: readonly number[], articles: number): number[] {
  if (ids.length <= articles) return [...ids];
  const step = (ids.length - 1) / (articles - 1);
  return [...new Set(Array.from({ length: articles }, (_, i) => ids[Math.round(i * step)]!))];
}

/**
 * Checks the target against the source: every table holds as many rows as the source, with
 * the same totals in every column (non-null values, sums of numbers, bytes of text: a lost,
 * cut or shifted column shows over the whole table), and the spot-checked articles are the
 * same whole, row for row and column by column in every table (facts, flags, entities,
 * mentions, tickers, claim keys), with the full-text vectors PostgreSQL generated for them
 * filled and each found by a search for its own title. Throws listing what differs.
 */
async function verify(source: SqliteDatabase, client: pg.Client, columnsOf: Map<string, Column[]>): Promise<Omit<CopyReport, "seconds">> {
  const problems: string[] = [];
  const tables: CopyReport["tables"] = [];
  for (const spec of COPIED_TABLES) {
    const columns = columnsOf.get(spec.table)!;
    const totals = columnTotals(columns, spec.stored);
    const from = source.prepare(`SELECT count(*), ${totals.map((t) => t.sqlite).join(", ")} FROM "${spec.table}"`).raw(true).get() as number[];
    const { rows } = await client.query<number[]>({ text: `SELECT count(*)::int, ${totals.map((t) => t.postgres).join(", ")} FROM "${spec.table}"`, rowMode: "array" });
    const to = rows[0]!;
    tables.push({ table: spec.table, rows: to[0]! });
    if (from[0] !== to[0]) {
      problems.push(`${spec.table}: ${from[0]} rows in SQLite, ${to[0]} in PostgreSQL`);
      continue;
    }
    totals.forEach((total, i) => {
      if (!close(from[i + 1]!, to[i + 1]!)) problems.push(`${spec.table}.${total.label} ${from[i + 1]} in SQLite, ${to[i + 1]} in PostgreSQL`);
    });
  }

  const articleIds = spreadIds((source.prepare(`SELECT id FROM "Article" ORDER BY id`).raw(true).all() as [number][]).map(([id]) => id), SPOT_CHECKED_ARTICLES);
  let rowsCompared = 0;
  if (articleIds.length > 0) {
    const ids = articleIds.join(", ");
    for (const spec of COPIED_TABLES) rowsCompared += await compareRows(source, client, spec, columnsOf.get(spec.table)!, spec.ofArticles?.(ids), problems);

    // What PostgreSQL generated from the copied text (the full-text vectors) is there, and finds them.
    for (const spec of COPIED_TABLES.filter((t) => t.ofArticles)) {
      const { rows: generated } = await client.query<{ name: string }>(
        `SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND attgenerated <> '' AND NOT attisdropped`,
        [`"${spec.table}"`],
      );
      for (const { name } of generated) {
        const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${spec.table}" WHERE ${spec.ofArticles!(ids)} AND "${name}" IS NULL`);
        if (rows[0]!.n > 0) problems.push(`${spec.table}.${name}: not generated for ${rows[0]!.n} row(s) of the spot-checked articles`);
      }
    }
    if (columnsOf.get("Article")!.length > 0) {
      const { rows: unfound } = await client.query<{ id: number }>(
        `SELECT id FROM "Article", plainto_tsquery('english', replace(title, '<', ' ')) AS q
         WHERE id IN (${ids}) AND numnode(q) > 0 AND NOT (search @@ q)`,
      );
      if (unfound.length > 0) problems.push(`search: a search for its own title does not find article ${unfound.map((r) => r.id).join(", ")}`);
    }
  }
  if (problems.length) throw new CopyError(`the copy does not match the source:\n  ${problems.slice(0, 20).join("\n  ")}${problems.length > 20 ? `\n  … and ${problems.length - 20} more` : ""}`);
  return { tables, spotChecked: { articles: articleIds.length, rows: rowsCompared } };
}

/** A row's values as the target holds them, keyed by its primary key. */
function keyed(rows: Record<string, unknown>[], key: readonly string[]): Map<string, Record<string, unknown>> {
  return new Map(rows.map((row) => [JSON.stringify(key.map((k) => row[k])), row]));
}

/**
 * Compares the rows `where` selects (all of them without) on both sides, as the copy converts
 * them, timestamps too; notes each difference; returns how many rows were compared.
 */
async function compareRows(
  source: SqliteDatabase,
  client: pg.Client,
  spec: CopiedTable,
  columns: Column[],
  where: string | undefined,
  problems: string[],
): Promise<number> {
  const filter = where ? ` WHERE ${where}` : "";
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  // As text in the form utcTimestamp writes, so that both sides compare as strings.
  const targetNames = columns.map((c) => (c.type.startsWith("timestamp") ? `to_char("${c.name}", 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS "${c.name}"` : `"${c.name}"`)).join(", ");
  const fromRows = (source.prepare(`SELECT ${names} FROM "${spec.table}"${filter}`).all() as Record<string, unknown>[]).map((row) =>
    Object.fromEntries(columns.map((c) => [c.name, toTarget(row[c.name], c, spec.stored)])),
  );
  const { rows: toRows } = await client.query<Record<string, unknown>>(`SELECT ${targetNames} FROM "${spec.table}"${filter}`);
  const from = keyed(fromRows, spec.key);
  const to = keyed(toRows, spec.key);
  for (const [key, row] of from) {
    const copied = to.get(key);
    if (!copied) {
      problems.push(`${spec.table} ${key}: missing in PostgreSQL`);
      continue;
    }
    for (const c of columns) {
      if (row[c.name] !== copied[c.name]) problems.push(`${spec.table} ${key}.${c.name}: ${JSON.stringify(row[c.name])} in SQLite, ${JSON.stringify(copied[c.name])} in PostgreSQL`);
    }
  }
  for (const key of to.keys()) if (!from.has(key)) problems.push(`${spec.table} ${key}: only in PostgreSQL`);
  return from.size;
}
