// The one switch between the two database engines: which one DATABASE_URL names, and what
// each needs (its Prisma schema). Everything else that differs lives behind the store
// (lib/ingest/store.ts) and the search (lib/search); the rest of the app asks this module.
// Imported with relative paths only: the Prisma CLI loads it through prisma.config.ts.
import { z } from "zod";

export type Engine = "sqlite" | "postgres";

/** A database as DATABASE_URL names it, validated. */
export type DatabaseTarget = { engine: "sqlite"; url: string; file: string } | { engine: "postgres"; url: string; database: string };

const SqliteUrl = z.string().regex(/^file:.+/, "a SQLite URL is file: then a path");
const PostgresUrl = z
  .url({ protocol: /^postgres(?:ql)?$/, error: "a PostgreSQL URL is postgresql://user@host:port/database" })
  // Run even when the URL did not parse (zod goes on to refinements): then the message above says it.
  .refine((url) => !URL.canParse(url) || new URL(url).pathname.length > 1, "a PostgreSQL URL names its database: postgresql://user@host:port/database");

/** The engines, in the order a URL is tried against them, each with an example URL. */
export const ENGINES = [
  { engine: "sqlite", prefix: /^file:/, example: "file:./prisma/briefing.db", schema: "prisma/schema.prisma" },
  { engine: "postgres", prefix: /^postgres(?:ql)?:\/\//, example: "postgresql://postgres@127.0.0.1:5432/briefing", schema: "prisma/postgres/schema.prisma" },
] as const satisfies readonly { engine: Engine; prefix: RegExp; example: string; schema: string }[];

/** The engine and the parts of `url` it needs; throws saying what a URL should look like. */
export function databaseTarget(url: string): DatabaseTarget {
  const rule = ENGINES.find((r) => r.prefix.test(url));
  if (!rule) throw new Error(`DATABASE_URL must be ${ENGINES.map((r) => r.example).join(" or ")}; got "${url}"`);
  if (rule.engine === "sqlite") return { engine: "sqlite", url: parse(SqliteUrl, url), file: url.slice("file:".length) };
  const checked = parse(PostgresUrl, url);
  return { engine: "postgres", url: checked, database: decodeURIComponent(new URL(checked).pathname.slice(1)) };
}

export function engineOf(url: string): Engine {
  return databaseTarget(url).engine;
}

/** The Prisma schema (and so the migrations folder beside it) for the engine `url` names. */
export function schemaOf(url: string): string {
  const engine = engineOf(url);
  return ENGINES.find((r) => r.engine === engine)!.schema;
}

function parse(schema: z.ZodType<string>, url: string): string {
  const parsed = schema.safeParse(url);
  if (!parsed.success) throw new Error(`DATABASE_URL: ${parsed.error.issues.map((i) => i.message).join("; ")} (got "${redacted(url)}")`);
  return parsed.data;
}

/** The database `url` names, for messages: a SQLite file's path, a PostgreSQL URL with its password hidden. */
export function databaseLabel(url: string): string {
  const target = databaseTarget(url);
  return target.engine === "sqlite" ? target.file : redacted(url);
}

/** The URL with any password hidden, for messages. */
export function redacted(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
