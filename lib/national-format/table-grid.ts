// The printed layout of a section's tables as one grid of merged cells, read off the format's header trees,
// so the Word and Excel renderers draw the national merged headers the same way for every vintage:
// - a block title (第二十条第（一）项) spans the whole width;
// - the stub header (信息内容, the 勾稽关系 note) spans the stub columns and all header rows;
// - the column caption (申请人情况) spans all value columns;
// - a column group spans its leaves (法人或其他组织, 行政诉讼); a column leaf above the deepest level spans down
//   to the last header row (自然人, 总计, the results of 行政复议);
// - a row group spans its rows in its own stub column (三、本年度办理结果, （三）不予公开); a row leaf spans to the
//   last stub column (一、本年新收…, （一）予以公开).
// The blocks of section 二 share one grid; a block with fewer columns stretches its last column to the width.
import {
  getFormat,
  headerDepth,
  headerLeaves,
  type CellDef,
  type HeaderNode,
  type TableDef,
  type TableSection,
  type Vintage,
} from "./format";

export type GridCell = {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  role: "title" | "header" | "stub" | "value";
  text: string; // the label; "" for value cells
  cell?: CellDef; // value cells only
};

export type TableGrid = {
  section: TableSection;
  width: number;
  height: number;
  stubWidth: number;
  /** Leading rows heading the whole grid (repeated on each page); 0 when the grid is several titled blocks. */
  headerRows: number;
  cells: GridCell[]; // row by row, left to right
};

type Frame = { stubWidth: number; valueWidth: number };

const leafCount = (node: HeaderNode) => headerLeaves([node]).length;

function columnHeaderRows(table: TableDef): number {
  return (table.columnCaption ? 1 : 0) + headerDepth(table.columns);
}

/** Column headers at `top`: groups span their leaves, leaves span down to the last header row. */
function placeColumns(table: TableDef, frame: Frame, top: number): GridCell[] {
  const leaves = headerLeaves(table.columns).length;
  const depth = headerDepth(table.columns);
  const spanOf = (first: number, count: number) => count + (first + count === leaves ? frame.valueWidth - leaves : 0);
  const cells: GridCell[] = [];
  const walk = (nodes: HeaderNode[], level: number, first: number) => {
    for (const node of nodes) {
      const count = leafCount(node);
      if (!node.label) walk(node.children ?? [], level, first);
      else {
        const rowSpan = node.children ? 1 : depth - level;
        const col = frame.stubWidth + first;
        cells.push({ row: top + level, col, rowSpan, colSpan: spanOf(first, count), role: "header", text: node.label });
        if (node.children) walk(node.children, level + 1, first);
      }
      first += count;
    }
  };
  walk(table.columns, 0, 0);
  return cells;
}

/** Row labels from `top`: groups span their rows in their own stub column, leaves span to the last stub column. */
function placeRows(table: TableDef, frame: Frame, top: number): GridCell[] {
  const cells: GridCell[] = [];
  const walk = (nodes: HeaderNode[], level: number, first: number) => {
    for (const node of nodes) {
      const count = leafCount(node);
      if (!node.label) walk(node.children ?? [], level, first);
      else {
        const [rowSpan, colSpan] = node.children ? [count, 1] : [1, frame.stubWidth - level];
        cells.push({ row: top + first, col: level, rowSpan, colSpan, role: "stub", text: node.label });
        if (node.children) walk(node.children, level + 1, first);
      }
      first += count;
    }
  };
  if (frame.stubWidth > 0) walk(table.rows, 0, 0);
  return cells;
}

function placeValues(table: TableDef, vintage: Vintage, frame: Frame, top: number): GridCell[] {
  const columns = headerLeaves(table.columns).length;
  const cells = getFormat(vintage).cells.filter((cell) => cell.tableId === table.id); // row by row
  return cells.map((cell, i) => {
    const j = i % columns;
    const colSpan = j === columns - 1 ? frame.valueWidth - columns + 1 : 1;
    return {
      row: top + Math.floor(i / columns),
      col: frame.stubWidth + j,
      rowSpan: 1,
      colSpan,
      role: "value",
      text: "",
      cell,
    };
  });
}

