import { notFound } from "next/navigation";
import { companyExists } from "@/lib/queries";

// The existence check sits above this segment's loading.tsx: once the loading state
// streams, the status is sent, so a 404 must be decided before it.
export default async function CompanyLayout({ children, params }: LayoutProps<"/companies/[ticker]">) {
  if (!(await companyExists((await params).ticker))) notFound();
  return children;
}
