import { loadPage } from "@/lib/server/page";
import { loadCountyCharts } from "@/lib/county-oversight/loaders";
import { CountyChartsPage } from "@/components/county-oversight/county-pages";

export const metadata = { title: "下级机关历年图表" };

export default async function CountyCharts() {
  return <CountyChartsPage data={await loadPage((actor) => loadCountyCharts(actor))} />;
}
