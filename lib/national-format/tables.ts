// A report's table values: one value per cell code, with where the value came from.
import { getFormat, type CellCode, type CellDef, type CellKind, type Vintage } from "./format";

export type CellValue = {
  /** count and delta: an integer; money: an exact decimal string in 万元 (rendering rounds). */
  value: number | string;
  /** Read blank in an imported text: counts as 0, but is flagged (rule 9). */
  blank?: boolean;
  /** Entered by hand rather than compiled from records. */
  manual?: { reason: string };
};

export type CellValues = Partial<Record<CellCode, CellValue>>;

export type ReportTables = { vintage: Vintage; cells: CellValues };

export function zeroValue(kind: CellKind): CellValue {
  return { value: kind === "money" ? "0" : 0 };
}

/** The numeric value of a cell for sums and comparisons: missing, blank or malformed → 0. */
export function numberOf(cell: CellValue | undefined): number {
  if (!cell) return 0;
  const n = typeof cell.value === "number" ? cell.value : Number(cell.value);
  return Number.isFinite(n) ? n : 0;
}

/**
 * The number in a cell named by code. A code the tables' format does not have is a programming
 * error (a 2021-format code read from a 2019-format report would otherwise print 0): it throws.
 */
export function cellNumber(tables: ReportTables, code: CellCode): number {
  if (!getFormat(tables.vintage).cellsByCode.has(code)) {
    throw new Error(`cell ${code} is not in format ${tables.vintage}`);
  }
  return numberOf(tables.cells[code]);
}

/** Every cell present and zero (totals included), e.g. as the start of manual entry. */
export function emptyTables(vintage: Vintage): ReportTables {
  const cells: CellValues = {};
  for (const cell of getFormat(vintage).cells) cells[cell.code] = zeroValue(cell.kind);
  return { vintage, cells };
}

/**
 * Computes every derived cell (总计) from the base cells; derived values in `base` are replaced.
 * Missing base cells count as 0 and stay missing (left for manual entry). A compiled report never types a 总计.
 */
export function deriveTotals(vintage: Vintage, base: CellValues): ReportTables {
  const format = getFormat(vintage);
  const cells: CellValues = {};
  for (const [code, value] of Object.entries(base)) {
    const def = format.cellsByCode.get(code);
    if (!def) throw new Error(`unknown cell ${code} in format ${vintage}`);
    if (!def.derived && value) cells[code] = value;
  }
  const computed = new Map<CellCode, number>();
  const valueOf = (def: CellDef): number => {
    if (!def.derived) return numberOf(cells[def.code]);
    let total = computed.get(def.code);
    if (total === undefined) {
      total = def.derived.from.reduce((sum, code) => sum + valueOf(format.cellsByCode.get(code)!), 0);
      computed.set(def.code, total);
    }
    return total;
  };
  for (const def of format.cells) if (def.derived) cells[def.code] = { value: valueOf(def) };
  return { vintage, cells };
}

/** Every one of `codes` was read blank (an imported row copied without figures, its 总计 included). */
export function isBlankRow(tables: ReportTables, codes: CellCode[]): boolean {
  return codes.length > 0 && codes.every((code) => tables.cells[code]?.blank === true);
}
