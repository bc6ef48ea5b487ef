/**
 * A numbered citation: follows to the passage (#cite-n) and shows the verbatim quote, with
 * where it was published, on hover or keyboard focus, in CSS alone (a tap follows the link
 * to the highlighted passage). `id` must be unique on the page.
 */
export function Citation({ id, n, quote, source }: { id: string; n: number; quote: string; source?: string }) {
  return (
    <span className="group relative inline-block align-baseline">
      <a
        href={`#cite-${n}`}
        aria-describedby={id}
        className="rounded px-0.5 text-sm font-medium text-blue-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:text-blue-300"
      >
        [{n}]
      </a>
      <span
        id={id}
        role="tooltip"
        className="pointer-events-none invisible absolute bottom-full left-1/2 z-20 mb-2 w-72 max-w-[80vw] -translate-x-1/2 rounded-md border border-slate-200 bg-white p-3 text-left text-sm font-normal leading-snug text-slate-800 opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200"
      >
        <span data-quote={n} className="block">“{quote}”</span>
        {source && <span className="mt-1.5 block text-xs text-slate-500 dark:text-slate-400">{source}</span>}
      </span>
    </span>
  );
}
