import { lstat, readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { ContractError } from "@/lib/contract";
import { SUPPORTED_EXTENSIONS } from "@/lib/parse";

/** Larger files are refused: no news article is near this, and it bounds memory. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface SourceFile {
  /** The path as the operator gave it (or as found under a folder they gave). */
  source: string;
  bytes: Uint8Array;
}

/**
 * Expands files and folders into the article files to seed, in a stable order.
 * Folders are walked recursively for supported extensions; hidden entries are skipped;
 * a symlink loop is reported, not followed forever.
 */
export async function collectSourcePaths(inputs: string[]): Promise<{ paths: string[]; errors: ContractError[] }> {
  const paths: string[] = [];
  const errors: ContractError[] = [];
  const seen = new Set<string>();

  async function walk(dir: string, ancestors: Set<string>): Promise<void> {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (err) {
      errors.push({ source: dir, message: describeFsError(err) });
      return;
    }
    if (ancestors.has(real)) {
      errors.push({ source: dir, message: "symlink loop: this folder contains itself" });
      return;
    }
    const inside = new Set(ancestors).add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      let isDir = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          isDir = (await stat(full)).isDirectory();
        } catch (err) {
          errors.push({ source: full, message: describeFsError(err) });
          continue;
        }
      }
      if (isDir) await walk(full, inside);
      else if (SUPPORTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) add(full);
    }
  }

  function add(file: string) {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    paths.push(file);
  }

  for (const input of inputs) {
    try {
      const info = await stat(input);
      if (info.isDirectory()) await walk(input, new Set());
      else add(input);
    } catch (err) {
      // stat follows links: tell a dangling or looping link apart from a missing path.
      const link = await lstat(input).catch(() => null);
      errors.push({ source: input, message: link?.isSymbolicLink() ? `broken symlink (${describeFsError(err)})` : describeFsError(err) });
    }
  }
  return { paths, errors };
}

/** Reads one article file, refusing what is not a regular file or is too large. */
export async function readSourceFile(source: string): Promise<SourceFile> {
  const info = await stat(source);
  if (!info.isFile()) throw new Error("not a regular file");
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new Error(`file is ${info.size.toLocaleString("en-US")} bytes, over the ${formatBytes(MAX_ARTICLE_BYTES)} limit for one article`);
  }
  return { source, bytes: new Uint8Array(await readFile(source)) };
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "symlink loop";
    case "EISDIR":
      return "is a folder";
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${n / 1024 / 1024} MiB` : `${n / 1024} KiB`;
}
