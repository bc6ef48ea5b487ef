import { PassageLink } from "@/components/PassageLink";
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
