import { Prisma } from "@/generated/prisma/client";
import type { Clause } from "@/lib/search/sql";

/** A shared clause (`?` placeholders, lib/search/sql.ts) as Prisma's SQL, its parameters bound: for $queryRaw on either engine. */
export function boundSql([sql, params]: Clause): Prisma.Sql {
  return new Prisma.Sql(sql.split("?"), params);
}
