import { orErrorPage } from "@/lib/server/page";
import { loadPublicGuide } from "@/lib/disclosure-guide/loaders";
import { PublicGuide } from "@/components/disclosure-guide/guide-pages";

export const metadata = { title: "政府信息公开指南" };
// Rendered per request (not in the public page cache: a new version shows at once).
export const dynamic = "force-dynamic";

export default async function GuidePage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ v?: string }>;
}) {
  const [{ slug }, { v }] = await Promise.all([params, searchParams]);
  return <PublicGuide data={await orErrorPage(loadPublicGuide(slug, v))} />;
}