function placeTable(table: TableDef, vintage: Vintage, frame: Frame, top: number): GridCell[] {
  const width = frame.stubWidth + frame.valueWidth;
  const cells: GridCell[] = [];
  if (table.title) cells.push({ row: top++, col: 0, rowSpan: 1, colSpan: width, role: "title", text: table.title });
  const headerRows = columnHeaderRows(table);
  if (frame.stubWidth > 0) {
    cells.push({
      row: top,
      col: 0,
      rowSpan: headerRows,
      colSpan: frame.stubWidth,
      role: "header",
      text: table.stubHeader,
    });
  }
  if (table.columnCaption) {
    cells.push({
      row: top++,
      col: frame.stubWidth,
      rowSpan: 1,
      colSpan: frame.valueWidth,
      role: "header",
      text: table.columnCaption,
    });
  }
  cells.push(...placeColumns(table, frame, top));
  const bodyTop = top + headerDepth(table.columns);
  return [...cells, ...placeRows(table, frame, bodyTop), ...placeValues(table, vintage, frame, bodyTop)];
}

/** The sections that print tables (二, 三, 四), in print order. */
export function tableSections(vintage: Vintage): TableSection[] {
  return [...new Set(getFormat(vintage).tables.map((table) => table.section))];
}

/** The grid of all tables of a section (二: the blocks one under another; 三, 四: one table each). */
export function sectionGrid(vintage: Vintage, section: TableSection): TableGrid {
  const tables = getFormat(vintage).tables.filter((table) => table.section === section);
  const frame: Frame = {
    stubWidth: Math.max(...tables.map((table) => headerDepth(table.rows))),
    valueWidth: Math.max(...tables.map((table) => headerLeaves(table.columns).length)),
  };
  const cells: GridCell[] = [];
  let height = 0;
  for (const table of tables) {
    const placed = placeTable(table, vintage, frame, height);
    cells.push(...placed);
    height = Math.max(...placed.map((cell) => cell.row + cell.rowSpan));
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const single = tables.length === 1 && !tables[0].title;
  const headerRows = single ? columnHeaderRows(tables[0]) : 0;
  return { section, width: frame.stubWidth + frame.valueWidth, height, stubWidth: frame.stubWidth, headerRows, cells };
}

/** The cell covering each position of the grid; throws when cells overlap or leave a gap. */
export function gridOwners(grid: TableGrid): GridCell[][] {
  const owners: (GridCell | undefined)[][] = Array.from({ length: grid.height }, () =>
    Array<GridCell | undefined>(grid.width),
  );
  for (const cell of grid.cells) {
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) {
      for (let c = cell.col; c < cell.col + cell.colSpan; c++) {
        if (owners[r]?.[c] || c >= grid.width) throw new Error(`grid of section ${grid.section}: overlap at ${r},${c}`);
        owners[r][c] = cell;
      }
    }
  }
  owners.forEach((line, r) => {
    for (let c = 0; c < grid.width; c++)
      if (!line[c]) throw new Error(`grid of section ${grid.section}: gap at ${r},${c}`);
  });
  return owners as GridCell[][];
}

/**
 * Relative column widths: value columns 1; stub columns holding only row groups 1.2; the last stub column
 * sized to its longest row label (between 1.2 and 4).
 */
export function columnWeights(grid: TableGrid): number[] {
  const lastStubLabels = grid.cells.filter(
    (cell) => cell.role === "stub" && cell.col + cell.colSpan === grid.stubWidth,
  );
  const longest = Math.max(0, ...lastStubLabels.map((cell) => cell.text.length));
  const lastStub = Math.min(4, Math.max(1.2, longest / 5));
  return Array.from({ length: grid.width }, (_, c) =>
    c >= grid.stubWidth ? 1 : c === grid.stubWidth - 1 ? lastStub : 1.2,
  );
}
