// How findings name a cell: 表三 （三）不予公开 1.属于国家秘密 行「法人或其他组织 / 商业企业」列.
import { getCell, getFormat, LABEL_SEPARATOR, type CellCode, type CellDef, type Vintage } from "../format";

const TABLE_NAMES = { 二: "表二", 三: "表三", 四: "表四" } as const;

/** Row label below the outermost group, e.g. "（七）总计" or "（三）不予公开 1.属于国家秘密". */
export function rowLabel(cell: CellDef): string {
  return (cell.rowPath.length > 1 ? cell.rowPath.slice(1) : cell.rowPath).join(" ");
}

export function columnLabel(cell: CellDef): string {
  return cell.columnPath.join(LABEL_SEPARATOR);
}

/** The table (with its block title for table 二) and the row, without the column. */
export function describeRow(vintage: Vintage, cell: CellDef): string {
  const title = getFormat(vintage).tables.find((t) => t.id === cell.tableId)?.title;
  const parts = [TABLE_NAMES[cell.section], title, rowLabel(cell)].filter(Boolean);
  return cell.rowPath.length ? `${parts.join(" ")} 行` : parts.join(" ");
}

export function describeCell(vintage: Vintage, code: CellCode): string {
  const cell = getCell(vintage, code);
  return `${describeRow(vintage, cell)}「${columnLabel(cell)}」列`;
}
