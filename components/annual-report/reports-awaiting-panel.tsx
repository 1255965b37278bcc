import Link from "next/link";
import type { WaitingReport } from "@/lib/annual-report/queue";

const when = (at: Date) => at.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" });

/** The head's 工作台: the annual reports waiting for review (待审核) or for publication (已批准). */
export function ReportsAwaitingPanel({ reports }: { reports: WaitingReport[] }) {
  if (!reports.length) return null;
  return (
    <section aria-labelledby="reports-waiting" className="mt-6 rounded border border-amber-400 bg-amber-50 p-4">
      <h2 id="reports-waiting" className="text-lg font-semibold">
        待处理的年度报告
      </h2>
      <ul className="mt-2 space-y-1">
        {reports.map((r) => (
          <li key={r.year}>
            <Link href={`/office/reports/${r.year}`} className="font-medium text-brand-700 underline">
              {r.year}年度报告{r.correction ? "（更正）" : ""}
            </Link>
            ：{r.status === "SUBMITTED" ? "待审核" : "已批准，待发布"}
            <span className="text-sm text-stone-700">
              （{r.by ? `${r.by}于` : ""}
              {when(r.since)}
              {r.status === "SUBMITTED" ? "提交" : "批准"}）
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
