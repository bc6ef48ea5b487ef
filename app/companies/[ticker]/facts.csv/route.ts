import { listCompanyFacts } from "@/lib/queries";
import { csvResponse, factsCsv } from "@/lib/site/facts-csv";

export const dynamic = "force-dynamic";

/** Every fact about the company as CSV (not only a page of them), newest article first. */
export async function GET(_request: Request, { params }: RouteContext<"/companies/[ticker]/facts.csv">) {
  const ticker = (await params).ticker;
  const rows = await listCompanyFacts(ticker);
  if (!rows) return new Response("no company with this ticker\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return csvResponse(factsCsv(rows), `${ticker.toUpperCase()}-facts.csv`);
}
