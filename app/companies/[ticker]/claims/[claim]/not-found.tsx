import Link from "next/link";

export default function ClaimNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">No such claim</h1>
      <p className="text-slate-600 dark:text-slate-400">No seeded article gives a figure for this measure, period and basis about this company.</p>
      <Link href="/search" className="text-blue-700 underline dark:text-blue-300">Search the briefings</Link>
    </div>
  );
}
