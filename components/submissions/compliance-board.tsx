import type { ComplianceBoard } from "@/lib/submissions/board";
import { weekRuns, type WeekCell } from "@/lib/submissions/compliance";

const CELL: Record<
  WeekCell["state"],
  { className: string; text: (c: WeekCell) => string; sr: (c: WeekCell) => string }
> = {
  met: {
    className: "bg-green-100 text-green-900",
    text: (c) => String(c.submitted),
    sr: (c) => `篇${c.adopted ? `，采用${c.adopted}篇` : ""}`,
  },
  missing: { className: "bg-red-600 text-white font-bold", text: () => "✕", sr: () => "缺报" },
  open: { className: "bg-amber-50 text-amber-900", text: () => "…", sr: () => "本周尚未上报" },
  upcoming: { className: "text-stone-400", text: () => "", sr: () => "未到期" },
  exempt: { className: "bg-stone-100 text-stone-400", text: () => "–", sr: () => "无需上报（无工作日或科室尚未设立）" },
};

/** Department × ISO-week grid: how many items each department reported each week; missing weeks stand out. */
export function ComplianceGrid({ board }: { board: ComplianceBoard }) {
  const weeks = Array.from({ length: board.weeksInYear }, (_, i) => i + 1);
  return (
    // Fixed layout sized to the office column (1120 px at 1366 px windows): 53 narrow week columns, the
    // department names and the totals all visible without scrolling; narrower screens scroll sideways.
    <div className="mt-4 overflow-x-auto rounded border border-stone-200 bg-white">
      <table
        className="w-full min-w-[60rem] table-fixed border-collapse text-center text-[11px] leading-tight"
        data-testid="compliance-grid"
      >
        <caption className="sr-only">
          {board.year}年各科室每周信息上报情况（数字为篇数，✕ 为缺报，– 为无需上报）
        </caption>
        <colgroup>
          <col className="w-28" />
          {weeks.map((w) => (
            <col key={w} />
          ))}
          <col className="w-10" />
          <col className="w-10" />
          <col className="w-10" />
        </colgroup>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="sticky left-0 bg-stone-100 px-1 py-1 text-left">
              科室
            </th>
            {weeks.map((w) => (
              <th key={w} scope="col" abbr={`第${w}周`} className="px-0 py-1 font-normal">
                {w}
              </th>
            ))}
            <th scope="col" className="px-0.5 py-1">
              上报
            </th>
            <th scope="col" className="px-0.5 py-1">
              采用
            </th>
            <th scope="col" abbr="缺报周数" className="px-0.5 py-1">
              缺报
            </th>
          </tr>
        </thead>
        <tbody>
          {board.rows.map((row) => (
            <tr key={row.departmentId} className="border-t border-stone-200" data-department={row.name}>
              <th
                scope="row"
                className="sticky left-0 truncate bg-white px-1 py-1 text-left font-medium"
                title={row.name}
              >
                {row.name}
              </th>
              {row.cells.map((c) => {
                const look = CELL[c.state];
                return (
                  <td
                    key={c.week}
                    data-week={c.week}
                    data-state={c.state}
                    title={`第${c.week}周：${c.state === "met" ? `${c.submitted}篇` : look.sr(c)}`}
                    className={`border border-stone-200 px-0 py-1 ${look.className}`}
                  >
                    <span aria-hidden>{look.text(c)}</span>
                    <span className="sr-only">{c.state === "met" ? `${c.submitted}${look.sr(c)}` : look.sr(c)}</span>
                  </td>
                );
              })}
              <td className="px-0.5 py-1 font-medium" data-total="submitted">
                {row.submitted}
              </td>
              <td className="px-0.5 py-1" data-total="adopted">
                {row.adopted}
              </td>
              <td
                className={`px-0.5 py-1 ${row.missingWeeks.length ? "font-bold text-red-700" : ""}`}
                data-total="missing"
              >
                {row.missingWeeks.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The same in words: per department, the weeks it missed (for reading, printing and screen readers). */
export function MissingWeeksSummary({ board }: { board: ComplianceBoard }) {
  return (
    <ul className="mt-3 space-y-1 text-sm" aria-label="缺报情况">
      {board.rows.map((row) => (
        <li key={row.departmentId}>
          <strong>{row.name}</strong>：应报 {row.dueWeeks} 周，
          {row.missingWeeks.length ? (
            <span className="text-red-700">
              缺报 {row.missingWeeks.length} 周（第 {weekRuns(row.missingWeeks)} 周）
            </span>
          ) : (
            <span className="text-green-800">无缺报</span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function OutletTotals({ board }: { board: ComplianceBoard }) {
  return (
    <div className="mt-3 overflow-x-auto rounded border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">按报送渠道统计</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              报送渠道
            </th>
            <th scope="col" className="px-3 py-2">
              报送篇次
            </th>
            <th scope="col" className="px-3 py-2">
              采用篇次
            </th>
          </tr>
        </thead>
        <tbody>
          {board.outlets.map((o) => (
            <tr key={o.outletId} className="border-t border-stone-200">
              <th scope="row" className="px-3 py-2 font-normal">
                {o.name}
              </th>
              <td className="px-3 py-2">{o.submitted}</td>
              <td className="px-3 py-2">{o.adopted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
