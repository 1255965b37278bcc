// The whole report as plain text in the layout of published reports, regular enough to parse back:
// tables are tab-separated, every line of a table has the same number of fields, every cell is printed,
// and every data row carries its full row label path in the stub columns.
import {
  getFormat,
  headerDepth,
  headerLeaves,
  SECTION_HEADINGS,
  SECTIONS,
  type CellDef,
  type TableDef,
} from "./format";
import { isDecimal, roundDecimal } from "./decimal";
import { assertTablesVintage, NARRATIVE_SECTIONS, reportTitle, type ReportDocument } from "./document";
import type { CellValue, ReportTables } from "./tables";

/**
 * A cell as printed: a figure not entered yet (missing) prints empty — blank is not 0; a cell read blank prints
 * its 0; money prints in 万元 with exactly `feeDecimals` decimals.
 */
export function formatCellValue(cell: CellDef, entry: CellValue | undefined, feeDecimals: number): string {
  if (!entry) return "";
  const value = String(entry.value);
  // A malformed amount (already a hard finding) is printed as is rather than failing the whole preview.
  return cell.kind === "money" && isDecimal(value) ? roundDecimal(value, feeDecimals) : value;
}

const blanks = (n: number) => Array<string>(n).fill("");

/** Header lines of a column tree: a spanning label is printed over the first column it covers. */
function columnHeaderLines(table: TableDef, stubWidth: number): string[][] {
  const leaves = headerLeaves(table.columns);
  const depth = headerDepth(table.columns);
  const lines: string[][] = [];
  if (table.columnCaption) lines.push(leaves.map((_, j) => (j === 0 ? table.columnCaption! : "")));
  for (let level = 0; level < depth; level++) {
    lines.push(
      leaves.map((leaf, j) => {
        const prefix = leaf.labels.slice(0, level + 1).join("\u0000");
        const previous = j > 0 ? leaves[j - 1].labels.slice(0, level + 1).join("\u0000") : undefined;
        return leaf.labels.length > level && prefix !== previous ? leaf.labels[level] : "";
      }),
    );
  }
  // The stub header (信息内容, or the 勾稽关系 note) sits in the first stub field of the first header line.
  return lines.map((line, i) =>
    stubWidth ? [i === 0 ? table.stubHeader : "", ...blanks(stubWidth - 1), ...line] : line,
  );
}

export function renderTableLines(table: TableDef, tables: ReportTables, feeDecimals: number): string[] {
  const format = getFormat(tables.vintage);
  const stubWidth = headerDepth(table.rows);
  const columns = headerLeaves(table.columns);
  const width = stubWidth + columns.length;
  const lines: string[][] = [];
  if (table.title) lines.push([table.title, ...blanks(width - 1)]);
  lines.push(...columnHeaderLines(table, stubWidth));
  const cells = format.cells.filter((cell) => cell.tableId === table.id); // row by row, columns in order
  for (let start = 0; start < cells.length; start += columns.length) {
    const row = cells.slice(start, start + columns.length);
    const stub = [...row[0].rowPath, ...blanks(stubWidth - row[0].rowPath.length)];
    lines.push([...stub, ...row.map((cell) => formatCellValue(cell, tables.cells[cell.code], feeDecimals))]);
  }
  return lines.map((fields) => fields.join("\t"));
}

function paragraphs(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.flatMap((line, i) => (i === 0 ? [line] : ["", line]));
}

function sectionBody(section: (typeof SECTIONS)[number], report: ReportDocument): string[] {
  const narrative = NARRATIVE_SECTIONS.find((entry) => entry.section === section);
  if (narrative) return paragraphs(report.narrative[narrative.key]);
  return getFormat(report.vintage)
    .tables.filter((table) => table.section === section)
    .flatMap((table) => renderTableLines(table, report.tables, report.feeDecimals));
}

export function renderText(report: ReportDocument): string {
  assertTablesVintage(report.vintage, report.tables);
  const lines = [reportTitle(report.titleName, report.year), ""];
  for (const section of SECTIONS) {
    const body = sectionBody(section, report);
    lines.push(SECTION_HEADINGS[section], "", ...body, ...(body.length ? [""] : []));
  }
  return lines.join("\n").trimEnd() + "\n";
}
