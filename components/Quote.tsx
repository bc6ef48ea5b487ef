import { PassageLink } from "@/components/PassageLink";

/** A source's quote as the claim view and the dispute table show it, beside its passage link. */
export function Quote({ text }: { text: string }) {
  return <blockquote className="border-l-2 border-slate-300 pl-2 text-slate-700 dark:border-slate-700 dark:text-slate-300">“{text}”</blockquote>;
}

/**
 * A source's quote and the link to its passage (none when its citation is not known): the
 * one way the claim view, a figure's dispute table and the company page's facts show a
 * source's words.
 */
export function QuotedPassage({ quote, slug, citation, children }: { quote: string; slug: string; citation: number | undefined; children: React.ReactNode }) {
  return (
    <>
      <Quote text={quote} />
      {citation !== undefined && (
        <PassageLink slug={slug} citation={citation} className="text-blue-700 underline dark:text-blue-300">
          {children}
        </PassageLink>
      )}
    </>
  );
}
