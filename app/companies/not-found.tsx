import Link from "next/link";

export default function CompanyNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">No company with this ticker</h1>
      <p className="text-slate-600 dark:text-slate-400">No seeded article mentions it. Try searching instead.</p>
      <Link href="/search" className="text-blue-700 underline dark:text-blue-300">Search the briefings</Link>
    </div>
  );
}
