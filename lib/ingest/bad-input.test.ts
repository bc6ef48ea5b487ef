// The seed command against bad input, through the real CLI on a real migrated SQLite
// file: each bad file costs one line naming it and its problem, a non-zero exit status,
// and nothing in the database; good files next to bad ones still go in.
import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContractArticle } from "@/lib/contract";
import { MAX_ARTICLE_BYTES } from "@/lib/ingest/files";
import { createTestDatabase, describeOnEngines, PROJECT_ROOT, runSeedCli, snapshotRows, tempDir, type TestDatabase } from "@/lib/testing/database";

const GOOD_ARTICLE = (title: string) =>
  `---\ntitle: ${title}\npublisher: Test Wire\npublishedAt: 2024-03-01\n---\n\nAcme Corp said revenue rose 12% to $3.4 billion in 2023, and it expects an operating margin of 8% in 2024.\n\nShares fell 3% on Tuesday.\n`;

/** name -> [contents, what the one failure line must say]. */
const BAD_FILES: Record<string, [string | Uint8Array, RegExp]> = {
  "empty.md": ["", /empty file/],
  "whitespace-only.txt": ["  \n\t\n   \r\n ", /empty|no article/],
  "binary.md": [new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), /binary/],
  "invalid-utf8.md": [Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from(" news\n---\n\nRevenue rose 5%.\n")]), /not valid UTF-8/],
  "too-big.txt": ["Title\n\n" + "word ".repeat(Math.ceil(MAX_ARTICLE_BYTES / 5) + 10), /over the .* limit/],
  "bad-yaml.md": ["---\ntitle: [unclosed\n---\n\nRevenue rose 5%.\n", /not valid YAML/],
  "wrong-type.md": ["---\ntitle: Hello\npublishedAt: yesterday\n---\n\nRevenue rose 5%.\n", /publishedAt "yesterday" is not a date/],
  "no-title-no-body.md": ["---\npublisher: Test Wire\n---\n\n", /no article body|no title/],
  "no-article.html": ["<html><head><title>x</title></head><body><nav>menu</nav><footer>foot</footer></body></html>", /no article/],
  "not-an-object.json": ["[1, 2, 3]", /JSON must be an object/],
  "zero-width-only.txt": ["\u200b\u200c\u200d\n\ufeff\u2060\u200b\n", /empty file \(nothing but invisible or control characters\)/],
  "late-nul.txt": [`Acme results\n\n${"Acme Corp said revenue rose 12% in 2023. ".repeat(300)}\u0000 and more.\n`, /binary file, not text \(a NUL byte at offset \d{5}\)/],
};

