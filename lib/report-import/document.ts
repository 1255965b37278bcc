// An imported report as a ReportDocument, for rendering, open data and validation like any other report.
import type { ReportDocument } from "@/lib/national-format/document";
import type { ReportTables } from "@/lib/national-format/tables";
import type { ImportedReport } from "./types";

/** The default number of decimals printed for 万元 when neither the report nor the agency says. */
const DEFAULT_FEE_DECIMALS = 4;

export function importedDocument(
  report: ImportedReport,
  agency?: { name?: string; feeDecimals?: number },
): ReportDocument {
  return {
    titleName: report.titleName ?? agency?.name ?? "",
    ...(agency?.name && { agencyName: agency.name }),
    year: report.year ?? 0,
    vintage: report.vintage,
    tables: report.tables,
    narrative: report.narrative,
    feeDecimals: report.feeDecimals ?? agency?.feeDecimals ?? DEFAULT_FEE_DECIMALS,
  };
}

/** What a cell that could not be read shows where a table is displayed: never a 0. */
export const UNREAD_MARK = "?";

/** The tables for display, each cell that could not be read shown as "?". */
export function markUnread(report: ImportedReport): ReportTables {
  const unread = Object.fromEntries(report.unread.map((cell) => [cell.code, { value: UNREAD_MARK }]));
  return { vintage: report.vintage, cells: { ...report.tables.cells, ...unread } };
}
