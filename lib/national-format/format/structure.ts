// Row and column codes of tables 三 and 四, read off the format, for rules and compilers that walk them.
import { headerLeaves, type HeaderLeaf } from "./cells";
import { getFormat } from "./registry";
import type { CellCode, TableDef, Vintage } from "./types";

export type Table3Layout = {
  rows: readonly string[]; // every row code, in print order
  outcomeRows: readonly string[]; // the outcome leaves summed by （七）总计 (21 in 2021, 19 in 2019)
  columns: readonly string[]; // every column code, 总计 last
  applicantColumns: readonly string[]; // the six columns summed by 总计
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

// Read off the (constant) format once per vintage: every validation walks them, and walking the header
// trees each time was most of validateReport's time. Frozen, as every caller shares them.
const layouts = new Map<Vintage, Readonly<Table3Layout>>();
const groups = new Map<Vintage, readonly Readonly<Table4Group>[]>();

export function table3Layout(vintage: Vintage): Readonly<Table3Layout> {
  let layout = layouts.get(vintage);
  if (!layout) {
    const s3 = table(vintage, "s3");
    const rows = headerLeaves(s3.rows);
    const columns = headerLeaves(s3.columns);
    layout = Object.freeze({
      rows: Object.freeze(rows.map(code)),
      outcomeRows: Object.freeze(summedBy(rows)),
      columns: Object.freeze(columns.map(code)),
      applicantColumns: Object.freeze(summedBy(columns)),
    });
    layouts.set(vintage, layout);
  }
  return layout;
}

/** The three groups of table 四 (行政复议, 未经复议直接起诉, 复议后起诉): four parts and their 总计. */
export type Table4Group = { group: string; parts: readonly CellCode[]; total: CellCode };

export function table4Groups(vintage: Vintage): readonly Readonly<Table4Group>[] {
  let found = groups.get(vintage);
  if (!found) {
    found = Object.freeze(
      headerLeaves(table(vintage, "s4").columns)
        .filter((leaf) => leaf.sums)
        .map((leaf) =>
          Object.freeze({
            group: leaf.codes[0],
            parts: Object.freeze((leaf.sums ?? []).map((part) => `s4.${code(part)}`)),
            total: `s4.${code(leaf)}`,
          }),
        ),
    );
    groups.set(vintage, found);
  }
  return found;
}
