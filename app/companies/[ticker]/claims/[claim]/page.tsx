import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuotedPassage } from "@/components/Quote";
import { claimHref } from "@/components/Scorecard";
import { BASIS_LABELS, formatDate, formatFigure, formatNormalized } from "@/lib/briefing/format";
import { CLAIM_VERDICT_WORDS, spreadWords } from "@/lib/briefing/scorecard";
import { getCompanyClaims } from "@/lib/claim-queries";
import { figuresDisagree } from "@/lib/verify";

// Rendered per request here; scripts/serve.ts keeps the finished page in memory until the
// seed command next changes the database.
export const dynamic = "force-dynamic";

type Props = PageProps<"/companies/[ticker]/claims/[claim]">;

/** The company's claims and the one the address names (getCompanyClaims is cached per request). */
async function claimPage({ params }: Props) {
  const { ticker, claim: id } = await params;
  const company = await getCompanyClaims(ticker);
  const claim = company?.claims.find((c) => c.id === id);
  return company && claim ? { company, claim } : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const found = await claimPage(props);
  if (!found) return { title: "Claim not found" };
  const { company, claim } = found;
  return {
    title: `${company.name} (${company.symbol}): ${claim.measure.label}, ${claim.periodLabel}, ${BASIS_LABELS[claim.basis].toLowerCase()}`,
    description: `Every source's figure for ${company.name}'s ${claim.measure.label.toLowerCase()} in ${claim.periodLabel}, side by side.`,
    alternates: { canonical: claimHref(company.symbol, claim) },
  };
}

export default async function ClaimPage(props: Props) {
  const found = await claimPage(props);
  if (!found) notFound();
  const { company, claim } = found;
  const fromArticle = claim.figures.some((f) => f.periodFrom === "article");
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm">
          <Link href={`/companies/${encodeURIComponent(company.symbol)}`} className="text-blue-700 underline dark:text-blue-300">
            {company.name} ({company.symbol})
          </Link>
        </p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">
          {claim.measure.label}, {claim.periodLabel}
        </h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{BASIS_LABELS[claim.basis]}</p>
      </header>

      <section aria-labelledby="claim-verdict" data-claim-verdict={claim.verdict}>
        <h2 id="claim-verdict" className="text-xl font-semibold">Verdict</h2>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Verdict</dt>
          <dd>
            <span className={figuresDisagree(claim) ? "badge badge-disagree ml-0" : claim.verdict === "corroborated" ? "badge badge-agree ml-0" : "badge badge-basis ml-0"}>
              {CLAIM_VERDICT_WORDS[claim.verdict]}
            </span>
          </dd>
          <dt className="font-medium">Figure</dt>
          <dd className="tabular-nums" data-claim-value>{formatFigure(claim.value)}</dd>
          <dt className="font-medium">Sources</dt>
          <dd>
            {claim.sources} article{claim.sources === 1 ? "" : "s"}, {claim.figures.length} figure{claim.figures.length === 1 ? "" : "s"}
          </dd>
          <dt className="font-medium">Spread</dt>
          <dd data-claim-spread>{spreadWords(claim)}</dd>
        </dl>
        {claim.units.length > 1 && (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-claim-units>
            Figures in different currencies are not compared with each other, only within their own:{" "}
            {claim.units.map((u) => `${u.unit}: ${u.figures} figure${u.figures === 1 ? "" : "s"} from ${u.sources} article${u.sources === 1 ? "" : "s"}`).join(" · ")}.
          </p>
        )}
        {fromArticle && (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Figures marked “from the article” state no period themselves: their article reports on {claim.periodLabel} and the passage names no other period.
          </p>
        )}
      </section>

      <section aria-labelledby="claim-sources">
        <h2 id="claim-sources" className="text-xl font-semibold">Every source</h2>
        <div className="mt-3 overflow-x-auto">
          <table className="key-numbers w-full min-w-[48rem] border-collapse text-left text-sm" data-claim-sources>
            <thead>
              <tr className="border-b border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400">
                {["Publisher", "Date", "As written", "Scaled", "Basis", "Period as written", "Quote"].map((h) => (
                  <th key={h} scope="col" className="font-medium">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {claim.figures.map(({ source, figure, written, periodFrom }) => (
                <tr key={`${source.slug}-${source.position}`} data-claim-source>
                  <th scope="row" className="font-medium">{source.publisher ?? source.title}</th>
                  <td className="whitespace-nowrap">{source.publishedAt ? formatDate(source.publishedAt) : "—"}</td>
                  <td className="font-semibold tabular-nums">{written}</td>
                  <td className="tabular-nums">{formatNormalized(figure)}</td>
                  <td>{BASIS_LABELS[source.fact.basis ?? "reported"]}</td>
                  <td>{periodFrom === "article" ? "— (from the article)" : (source.fact.period ?? "—")}</td>
                  <td>
                    <QuotedPassage quote={source.quote} slug={source.slug} citation={source.citation}>
                      In {source.title} [{source.citation}]
                    </QuotedPassage>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
