import { Citation } from "@/components/Citation";
import { FLAG_LABELS } from "@/components/FlagNote";
import { BASIS_LABELS, formatFigure, formatNormalized } from "@/lib/format";
import type { CitedFact } from "@/lib/queries";

export function KeyNumbers({ facts, text, source }: { facts: CitedFact[]; text: string; source?: string }) {
  const numeric = facts.filter((f) => f.figure !== null);
  if (numeric.length === 0) return null;
  return (
    <section aria-labelledby="key-numbers">
      <h2 id="key-numbers" className="text-xl font-semibold">Key numbers</h2>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full min-w-[44rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400">
              {["Figure", "Value", "Measures", "Whose", "Period", "Basis", "Change", "Source"].map((h) => (
                <th key={h} scope="col" className="px-2 py-2 font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {numeric.map((fact) => {
              const figure = fact.figure!;
              return (
                <tr key={fact.position} className="border-b border-slate-100 align-top dark:border-slate-800" data-key-number>
                  <th scope="row" className="px-2 py-2 font-semibold tabular-nums">
                    {formatFigure(figure)}
                    <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
                      as written: “{text.slice(...figure.span)}”
                    </span>
                    {[...new Set(fact.flags.map((f) => f.kind))].map((kind) => (
                      <span key={kind} className="block text-xs font-medium text-amber-800 dark:text-amber-300">⚠ {FLAG_LABELS[kind]}</span>
                    ))}
                  </th>
                  <td className="px-2 py-2 tabular-nums">{formatNormalized(figure)}</td>
                  <td className="px-2 py-2">{fact.metric ?? "—"}</td>
                  <td className="px-2 py-2">{fact.subject ?? "—"}</td>
                  <td className="px-2 py-2">{fact.period ?? "—"}</td>
                  <td className="px-2 py-2">{fact.basis ? BASIS_LABELS[fact.basis] : "—"}</td>
                  <td className="px-2 py-2">
                    {figure.change === "up" ? "▲ up" : figure.change === "down" ? "▼ down" : "—"}
                  </td>
                  <td className="px-2 py-2">
                    <Citation id={`number-${fact.position}-quote`} n={fact.citation} quote={fact.quote} source={source} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
