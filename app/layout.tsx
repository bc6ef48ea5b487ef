import type { Metadata } from "next";
import Link from "next/link";
import { SITE_NAME, siteUrl } from "@/lib/site";
import "./globals.css";

// Per request, so that SITE_URL is read at run time rather than frozen at build time.
export function generateMetadata(): Metadata {
  return {
    metadataBase: siteUrl(),
    title: { template: `%s · ${SITE_NAME}`, default: SITE_NAME },
    description: "Financial news in numbers: every figure with whose it is, for which period, on what basis, and the passage it came from.",
    alternates: { types: { "application/rss+xml": "/feed.xml" } },
    openGraph: { siteName: SITE_NAME, type: "website" },
    icons: { icon: "/favicon.svg" },
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <header className="border-b border-slate-200 dark:border-slate-800">
          <nav className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
            <Link href="/" className="font-semibold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2">
              Investor Briefing
            </Link>
            <Link href="/search" className="text-sm text-slate-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 dark:text-slate-300">
              Search
            </Link>
          </nav>
        </header>
        <main className="mx-auto max-w-5xl px-4 py-8">{children}</main>
      </body>
    </html>
  );
}
