// The report as an Excel workbook: one sheet per table section (二, 三, 四) with the national merged headers as
// the Word copy prints them (table-grid.ts), real numbers in the value cells, and a sheet 数据 with one row per
// cell (the open-data CSV shape plus the cell code).
import ExcelJS from "exceljs";
import { getFormat, LABEL_SEPARATOR, SECTION_HEADINGS, type CellDef, type TableSection } from "./format";
import { assertTablesVintage, reportTitle, type ReportDocument } from "./document";
import { CSV_HEADER } from "./open-data";
import { formatCellValue } from "./render-text";
import { columnWeights, sectionGrid, tableSections, type GridCell, type TableGrid } from "./table-grid";
import type { CellValue } from "./tables";

export const DATA_SHEET = "数据";

const FONT = { name: "宋体", size: 11 };
const WIDTH_PER_WEIGHT = 11; // Excel width units (about one Latin digit; a Chinese character takes two)
const LINE_HEIGHT = 15; // points per line of 11pt text
const TOP_ROWS = 2; // the report title and the section heading above each grid
const THIN = { style: "thin" as const };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A value as a real number, rounded as the Word copy prints it; text only if the stored value is malformed. */
function sheetValue(def: CellDef, entry: CellValue | undefined, feeDecimals: number): number | string {
  const text = formatCellValue(def, entry, feeDecimals);
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) ? n : text;
}

function numberFormat(def: CellDef, feeDecimals: number): string {
  return def.kind === "money" && feeDecimals > 0 ? `0.${"0".repeat(feeDecimals)}` : "0";
}

/** Display width in Excel units: a Chinese character is about two digits wide. */
function textWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
}

/** Row heights that fit the wrapped labels (Excel does not grow rows for merged cells by itself). */
function rowHeights(grid: TableGrid, widths: number[]): number[] {
  const heights = Array<number>(grid.height).fill(LINE_HEIGHT + 3);
  for (const cell of grid.cells) {
    const width = widths.slice(cell.col, cell.col + cell.colSpan).reduce((sum, w) => sum + w, 0);
    const lines = Math.max(1, Math.ceil(textWidth(cell.text) / Math.max(1, width - 2)));
    const perRow = (lines * LINE_HEIGHT + 3) / cell.rowSpan;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) heights[r] = Math.max(heights[r], perRow);
  }
  return heights;
}

function writeGridCell(sheet: ExcelJS.Worksheet, cell: GridCell, doc: ReportDocument): void {
  const top = TOP_ROWS + cell.row + 1;
  const left = cell.col + 1;
  const target = sheet.getCell(top, left);
  if (cell.cell) {
    target.value = sheetValue(cell.cell, doc.tables.cells[cell.cell.code], doc.feeDecimals);
    target.numFmt = numberFormat(cell.cell, doc.feeDecimals);
  } else {
    target.value = cell.text;
  }
  target.font = { ...FONT, bold: cell.role === "title" };
  const leftAligned = cell.role === "stub" && cell.rowSpan === 1;
  target.alignment = { horizontal: leftAligned ? "left" : "center", vertical: "middle", wrapText: true };
  if (cell.rowSpan > 1 || cell.colSpan > 1)
    sheet.mergeCells(top, left, top + cell.rowSpan - 1, left + cell.colSpan - 1);
  // Excel draws a merged range's border from the cells along its edges, so every covered cell gets one.
  for (let r = top; r < top + cell.rowSpan; r++) {
    for (let c = left; c < left + cell.colSpan; c++) sheet.getCell(r, c).border = BORDER;
  }
}

function writeHeading(sheet: ExcelJS.Worksheet, row: number, text: string, width: number, size: number): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { ...FONT, size, bold: true };
  cell.alignment = { horizontal: row === 1 ? "center" : "left", vertical: "middle" };
  sheet.mergeCells(row, 1, row, width);
  sheet.getRow(row).height = size * 1.8;
}

function addSectionSheet(workbook: ExcelJS.Workbook, doc: ReportDocument, section: TableSection): void {
  const grid = sectionGrid(doc.vintage, section);
  const sheet = workbook.addWorksheet(SECTION_HEADINGS[section].slice(0, 31), {
    views: [{ state: "frozen", xSplit: grid.stubWidth, ySplit: TOP_ROWS + grid.headerRows }],
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = columnWeights(grid).map((weight) => Math.round(weight * WIDTH_PER_WEIGHT));
  widths.forEach((width, c) => (sheet.getColumn(c + 1).width = width));
  writeHeading(sheet, 1, reportTitle(doc.titleName, doc.year), grid.width, 16);
  writeHeading(sheet, 2, SECTION_HEADINGS[section], grid.width, 12);
  for (const cell of grid.cells) writeGridCell(sheet, cell, doc);
  rowHeights(grid, widths).forEach((height, r) => (sheet.getRow(TOP_ROWS + r + 1).height = height));
}

/** The exact stored value (money unrounded, in 万元) as a number; missing → 0. */
function exactValue(entry: CellValue | undefined): number | string {
  const value = entry?.value ?? 0;
  const n = Number(value);
  return String(value).trim() !== "" && Number.isFinite(n) ? n : String(value);
}

function addDataSheet(workbook: ExcelJS.Workbook, doc: ReportDocument): void {
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  const [section, row, column, value] = CSV_HEADER.split(",");
  sheet.columns = [
    { header: section, width: 8 },
    { header: row, width: 60 },
    { header: column, width: 36 },
    { header: "code", width: 44 },
    { header: value, width: 12 },
  ];
  sheet.getRow(1).font = { ...FONT, bold: true };
  for (const def of getFormat(doc.vintage).cells) {
    const path = (labels: string[]) => labels.join(LABEL_SEPARATOR);
    sheet.addRow([
      def.section,
      path(def.rowPath),
      path(def.columnPath),
      def.code,
      exactValue(doc.tables.cells[def.code]),
    ]);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 5 } };
}

/** The report's tables as an .xlsx file. */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  assertTablesVintage(doc.vintage, doc.tables);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = doc.agencyName ?? doc.titleName;
  workbook.title = reportTitle(doc.titleName, doc.year);
  for (const section of tableSections(doc.vintage)) addSectionSheet(workbook, doc, section);
  addDataSheet(workbook, doc);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
