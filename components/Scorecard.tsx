import Link from "next/link";
import { CLAIM_VERDICT_WORDS, claimFigureWords, type ScorecardCell, type Scorecard as ScorecardData, sourcesWords, surpriseWords } from "@/lib/briefing/scorecard";
import { type Claim, figuresDisagree } from "@/lib/verify";

/** Where a claim's own view is. */
export function claimHref(symbol: string, claim: Pick<Claim, "id">): string {
  return `/companies/${encodeURIComponent(symbol)}/claims/${encodeURIComponent(claim.id)}`;
}

/** The mark on a claim whose figures disagree: between sources, or within its one source. */
export function DisagreeBadge({ claim }: { claim: Claim }) {
  if (!figuresDisagree(claim)) return null;
  return <span className="badge badge-disagree" data-disputed={claim.verdict}>⚠ {CLAIM_VERDICT_WORDS[claim.verdict]}</span>;
}


/** Measures by period, newest period first; each figure links to its claim. Server-rendered. */
export function Scorecard({ symbol, card, unplaced }: { symbol: string; card: ScorecardData; unplaced: number }) {
  if (card.rows.length === 0) return null;
  return (
    <section aria-labelledby="company-scorecard">
      <h2 id="company-scorecard" className="text-xl font-semibold">Scorecard</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Each figure is one claim: every source giving it, side by side, one click away.
        {unplaced > 0 && ` ${unplaced} figure${unplaced === 1 ? " does" : "s do"} not say which period ${unplaced === 1 ? "it is" : "they are"} for and ${unplaced === 1 ? "is" : "are"} listed under Facts only.`}
      </p>
      {/* relative: the empty cells' screen-reader words are absolutely placed, and would widen the page past a phone's screen otherwise. */}
      <div className="relative mt-3 overflow-x-auto">
        <table className="scorecard w-full min-w-[36rem] border-collapse text-left text-sm" data-scorecard>
          <thead>
            <tr className="border-b border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400">
              <th scope="col" className="font-medium">Measure</th>
              {card.periods.map((period) => (
                <th key={period.id} scope="col" className="font-medium">{period.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {card.rows.map((row) => (
              <tr key={row.measure.id}>
                <th scope="row" className="font-semibold">{row.measure.label}</th>
                {row.cells.map((cell, i) => (
                  <td key={card.periods[i]!.id} data-scorecard-cell={`${row.measure.id} ${card.periods[i]!.id}`}>
                    {cell ? <Cell symbol={symbol} label={row.measure.label} cell={cell} /> : <><span className="text-slate-500 dark:text-slate-400" aria-hidden="true">—</span><span className="sr-only">no figure</span></>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Cell({ symbol, label, cell }: { symbol: string; label: string; cell: ScorecardCell }) {
  return (
    <div className="space-y-0.5">
      {cell.reported && <ClaimValue symbol={symbol} claim={cell.reported} prefix="" />}
      {cell.estimate && <ClaimValue symbol={symbol} claim={cell.estimate} prefix="Expected " />}
      {cell.guidance && <ClaimValue symbol={symbol} claim={cell.guidance} prefix="Guidance " />}
      {cell.surprise && (
        <p className={`scorecard-surprise scorecard-${cell.surprise.outcome.replace(" ", "-")}`} data-surprise={cell.surprise.outcome}>
          {surpriseWords(label, cell.surprise)}
        </p>
      )}
    </div>
  );
}

function ClaimValue({ symbol, claim, prefix }: { symbol: string; claim: Claim; prefix: string }) {
  return (
    <p>
      <Link href={claimHref(symbol, claim)} className="font-semibold tabular-nums text-blue-700 underline dark:text-blue-300" data-claim-link>
        {prefix}
        {claimFigureWords(claim)}
      </Link>{" "}
      <span className="text-xs text-slate-600 dark:text-slate-400">{sourcesWords(claim)}</span>
      <DisagreeBadge claim={claim} />
    </p>
  );
}
