/**
 * A link to a cited passage on a briefing. A plain anchor, not next/link: a soft
 * navigation changes the URL by history.pushState, which does not set :target, and
 * :target is what lights the passage up.
 */
export function PassageLink({ slug, citation, className, children }: { slug: string; citation: number; className?: string; children: React.ReactNode }) {
  return (
    <a href={`/articles/${encodeURIComponent(slug)}#cite-${citation}`} className={className}>
      {children}
    </a>
  );
}
