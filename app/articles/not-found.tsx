import Link from "next/link";

export default function BriefingNotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">No briefing at this address</h1>
      <p className="text-slate-600 dark:text-slate-400">The article may not have been seeded, or its address changed.</p>
      <Link href="/" className="text-blue-700 underline dark:text-blue-300">All briefings</Link>
    </div>
  );
}
