// npm run db:copy -- --to postgresql://user@host:5432/briefing [--replace | --check]
//
// Copies the SQLite database DATABASE_URL names (default prisma/briefing.db) into a
// PostgreSQL database migrated beforehand (`DATABASE_URL=postgresql://… npm run db:migrate`):
// every table, ids kept, in one transaction, verified by counting each table's rows and
// comparing facts column by column before it commits (lib/db/copy.ts). A target that holds
// rows is refused unless --replace. Exit status 0 only when the copy committed.
// --check copies nothing: it runs the same verification on a copy made earlier (the source
// unchanged since), exit status 0 when it matches.
import { parseArgs } from "node:util";
import { checkCopy, copyDatabase, verifiedLine } from "@/lib/db/copy";
import { databaseTarget, ENGINES, redacted } from "@/lib/db/engine";
import { databaseUrl } from "@/lib/db/url";

const USAGE = "usage: npm run db:copy -- --to postgresql://user@host:5432/briefing [--replace | --check]";
const POSTGRES_EXAMPLE = ENGINES.find((e) => e.engine === "postgres")!.example;

function fail(message: string, status = 1): never {
  console.error(`✖ db:copy: ${message}`);
  process.exit(status);
}

function options() {
  try {
    return parseArgs({ options: { to: { type: "string" }, replace: { type: "boolean", default: false }, check: { type: "boolean", default: false } } }).values;
  } catch (err) {
    fail(`${(err as Error).message}\n${USAGE}`, 2);
  }
}
const values = options();
if (!values.to) fail(`--to is required: the PostgreSQL database to copy into\n${USAGE}`, 2);
if (values.check && values.replace) fail(`--check copies nothing, so it takes no --replace\n${USAGE}`, 2);

let targetUrl: string;
try {
  const target = databaseTarget(values.to);
  if (target.engine !== "postgres") fail(`--to must name a PostgreSQL database such as ${POSTGRES_EXAMPLE}; got a ${target.engine} URL`, 2);
  targetUrl = target.url;
} catch (err) {
  // The engine module words its messages for DATABASE_URL: here the URL came from --to.
  fail(`--to: ${(err as Error).message.replace(/^DATABASE_URL:? ?/, "")}`, 2);
}

let sourceFile: string;
try {
  const source = databaseTarget(databaseUrl());
  if (source.engine !== "sqlite") fail(`DATABASE_URL names the database copied from, a SQLite file; it names ${redacted(source.url)}`, 2);
  sourceFile = source.file;
} catch (err) {
  fail((err as Error).message, 2);
}

if (values.check) {
  console.log(`▶ checking ${redacted(targetUrl)} against ${sourceFile}`);
  try {
    const report = await checkCopy(sourceFile, targetUrl);
    console.log(`  ${verifiedLine(report)}`);
    console.log(`✓ ${redacted(targetUrl)} matches ${sourceFile} (${report.seconds.toFixed(1)} s)`);
  } catch (err) {
    fail((err as Error).message);
  }
  process.exit(0);
}

console.log(`▶ copying ${sourceFile} into ${redacted(targetUrl)}${values.replace ? " (replacing what it holds)" : ""}`);
try {
  const report = await copyDatabase(sourceFile, targetUrl, { replace: values.replace, log: (line) => console.log(`  ${line}`) });
  const rows = report.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`✓ copied ${rows} rows in ${report.tables.length} tables in ${report.seconds.toFixed(1)} s; verified`);
} catch (err) {
  fail((err as Error).message);
}
