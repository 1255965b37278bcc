import { loadPage } from "@/lib/server/page";
import { loadReportPage } from "@/lib/annual-report/loaders";
import { ReportPage } from "@/components/annual-report/report-page";

type Props = { params: Promise<{ year: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: `${(await params).year}年度报告` };
}

export default async function AnnualReportPage({ params }: Props) {
  const { year } = await params;
  return <ReportPage data={await loadPage((actor) => loadReportPage(actor, year))} />;
}
