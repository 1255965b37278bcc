import Link from "next/link";
import type { loadReportList } from "@/lib/annual-report/loaders";
import { REPORT_STATUS_LABELS } from "@/lib/annual-report/status";
import { describeDeadline, reportDeadlines } from "@/lib/annual-report/deadline";
import { CreateReportButton } from "./report-forms";
import { YearCharts } from "@/components/charts/year-charts";

/** The agency's annual reports, with their state and deadlines, and the recent years to start. */
export function ReportList({ data }: { data: Awaited<ReturnType<typeof loadReportList>> }) {
  const { reports, deadlines, today, canEdit, missing } = data;
  return (
    <>
      <h1 className="text-2xl font-bold">政府信息公开工作年度报告</h1>
      <p className="mt-1 text-stone-700">报告中的统计数字均根据本系统记录自动生成；合计数自动计算，不能手工修改。</p>
      <div className="mt-6 overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                年度
              </th>
              <th scope="col" className="px-3 py-2">
                状态
              </th>
              <th scope="col" className="px-3 py-2">
                格式
              </th>
              <th scope="col" className="px-3 py-2">
                公布期限
              </th>
              <th scope="col" className="px-3 py-2">
                操作
              </th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr key={r.year} className="border-t border-stone-200">
                <td className="px-3 py-2 font-medium">{r.year}年</td>
                <td className="px-3 py-2">
                  {REPORT_STATUS_LABELS[r.status]}
                  {r.source === "IMPORTED" ? "（导入）" : ""}
                  {r._count.revisions > 0 && r.status !== "PUBLISHED"
                    ? `（已发布 ${r._count.revisions} 版，正在更正）`
                    : ""}
                </td>
                <td className="px-3 py-2">{r.vintage === "V2021" ? "2021版" : "2019版"}</td>
                <td className="px-3 py-2">
                  {r.source === "IMPORTED"
                    ? "—"
                    : reportDeadlines(r.year, deadlines, today, r._count.revisions > 0).map((d) => (
                        <div key={d.label} className={d.overdue ? "font-semibold text-red-700" : ""} title={d.basis}>
                          {d.label}：{describeDeadline(d, r._count.revisions > 0)}
                        </div>
                      ))}
                </td>
                <td className="px-3 py-2">
                  <Link className="text-brand-700 underline" href={`/office/reports/${r.year}`}>
                    打开
                  </Link>
                </td>
              </tr>
            ))}
            {reports.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-4 text-stone-600">
                  尚未编制年度报告。
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {canEdit && (
        <p className="mt-4 text-sm">
          首次使用本系统？上年度报告可从已发布的网页文本或 Word 文件导入，供跨年度校验（上年结转、现行有效件数）使用：
          <Link href="/office/reports/import" className="ml-1 text-brand-700 underline">
            导入往年已发布报告
          </Link>
        </p>
      )}
      {missing.length > 0 && (
        <div className="mt-6 flex flex-wrap items-center gap-3">
          {missing.map((y) =>
            canEdit ? (
              <CreateReportButton key={y} year={y} />
            ) : (
              <Link key={y} href={`/office/reports/${y}`} className="text-brand-700 underline">
                预览{y}年度统计
              </Link>
            ),
          )}
        </div>
      )}
      <section aria-labelledby="over-years" className="mt-8 space-y-3">
        <h2 id="over-years" className="text-lg font-semibold">
          历年数字（已发布的年度报告）
        </h2>
        <YearCharts years={data.years} idPrefix="office" />
      </section>
    </>
  );
}
