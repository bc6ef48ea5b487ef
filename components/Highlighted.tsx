import { splitMarks } from "@/lib/search-query";

/** A search snippet with its matched words in <mark>, rendered as text, never as HTML. */
export function Highlighted({ snippet }: { snippet: string }) {
  return (
    <>
      {splitMarks(snippet).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700">{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