let db: TestDatabase;
let dir: string;
describeOnEngines("seed CLI on bad input", (engine) => {
  beforeAll(async () => {
    db = await createTestDatabase(engine);
    dir = tempDir("bad-input");
  });
  afterAll(async () => {
    await db.dispose();
  });

  function seed(args: string[], env: Record<string, string> = {}) {
    const run = runSeedCli(args, { DATABASE_URL: db.url, ...env });
    return { ...run, lines: (run.stdout + run.stderr).split("\n") };
  }

  /**
   * Every row of every table: compared before and after a seed that must write nothing. On
   * SQLite the full-text index tables too, read from the file.
   */
  async function snapshot(): Promise<string> {
    if (db.engine !== "sqlite") return snapshotRows(db.prisma);
    const sqlite = new Database(db.file, { readonly: true });
    try {
      const tables = sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[];
      // Full-text index tables included; rows sorted, as some tables have no rowid.
      return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort()]));
    } finally {
      sqlite.close();
    }
  }

  function write(name: string, contents: string | Uint8Array): string {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
    return file;
  }

  function expectOneFailureLine(lines: string[], file: string, problem: RegExp) {
    const mine = lines.filter((line) => line.includes(file));
    expect(mine, `lines naming ${file}`).toHaveLength(1);
    expect(mine[0]).toMatch(/^failed\s/);
    expect(mine[0]).toMatch(problem);
  }

  // What is refused before anything is stored (a file's bytes, its parse, where it lies) does
  // not depend on the engine: those runs happen once, on SQLite. On PostgreSQL the runs that
  // store (the mixed folder holds every bad file beside good ones, so "nothing but the good
  // files written" is checked there too).
  const onSqliteOnly = engine === "sqlite" ? describe : describe.skip;

  onSqliteOnly("seed: one bad file at a time", () => {
    for (const [name, [contents, problem]] of Object.entries(BAD_FILES)) {
      it(`${name}: one line, exit status 1, nothing written`, async () => {
        const file = write(`alone/${name}`, contents);
        const before = await snapshot();
        const run = seed([file]);
        expect(run.status).toBe(1);
        expectOneFailureLine(run.lines, file, problem);
        expect(await snapshot()).toBe(before);
      });
    }

    it("a path that does not exist", async () => {
      const missing = path.join(dir, "no-such-article.md");
      const before = await snapshot();
      const run = seed([missing]);
      expect(run.status).toBe(1);
      expectOneFailureLine(run.lines, missing, /no such file/);
      expect(await snapshot()).toBe(before);
    });

    it("a symlink loop is reported once, not followed", async () => {
      mkdirSync(path.join(dir, "loop"));
      symlinkSync(".", path.join(dir, "loop/self"));
      const before = await snapshot();
      const run = seed([path.join(dir, "loop")]);
      expect(run.status).toBe(1);
      expectOneFailureLine(run.lines, path.join(dir, "loop/self"), /symlink loop/);
      expect(await snapshot()).toBe(before);
    });
  });

  describe("seed: a file with a BOM and CRLF line ends", () => {
    it("is stored, and every fact's citation covers its figure in the stored text", async () => {
      const file = write("bom/bom-crlf-article.md", "\uFEFF" + GOOD_ARTICLE("Acme results with a BOM").replace(/\n/g, "\r\n"));
      const run = seed([file]);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^stored\s.*bom-crlf-article\.md -> \/articles\/bom-crlf-article/m);

      const dry = seed(["--dry-run", "--json", file]);
      const article = (JSON.parse(dry.stdout) as { articles: ContractArticle[] }).articles[0]!;
      expect(article.title).toBe("Acme results with a BOM");
      expect(article.text).not.toMatch(/\r|\uFEFF/);

      {
        const stored = await db.prisma.article.findUniqueOrThrow({ where: { slug: "bom-crlf-article" }, select: { id: true, text: true } });
        expect(stored.text).toBe(article.text);
        expect(article.facts.length).toBeGreaterThanOrEqual(3);
        for (const fact of article.facts) {
          const passage = stored.text.slice(...fact.cite);
          expect(passage.length).toBeGreaterThan(0);
          if (fact.figure) {
            const figureText = stored.text.slice(...fact.figure.span);
            expect(figureText).toMatch(/\d/);
            expect(passage).toContain(figureText);
            expect(fact.cite[0] <= fact.figure.span[0] && fact.figure.span[1] <= fact.cite[1]).toBe(true);
          }
        }
        expect(await db.prisma.fact.count({ where: { articleId: stored.id } })).toBe(article.facts.length);
      }
    });
  });

  describe("seed: a folder mixing good and bad files", () => {
    it("stores every good file, reports each bad one once, exits 1", async () => {
      const good = ["good-one.md", "nested/good-two.md", "good-three.txt"].map((name, i) =>
        write(`mixed/${name}`, name.endsWith(".txt") ? `Acme third story ${i}\n\nAcme Corp said revenue rose ${10 + i}% to $${i + 2} billion in 2023.\n` : GOOD_ARTICLE(`Acme story ${i}`)),
      );
      const bad = Object.entries(BAD_FILES).map(([name, [contents, problem]]) => ({ file: write(`mixed/${name}`, contents), problem }));
      const articlesBefore = await db.prisma.article.count();

      const run = seed([path.join(dir, "mixed")]);
      expect(run.status).toBe(1);
      for (const { file, problem } of bad) expectOneFailureLine(run.lines, file, problem);
      for (const file of good) expect(run.lines.filter((l) => l.includes(file))).toEqual([expect.stringMatching(/^stored\s/)]);
      expect(run.stdout).toMatch(new RegExp(`${good.length} stored, 0 updated, 0 unchanged, ${bad.length} failed`));

      const slugs = (await db.prisma.article.findMany({ select: { slug: true } })).map((r) => r.slug);
      expect(slugs).toEqual(expect.arrayContaining(["good-one", "good-two", "good-three"]));
      // Nothing but the good files was added.
      expect(slugs).toHaveLength(articlesBefore + good.length);
      for (const name of Object.keys(BAD_FILES)) expect(slugs).not.toContain(name.replace(/\.[a-z]+$/, ""));
    });
  });

  describe("seed: a lone surrogate in a JSON article", () => {
    it("is stored as one replacement character, and every citation and figure offset holds in the stored text", async () => {
      // JSON.stringify writes the lone surrogate as the escape "\ud800", as a broken exporter would.
      const body = "Acme Corp \ud800 said revenue rose 12% to $3.4 billion in 2023.\nShares fell 3% on Tuesday \udfff after the report.";
      const file = write("surrogate/lone-surrogate.json", JSON.stringify({ title: "Acme results", publisher: "Test Wire", body }));
      const run = seed([file]);
      expect(run.status, run.stdout + run.stderr).toBe(0);

      const stored = await db.prisma.article.findUniqueOrThrow({ where: { slug: "lone-surrogate" }, select: { id: true, text: true } });
      expect(stored.text).toBe("Acme Corp \ufffd said revenue rose 12% to $3.4 billion in 2023.\nShares fell 3% on Tuesday \ufffd after the report.");
      const facts = await db.prisma.fact.findMany({
        where: { articleId: stored.id },
        orderBy: { position: "asc" },
        select: { statement: true, citeStart: true, citeEnd: true, figureStart: true, figureEnd: true, quoteExact: true },
      });
      const figures = facts.flatMap((fact) => (fact.figureStart === null ? [] : [stored.text.slice(fact.figureStart, fact.figureEnd!)]));
      expect(figures).toEqual(expect.arrayContaining(["12%", "$3.4 billion", "3%"]));
      for (const fact of facts) if (fact.quoteExact !== null) expect(stored.text.slice(fact.citeStart, fact.citeEnd)).toBe(fact.quoteExact);
    });
  });

  onSqliteOnly("seed: a folder may only publish what is inside it", () => {
    /** A file outside the seeded folder, as /etc/shadow would be: its text must never reach the database. */
    const SECRET = "Acme Corp said the root password is hunter2 and revenue rose 12% to $3.4 billion in 2023.";

    it("refuses symlinks leading outside the folder and special files, naming each; stores the rest", async () => {
      const outside = write("outside/secret.txt", `Secret\n\n${SECRET}\n`);
      write("outside/more/other-secret.md", GOOD_ARTICLE("Secret two"));
      const folder = path.join(dir, "walled");
      write("walled/real.md", GOOD_ARTICLE("Acme inside the folder"));
      write("walled/sub/also-real.md", GOOD_ARTICLE("Acme further inside"));
      const refused: [string, RegExp][] = [
        ["walled/x.txt", /symlink to a path outside .*walled: refused/],
        ["walled/abs-link.md", /symlink to a path outside .*walled: refused/],
        ["walled/device.txt", /symlink to a path outside .*walled: refused/],
        ["walled/out-dir", /symlink to a path outside .*walled: refused/],
        ["walled/pipe.txt", /a named pipe \(FIFO\), not a regular file: refused/],
        ["walled/pipe-alias.md", /a named pipe \(FIFO\), not a regular file: refused/],
        ["walled/socket.md", /a socket, not a regular file: refused/],
      ];
      symlinkSync("../outside/secret.txt", path.join(folder, "x.txt"));
      symlinkSync(outside, path.join(folder, "abs-link.md"));
      symlinkSync("/dev/zero", path.join(folder, "device.txt"));
      symlinkSync(path.join(dir, "outside/more"), path.join(folder, "out-dir"));
      expect(spawnSync("mkfifo", [path.join(folder, "pipe.txt")]).status).toBe(0);
      symlinkSync("pipe.txt", path.join(folder, "pipe-alias.md"));
      const socket = createServer().listen(path.join(folder, "socket.md"));
      // Inside the folder, to a file inside it: fine.
      symlinkSync("real.md", path.join(folder, "alias.md"));
      try {
        const before = await db.prisma.article.count();
        const run = seed([folder]);
        expect(run.status).toBe(1);
        for (const [name, problem] of refused) expectOneFailureLine(run.lines, path.join(dir, name), problem);
        for (const name of ["real.md", "alias.md", "sub/also-real.md"]) {
          expect(run.lines.filter((line) => line.includes(path.join(folder, name)))).toEqual([expect.stringMatching(/^stored\s/)]);
        }
        expect(run.stdout).toMatch(/3 stored, 0 updated, 0 unchanged, 7 failed/);
        expect(await snapshot()).not.toContain("hunter2");
        expect(await db.prisma.article.count()).toBe(before + 3);
      } finally {
        socket.close();
      }
    });

    it("reads a file given by name even through a symlink (the operator chose it), but never a special file", () => {
      const target = write("chosen/elsewhere/story.md", GOOD_ARTICLE("Acme chosen by name"));
      const link = path.join(dir, "chosen/chosen-by-name.md");
      symlinkSync(target, link);
      const pipe = path.join(dir, "chosen/named-pipe.txt");
      expect(spawnSync("mkfifo", [pipe]).status).toBe(0);
      const run = seed([link, pipe]);
      expect(run.status).toBe(1);
      expect(run.lines.filter((line) => line.includes(link))).toEqual([expect.stringMatching(/^stored\s/)]);
      expectOneFailureLine(run.lines, pipe, /a named pipe \(FIFO\), not a regular file: refused/);
    });

    it("stores and shows a path given as absolute relative to where the seed ran, never absolute", async () => {
      const file = write("absolute/absolute-path-story.md", GOOD_ARTICLE("Acme from an absolute path"));
      expect(path.isAbsolute(file)).toBe(true);
      const run = seed([file]);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const shown = path.relative(PROJECT_ROOT, file); // the seed runs in the project root
      expect(await db.prisma.article.findUnique({ where: { slug: "absolute-path-story" }, select: { source: true } })).toEqual({ source: shown });
      const dry = seed(["--dry-run", "--json", file]);
      expect((JSON.parse(dry.stdout) as { articles: ContractArticle[] }).articles[0]!.source).toBe(shown);
    });
  });

  onSqliteOnly("seed: pages and files that would take the run down", () => {
    const deepPage = (depth: number, closed: boolean) =>
      `<html><head><title>Deep</title></head><body>${"<div>".repeat(depth)}<p>Acme Corp said revenue rose 12% to $3.4 billion in 2023.</p>${closed ? "</div>".repeat(depth) : ""}</body></html>`;

    it("refuses pages nested 300,000 and 10,000 deep at once, and stores the good file beside them", () => {
      const deepest = write("deep/nested-300000.html", deepPage(300_000, false)); // 1.5 MB, as the one reported
      const deep = write("deep/nested-10000.html", deepPage(10_000, true));
      const good = write("deep/good-beside-deep.md", GOOD_ARTICLE("Acme beside deep pages"));
      const started = Date.now();
      const run = seed([path.join(dir, "deep")]);
      expect(run.status).toBe(1);
      for (const file of [deepest, deep]) expectOneFailureLine(run.lines, file, /elements nested over 1,000 deep .*: refused/);
      expect(run.lines.filter((line) => line.includes(good))).toEqual([expect.stringMatching(/^stored\s/)]);
      expect(Date.now() - started).toBeLessThan(60_000); // it ran over 300 s; here a few, most of them starting the CLI
    }, 120_000);

    it("refuses a file that takes longer than SEED_FILE_SECONDS to parse and extract, and goes on", () => {
      // Unclosed emphasis markers: the Markdown parser's time grows with their square. 140 kB took
      // 2 s on an idle machine, under the 3 s limit; 280 kB takes about four times that.
      const slow = write("slow/slow-emphasis.md", `---\ntitle: Slow\n---\n\n${"Revenue *rose ".repeat(20_000)}\n`);
      const good = write("slow/good-after-slow.md", GOOD_ARTICLE("Acme after a slow file"));
      // 3 s, not 1: on a loaded 2-core machine the good file's own first parse came near 1 s.
      const run = seed([slow, good], { SEED_FILE_SECONDS: "3" });
      expect(run.status).toBe(1);
      expectOneFailureLine(run.lines, slow, /took over 3 s to parse and extract: refused/);
      expect(run.lines.filter((line) => line.includes(good))).toEqual([expect.stringMatching(/^stored\s/)]);
    }, 120_000);
  });
});
