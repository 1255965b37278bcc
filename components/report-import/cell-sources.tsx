"use client";

import { formatCellValue, getFormat, type CellCode } from "@/lib/national-format";
import type { ImportedReport } from "@/lib/report-import";

/** Every cell with the value read and the line it came from: the table view of the traceability. */
export function CellSources({
  report,
  feeDecimals,
  cellLabel,
  selected,
  onSelect,
}: {
  report: ImportedReport;
  feeDecimals: number;
  cellLabel: (code: CellCode) => string;
  selected?: CellCode;
  onSelect: (code: CellCode) => void;
}) {
  const cells = getFormat(report.vintage).cells;
  return (
    <details className="mt-4 rounded border border-stone-200 bg-white p-3">
      <summary className="cursor-pointer font-medium">
        逐格核对：每个单元格的读取值及原文出处（{cells.length} 格）
      </summary>
      <div className="mt-2 max-h-[60vh] overflow-auto">
        <table className="w-full border-collapse text-left text-sm">
          <thead className="sticky top-0 bg-stone-100">
            <tr>
              <th scope="col" className="px-2 py-1">
                单元格
              </th>
              <th scope="col" className="px-2 py-1">
                读取值
              </th>
              <th scope="col" className="px-2 py-1">
                原文
              </th>
            </tr>
          </thead>
          <tbody>
            {cells.map((cell) => {
              const entry = report.tables.cells[cell.code];
              const source = report.sources[cell.code];
              const value = !entry
                ? "未能读取"
                : entry.blank
                  ? "空白（按 0 计）"
                  : formatCellValue(cell, entry, feeDecimals);
              return (
                <tr
                  key={cell.code}
                  className={`border-t border-stone-200 ${selected === cell.code ? "bg-amber-100" : ""}`}
                >
                  <td className="px-2 py-1">{cellLabel(cell.code)}</td>
                  <td
                    className={`px-2 py-1 tabular-nums ${!entry ? "font-semibold text-red-700" : entry.blank ? "text-amber-800" : ""}`}
                  >
                    {value}
                  </td>
                  <td className="px-2 py-1">
                    {source ? (
                      <button type="button" onClick={() => onSelect(cell.code)} className="text-brand-700 underline">
                        第 {source.line} 行{source.text ? `「${source.text}」` : "（空）"}
                      </button>
                    ) : (
                      "未找到"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
