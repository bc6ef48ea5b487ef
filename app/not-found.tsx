import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-600 dark:text-slate-400">There is nothing at this address.</p>
      <Link href="/" className="text-blue-700 underline dark:text-blue-300">All briefings</Link>
    </div>
  );
}
