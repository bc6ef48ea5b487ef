import { Citation } from "@/components/Citation";
import { DisputeBadge, VerdictBadge } from "@/components/FlagNote";
import { groupFacts } from "@/lib/briefing";
import { BASIS_LABELS } from "@/lib/briefing/format";
import type { CitedFact } from "@/lib/queries";

export function KeyFacts({ facts, publisher }: { facts: CitedFact[]; publisher: string | null }) {
  return (
    <section aria-labelledby="key-facts">
      <h2 id="key-facts" className="text-xl font-semibold">Key facts</h2>
      {facts.length === 0 && <p className="mt-2 text-slate-600 dark:text-slate-400">No facts were found in this article.</p>}
      {groupFacts(facts).map(({ group, facts }) => (
        <div key={group} className="mt-4">
          <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">{group}</h3>
          <ul className="mt-2 space-y-2">
            {facts.map((fact) => (
              <li key={fact.position} className="leading-relaxed" data-fact>
                {fact.statement} <Citation n={fact.citation} />
                {fact.basis && fact.basis !== "reported" && (
                  <span className="badge badge-basis">
                    {BASIS_LABELS[fact.basis]}
                  </span>
                )}
                <VerdictBadge verdict={fact.verdict} />
                <DisputeBadge flags={fact.flags} publisher={publisher} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
