import { getBriefing } from "@/lib/queries";
import { csvResponse, factsCsv } from "@/lib/site/facts-csv";

export const dynamic = "force-dynamic";

/** The article's facts as CSV, one row per fact, in the briefing's order. */
export async function GET(_request: Request, { params }: RouteContext<"/articles/[slug]/facts.csv">) {
  const briefing = await getBriefing((await params).slug);
  if (!briefing) return new Response("no article with this address\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const { slug, title, publisher, publishedAt, text } = briefing;
  const rows = briefing.cited.map((fact) => ({ article: { slug, title, publisher, publishedAt, text }, fact, citation: fact.citation }));
  return csvResponse(factsCsv(rows), `${slug}-facts.csv`);
}
