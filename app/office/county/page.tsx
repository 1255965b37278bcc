import { loadPage, type SearchParamsProps } from "@/lib/server/page";
import { loadCountyOverview } from "@/lib/county-oversight/loaders";
import { CountyOverviewPage } from "@/components/county-oversight/county-pages";

export const metadata = { title: "下级机关督查" };

export default async function CountyPage({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  return <CountyOverviewPage data={await loadPage((actor) => loadCountyOverview(actor, params))} />;
}
