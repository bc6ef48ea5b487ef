import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildId, sourceHash } from "@/lib/build-id";
import { tempDir } from "@/lib/testing/database";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small project tree: a page, a lib file, the lock file. */
function project(): string {
  const root = tempDir("build-id");
  dirs.push(root);
  mkdirSync(path.join(root, "app"));
  mkdirSync(path.join(root, "lib"));
  writeFileSync(path.join(root, "app/page.tsx"), "export default function Page() { return null; }\n");
  writeFileSync(path.join(root, "lib/x.ts"), "export const x = 1;\n");
  writeFileSync(path.join(root, "package-lock.json"), "{}\n");
  return root;
}

const env = (vars: Record<string, string> = {}) => vars as unknown as NodeJS.ProcessEnv;
const noEnv = env();
const git = (root: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: root, encoding: "utf8" }).trim();

describe("buildId", () => {
  it("is the same for the same sources and changes with any of them; dot files and databases do not count", () => {
    const root = project();
    const first = buildId(root, noEnv);
    expect(first).toMatch(/^src-[0-9a-f]{20}$/);
    expect(buildId(root, noEnv)).toBe(first);
    writeFileSync(path.join(root, "lib/.DS_Store"), "x");
    writeFileSync(path.join(root, "lib/local.db"), "x");
    expect(buildId(root, noEnv)).toBe(first);
    writeFileSync(path.join(root, "lib/x.ts"), "export const x = 2;\n");
    expect(buildId(root, noEnv)).not.toBe(first);
    writeFileSync(path.join(root, "lib/x.ts"), "export const x = 1;\n");
    expect(buildId(root, noEnv)).toBe(first);
    writeFileSync(path.join(root, "package-lock.json"), '{"lockfileVersion":3}\n');
    expect(buildId(root, noEnv)).not.toBe(first);
  });

  it("is the git commit of a clean checkout, and the sources' hash while it holds uncommitted changes", () => {
    const root = project();
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-q", "-m", "one");
    const commit = git(root, "rev-parse", "HEAD");
    expect(buildId(root, noEnv)).toBe(commit);
    writeFileSync(path.join(root, "lib/x.ts"), "export const x = 3;\n");
    expect(buildId(root, noEnv)).toBe(`src-${sourceHash(root)}`);
  });

  it("is BUILD_ID when set, validated", () => {
    const root = project();
    expect(buildId(root, env({ BUILD_ID: "release-2026.12.02" }))).toBe("release-2026.12.02");
    for (const bad of ["../x", "a b", "x".repeat(65), "-x"]) {
      expect(() => buildId(root, env({ BUILD_ID: bad })), bad).toThrow(/BUILD_ID: must be 1 to 64 letters/);
    }
  });
});
