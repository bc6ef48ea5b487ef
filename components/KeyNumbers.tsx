import { Citation } from "@/components/Citation";
import { FLAG_LABELS } from "@/components/FlagNote";
import { BASIS_LABELS, formatFigure, formatNormalized } from "@/lib/briefing/format";
import type { CitedFact } from "@/lib/queries";

export function KeyNumbers({ facts, text }: { facts: CitedFact[]; text: string }) {
  const numeric = facts.filter((f) => f.figure !== null);
  if (numeric.length === 0) return null;
  return (
    <section aria-labelledby="key-numbers">
      <h2 id="key-numbers" className="text-xl font-semibold">Key numbers</h2>
      <div className="mt-3 overflow-x-auto">
        <table className="key-numbers w-full min-w-[44rem] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400">
              {["Figure", "Value", "Measures", "Whose", "Period", "Basis", "Change", "Source"].map((h) => (
                <th key={h} scope="col" className="font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {numeric.map((fact) => {
              const figure = fact.figure!;
              return (
                <tr key={fact.position} data-key-number>
                  <th scope="row" className="font-semibold tabular-nums">
                    {formatFigure(figure)}
                    <span className="key-numbers-written">{`as written: “${text.slice(...figure.span)}”`}</span>
                    {[...new Set(fact.flags.map((f) => f.kind))].map((kind) => (
                      <span key={kind} className="key-numbers-flag">⚠ {FLAG_LABELS[kind]}</span>
                    ))}
                  </th>
                  <td className="tabular-nums">{formatNormalized(figure)}</td>
                  <td>{fact.metric ?? "—"}</td>
                  <td>{fact.subject ?? "—"}</td>
                  <td>{fact.period ?? "—"}</td>
                  <td>{fact.basis ? BASIS_LABELS[fact.basis] : "—"}</td>
                  <td>
                    {figure.change === "up" ? "▲ up" : figure.change === "down" ? "▼ down" : "—"}
                  </td>
                  <td>
                    <Citation n={fact.citation} />
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
