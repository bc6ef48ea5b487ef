export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-4">
      <span className="sr-only">Loading the briefing…</span>
      <div className="h-8 w-2/3 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-4 w-1/3 rounded bg-slate-200 dark:bg-slate-800" />
      <div className="h-40 rounded bg-slate-100 dark:bg-slate-900" />
    </div>
  );
}
