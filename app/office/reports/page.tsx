import { loadPage } from "@/lib/server/page";
import { loadReportList } from "@/lib/annual-report/loaders";
import { ReportList } from "@/components/annual-report/report-list";

export const metadata = { title: "年度报告" };

export default async function ReportsPage() {
  return <ReportList data={await loadPage(loadReportList)} />;
}
