import { PassageLink } from "@/components/PassageLink";
import { QuotedPassage } from "@/components/Quote";
import type { Flag, Verdict } from "@/lib/contract";
import { flagWords } from "@/lib/briefing/flag-words";

export const FLAG_LABELS: Record<Flag["kind"], string> = {
  implausible: "Looks wrong",
  conflict: "Sources disagree",
  unverified: "Unverified",
};

/** Warnings on a figure, each in words (lib/briefing/flag-words.ts) and, where another source is the evidence, a link to its passage. */
export function FlagNotes({ flags }: { flags: Flag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5" data-flags>
      {flags.map((flag, i) => (
        <li key={i} className="flag-note" data-flag={flag.kind}>
          <span aria-hidden="true">⚠ </span>
          <span className="font-medium">{FLAG_LABELS[flag.kind]}:</span> {flagWords(flag)}
          {flag.evidence?.citation !== undefined && (
            <>
              {" "}
              <PassageLink slug={flag.evidence.slug} citation={flag.evidence.citation} className="font-medium underline">
                See the other source
              </PassageLink>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Whether other sources agree with a figure: shown only when there is something to say. */
export function VerdictBadge({ verdict }: { verdict?: Verdict }) {
  if (verdict === "corroborated") {
    return <span className="badge badge-agree">✓ Other sources agree</span>;
  }
  if (verdict === "conflict") {
    return <span className="badge badge-disagree">Sources disagree</span>;
  }
  return null;
}

/** A cross-source flag: it names the other source's figure and where it stands. */
function isCrossSource(flag: Flag): flag is Flag & Required<Pick<Flag, "figure" | "other" | "otherSource">> {
  return flag.figure !== undefined && flag.other !== undefined && flag.otherSource !== undefined && flag.evidence !== undefined;
}

/**
 * A figure other sources dispute, as a compact badge; on demand, its figure beside each
 * other source's (with the quote and a link to its passage), then every flag in words.
 * A figure flagged by its own article alone keeps its notes inline (FlagNotes).
 */
export function DisputeBadge({ flags, publisher }: { flags: Flag[]; publisher: string | null }) {
  const others = flags.filter(isCrossSource);
  if (others.length === 0) return <FlagNotes flags={flags} />;
  const kind = others.some((flag) => flag.kind === "implausible") ? "implausible" : "conflict";
  const seen = new Set<string>();
  const rows = others.filter((flag) => {
    const key = `${flag.evidence!.slug}#${flag.evidence!.position}`;
    return !seen.has(key) && seen.add(key);
  });
  return (
    <details className="mt-1" data-dispute-badge>
      <summary className="cursor-pointer">
        <span className="badge badge-disagree ml-0">
          ⚠ {FLAG_LABELS[kind]}: {rows.length} other source{rows.length === 1 ? "" : "s"}
        </span>
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="key-numbers w-full min-w-[30rem] border-collapse text-left text-sm" data-dispute-table>
          <thead>
            <tr className="border-b border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <th scope="col" className="font-medium">Source</th>
              <th scope="col" className="font-medium">Figure</th>
              <th scope="col" className="font-medium">Quote</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row" className="font-medium">This article{publisher ? ` (${publisher})` : ""}</th>
              <td className="font-semibold tabular-nums">{rows[0]!.figure.written}</td>
              <td className="text-slate-600 dark:text-slate-400">above</td>
            </tr>
            {rows.map((flag) => (
              <tr key={`${flag.evidence!.slug}#${flag.evidence!.position}`}>
                <th scope="row" className="font-medium">{flag.otherSource.publisher ?? flag.otherSource.title}</th>
                <td className="font-semibold tabular-nums">{flag.other.written}</td>
                <td>
                  <QuotedPassage quote={flag.otherSource.quote} slug={flag.evidence!.slug} citation={flag.evidence!.citation}>
                    See the other source
                  </QuotedPassage>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FlagNotes flags={flags} />
    </details>
  );
}
