import type { Metadata } from "next";
import Link from "next/link";
import { PassageLink } from "@/components/PassageLink";
import { z } from "zod";
import { firstValue } from "@/lib/site/query-params";
import { Highlighted } from "@/components/Highlighted";
import { BASES } from "@/lib/contract";
import { BASIS_LABELS, formatDate } from "@/lib/briefing/format";
import { search } from "@/lib/queries";
import { SEARCH_DEADLINE_MS } from "@/lib/search/types";

export const dynamic = "force-dynamic";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Query strings are untrusted: anything malformed is ignored rather than an error.
const SearchParams = z.object({
  q: z.preprocess(firstValue, z.string().max(5_000).catch("")).default(""),
  company: z.preprocess(firstValue, z.string().regex(/^[A-Za-z0-9.\-]{1,12}$/).optional().catch(undefined)),
  basis: z.preprocess(firstValue, z.enum(BASES).optional().catch(undefined)),
  from: z.preprocess(firstValue, z.string().regex(ISO_DATE).optional().catch(undefined)),
  to: z.preprocess(firstValue, z.string().regex(ISO_DATE).optional().catch(undefined)),
});

type Props = PageProps<"/search">;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = SearchParams.parse(await searchParams);
  return { title: q ? `Search: ${q.slice(0, 60)}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const { q, ...filters } = SearchParams.parse(await searchParams);
  const results = q.trim() ? await search(q, filters) : null;
  const field = "rounded border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900";
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold tracking-tight">Search</h1>
      <form action="/search" role="search" className="flex flex-wrap items-end gap-3">
        <label className="flex min-w-64 flex-1 flex-col text-sm">
          Words in facts or articles
          <input type="search" name="q" defaultValue={q} maxLength={5_000} className={`${field} mt-1 text-base`} />
        </label>
        <label className="flex flex-col text-sm">
          Company ticker
          <input type="text" name="company" defaultValue={filters.company ?? ""} className={`${field} mt-1 w-28 font-mono`} />
        </label>
        <label className="flex flex-col text-sm">
          Basis
          <select name="basis" defaultValue={filters.basis ?? ""} className={`${field} mt-1`}>
            <option value="">Any</option>
            {BASES.map((b) => (
              <option key={b} value={b}>{BASIS_LABELS[b]}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          From
          <input type="date" name="from" defaultValue={filters.from ?? ""} className={`${field} mt-1`} />
        </label>
        <label className="flex flex-col text-sm">
          To
          <input type="date" name="to" defaultValue={filters.to ?? ""} className={`${field} mt-1`} />
        </label>
        <button type="submit" className="rounded bg-slate-900 px-4 py-2 text-white focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-slate-100 dark:text-slate-900">
          Search
        </button>
      </form>

      {results?.tooSlow && (
        <div role="alert" className="space-y-2" data-search-too-slow>
          <h2 className="text-xl font-semibold">This search took too long</h2>
          <p className="text-slate-600 dark:text-slate-400">
            It was stopped after {SEARCH_DEADLINE_MS / 1000} seconds so that other readers are not kept waiting. Try fewer
            or more specific words, or a company or date filter.
          </p>
        </div>
      )}
      {results && !results.tooSlow && (
        <div className="space-y-8" aria-live="polite">
          <section aria-labelledby="fact-results">
            <h2 id="fact-results" className="text-xl font-semibold">Facts ({results.facts.length})</h2>
            {results.facts.length === 0 && <p className="mt-2 text-slate-600 dark:text-slate-400">No fact matches.</p>}
            <ul className="mt-3 space-y-3">
              {results.facts.map((fact) => (
                <li key={`${fact.slug}-${fact.citation}-${fact.snippet}`} data-search-fact>
                  <PassageLink slug={fact.slug} citation={fact.citation} className="text-blue-700 underline dark:text-blue-300">
                    <Highlighted snippet={fact.snippet} />
                  </PassageLink>
                  <p className="text-sm text-slate-500 dark:text-slate-400">
                    {[fact.subject, fact.basis && BASIS_LABELS[fact.basis as keyof typeof BASIS_LABELS], fact.title].filter(Boolean).join(" · ")}
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="article-results">
            <h2 id="article-results" className="text-xl font-semibold">Articles ({results.articles.length})</h2>
            {results.articles.length === 0 && <p className="mt-2 text-slate-600 dark:text-slate-400">No article matches.</p>}
            <ul className="mt-3 space-y-3">
              {results.articles.map((article) => (
                <li key={article.slug} data-search-article>
                  <Link href={`/articles/${article.slug}`} className="font-medium text-blue-700 underline dark:text-blue-300">{article.title}</Link>
                  <p className="text-sm text-slate-700 dark:text-slate-300"><Highlighted snippet={article.snippet} /></p>
                  <p className="text-sm text-slate-500 dark:text-slate-400">
                    {[article.publisher, article.publishedAt && formatDate(article.publishedAt)].filter(Boolean).join(" · ")}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </div>
  );
}
