import { VINTAGE_NOTICES } from "@/lib/national-format";
import type { ImportedReport } from "@/lib/report-import";

/** What the reader recognised, what it could not read, and what it had to guess. */
export function RecognisedSummary({ report, onLine }: { report: ImportedReport; onLine: (line: number) => void }) {
  const lineLink = (line?: number) =>
    line ? (
      <button type="button" onClick={() => onLine(line)} className="text-brand-700 underline">
        第 {line} 行
      </button>
    ) : null;
  return (
    <div className="mt-3">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-stone-600">标题</dt>
        <dd>{report.title ?? "（未识别）"}</dd>
        <dt className="text-stone-600">机关</dt>
        <dd data-testid="import-agency">{report.titleName ?? "（未识别）"}</dd>
        <dt className="text-stone-600">年度</dt>
        <dd data-testid="import-year">{report.year ?? "（未识别）"}</dd>
        <dt className="text-stone-600">格式</dt>
        <dd>
          {report.vintage === "V2021" ? "2021版" : "2019版"}（{VINTAGE_NOTICES[report.vintage]}）
          <span className="text-sm text-stone-600">
            {report.vintageBy === "year" ? "，按年度确定" : "，根据表格内容识别"}
          </span>
        </dd>
      </dl>
      {report.unread.length > 0 && (
        <div role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-3">
          <p className="font-semibold text-red-800">
            以下 {report.unread.length} 个单元格未能读取（不会按 0 保存，请在原文中更正）：
          </p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {report.unread.map((cell) => (
              <li key={cell.code}>
                {cell.label}：{cell.reason} {lineLink(cell.line)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.unreadRows.length > 0 && (
        <div role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="font-semibold text-amber-900">
            以下 {report.unreadRows.length} 行无法可靠读取（数字所在的列无法确定，未按 0 计，也没有猜测）：
          </p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {report.unreadRows.map((row, i) => (
              <li key={i}>
                表{row.section} {row.label}：{row.reason}（原文{" "}
                {row.lines.map((line, j) => (
                  <span key={line.line}>
                    {j > 0 && "、"}
                    {lineLink(line.line)}
                  </span>
                ))}
                ）
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.notes.length > 0 && (
        <div className="mt-3 rounded border border-amber-300 bg-amber-50 p-3">
          <p className="font-semibold text-amber-900">请核对：</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {report.notes.map((note, i) => (
              <li key={i}>
                {lineLink(note.line)}
                {note.line ? "：" : ""}
                {note.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
