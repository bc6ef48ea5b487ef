import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleByline } from "@/components/ArticleByline";
import { ArticleText } from "@/components/ArticleText";
import { CitationCards } from "@/components/Citation";
import { CitationCardOpener } from "@/components/CitationCardOpener";
import { CompaniesMentioned } from "@/components/CompaniesMentioned";
import { ComparisonChart } from "@/components/ComparisonChart";
import { KeyFacts } from "@/components/KeyFacts";
import { KeyNumbers } from "@/components/KeyNumbers";
import { passagesOf } from "@/lib/briefing";
import { findComparisons } from "@/lib/briefing/charts";
import { formatDate } from "@/lib/briefing/format";
import { SITE_NAME, siteUrl } from "@/lib/site";
import { getBriefing, getBriefingMeta, type Briefing } from "@/lib/queries";

// Rendered per request here; scripts/serve.ts keeps the finished page in memory until the
// seed command next changes the database.
export const dynamic = "force-dynamic";

type Props = PageProps<"/articles/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = (await params).slug;
  const meta = await getBriefingMeta(slug);
  if (!meta) return { title: "Briefing not found" };
  const description = `The figures in “${meta.title}”${meta.publisher ? ` (${meta.publisher})` : ""}, each cited to its passage.`;
  return {
    title: meta.title,
    description,
    alternates: { canonical: `/articles/${slug}` },
    openGraph: {
      type: "article",
      title: meta.title,
      description,
      url: `/articles/${slug}`,
      siteName: SITE_NAME,
      publishedTime: meta.publishedAt ?? undefined,
    },
  };
}

/** schema.org NewsArticle, serialized so that no text can close the script element. */
function newsArticleJsonLd(briefing: Briefing): string {
  return JSON.stringify({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: briefing.title,
    datePublished: briefing.publishedAt ?? undefined,
    dateModified: briefing.updatedAt.toISOString(),
    publisher: briefing.publisher ? { "@type": "Organization", name: briefing.publisher } : undefined,
    isBasedOn: briefing.url ?? undefined,
    url: new URL(`/articles/${briefing.slug}`, siteUrl()).href,
    about: briefing.entities.filter((e) => e.kind === "company").map((e) => ({ "@type": "Corporation", name: e.name, tickerSymbol: e.tickers[0] })),
  }).replace(/</g, "\\u003c");
}

export default async function BriefingPage({ params }: Props) {
  const briefing = await getBriefing((await params).slug);
  if (!briefing) notFound();

  const facts = briefing.cited;
  const charts = findComparisons(facts);
  const source = [briefing.publisher, briefing.publishedAt && formatDate(briefing.publishedAt)].filter(Boolean).join(" · ") || undefined;
  const updated = briefing.updatedAt.getTime() - briefing.ingestedAt.getTime() > 1_000;

  return (
    <article className="space-y-10">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(briefing) }} />
      <header>
        <h1 className="text-3xl font-bold leading-tight tracking-tight">{briefing.title}</h1>
        <ArticleByline publisher={briefing.publisher} publishedAt={briefing.publishedAt} />
        <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">
          {briefing.url && (
            <>
              <a href={briefing.url} rel="noopener noreferrer" className="text-blue-700 underline dark:text-blue-300">
                Read the original
              </a>
              {" · "}
            </>
          )}
          {updated ? "Updated" : "Added"}{" "}
          <time dateTime={briefing.updatedAt.toISOString()}>{briefing.updatedAt.toISOString().slice(0, 10)}</time>
          {" · "}
          <a href={`/articles/${encodeURIComponent(briefing.slug)}/facts.csv`} download className="text-blue-700 underline dark:text-blue-300">
            Facts as CSV
          </a>
        </p>
      </header>
      <KeyFacts facts={facts} publisher={briefing.publisher} />
      <KeyNumbers facts={facts} text={briefing.text} />
      {charts.length > 0 && (
        <section aria-labelledby="charts" className="print:break-inside-avoid">
          <h2 id="charts" className="text-xl font-semibold">Compared</h2>
          <div className="mt-3 grid gap-4 md:grid-cols-2">
            {charts.map((chart, i) => (
              <ComparisonChart key={i} chart={chart} id={`chart-${i}`} />
            ))}
          </div>
        </section>
      )}
      <CompaniesMentioned entities={briefing.entities} />
      <ArticleText text={briefing.text} passages={passagesOf(facts)} />
      <CitationCards passages={[...new Map(facts.map((f) => [f.citation, { n: f.citation, quote: f.quote }])).values()]} source={source} />
      <CitationCardOpener />
    </article>
  );
}
