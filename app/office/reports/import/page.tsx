import Link from "next/link";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { REPORT_STATUS_LABELS } from "@/lib/annual-report/status";
import { currentYearInChina } from "@/lib/calendar/dates";
import { ImportWorkbench, type ExistingReport } from "@/components/report-import/import-workbench";

export const metadata = { title: "导入已发布的年度报告" };

export default async function ImportReportPage() {
  const { actor } = await requirePermission("report.edit");
  const [agency, reports] = await Promise.all([
    prisma.agency.findUniqueOrThrow({
      where: { id: actor.agencyId },
      select: { name: true, reportTitleName: true, feeDecimals: true },
    }),
    prisma.annualReport.findMany({
      where: { agencyId: actor.agencyId },
      select: { year: true, source: true, status: true },
    }),
  ]);
  const existing: ExistingReport[] = reports.map((r) => ({
    year: r.year,
    source: r.source,
    draft: r.status === "DRAFT",
    statusLabel: REPORT_STATUS_LABELS[r.status],
  }));
  return (
    <>
      <h1 className="text-2xl font-bold">导入已发布的年度报告</h1>
      <p className="mt-1 max-w-3xl text-stone-700">
        将本机关往年已发布的政府信息公开工作年度报告（PDF、网页、Word
        文件，可一次上传多个；或网页上复制的全文）导入本系统，
        作为该年度的历史报告，用于下一年度“上年结转”“现行有效件数”等跨年度校验。导入前请逐格核对识别结果。
      </p>
      <ImportWorkbench agency={agency} existing={existing} currentYear={currentYearInChina()} />
      <p className="mt-8">
        <Link href="/office/reports" className="text-brand-700 underline">
          返回年度报告列表
        </Link>
      </p>
    </>
  );
}
