import { notFound } from "next/navigation";
import { getPublishedReport } from "@/lib/reports/published";
import { PublishedReport, publishedMetadata } from "@/components/report/published-report";

type Params = { params: Promise<{ slug: string; year: string; n: string }> };

// A revision never changes once published: cache it for good.
export const dynamic = "force-static";
export const revalidate = false;

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
