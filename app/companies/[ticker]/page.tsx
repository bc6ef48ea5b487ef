import type { Metadata } from "next";
import Link from "next/link";
import { PassageLink } from "@/components/PassageLink";
import { QuotedPassage } from "@/components/Quote";
import { notFound } from "next/navigation";
import { z } from "zod";
import { firstValue } from "@/lib/site/query-params";
import { FlagNotes, VerdictBadge } from "@/components/FlagNote";
import { figuresOverTime, measureCharts } from "@/lib/briefing/charts";
import { BASIS_LABELS, formatDate, formatFigure } from "@/lib/briefing/format";
import { COMPANY_PAGE_SIZE, getCompany } from "@/lib/queries";
import { MeasureChart } from "@/components/MeasureChart";
import { Scorecard } from "@/components/Scorecard";
import { scorecard } from "@/lib/briefing/scorecard";
import { getCompanyClaims } from "@/lib/claim-queries";

// Rendered per request here; scripts/serve.ts keeps the finished page in memory until the
// seed command next changes the database.
export const dynamic = "force-dynamic";

type Props = PageProps<"/companies/[ticker]">;

// An untrusted query string: a malformed page number is the first page.
const PageNumber = z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).catch(1));

const pageHref = (symbol: string, page: number) => `/companies/${encodeURIComponent(symbol)}${page > 1 ? `?page=${page}` : ""}`;

/** The company and the page of its facts the address names (one query: getCompany is cached per request). */
async function companyPage({ params, searchParams }: Props) {
  return getCompany((await params).ticker, PageNumber.parse((await searchParams).page));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const company = await companyPage(props);
  if (!company) return { title: "Company not found" };
  return {
    title: `${company.name} (${company.symbol})${company.page > 1 ? `, page ${company.page}` : ""}`,
    description: `Every cited fact about ${company.name} across the briefings.`,
    alternates: { canonical: pageHref(company.symbol, company.page) },
  };
}

