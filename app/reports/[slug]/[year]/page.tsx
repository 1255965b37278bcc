import { notFound } from "next/navigation";
import { getPublishedReport } from "@/lib/public-site/published";
import { PublishedReport, publishedMetadata } from "@/components/public-site/published-report";

type Params = { params: Promise<{ slug: string; year: string }> };

// Rendered per request by Next; the web server (scripts/serve.ts) keeps the rendered page in memory
// until public content changes (docs/decisions/0005-public-page-cache.md).
export const dynamic = "force-dynamic";

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
