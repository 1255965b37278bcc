// Validation of an imported report: the same rules as a compiled report, plus one finding per cell that
// could not be read (it is missing from the tables, so its 总计 would otherwise look wrong for no reason).
import { formatFor, getCell, type Vintage } from "@/lib/national-format/format";
import type { Narrative } from "@/lib/national-format/document";
import type { ReportTables } from "@/lib/national-format/tables";
import { validateReport, type Finding } from "@/lib/national-format/validation";
import type { ImportedReport } from "./types";

export const UNREAD_RULE = "IMPORT-UNREAD";

/** A year of the report's vintage, for a report whose title gave none (so the vintage is not held against it). */
function yearFor(vintage: Vintage): number {
  return vintage === formatFor(2021) ? 2021 : 2020;
}

export function unreadFindings(report: ImportedReport): Finding[] {
  return report.unread.map((cell) => ({
    ruleId: UNREAD_RULE,
    ruleName: "未能读取",
    severity: "hard",
    section: getCell(report.vintage, cell.code).section,
    cellCode: cell.code,
    message: `${cell.label}未能读取：${cell.reason}${cell.line ? `（第 ${cell.line} 行）` : ""}`,
  }));
}

/** Every finding on an imported report, hard first: unreadable cells, then the rules of validateReport. */
export function checkImportedReport(
  report: ImportedReport,
  context: { previous?: ReportTables; previousNarrative?: Narrative } = {},
): Finding[] {
  // A cell that could not be read is missing from the tables: its IMPORT-UNREAD finding says why, not CELL-MISSING.
  const unread = new Set(report.unread.map((cell) => cell.code));
  const findings = [
    ...unreadFindings(report),
    ...validateReport({
      year: report.year ?? yearFor(report.vintage),
      vintage: report.vintage,
      tables: report.tables,
      narrative: report.narrative,
      ...context,
    }).filter((f) => !(f.ruleId === "CELL-MISSING" && f.cellCode && unread.has(f.cellCode))),
  ];
  return [...findings.filter((f) => f.severity === "hard"), ...findings.filter((f) => f.severity === "soft")];
}
