import { describe, expect, it } from "vitest";
import { databaseTarget, engineOf, redacted, schemaOf } from "@/lib/db/engine";
import { readEnv } from "@/lib/env";

describe("the engine switch", () => {
  const ACCEPTED: [string, ReturnType<typeof databaseTarget>][] = [
    ["file:./prisma/briefing.db", { engine: "sqlite", url: "file:./prisma/briefing.db", file: "./prisma/briefing.db" }],
    ["file:/tmp/x.db", { engine: "sqlite", url: "file:/tmp/x.db", file: "/tmp/x.db" }],
    ["postgresql://postgres@127.0.0.1:5432/briefing", { engine: "postgres", url: "postgresql://postgres@127.0.0.1:5432/briefing", database: "briefing" }],
    ["postgres://app:secret@db.internal/news%20room", { engine: "postgres", url: "postgres://app:secret@db.internal/news%20room", database: "news room" }],
  ];
  it.each(ACCEPTED)("reads %s", (url, target) => {
    expect(databaseTarget(url)).toEqual(target);
    expect(readEnv({ ...process.env, DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  const REFUSED: [string, RegExp][] = [
    ["mysql://root@localhost/briefing", /DATABASE_URL must be file:\.\/prisma\/briefing\.db or postgresql:\/\//],
    ["postgresql://postgres@127.0.0.1:5432/", /names its database/],
    ["postgresql://[db/briefing", /a PostgreSQL URL is postgresql:\/\/user@host:port\/database/],
    ["briefing.db", /DATABASE_URL must be/],
  ];
  it.each(REFUSED)("refuses %s, saying what a URL looks like", (url, message) => {
    expect(() => databaseTarget(url)).toThrow(message);
  });

  it("names each engine's schema (and so its migrations folder)", () => {
    expect(schemaOf("file:./prisma/briefing.db")).toBe("prisma/schema.prisma");
    expect(schemaOf("postgresql://postgres@localhost/briefing")).toBe("prisma/postgres/schema.prisma");
    expect(engineOf("postgres://localhost/briefing")).toBe("postgres");
  });

  it("hides a password in messages", () => {
    expect(redacted("postgresql://app:secret@db/briefing")).toBe("postgresql://app:***@db/briefing");
    expect(redacted("postgresql://app@db/briefing")).toBe("postgresql://app@db/briefing");
  });
});
