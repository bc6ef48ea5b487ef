import { getBriefing } from "@/lib/queries";

export const dynamic = "force-dynamic";

/** One article in the fact contract's shape (../shared/docs/fact-contract.md). */
export async function GET(_request: Request, { params }: RouteContext<"/api/articles/[slug]">) {
  const briefing = await getBriefing((await params).slug);
  if (!briefing) return Response.json({ error: "no article with this address" }, { status: 404 });
  const { source, slug, title, publisher, url, publishedAt, text, entities, facts } = briefing;
  return Response.json({ source, slug, title, publisher, url, publishedAt, text, entities, facts });
}
