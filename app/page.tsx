import Link from "next/link";
import { DisputeList } from "@/components/DisputeList";
import { BriefingCard } from "@/components/BriefingCard";
import { getNewsOverview, listBriefings } from "@/lib/queries";

// Rendered per request here; scripts/serve.ts keeps the finished page in memory until the
// seed command next changes the database.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [briefings, { companies, disputes }] = await Promise.all([listBriefings(), getNewsOverview()]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Briefings</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">Newest first. Every figure links to the passage it came from.</p>
      </div>
      {companies.length > 0 && (
        <section aria-labelledby="in-the-news">
          <h2 id="in-the-news" className="text-sm font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Companies in the news</h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {companies.map((c) => (
              <li key={c.symbol}>
                <Link
                  href={`/companies/${encodeURIComponent(c.symbol)}`}
                  className="inline-block rounded-full border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 dark:border-slate-700 dark:hover:bg-slate-800"
                >
                  <span className="font-mono font-semibold">{c.symbol}</span> <span className="text-slate-600 dark:text-slate-400">{c.name}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {disputes.length > 0 && (
        <section aria-labelledby="warnings" className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950">
          <h2 id="warnings" className="font-semibold text-amber-900 dark:text-amber-200">Figures to check</h2>
          <DisputeList disputes={disputes} />
        </section>
      )}
      {briefings.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-6 text-slate-600 dark:border-slate-700 dark:text-slate-400">
          No articles yet. Seed some with <code>npm run seed -- content/articles</code>.
        </p>
      ) : (
        <ol className="space-y-4">
          {briefings.map((briefing) => (
            <li key={briefing.slug}>
              <BriefingCard briefing={briefing} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
