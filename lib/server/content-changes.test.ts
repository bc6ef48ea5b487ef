import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { watchDatabase } from "@/lib/server/content-changes";
import { tempDir } from "@/lib/testing/database";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe("watchDatabase", () => {
  it("calls back when another connection commits, and not otherwise", async () => {
    const file = path.join(tempDir("watch"), "briefing.db");
    const writer = new Database(file);
    writer.pragma("journal_mode = WAL");
    writer.exec("CREATE TABLE Article (id INTEGER PRIMARY KEY, title TEXT)");

    let changes = 0;
    stop = watchDatabase(file, () => changes++, 20);
    await wait(100);
    expect(changes).toBe(0);

    writer.prepare("INSERT INTO Article (title) VALUES (?)").run("Alibaba shares jump");
    await wait(100);
    expect(changes).toBe(1);

    writer.prepare("SELECT * FROM Article").all(); // reading is not a change
    await wait(100);
    expect(changes).toBe(1);
    writer.close();
  });

  it("waits for a database that does not exist yet", async () => {
    const file = path.join(tempDir("watch"), "later.db");
    let changes = 0;
    stop = watchDatabase(file, () => changes++, 20);
    await wait(60);
    const writer = new Database(file);
    writer.exec("CREATE TABLE t (x)");
    await wait(60);
    writer.exec("INSERT INTO t VALUES (1)");
    await wait(100);
    expect(changes).toBe(1);
    writer.close();
  });
});
