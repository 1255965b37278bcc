import Link from "next/link";
import type { loadReportPage } from "@/lib/annual-report/loaders";
import { REPORT_STATUS_LABELS } from "@/lib/annual-report/status";
import { getFormat, type Vintage } from "@/lib/national-format";
import { EXPORTS } from "@/lib/annual-report/exports";
import { reportDeadlines, submissionNotYetOpen } from "@/lib/annual-report/deadline";
import { ReportView, type CellMarks } from "./report-view";
import { FindingsPanel } from "./findings-panel";
import { CreateReportButton, ManualFigureForm, MissingFiguresForm, RemoveManualFigureButton } from "./report-forms";
import { NarrativeEditor, type FieldFinding } from "./narrative-editor";
import { WorkflowPanel } from "./workflow-panel";

/**
 * One year's annual report in the office: status and downloads, the workflow, every finding at its
 * cell, the preview in the official layout, the submission statistics, the narrative editor and
 * the hand-entered figures.
 */
export function ReportPage({ data }: { data: Awaited<ReturnType<typeof loadReportPage>> }) {
  const { actor, year, report, document, findings, stats, agency, history, revisions, deadlines, today } = data;
  const imported = report?.source === "IMPORTED";
  const editable = !!report && !imported && report.status === "DRAFT" && data.canEdit;
  const acknowledging =
    report && !imported
      ? editable
        ? ("preparer" as const)
        : (report.status === "SUBMITTED" || report.status === "APPROVED") && data.canReview
          ? ("reviewer" as const)
          : null
      : null;
  // Findings about a narrative section (一, 五, 六) are shown under its editor too.
  const fieldFindings = (section: string): FieldFinding[] => findings.filter((f) => f.section === section);
  const marks: CellMarks = {};
  for (const f of findings) {
    if (f.cellCode && !f.preparerAck && !f.reviewerAck)
      marks[f.cellCode] = f.severity === "hard" || marks[f.cellCode] === "hard" ? "hard" : "soft";
  }
  const format = getFormat(document.vintage as Vintage);
  const cellLabel = (code: string) => {
    const def = format.cellsByCode.get(code);
    return def ? `表${def.section} ${[...def.rowPath, ...def.columnPath].filter(Boolean).join(" / ")}` : code;
  };
  const missing = findings
    .filter((f) => f.ruleId === "CELL-MISSING" && f.cellCode)
    .map((f) => {
      const def = format.cellsByCode.get(f.cellCode!)!;
      return {
        code: def.code,
        label: cellLabel(def.code),
        hint: def.kind === "money" ? "金额，单位：万元" : def.kind === "delta" ? "整数，减少填负数" : "非负整数",
      };
    });
  const manualOptions = format.cells
    .filter((c) => !c.derived)
    .map((c) => ({ value: c.code, label: cellLabel(c.code) }));

  return (
    <>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{year}年度报告</h1>
          <p className="mt-1 text-stone-700">
            状态：
            <strong data-testid="report-status">
              {report ? REPORT_STATUS_LABELS[report.status] : "未创建（以下为根据记录的统计预览）"}
            </strong>
            　格式：{document.vintage === "V2021" ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号"}
          </p>
        </div>
        <nav aria-label="下载" className="flex flex-wrap gap-2 text-sm">
          {EXPORTS.map((e) => (
            <a
              key={e.file}
              href={`/office/reports/${year}/files/${e.file}`}
              className="rounded border border-stone-400 bg-white px-2 py-1 hover:bg-stone-100"
            >
              {e.label}
            </a>
          ))}
          {revisions > 0 && (
            <a
              href={`/reports/${agency.slug}/${year}`}
              className="rounded bg-brand-50 px-2 py-1 text-brand-800 underline"
            >
              查看公开页面
            </a>
          )}
        </nav>
      </div>
      {!report && data.canEdit && (
        <div className="mt-4">
          <CreateReportButton year={year} />
        </div>
      )}

      {imported && (
        <p role="note" className="mt-4 rounded border border-stone-300 bg-white px-3 py-2">
          这是从已发布文本导入的历史报告，仅供跨年度校验使用；其数字按原文读取，不从记录统计，也不经本系统审核发布。
          如需重新导入，请到
          <Link href="/office/reports/import" className="mx-1 text-brand-700 underline">
            导入往年已发布报告
          </Link>
          。
        </p>
      )}
      {report && !imported && deadlines && (
        <WorkflowPanel
          actor={actor}
          year={year}
          status={report.status}
          version={report.version}
          returnComment={report.returnComment}
          findings={findings}
          submissionNotYetOpen={submissionNotYetOpen(year, today)}
          revisions={revisions}
          deadlines={reportDeadlines(year, deadlines, today, revisions > 0)}
          history={history}
        />
      )}

      <FindingsPanel year={year} findings={findings} acknowledging={acknowledging} cellLabel={cellLabel} />
      {editable && missing.length > 0 && (
        <section aria-labelledby="missing" className="mt-6">
          <h2 id="missing" className="text-lg font-semibold">
            须手工填报的数字
          </h2>
          <div className="mt-2">
            <MissingFiguresForm year={year} cells={missing} />
          </div>
        </section>
      )}

      <section aria-labelledby="preview" className="mt-8">
        <h2 id="preview" className="text-lg font-semibold">
          报告预览
        </h2>
        <p className="text-sm text-stone-600">
          红色为错误（须更正后方可提交审核），黄色为提示；带 * 的数字为手工填报，标“待填”的空白格尚未填写（不按 0 计）。
        </p>
        <div className="mt-2 rounded border border-stone-200">
          <ReportView document={document} marks={marks} headingLevel={2} />
        </div>
      </section>

      <section aria-labelledby="records" className="mt-8">
        <h2 id="records" className="text-lg font-semibold">
          信息上报情况（用于“总体情况”）
        </h2>
        <p className="mt-1">
          本年度上报 <strong>{stats.submitted}</strong> 篇，被采用 <strong>{stats.adopted}</strong> 篇。
        </p>
        <div className="mt-2 grid gap-4 sm:grid-cols-2">
          <StatsTable caption="按报送渠道" rows={stats.byOutlet.map((o) => [o.name, o.submitted, o.adopted])} />
          <StatsTable caption="按科室" rows={stats.byDepartment.map((d) => [d.name, d.submitted, d.adopted])} />
        </div>
      </section>

      {report && (
        <section aria-labelledby="narrative" className="mt-8">
          <h2 id="narrative" className="text-lg font-semibold">
            报告正文
          </h2>
          {!editable && <p className="text-sm text-stone-600">报告{REPORT_STATUS_LABELS[report.status]}，正文只读。</p>}
          <NarrativeEditor
            year={year}
            version={report.version}
            overview={report.overview}
            problems={report.problems}
            otherMatters={report.otherMatters}
            editable={editable}
            findings={{
              overview: fieldFindings("一"),
              problems: fieldFindings("五"),
              otherMatters: fieldFindings("六"),
            }}
          />
        </section>
      )}

      {report && !imported && (
        <section aria-labelledby="manual" className="mt-8">
          <h2 id="manual" className="text-lg font-semibold">
            手工填报的数字
          </h2>
          <p className="text-sm text-stone-600">
            仅用于无法从本系统记录得出的数字（如启用系统前的上年结转数、在系统外办理的事项），须写明原因；合计数始终自动计算。
          </p>
          <ul className="mt-2 space-y-1">
            {data.manualFigures.map((m) => (
              <li
                key={m.cellCode}
                className="flex flex-wrap items-center gap-2 rounded border border-stone-200 bg-white px-3 py-2 text-sm"
              >
                <span className="font-medium">{cellLabel(m.cellCode)}</span>：<span>{m.value}</span>
                <span className="text-stone-600">（原因：{m.reason}）</span>
                {editable && (
                  <RemoveManualFigureButton year={year} cellCode={m.cellCode} label={cellLabel(m.cellCode)} />
                )}
              </li>
            ))}
            {data.manualFigures.length === 0 && <li className="text-sm text-stone-600">无。</li>}
          </ul>
          {editable && (
            <div className="mt-3">
              <ManualFigureForm year={year} cells={manualOptions} />
            </div>
          )}
        </section>
      )}
      <p className="mt-8">
        <Link href="/office/reports" className="text-brand-700 underline">
          返回年度报告列表
        </Link>
      </p>
    </>
  );
}

function StatsTable({ caption, rows }: { caption: string; rows: (string | number)[][] }) {
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <caption className="text-left font-medium">{caption}</caption>
      <thead>
        <tr className="bg-stone-100">
          <th scope="col" className="px-2 py-1 text-left">
            名称
          </th>
          <th scope="col" className="px-2 py-1">
            上报
          </th>
          <th scope="col" className="px-2 py-1">
            采用
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, sent, adopted]) => (
          <tr key={String(name)} className="border-t border-stone-200">
            <td className="px-2 py-1">{name}</td>
            <td className="px-2 py-1 text-center">{sent}</td>
            <td className="px-2 py-1 text-center">{adopted}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
