import Link from "next/link";
import { ArticleByline } from "@/components/ArticleByline";
import { formatFigure } from "@/lib/briefing/format";
import type { BriefingSummary } from "@/lib/queries";

export function BriefingCard({ briefing }: { briefing: BriefingSummary }) {
  return (
    <article className="rounded-lg border border-slate-200 p-5 dark:border-slate-800">
      <h2 className="text-lg font-semibold leading-snug">
        <Link href={`/articles/${briefing.slug}`} className="hover:underline focus-visible:outline-2 focus-visible:outline-offset-2">
          {briefing.title}
        </Link>
      </h2>
      <ArticleByline publisher={briefing.publisher} publishedAt={briefing.publishedAt} />
      {briefing.headlines.length > 0 && (
        <ul className="mt-3 space-y-1 text-sm" aria-label="Headline figures">
          {briefing.headlines.map((fact) => (
            <li key={fact.position} className="flex gap-2">
              <span className="shrink-0 font-semibold tabular-nums">{fact.figure && formatFigure(fact.figure)}</span>
              <span className="text-slate-600 dark:text-slate-400">{fact.statement}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-3 text-sm text-slate-500 dark:text-slate-400">{briefing.factCount} facts, each cited</p>
    </article>
  );
}
