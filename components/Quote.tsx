/** A source's quote as the claim view and the dispute table show it, beside its passage link. */
export function Quote({ text }: { text: string }) {
  return <blockquote className="border-l-2 border-slate-300 pl-2 text-slate-700 dark:border-slate-700 dark:text-slate-300">“{text}”</blockquote>;
}
