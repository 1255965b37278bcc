import { loadPage } from "@/lib/server/page";
import { loadCountyAgencyReport } from "@/lib/county-oversight/loaders";
import { CountyAgencyReportPage } from "@/components/county-oversight/county-pages";

type Props = { params: Promise<{ slug: string; year: string }> };

export const metadata = { title: "下级机关年度报告" };

export default async function CountyAgencyReport({ params }: Props) {
  const { slug, year } = await params;
  return <CountyAgencyReportPage data={await loadPage((actor) => loadCountyAgencyReport(actor, slug, year))} />;
}
