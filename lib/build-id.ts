// The production build's ID (next.config.ts: generateBuildId), the same for every build of
// the same sources: Next names the build's manifests' folder and the RSC payloads' build
// marker after it, so servers built apart from one commit serve the same asset paths and
// each other's pages' payloads (behind a load balancer or a CDN, a page from one server
// loads its files from another). Next's default is random per build.
// Imported with relative paths only: Next loads next.config.ts without the "@/" alias.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readEnv } from "./env";

/** What a build is made from, relative to the project root (folders walked whole). */
export const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "generated",
  "prisma/schema.prisma",
  "prisma/postgres/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
] as const;

/** Never part of a build: dot files and folders (.next, .DS_Store), databases. */
const NOT_SOURCE = /^\.|\.db(?:-wal|-shm|-journal)?$/;

/**
 * The build ID, from the first of these that applies:
 * 1. BUILD_ID from the environment (validated in lib/env.ts): a deployment's own choice;
 * 2. the git commit, when the working tree holds nothing uncommitted (`git status` is clean);
 * 3. a hash of BUILD_SOURCES' paths and bytes: a tree with changes, or no git at all.
 */
export function buildId(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  const fixed = readEnv(env).BUILD_ID;
  if (fixed) return fixed;
  return cleanCommit(root) ?? `src-${sourceHash(root)}`;
}

/** HEAD's commit when `root` is a git checkout with nothing uncommitted, else undefined. */
function cleanCommit(root: string): string | undefined {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  try {
    if (git("rev-parse", "--show-toplevel") !== path.resolve(root)) return undefined; // a folder inside another checkout
    if (git("status", "--porcelain", "--untracked-files=normal") !== "") return undefined;
    return git("rev-parse", "HEAD");
  } catch {
    return undefined; // no git, not a checkout, or no commit yet
  }
}

/** sha256 over each source file's path and bytes, in path order: 20 hex digits. */
export function sourceHash(root: string): string {
  const files: string[] = [];
  const walk = (relative: string) => {
    const full = path.join(root, relative);
    if (!existsSync(full) || NOT_SOURCE.test(path.basename(relative))) return;
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full)) walk(path.join(relative, entry));
    } else files.push(relative.split(path.sep).join("/"));
  };
  for (const source of BUILD_SOURCES) walk(source);
  const hash = createHash("sha256");
  for (const file of files.sort()) hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update("\0");
  return hash.digest("hex").slice(0, 20);
}
