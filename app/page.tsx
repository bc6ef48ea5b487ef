import { BriefingCard } from "@/components/BriefingCard";
import { listBriefings } from "@/lib/queries";

// Content changes whenever an operator seeds: read the database on every request.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const briefings = await listBriefings();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Briefings</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">Newest first. Every figure links to the passage it came from.</p>
      </div>
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
