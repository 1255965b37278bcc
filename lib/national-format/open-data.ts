// Open-data shapes of a report: a long CSV (one line per cell) and a self-describing JSON document.
import {
  getFormat,
  headerLeaves,
  LABEL_SEPARATOR,
  SECTION_HEADINGS,
  SECTIONS,
  VINTAGE_NOTICES,
  type CellCode,
  type CellDef,
  type CellKind,
  type Section,
  type TableDef,
  type Vintage,
} from "./format";
import { assertTablesVintage, NARRATIVE_SECTIONS, reportTitle, type ReportDocument } from "./document";
import type { CellValue, ReportTables } from "./tables";
import { csvField } from "@/lib/security/csv";

/** A cell's value; null for a figure not entered yet (blank is not 0). */
function valueOf(entry: CellValue | undefined): number | string | null {
  return entry ? entry.value : null;
}

export const CSV_HEADER = "section,row,column,value";

/**
 * One CSV line per cell, header first: section, row label path, column label path (paths joined with " / "),
 * value (counts as integers, money as the exact 万元 decimal). A figure not entered yet prints empty, never 0.
 * No field can be read as a formula (lib/security/csv.ts); a negative 本年增/减 such as -1 stays the number it is.
 */
export function toCsvRows(tables: ReportTables): string[] {
  const lines = getFormat(tables.vintage).cells.map((cell) =>
    [
      cell.section,
      cell.rowPath.join(LABEL_SEPARATOR),
      cell.columnPath.join(LABEL_SEPARATOR),
      valueOf(tables.cells[cell.code]),
    ]
      .map(csvField)
      .join(","),
  );
  return [CSV_HEADER, ...lines];
}

/** The CSV file (RFC 4180 line ends). Add a UTF-8 BOM when serving it for Excel. */
export function toCsv(tables: ReportTables): string {
  return toCsvRows(tables).join("\r\n") + "\r\n";
}

/** derived: a computed 总计; manual: entered by hand (the reason stays internal); blank: read blank from a published text. */
export type CellJson = {
  code: CellCode;
  value: number | string | null; // null: a figure not entered yet (only in a draft; a published report has every one)
  derived?: true;
  manual?: true;
  blank?: true;
};

export type TableJson = {
  id: string;
  title?: string; // block title of table 二
  stubHeader: string;
  columnCaption?: string;
  columns: { code: string; path: string[]; kind: CellKind; unit?: "万元" }[];
  rows: { code: string; path: string[]; cells: CellJson[] }[]; // cells in column order
};

export type SectionJson = { number: Section; heading: string; text?: string; tables?: TableJson[] };

export type ReportJson = {
  schema: "gov-disclosure-annual-report/1";
  title: string;
  agency: { name: string; titleName: string };
  year: number;
  vintage: Vintage;
  notice: string; // the format notice, e.g. 国办公开办函〔2021〕30号
  feeDecimals: number; // decimals the agency prints; JSON money values are exact
  sections: SectionJson[];
};

function tableJson(table: TableDef, tables: ReportTables): TableJson {
  const cells = getFormat(tables.vintage).cells.filter((cell) => cell.tableId === table.id);
  const columns = headerLeaves(table.columns).map((leaf) => ({
    code: leaf.codes.join("."),
    path: leaf.labels,
    kind: leaf.node.kind ?? "count",
    ...(leaf.node.kind === "money" && { unit: "万元" as const }),
  }));
  const rows = headerLeaves(table.rows).map((leaf) => {
    const code = leaf.codes.join(".");
    const rowCells = cells.filter((cell) => cell.rowCode === code);
    return {
      code,
      path: leaf.labels,
      cells: rowCells.map((cell): CellJson => {
        const entry = tables.cells[cell.code];
        return {
          code: cell.code,
          value: valueOf(entry),
          ...(cell.derived && { derived: true as const }),
          ...(entry?.manual && { manual: true as const }),
          ...(entry?.blank && { blank: true as const }),
        };
      }),
    };
  });
  const { id, title, stubHeader, columnCaption } = table;
  return { id, ...(title && { title }), stubHeader, ...(columnCaption && { columnCaption }), columns, rows };
}

export function toJson(report: ReportDocument): ReportJson {
  assertTablesVintage(report.vintage, report.tables);
  const format = getFormat(report.vintage);
  const sections = SECTIONS.map((number): SectionJson => {
    const heading = SECTION_HEADINGS[number];
    const narrative = NARRATIVE_SECTIONS.find((entry) => entry.section === number);
    if (narrative) return { number, heading, text: report.narrative[narrative.key] };
    const tables = format.tables.filter((table) => table.section === number);
    return { number, heading, tables: tables.map((table) => tableJson(table, report.tables)) };
  });
  return {
    schema: "gov-disclosure-annual-report/1",
    title: reportTitle(report.titleName, report.year),
    agency: { name: report.agencyName ?? report.titleName, titleName: report.titleName },
    year: report.year,
    vintage: report.vintage,
    notice: VINTAGE_NOTICES[report.vintage],
    feeDecimals: report.feeDecimals,
    sections,
  };
}
