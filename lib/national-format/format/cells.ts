// Flattening header trees into cells: label paths, codes and derivations.
import type { CellCode, CellDef, HeaderNode, TableDef, TableSection } from "./types";

/** A leaf header with its label path and code segments; a total leaf lists the leaves it sums. */
export type HeaderLeaf = {
  node: HeaderNode;
  labels: string[];
  codes: string[];
  sums?: HeaderLeaf[];
};

export function headerLeaves(nodes: HeaderNode[], labels: string[] = [], codes: string[] = []): HeaderLeaf[] {
  const expanded = nodes.map((node) => {
    const nodeLabels = node.label ? [...labels, node.label] : labels;
    const nodeCodes = node.code ? [...codes, node.code] : codes;
    return node.children
      ? headerLeaves(node.children, nodeLabels, nodeCodes)
      : [{ node, labels: nodeLabels, codes: nodeCodes }];
  });
  const summed = expanded.filter((_, i) => !nodes[i].total).flat();
  return expanded.flatMap((group, i) => (nodes[i].total ? group.map((leaf) => ({ ...leaf, sums: summed })) : group));
}

const SECTION_NUMBER: Record<TableSection, string> = { 二: "2", 三: "3", 四: "4" };

export function cellCode(section: TableSection, row: HeaderLeaf, column: HeaderLeaf): CellCode {
  return [`s${SECTION_NUMBER[section]}`, ...row.codes, ...column.codes].join(".");
}

export function tableCells(table: TableDef): CellDef[] {
  const rows = headerLeaves(table.rows);
  const columns = headerLeaves(table.columns);
  return rows.flatMap((row) =>
    columns.map((column): CellDef => {
      const cell: CellDef = {
        code: cellCode(table.section, row, column),
        tableId: table.id,
        section: table.section,
        rowCode: row.codes.join("."),
        columnCode: column.codes.join("."),
        rowPath: row.labels,
        columnPath: column.labels,
        kind: column.node.kind ?? "count",
      };
      // A cell on both a 总计 row and a 总计 column sums along its row (the row's own leaves are derived first).
      if (column.sums) {
        cell.derived = { along: "row", from: column.sums.map((c) => cellCode(table.section, row, c)) };
      } else if (row.sums) {
        cell.derived = { along: "column", from: row.sums.map((r) => cellCode(table.section, r, column)) };
      }
      return cell;
    }),
  );
}

/** Depth of a header tree, counting only labelled levels (table 四's single unlabeled row has depth 0). */
export function headerDepth(nodes: HeaderNode[]): number {
  return Math.max(0, ...headerLeaves(nodes).map((leaf) => leaf.labels.length));
}
