import type { Span } from "@/lib/contract";

/** Items of an ordered list that lie wholly inside `span`. */
export function within<T extends { start: number; end: number }>(items: T[], span: Span): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < span[0]) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < span[1]; i++) if (items[i]!.end <= span[1]) out.push(items[i]!);
  return out;
}
