import { notFound } from "next/navigation";
import { getPublishedReport } from "@/lib/reports/published";
import { PublishedReport, publishedMetadata } from "@/components/report/published-report";

type Params = { params: Promise<{ slug: string; year: string; n: string }> };

// Rendered once and served from Next's cache; publishing a newer revision revalidates every revision
// page (each says which revision is the latest and lists the others).
export const dynamic = "force-static";
export const revalidate = 86400;

export async function generateMetadata({ params }: Params) {
  const { slug, year, n } = await params;
  return publishedMetadata(await getPublishedReport(slug, year, n));
}

export default async function RevisionPage({ params }: Params) {
  const { slug, year, n } = await params;
  const view = await getPublishedReport(slug, year, n);
  if (!view) notFound();
  return <PublishedReport view={view} />;
}
