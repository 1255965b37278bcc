import { notFound } from "next/navigation";
import { getPublishedReport } from "@/lib/reports/published";
import { PublishedReport, publishedMetadata } from "@/components/report/published-report";

type Params = { params: Promise<{ slug: string; year: string }> };

// Rendered once per publication and served from Next's cache; publishing revalidates this path.
export const dynamic = "force-static";
export const revalidate = 86400;

export async function generateMetadata({ params }: Params) {
  const { slug, year } = await params;
  return publishedMetadata(await getPublishedReport(slug, year));
}

export default async function LatestRevisionPage({ params }: Params) {
  const { slug, year } = await params;
  const view = await getPublishedReport(slug, year);
  if (!view) notFound();
  return <PublishedReport view={view} />;
}
