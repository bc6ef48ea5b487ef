import type { Flag } from "@/lib/contract";

export function FlagNotes({ flags }: { flags: Flag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5">
      {flags.map((flag, i) => (
        <li key={i} className="text-sm text-amber-800 dark:text-amber-300">
          <span aria-hidden="true">⚠ </span>
          <span className="font-medium">{flag.kind === "implausible" ? "Looks wrong" : flag.kind === "conflict" ? "Sources disagree" : "Unverified"}:</span>{" "}
          {flag.reason}
        </li>
      ))}
    </ul>
  );
}
