// Styles: the citation-* classes in app/globals.css.

function Quote({ n, quote, source }: { n: number; quote: string; source?: string }) {
  return (
    <>
      <span data-quote={n} className="block">“{quote}”</span>
      {source && <span className="citation-source">{source}</span>}
    </>
  );
}

/** The id of the one popover card a page holds for citation `n` (see CitationCards). */
const cardId = (n: number) => `cite-card-${n}`;

/**
 * A numbered citation with its verbatim quote and where it was published, without
 * leaving the page and without client JavaScript: on hover or keyboard focus a card
 * shows (CSS), and the link follows to the highlighted passage (#cite-n); on a touch
 * screen a tap opens the passage's card (CitationCards, once per page) as a popover.
 * `id` must be unique on the page.
 */
export function Citation({ id, n, quote, source }: { id: string; n: number; quote: string; source?: string }) {
  return (
    <span className="citation" data-citation={n}>
      <a href={`#cite-${n}`} aria-describedby={id} className="citation-marker citation-hover-only">
        [{n}]
      </a>
      <button type="button" popoverTarget={cardId(n)} aria-label={`Citation ${n}: show the quote`} className="citation-marker citation-touch-only">
        [{n}]
      </button>
      <span id={id} role="tooltip" className="citation-card citation-tooltip citation-hover-only">
        <Quote n={n} quote={quote} source={source} />
      </span>
    </span>
  );
}

/**
 * The touch screen's cards, one per cited passage: a passage is cited by several facts,
 * in several sections, and each of its markers opens this one card.
 */
export function CitationCards({ passages, source }: { passages: { n: number; quote: string }[]; source?: string }) {
  return passages.map(({ n, quote }) => (
    <span key={n} id={cardId(n)} popover="auto" className="citation-card citation-popover">
      <Quote n={n} quote={quote} source={source} />
      <a href={`#cite-${n}`} className="citation-link">
        Show in the article
      </a>
    </span>
  ));
}
