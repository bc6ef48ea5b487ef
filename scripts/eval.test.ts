// scripts/eval.ts end to end on saved runs: a run that matches the gold exactly passes,
// and each kind of damage (a missed figure, a trap taken as a figure, a wrong basis,
// chrome left in the text) makes it fail unless --no-fail.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ContractArticle, Fact, SeedReport } from "@/lib/contract";
import { approximateStoredText, evalSplits, locate, readGold } from "@/eval/gold";
import { tempDir } from "@/lib/testing/database";

const root = path.resolve(import.meta.dirname, "..");
const pairs = evalSplits(root).flatMap((split) => split.pairs);

/** The run a perfect extractor would print: one fact per gold figure, in every split. */
function perfectRun(): SeedReport {
  const articles = pairs.map(({ gold: goldPath, article: source }): ContractArticle => {
    const gold = readGold(goldPath);
    const text = approximateStoredText(source);
    const facts = gold.figures.map((g): Fact => {
      const span = locate(text, g);
      if (!span) throw new Error(`${gold.article}: ${g.near} not found`);
      return {
        kind: "metric",
        statement: g.near,
        metric: g.metric[0] ?? null,
        basis: g.basis ?? null,
        subject: g.subject ?? null,
        period: g.period ?? null,
        cite: [Math.max(0, span[0] - 5), span[1] + 5],
        figure: { span, value: g.value, high: null, unit: g.unit, per: g.per ?? null, qualifier: g.qualifier ?? null, change: g.change ?? null },
        flags: [],
      };
    });
    const entities = gold.tickers.map((t) => ({ name: t, kind: "company" as const, tickers: [t], mentions: [] }));
    return { source, slug: gold.article, title: gold.article, publisher: null, url: null, publishedAt: null, text, entities, facts };
  });
  return { articles, errors: [] };
}

function evaluate(run: SeedReport, ...args: string[]) {
  const file = path.join(tempDir("eval-test"), "run.json");
  writeFileSync(file, JSON.stringify(run));
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/eval.ts", "--run", file, ...args], { cwd: root, encoding: "utf8" });
  const line = (prefix: string) => result.stdout.split("\n").find((l) => l.startsWith(prefix)) ?? "";
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, line };
}

function damaged(change: (articles: ContractArticle[]) => void): SeedReport {
  const run = perfectRun();
  change(run.articles);
  return run;
}

describe("npm run eval on a saved run", () => {
  it("passes a run that matches every gold file, with one summary line per split and the gap", () => {
    const result = evaluate(perfectRun());
    for (const split of ["dev", "test", "sample+content"]) {
      expect(result.line(`${split}: `)).toMatch(/: recall=1\.000 precision=1\.000 /);
      expect(result.line(`${split} extra checks: `)).toContain("traps taken as figures 0/");
    }
    expect(result.line("dev−test gap: ")).toMatch(/^dev−test gap: recall=\+0\.000 precision=\+0\.000 subject=\+0\.000 /);
    expect(result.status).toBe(0);
  });

  it("--split runs one split and prints no gap", () => {
    const result = evaluate(perfectRun(), "--split", "dev");
    expect(result.line("dev: ")).toMatch(/recall=1\.000/);
    expect(result.stdout).not.toMatch(/^(test|sample\+content)[: ]/m);
    expect(result.stdout).not.toContain("gap");
    expect(evaluate(perfectRun(), "--split", "nope").status).toBe(2);
  });

  it("-v lists misses of dev and sample+content, and of test only when --split test is given", () => {
    const run = damaged((articles) => {
      for (const a of articles) a.facts = a.facts.slice(1);
    });
    const all = evaluate(run, "-v", "--no-fail");
    expect(all.stdout).toMatch(/^dev: .*\n.*missed/m);
    expect(all.stdout).toMatch(/^sample\+content: .*recall/m);
    expect(all.stdout).not.toMatch(/^test: (?!recall=)/m);
    expect(all.stdout).toMatch(/^test: recall=/m);
    const test = evaluate(run, "--split", "test", "-v", "--no-fail");
    expect(test.stdout).toMatch(/^test: {3}missed/m);
  });

  it("names a figure whose context the stored text lacks, even in the test split without -v", () => {
    const first = evalSplits(root).find((s) => s.name === "test")?.pairs[0];
    const run = damaged((articles) => {
      for (const a of articles) if (a.source === first?.article) a.text = a.text.replace(/\d/g, "#");
    });
    const result = evaluate(run, "--no-fail");
    expect(result.line("test extra checks: ")).toMatch(/figure contexts not in the text [1-9]\d*,/);
    expect(result.stdout).toMatch(/^ {2}context heldout-[\w.-]+: ".*" is not in the stored text$/m);
    expect(result.stdout).not.toMatch(/missed/);
  });

  it("fails on a dev−test gap of 0.04 or more", () => {
    const testArticles = new Set(evalSplits(root).find((s) => s.name === "test")?.pairs.map((p) => p.article));
    const run = damaged((articles) => {
      for (const a of articles) if (testArticles.has(a.source)) for (const f of a.facts) f.subject = "WRONG";
    });
    const result = evaluate(run);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/dev−test gap subject 1\.000 >= 0\.04/);
  });

  it("fails when figures are missed, and --no-fail reports without failing", () => {
    // A tenth of every article's facts, so the recall falls below target whatever the set's size.
    const run = damaged((articles) => {
      for (const a of articles) a.facts = a.facts.slice(Math.ceil(a.facts.length / 10));
    });
    const failed = evaluate(run);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/below target: .*dev recall 0\.\d+ < 0\.97/);
    expect(evaluate(run, "--no-fail").status).toBe(0);
  });

  it("names a trap taken as a figure and fails on the precision it costs", () => {
    const run = damaged((articles) => {
      for (const a of articles) {
        const at = a.text.indexOf("S&P 500");
        const first = a.facts[0];
        if (at >= 0 && first?.figure) a.facts.push({ ...first, figure: { ...first.figure, span: [at + 4, at + 7], value: 500, unit: "count" } });
      }
    });
    const result = evaluate(run, "-v");
    expect(result.stdout).toMatch(/trap {4}alphabet-record-high\.md: "500"/);
    expect(result.status).toBe(1);
  });

  it("fails on a wrong basis and on chrome left in the stored text", () => {
    const wrongBasis = damaged((articles) => {
      for (const a of articles) for (const f of a.facts) if (f.basis && f.basis !== "reported") f.basis = "reported";
    });
    expect(evaluate(wrongBasis).stderr).toMatch(/dev basis 0\.\d+ < 0\.92/);
    const chrome = damaged((articles) => {
      // The page whose gold lists "© 2026" among its chrome (not merely the first HTML page).
      const page = articles.find((a) => a.slug.endsWith("guardant-health-shares-slide.html"));
      if (page) page.text += "\n© 2026 Harbor Street Media LLC. All rights reserved.";
    });
    expect(evaluate(chrome).stderr).toMatch(/dev boilerplate \d+ > 0/);
  });
});
