// The environment, read and validated in one place. Every setting the app, the seed and the
// server take from the environment is here, with its default; the README's Configuration
// table lists the same. Imported with relative paths only: the Prisma CLI loads it too.
import { z } from "zod";

/** The default database file, relative to the project root. */
export const DEFAULT_DATABASE_URL = "file:./prisma/briefing.db";

const Port = z.coerce.number().int().min(1).max(65535);
const Seconds = z.coerce.number().positive().max(3600);

const EnvSchema = z.object({
  /** Which engine it names is decided in lib/db/engine.ts. */
  DATABASE_URL: z
    .string()
    .regex(
      /^(?:file:.+|postgres(?:ql)?:\/\/.+)/,
      "must be a SQLite file URL such as file:./prisma/briefing.db, or a PostgreSQL URL such as postgresql://user@host:5432/briefing",
    )
    .default(DEFAULT_DATABASE_URL),
  /** Where `npm start` and the server listen. */
  PORT: Port.default(3000),
  /** The public origin for absolute links; localhost on PORT when unset. */
  SITE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Memory for finished pages and build files. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(256),
  /** How long a migration waits for another process's write or another migrator. */
  MIGRATE_WAIT_SECONDS: Seconds.default(30),
  /** The most one file may take to parse and extract. */
  SEED_FILE_SECONDS: Seconds.default(60),
  /** The production build's ID (lib/build-id.ts); unset: the git commit, else a hash of the sources. */
  BUILD_ID: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (it names a folder of build files)")
    .optional(),
});

export type Env = z.infer<typeof EnvSchema>;

/** The settings from `env` (an empty variable counts as unset); throws naming each bad variable. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): Env {
  const given: Record<string, string> = {};
  for (const key of Object.keys(EnvSchema.shape)) {
    const value = env[key]?.trim();
    if (value) given[key] = value;
  }
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`invalid environment: ${problems.join("; ")}`);
  }
  return parsed.data;
}
