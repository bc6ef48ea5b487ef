"use client";

import { useRouter } from "next/navigation";
import { startTransition } from "react";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  // reset() alone re-renders what the browser already has; refresh() asks the server again.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-bold">This page could not be shown</h1>
      <p className="text-slate-600 dark:text-slate-400">
        Something went wrong while reading the briefings. Try again; if it keeps failing, the operator can find
        {error.digest ? ` error ${error.digest}` : " the error"} in the server log.
      </p>
      <button type="button" onClick={retry} className="rounded bg-slate-900 px-4 py-2 text-white focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-slate-100 dark:text-slate-900">
        Try again
      </button>
    </div>
  );
}
