// What the table readers collect: cell values with their sources, cells that could not be read, notes,
// and the helpers every table shares (placing a row's figures in its columns, finding where labels end).
import { getFormat, type CellCode, type CellDef, type Vintage } from "@/lib/national-format/format";
import type { CellValues } from "@/lib/national-format/tables";
import type { CellSource, ImportNote } from "./types";
import { isFigure, readValue, type Field, type SourceLine } from "./tokenize";

export type Reading = {
  vintage: Vintage;
  cells: CellValues;
  sources: Partial<Record<CellCode, CellSource>>;
  errors: Map<CellCode, { reason: string; line: number }>;
  rows: Map<string, { line: number; blankOnly: boolean }>; // tableId|rowCode → where it was read
  notes: ImportNote[];
  feeDecimals?: number;
};

export function newReading(vintage: Vintage): Reading {
  return { vintage, cells: {}, sources: {}, errors: new Map(), rows: new Map(), notes: [] };
}

export function note(reading: Reading, line: SourceLine | undefined, message: string): void {
  reading.notes.push({ ...(line && { line: line.n }), message });
}

/** The format's cells of one row of a table, in column order. */
export function rowCells(vintage: Vintage, tableId: string, rowCode: string): CellDef[] {
  return getFormat(vintage).cells.filter((cell) => cell.tableId === tableId && cell.rowCode === rowCode);
}

const shown = (line: SourceLine) => line.raw.trim().replace(/\s+/g, " ").slice(0, 60);

export function rowText(line: SourceLine): string {
  return shown(line);
}

/** How many fields a row's figures take once the empty fields a copy adds around them are set aside. */
function trimAround(fields: Field[], n: number): Field[] {
  const trimmed = [...fields];
  while (trimmed.length > n && trimmed.at(-1)?.kind === "empty") trimmed.pop();
  while (trimmed.length > n && trimmed[0]?.kind === "empty") trimmed.shift();
  return trimmed;
}

/** How far a row's value fields are from filling `n` columns (0 for a row printed entirely blank). */
export function misfit(fields: Field[], n: number): number {
  const trimmed = trimAround(fields, n);
  return trimmed.every((field) => field.kind === "empty") ? 0 : Math.abs(trimmed.length - n);
}

/**
 * The fields of a row's `n` columns, left to right. A copy adds empty fields around the figures (stub
 * padding, a trailing tab) and drops trailing empty ones; figures that are missing at the end are blank.
 * `padding`: how many empty fields the table's layout puts between this row's label and its figures (a
 * row label spanning stub columns leaves the ones it covers empty); set aside first, when they are empty.
 */
export function assignFields(
  fields: Field[],
  n: number,
  padding = 0,
): { fields: (Field | undefined)[]; problem?: string } {
  let skip = 0;
  while (skip < padding && fields[skip]?.kind === "empty") skip++;
  let trimmed = trimAround(fields.slice(skip), n);
  let problem: string | undefined;
  if (trimmed.length > n) {
    problem = `该行有 ${trimmed.length} 个数据字段，多于 ${n} 列，只读取前 ${n} 个`;
    trimmed = trimmed.slice(0, n);
  } else if (trimmed.length < n && trimmed.some((field) => field.kind !== "empty")) {
    problem = `该行只有 ${trimmed.length} 个数据字段，少于 ${n} 列，缺少的列按空白计`;
  }
  return { fields: Array.from({ length: n }, (_, i) => trimmed[i]), ...(problem && { problem }) };
}

export type Split<M> = { labels: string[]; values: Field[]; match?: M; score: number };

/**
 * Where a row's labels end and its figures begin. Usually after the last text before the first figure;
 * but a value printed as text ("若干") also comes before the figures, so every text field before the first
 * figure is tried, and the split whose labels name a row best, with the right number of figures, wins.
 */
export function bestSplit<M extends { score: number }>(
  line: SourceLine,
  n: number,
  match: (labels: string[]) => M | undefined,
): Split<M> {
  const firstFigure = line.fields.findIndex(isFigure);
  const end = firstFigure < 0 ? line.fields.length : firstFigure;
  const candidates: Split<M>[] = [];
  line.fields.forEach((field, i) => {
    if (i >= end || field.kind !== "text") return;
    const labels = line.fields
      .slice(0, i + 1)
      .filter((f) => f.kind === "text")
      .map((f) => f.text);
    const values = line.fields.slice(i + 1);
    const found = match(labels);
    candidates.push({ labels, values, match: found, score: (found?.score ?? 0) - 0.05 * misfit(values, n) });
  });
  if (!candidates.length) return { labels: [], values: line.fields, score: 0 };
  return candidates.reduce((best, candidate) => (candidate.score > best.score ? candidate : best));
}

/**
 * Reads one row: each field into its cell (unreadable ones recorded as errors). A row read twice keeps its
 * first reading, unless that one only knew the row's label (all blank) and this one has figures.
 */
export function readRow(
  reading: Reading,
  cells: CellDef[],
  fields: (Field | undefined)[],
  line: SourceLine,
  opts: { problem?: string; unit?: "wan" | "yuan" } = {},
): void {
  if (!cells.length) return;
  const key = `${cells[0].tableId}|${cells[0].rowCode}`;
  const blankOnly = fields.every((field) => !field || field.kind === "empty");
  const seen = reading.rows.get(key);
  if (seen && !(seen.blankOnly && !blankOnly)) {
    note(
      reading,
      line,
      `「${cells[0].rowPath.join(" ") || "表四数据行"}」在第 ${seen.line} 行已读取，本行未采用：${shown(line)}`,
    );
    return;
  }
  reading.rows.set(key, { line: line.n, blankOnly });
  if (opts.problem) note(reading, line, `${opts.problem}：${shown(line)}`);
  cells.forEach((cell, i) => {
    const read = readValue(fields[i], cell.kind, opts.unit);
    reading.sources[cell.code] = { line: line.n, text: fields[i]?.text ?? "" };
    if ("error" in read) {
      delete reading.cells[cell.code];
      reading.errors.set(cell.code, { reason: read.error, line: line.n });
    } else {
      reading.cells[cell.code] = read.value;
      reading.errors.delete(cell.code);
    }
  });
}
