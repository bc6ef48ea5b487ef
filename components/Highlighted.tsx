import { splitMarks } from "@/lib/search/query";

/** A search snippet with its matched words in <mark>, rendered as text, never as HTML. */
export function Highlighted({ snippet }: { snippet: string }) {
  return (
    <>
      {splitMarks(snippet).map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-300 dark:text-slate-950">{part.text}</mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
