import { notFound } from "next/navigation";
import { articleExists } from "@/lib/queries";

// The existence check sits above this segment's loading.tsx: once the loading state
// streams, the status is sent, so a 404 must be decided before it.
export default async function BriefingLayout({ children, params }: LayoutProps<"/articles/[slug]">) {
  if (!(await articleExists((await params).slug))) notFound();
  return children;
}
