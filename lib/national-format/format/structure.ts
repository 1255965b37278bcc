// Row and column codes of tables 三 and 四, read off the format, for rules and compilers that walk them.
import { headerLeaves, type HeaderLeaf } from "./cells";
import { getFormat } from "./registry";
import type { CellCode, TableDef, Vintage } from "./types";

export type Table3Layout = {
  rows: string[]; // every row code, in print order
  outcomeRows: string[]; // the outcome leaves summed by （七）总计 (21 in 2021, 19 in 2019)
  columns: string[]; // every column code, 总计 last
  applicantColumns: string[]; // the six columns summed by 总计
};

function table(vintage: Vintage, id: string): TableDef {
  const found = getFormat(vintage).tables.find((t) => t.id === id);
  if (!found) throw new Error(`no table ${id} in format ${vintage}`);
  return found;
}

const code = (leaf: HeaderLeaf) => leaf.codes.join(".");

function summedBy(leaves: HeaderLeaf[]): string[] {
  return leaves.find((leaf) => leaf.sums)?.sums?.map(code) ?? [];
}

export function table3Layout(vintage: Vintage): Table3Layout {
  const s3 = table(vintage, "s3");
  const rows = headerLeaves(s3.rows);
  const columns = headerLeaves(s3.columns);
  return {
    rows: rows.map(code),
    outcomeRows: summedBy(rows),
    columns: columns.map(code),
    applicantColumns: summedBy(columns),
  };
}

/** The three groups of table 四 (行政复议, 未经复议直接起诉, 复议后起诉): four parts and their 总计. */
export type Table4Group = { group: string; parts: CellCode[]; total: CellCode };

export function table4Groups(vintage: Vintage): Table4Group[] {
  return headerLeaves(table(vintage, "s4").columns)
    .filter((leaf) => leaf.sums)
    .map((leaf) => ({
      group: leaf.codes[0],
      parts: (leaf.sums ?? []).map((part) => `s4.${code(part)}`),
      total: `s4.${code(leaf)}`,
    }));
}
