import Link from "next/link";
import type { Entity } from "@/lib/contract";

export function CompaniesMentioned({ entities }: { entities: Entity[] }) {
  const companies = entities.filter((e) => e.kind === "company");
  if (companies.length === 0) return null;
  return (
    <section aria-labelledby="companies">
      <h2 id="companies" className="text-xl font-semibold">Companies mentioned</h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {companies.map((company) => (
          <li key={company.name} className="rounded-full border border-slate-300 px-3 py-1 text-sm dark:border-slate-700">
            {company.name}
            {company.tickers.map((ticker) => (
              <Link
                key={ticker}
                href={`/companies/${encodeURIComponent(ticker)}`}
                className="ml-1.5 font-mono text-xs text-blue-700 underline dark:text-blue-300"
                aria-label={`${company.name} (${ticker}): every fact across articles`}
              >
                {ticker}
              </Link>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
