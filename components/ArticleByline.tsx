import { formatDate } from "@/lib/briefing/format";

export function ArticleByline({ publisher, publishedAt }: { publisher: string | null; publishedAt: string | null }) {
  if (!publisher && !publishedAt) return null;
  return (
    <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
      {publisher}
      {publisher && publishedAt && " · "}
      {publishedAt && <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>}
    </p>
  );
}
