import { notFound } from "next/navigation";
import { getPublishedReport } from "@/lib/public-site/published";
import { PublishedReport, publishedMetadata } from "@/components/public-site/published-report";

type Params = { params: Promise<{ slug: string; year: string; n: string }> };

// Rendered per request by Next; the web server (scripts/serve.ts) keeps the rendered page in memory
// until public content changes (docs/decisions/0005-public-page-cache.md).
export const dynamic = "force-dynamic";

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
