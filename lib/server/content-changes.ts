import { createPrismaClient, type PrismaClient } from "@/lib/db";

/**
 * Calls `onChange` when any writer, in this process or another, on this machine or another,
 * commits new content: every seed commit bumps the one ContentVersion row in the same
 * transaction (lib/ingest/store-*.ts), on either engine, and this polls it (twice a second
 * by default: one primary-key read). `onVersion` gets each version it reads that differs from
 * the last, the first one too, after `onChange`. Returns a function that stops.
 */
export function watchDatabase(
  url: string,
  onChange: () => void,
  { intervalMs = 500, onVersion }: { intervalMs?: number; onVersion?: (version: number | undefined) => void } = {},
): () => void {
  let prisma: PrismaClient | undefined;
  let seen: number | undefined;
  let polling = false;
  const timer = setInterval(() => {
    if (polling) return; // a slow database: one read at a time
    polling = true;
    prisma ??= createPrismaClient(url, { fileMustExist: true });
    prisma.contentVersion
      .findUnique({ where: { id: 1 }, select: { version: true } })
      .then(
        (row) => {
          const version = row?.version;
          if (seen !== undefined && version !== seen) onChange();
          if (version !== seen) onVersion?.(version);
          seen = version;
        },
        () => {
          // Not created or not migrated yet: the server answers 503 meanwhile; look again later.
          void prisma?.$disconnect();
          prisma = undefined;
        },
      )
      .finally(() => (polling = false));
  }, intervalMs);
  timer.unref();
  return () => {
    clearInterval(timer);
    void prisma?.$disconnect();
  };
}