export default async function CompanyPage(props: Props) {
  const company = await companyPage(props);
  if (!company || company.page > company.pages) notFound();
  // The scorecard is the company's, not the page's: the first page shows it.
  const claims = company.page === 1 ? await getCompanyClaims(company.symbol) : null;
  const card = claims && scorecard(claims);
  const charts = card ? measureCharts(card) : [];
  const moves = figuresOverTime(company.facts);
  const firstShown = (company.page - 1) * COMPANY_PAGE_SIZE + 1;
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">
          {company.name} <span className="font-mono text-xl text-slate-500 dark:text-slate-400">{company.symbol}</span>
        </h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">
          {company.total} fact{company.total === 1 ? "" : "s"}, newest first
          {company.pages > 1 && ` (${firstShown}–${firstShown + company.facts.length - 1} on this page)`}; mentioned in{" "}
          {company.articleCount} article{company.articleCount === 1 ? "" : "s"}.{" "}
          <a href={`/companies/${encodeURIComponent(company.symbol)}/facts.csv`} download className="text-blue-700 underline dark:text-blue-300">
            All {company.total} as CSV
          </a>
        </p>
      </header>

      {claims && card && <Scorecard symbol={company.symbol} card={card} unplaced={claims.unplaced} />}

      {charts.length > 0 && (
        <section aria-labelledby="company-charts">
          <h2 id="company-charts" className="text-xl font-semibold">Measures by quarter</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            The scorecard&apos;s figures for each measure given in two quarters or more, oldest first: reported as bars, analysts&apos; expectations as diamonds.
          </p>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {charts.map((chart) => (
              <MeasureChart key={chart.measure.id} symbol={company.symbol} chart={chart} />
            ))}
          </div>
        </section>
      )}

      {moves.length > 0 && (
        <section aria-labelledby="company-moves">
          <h2 id="company-moves" className="text-xl font-semibold">Figures by measure over time</h2>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {moves.map((move) => (
              <table key={`${move.measure}-${move.unit}`} className="w-full text-left text-sm">
                <caption className="pb-1 text-left font-medium">{move.measure}</caption>
                <thead>
                  <tr className="border-b border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400">
                    <th scope="col" className="py-1 pr-2 font-medium">Published</th>
                    <th scope="col" className="py-1 pr-2 font-medium">Figure</th>
                    <th scope="col" className="py-1 pr-2 font-medium">Basis</th>
                    <th scope="col" className="py-1 font-medium">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {move.items.map(({ article, fact }) => (
                    <tr key={`${article.slug}-${fact.position}`} className="border-b border-slate-100 dark:border-slate-800">
                      <td className="py-1 pr-2">{article.publishedAt ? formatDate(article.publishedAt) : "—"}</td>
                      <td className="py-1 pr-2 font-semibold tabular-nums">{formatFigure(fact.figure!)}</td>
                      <td className="py-1 pr-2">{fact.basis ? BASIS_LABELS[fact.basis] : "—"}{fact.period ? `, ${fact.period}` : ""}</td>
                      <td className="py-1">
                        <PassageLink slug={article.slug} citation={fact.citation} className="text-blue-700 underline dark:text-blue-300">
                          {article.publisher ?? article.title} [{fact.citation}]
                        </PassageLink>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </div>
        </section>
      )}

      <section aria-labelledby="company-facts">
        <h2 id="company-facts" className="text-xl font-semibold">Facts</h2>
        {company.facts.length === 0 && <p className="mt-2 text-slate-600 dark:text-slate-400">No figures are attributed to this company yet.</p>}
        <ul className="mt-3 space-y-3">
          {company.facts.map(({ article, fact }) => (
            <li key={`${article.slug}-${fact.position}`} className="rounded border border-slate-200 p-3 dark:border-slate-800" data-company-fact>
              <p>
                {fact.figure && <span className="mr-2 font-semibold tabular-nums">{formatFigure(fact.figure)}</span>}
                {fact.statement}
                {fact.basis && <span className="ml-2 text-sm text-slate-500 dark:text-slate-400">{BASIS_LABELS[fact.basis]}{fact.period ? `, ${fact.period}` : ""}</span>}
                <VerdictBadge verdict={fact.verdict} />
              </p>
              <div className="mt-1 text-sm">
                <QuotedPassage quote={fact.quote} slug={article.slug} citation={fact.citation}>
                  {article.title}
                </QuotedPassage>
                {article.publishedAt && <span className="text-slate-500 dark:text-slate-400"> · {formatDate(article.publishedAt)}</span>}
              </div>
              <FlagNotes flags={fact.flags} />
            </li>
          ))}
        </ul>
        {company.pages > 1 && (
          <nav aria-label="Pages of facts" className="mt-4 flex items-center gap-4 text-sm" data-company-pages>
            {company.page > 1 && (
              <Link href={pageHref(company.symbol, company.page - 1)} rel="prev" className="text-blue-700 underline dark:text-blue-300">
                ← Newer facts
              </Link>
            )}
            <span className="text-slate-600 dark:text-slate-400">
              Page {company.page} of {company.pages}
            </span>
            {company.page < company.pages && (
              <Link href={pageHref(company.symbol, company.page + 1)} rel="next" className="text-blue-700 underline dark:text-blue-300">
                Older facts →
              </Link>
            )}
          </nav>
        )}
      </section>

      <section aria-labelledby="company-articles">
        <h2 id="company-articles" className="text-xl font-semibold">Articles mentioning {company.name}</h2>
        {company.articleCount > company.articles.length && (
          <p className="mt-1 text-slate-600 dark:text-slate-400">The newest {company.articles.length} of {company.articleCount}.</p>
        )}
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {company.articles.map((article) => (
            <li key={article.slug}>
              <Link href={`/articles/${article.slug}`} className="text-blue-700 underline dark:text-blue-300">{article.title}</Link>
              {article.publisher && <span className="text-slate-500 dark:text-slate-400"> · {article.publisher}</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
