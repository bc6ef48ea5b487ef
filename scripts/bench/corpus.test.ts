import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractFacts } from "@/lib/extract";
import { parseArticle } from "@/lib/parse";
import { writeCorpus } from "./corpus";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function corpus(seed: number, articles = 60) {
  const dir = mkdtempSync(path.join(tmpdir(), "corpus-test-"));
  dirs.push(dir);
  const written = writeCorpus(dir, { articles, words: 600, companies: 40, seed });
  const files = written.files.map((f) => {
    const folder = readdirSync(dir).find((d) => readdirSync(path.join(dir, d)).includes(`${f.slug}.${f.format}`))!;
    const file = path.join(dir, folder, `${f.slug}.${f.format}`);
    return { ...f, file, content: readFileSync(file, "utf8") };
  });
  return { ...written, files };
}

describe("the benchmark's synthetic corpus", () => {
  const first = corpus(7);

  it("is the same for the same seed, and another for another", () => {
    const again = corpus(7);
    expect(again.files.map((f) => f.content)).toEqual(first.files.map((f) => f.content));
    expect(corpus(8).files.map((f) => f.content)).not.toEqual(first.files.map((f) => f.content));
  });

  it("names files by the main company's ticker and the day, in the seed's input formats", () => {
    for (const f of first.files) {
      expect(f.slug).toMatch(/^[a-z]{3,4}-\d{4}-\d{2}-\d{2}-\d{6}$/);
      expect(f.tickers[0]?.toLowerCase()).toBe(f.slug.split("-")[0]);
    }
    expect(first.files.every((f) => ["md", "txt", "html", "json"].includes(f.format))).toBe(true);
    expect(first.files.filter((f) => f.format === "md").length).toBeGreaterThan(first.files.length / 2);
  });

  it("reads like wire copy: each sentence once, about the words asked for, a dozen or so figures", () => {
    const facts: number[] = [];
    for (const f of first.files) {
      const article = parseArticle(f.file, readFileSync(f.file));
      const sentences = article.text.split(/(?<=[.”])\s+/).filter((s) => s.length > 30);
      expect(new Set(sentences).size, f.slug).toBe(sentences.length);
      const words = article.text.split(/\s+/).length;
      expect(words, f.slug).toBeGreaterThan(450);
      expect(words, f.slug).toBeLessThan(800);
      facts.push(extractFacts(article.text, { tickers: article.tickers }).facts.length);
    }
    const mean = facts.reduce((sum, n) => sum + n, 0) / facts.length;
    expect(mean).toBeGreaterThan(12);
    expect(mean).toBeLessThan(25);
  });
});
