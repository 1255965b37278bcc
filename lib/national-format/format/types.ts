// The shape of a report format: tables of sections 二, 三, 四 as header trees, flattened into cells.

/** Mirrors Prisma's `FormatVintage`: V2019 = 国办公开办函〔2019〕60号, V2021 = 国办公开办函〔2021〕30号. */
export type Vintage = "V2019" | "V2021";

export type TableSection = "二" | "三" | "四";
export type Section = "一" | TableSection | "五" | "六";

/** Stable identifier of one cell, e.g. `s3.outcome.denied.stateSecret.commercial` (see docs/report-format.md). */
export type CellCode = string;

/** count: non-negative integer; delta: signed integer (2019 本年增/减); money: exact decimal string in 万元. */
export type CellKind = "count" | "delta" | "money";

/**
 * One header cell of a row or column tree. `label` is printed byte-exact; `code` is this node's segment of
 * the cell code (grouping nodes such as 法人或其他组织 or 行政诉讼 have none). A node with `total` is the sum of
 * the leaves of its sibling subtrees (the 总计 column, the （七）总计 row, each 总计 of table 四).
 */
export type HeaderNode = {
  label: string;
  code?: string;
  kind?: CellKind; // columns only; default "count"
  total?: true;
  children?: HeaderNode[];
};

export type TableDef = {
  id: string; // "s2.item1", "s3", "s4" …
  section: TableSection;
  title?: string; // block title of table 二, e.g. 第二十条第（一）项
  stubHeader: string; // top-left header cell: 信息内容, or the 勾稽关系 note of table 三, or "" (table 四)
  columnCaption?: string; // spanning header over all columns that is not part of column paths: 申请人情况
  rows: HeaderNode[]; // a single node with label "" is the unlabeled single row of table 四
  columns: HeaderNode[];
};

/** How a derived cell is computed: the sum of `from`, along its row (a 总计 column) or its column (a 总计 row). */
export type Derivation = { along: "row" | "column"; from: CellCode[] };

export type CellDef = {
  code: CellCode;
  tableId: string;
  section: TableSection;
  rowCode: string; // dotted row segments ("" for table 四)
  columnCode: string; // dotted column segments
  rowPath: string[]; // labels from the outermost row header down
  columnPath: string[]; // labels from the outermost column header down
  kind: CellKind;
  derived?: Derivation;
};

export type ReportFormat = {
  vintage: Vintage;
  notice: string; // 国办公开办函〔2021〕30号
  tables: TableDef[]; // in print order: the blocks of 二, then 三, then 四
  cells: CellDef[]; // in print order, row by row
  cellsByCode: ReadonlyMap<CellCode, CellDef>;
};
