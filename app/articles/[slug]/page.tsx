import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleByline } from "@/components/ArticleByline";
import { ArticleText } from "@/components/ArticleText";
import { CompaniesMentioned } from "@/components/CompaniesMentioned";
import { KeyFacts } from "@/components/KeyFacts";
import { KeyNumbers } from "@/components/KeyNumbers";
import { passagesOf } from "@/lib/briefing";
import { getBriefing, getBriefingMeta } from "@/lib/queries";

// Content changes whenever an operator seeds: read the database on every request.
export const dynamic = "force-dynamic";

type Props = PageProps<"/articles/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meta = await getBriefingMeta((await params).slug);
  if (!meta) return { title: "Briefing not found" };
  return {
    title: meta.title,
    description: `The figures in “${meta.title}”${meta.publisher ? ` (${meta.publisher})` : ""}, each cited to its passage.`,
  };
}

export default async function BriefingPage({ params }: Props) {
  const briefing = await getBriefing((await params).slug);
  if (!briefing) notFound();

  const facts = briefing.cited;
  const updated = briefing.updatedAt.getTime() - briefing.ingestedAt.getTime() > 1_000;

  return (
    <article className="space-y-10">
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
        </p>
      </header>
      <KeyFacts facts={facts} />
      <KeyNumbers facts={facts} text={briefing.text} />
      <CompaniesMentioned entities={briefing.entities} />
      <ArticleText text={briefing.text} passages={passagesOf(facts)} />
    </article>
  );
}
