import { databaseUrl } from "@/lib/db/url";
import { databaseProblem } from "@/lib/db/status";

let ready = false;

/**
 * `databaseProblem` for the server's own database, cheap enough for every request: once
 * the database is found ready this process never looks again (a migrated database does
 * not become unmigrated under a running server); while it is not, every call looks
 * again, so the app serves as soon as the operator has run what the message says.
 */
export async function serverDatabaseProblem(): Promise<string | null> {
  if (ready) return null;
  let problem: string | null;
  try {
    problem = await databaseProblem(databaseUrl());
  } catch (err) {
    // A file that is not SQLite, a server that does not answer: still a problem to describe, not a crash.
    problem = `the database cannot be opened (${err instanceof Error ? err.message : String(err)}): check DATABASE_URL, then run \`npm run db:migrate\``;
  }
  ready = problem === null;
  return problem;
}
