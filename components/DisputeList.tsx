import { PassageLink } from "@/components/PassageLink";
import type { Dispute } from "@/lib/briefing/disputes";
import { sourceName } from "@/lib/briefing/flag-words";

/**
 * "Figures to check": one item per disputed claim, its sides' figures side by side with
 * how many sources back each, each figure a link to its passage; the quotes behind a
 * <details>, one click away. A figure flagged within its own article says why.
 */
export function DisputeList({ disputes }: { disputes: Dispute[] }) {
  return (
    <ul className="mt-2 space-y-3 text-sm">
      {disputes.map((dispute) => (
        <li key={dispute.key} data-dispute>
          <p className="font-medium text-amber-950 dark:text-amber-100">{dispute.topic}</p>
          {dispute.sides.length > 0 ? (
            <p className="text-amber-900 dark:text-amber-200" data-dispute-sides>
              {dispute.sides.map((side, i) => (
                <span key={i} data-dispute-side>
                  {i > 0 && <Separator />}
                  {side.values.map((value, j) => (
                    <span key={value.written}>
                      {j > 0 && ", "}
                      <PassageLink slug={value.slug} citation={value.citation} className="font-semibold underline">
                        {value.written}
                      </PassageLink>
                    </span>
                  ))}
                  {`: ${side.sources} ${side.sources === 1 ? "source" : "sources"}`}
                </span>
              ))}
              <Separator />
              <span>{dispute.slip ? "likely million/billion slip" : "sources disagree"}</span>
            </p>
          ) : (
            <p className="text-amber-900 dark:text-amber-200">
              <PassageLink slug={dispute.facts[0]!.slug} citation={dispute.facts[0]!.citation} className="font-semibold underline">
                {dispute.facts[0]!.statement}
              </PassageLink>
              {dispute.notes.map((note, i) => (
                <span key={i}> — {note}</span>
              ))}
            </p>
          )}
          <details className="mt-1">
            <summary className="cursor-pointer text-amber-900 underline decoration-dotted dark:text-amber-200">
              {dispute.facts.length === 1 ? "The quote" : `The ${dispute.facts.length} quotes`}
            </summary>
            <ul className="mt-1 space-y-2">
              {dispute.facts.map((fact) => (
                <li key={`${fact.slug}#${fact.position}`}>
                  <blockquote className="border-l-2 border-amber-400 pl-2 text-slate-800 dark:border-amber-600 dark:text-slate-200">{`“${fact.quote}”`}</blockquote>
                  <PassageLink slug={fact.slug} citation={fact.citation} className="text-xs text-slate-700 underline dark:text-slate-300">
                    {sourceName(fact.article)}
                  </PassageLink>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}

/** " · " on screen; a pause for a screen reader. */
function Separator() {
  return (
    <>
      <span aria-hidden="true"> · </span>
      <span className="sr-only">; </span>
    </>
  );
}
