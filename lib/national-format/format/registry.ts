// The two format vintages, built once, and look-ups into them.
import { tableCells } from "./cells";
import { SECTION2_2019, SECTION2_2021 } from "./section2";
import { section3 } from "./section3";
import { SECTION4 } from "./section4";
import type { CellCode, CellDef, ReportFormat, TableDef, Vintage } from "./types";

export const VINTAGES: readonly Vintage[] = ["V2019", "V2021"];

export const VINTAGE_NOTICES: Record<Vintage, string> = {
  V2019: "国办公开办函〔2019〕60号",
  V2021: "国办公开办函〔2021〕30号",
};

function buildFormat(vintage: Vintage, tables: TableDef[]): ReportFormat {
  const cells = tables.flatMap(tableCells);
  const cellsByCode = new Map(cells.map((cell) => [cell.code, cell]));
  if (cellsByCode.size !== cells.length) throw new Error(`duplicate cell codes in format ${vintage}`);
  return { vintage, notice: VINTAGE_NOTICES[vintage], tables, cells, cellsByCode };
}

const FORMATS: Record<Vintage, ReportFormat> = {
  V2019: buildFormat("V2019", [...SECTION2_2019, section3("V2019"), SECTION4]),
  V2021: buildFormat("V2021", [...SECTION2_2021, section3("V2021"), SECTION4]),
};

/** The vintage the national notices prescribe for a report year: 2019–2020 → V2019, 2021 onwards → V2021. */
export function formatFor(year: number): Vintage {
  return year >= 2021 ? "V2021" : "V2019";
}

export function getFormat(vintage: Vintage): ReportFormat {
  return FORMATS[vintage];
}

/** Every cell of a vintage in print order, each with its row and column label paths. */
export function listCells(vintage: Vintage): CellDef[] {
  return FORMATS[vintage].cells;
}

export function getCell(vintage: Vintage, code: CellCode): CellDef {
  const cell = FORMATS[vintage].cellsByCode.get(code);
  if (!cell) throw new Error(`unknown cell ${code} in format ${vintage}`);
  return cell;
}

export function hasCell(vintage: Vintage, code: CellCode): boolean {
  return FORMATS[vintage].cellsByCode.has(code);
}
