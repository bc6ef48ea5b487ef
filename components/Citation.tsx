const CARD =
  "rounded-md border border-slate-200 bg-white p-3 text-left text-sm font-normal leading-snug text-slate-800 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200";
const MARKER =
  "rounded px-0.5 text-sm font-medium text-blue-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:text-blue-300";
// Devices that cannot hover (phones) get a button that opens the card; the rest a link.
const TOUCH_ONLY = "hidden [@media(hover:none)]:inline";
const HOVER_ONLY = "[@media(hover:none)]:hidden";

function Quote({ n, quote, source }: { n: number; quote: string; source?: string }) {
  return (
    <>
      <span data-quote={n} className="block">“{quote}”</span>
      {source && <span className="mt-1.5 block text-xs text-slate-500 dark:text-slate-400">{source}</span>}
    </>
  );
}

/**
 * A numbered citation with its verbatim quote and where it was published, without
 * leaving the page and without client JavaScript: on hover or keyboard focus a card
 * shows (CSS), and the link follows to the highlighted passage (#cite-n); on a touch
 * screen a tap opens the card as a popover, with a link to the passage.
 * `id` must be unique on the page.
 */
export function Citation({ id, n, quote, source }: { id: string; n: number; quote: string; source?: string }) {
  return (
    <span className="group relative inline-block align-baseline" data-citation={n}>
      <a href={`#cite-${n}`} aria-describedby={id} className={`${MARKER} ${HOVER_ONLY}`}>
        [{n}]
      </a>
      <button type="button" popoverTarget={`${id}-card`} aria-label={`Citation ${n}: show the quote`} className={`${MARKER} ${TOUCH_ONLY}`}>
        [{n}]
      </button>
      <span
        id={id}
        role="tooltip"
        className={`${CARD} pointer-events-none invisible absolute bottom-full left-1/2 z-20 mb-2 w-72 max-w-[80vw] -translate-x-1/2 opacity-0 transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100 ${HOVER_ONLY}`}
      >
        <Quote n={n} quote={quote} source={source} />
      </span>
      <span id={`${id}-card`} popover="auto" className={`${CARD} inset-x-3 top-auto bottom-3 mx-auto my-0 max-w-md`}>
        <Quote n={n} quote={quote} source={source} />
        <a href={`#cite-${n}`} className="mt-2 block font-medium text-blue-700 underline dark:text-blue-300">
          Show in the article
        </a>
      </span>
    </span>
  );
}
