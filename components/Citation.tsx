// Styles: the citation-* classes in app/globals.css.

/** The id of the one card a page holds for citation `n` (see CitationCards). */
const cardId = (n: number) => `cite-card-${n}`;

/**
 * A numbered citation: a link to the highlighted passage (#cite-n), described by the
 * passage's card. CitationCardOpener shows that card on hover, keyboard focus or a tap;
 * the quote lives in the card alone, so a passage cited by several facts is written once.
 */
export function Citation({ n }: { n: number }) {
  return (
    <a href={`#cite-${n}`} aria-describedby={cardId(n)} data-citation={n} className="citation-marker">
      {`[${n}]`}
    </a>
  );
}

/** The cards, one per cited passage: its verbatim quote, where it was published, a link to it. */
export function CitationCards({ passages, source }: { passages: { n: number; quote: string }[]; source?: string }) {
  return passages.map(({ n, quote }) => (
    <span key={n} id={cardId(n)} popover="auto" className="citation-card">
      <span data-quote={n} className="block">{`“${quote}”`}</span>
      {source && <span className="citation-source">{source}</span>}
      <a href={`#cite-${n}`} className="citation-link">
        Show in the article
      </a>
    </span>
  ));
}
