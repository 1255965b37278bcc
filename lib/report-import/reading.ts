// What the table readers collect: cell values with their sources, cells that could not be read, notes,
// and the helpers every table shares (placing a row's figures in its columns, finding where labels end).
import { getFormat, type CellCode, type CellDef, type Vintage } from "@/lib/national-format/format";
import type { CellValues } from "@/lib/national-format/tables";
import type { CellSource, ImportNote, UnreadKind, UnreadRow } from "./types";
import { isFigure, readValue, type Field, type SourceLine } from "./tokenize";

export type Reading = {
  vintage: Vintage;
  cells: CellValues;
  sources: Partial<Record<CellCode, CellSource>>;
  errors: Map<CellCode, { reason: string; line: number; kind: UnreadKind }>;
  rows: Map<string, { line: number; blankOnly: boolean }>; // tableId|rowCode → where it was read
  /** Rows whose figures the layout of the text does not place with certainty: left unread, never guessed. */
  unreadRows: UnreadRow[];
  notes: ImportNote[];
  feeDecimals?: number;
};

export function newReading(vintage: Vintage): Reading {
  return { vintage, cells: {}, sources: {}, errors: new Map(), rows: new Map(), unreadRows: [], notes: [] };
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

/** How far a row's value fields are from filling `n` columns (0 for a row printed entirely blank). */
export function misfit(fields: Field[], n: number): number {
  const core = trimEmpty(fields);
  return core.every((field) => field.kind === "empty") ? 0 : Math.abs(core.length - n);
}

/** The fields between the first and the last that are not empty. */
function trimEmpty(fields: Field[]): Field[] {
  const first = fields.findIndex((field) => field.kind !== "empty");
  if (first < 0) return [];
  const last = fields.findLastIndex((field) => field.kind !== "empty");
  return fields.slice(first, last + 1);
}

export type RowLayout = {
  /** Empty fields the table's layout puts between this row's label and its figures, when the layout is known. */
  padding?: number;
  /** The line separates its fields with tabs, so a blank cell inside the row keeps its (empty) field. */
  tabs: boolean;
  /** Empty fields beyond the columns can only be at the end (a block narrower than the grid stretches its last). */
  extraAtEnd?: boolean;
};

export type Assigned = { fields: (Field | undefined)[]; problem?: string; ambiguous?: string };

/**
 * The fields of a row's `n` columns, left to right, when the text places them with certainty: every column has
 * a figure; or the blank ones are told by their empty fields (the line has tabs, and the empty fields before the
 * figures are the layout's padding or, with no padding, the row's first columns); blank fields missing at the
 * end of a tab-separated line were trimmed by the copy. Otherwise the row is `ambiguous`: which column a figure
 * belongs to would be a guess, and the caller reports the row unread instead.
 */
export function assignFields(fields: Field[], n: number, layout: RowLayout = { tabs: true }): Assigned {
  const core = trimEmpty(fields);
  const placed = (row: Field[], problem?: string): Assigned => ({
    fields: Array.from({ length: n }, (_, i) => row[i]),
    ...(problem && { problem }),
  });
  const ambiguous = (reason: string): Assigned => ({
    fields: Array.from({ length: n }, () => undefined),
    ambiguous: reason,
  });
  if (!core.length) return placed(fields.slice(0, n));
  if (core.length === n) return placed(core);
  if (core.length > n) return ambiguous(`该行有 ${core.length} 个数据字段，多于 ${n} 列，无法确定哪些属于本行`);
  const figures = core.filter((field) => field.kind !== "empty").length;
  if (!layout.tabs)
    return ambiguous(`只读到 ${figures} 个数字，少于 ${n} 列；这种文字中空白单元格不留位置，无法确定各数字所在的列`);
  const leading = fields.indexOf(core[0]);
  let start = 0;
  if (layout.padding !== undefined) start = Math.min(layout.padding, leading);
  else if (leading > 0) return ambiguous("数字前有空白字段，无法确定它们是空白单元格还是标签列的占位");
  const row = fields.slice(start);
  // More fields than columns: the extra ones may only be empty ones a copy added at the end of the line; with
  // an empty field first, they may as well be padding before the figures.
  if (row.length > n && row[0]?.kind === "empty" && !layout.extraAtEnd)
    return ambiguous(`该行有 ${row.length} 个字段，多于 ${n} 列，无法确定多出的空白字段在行首还是行末`);
  while (row.length > n && row.at(-1)?.kind === "empty") row.pop();
  if (row.length > n) return ambiguous(`该行有 ${row.length} 个数据字段，多于 ${n} 列，无法确定哪些属于本行`);
  const short = row.length < n ? `该行只有 ${row.length} 个数据字段，少于 ${n} 列，行末缺少的列按空白计` : undefined;
  return placed(row, short);
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
  opts: { problem?: string; unit?: "wan" | "yuan"; ambiguous?: string; lines?: SourceLine[] } = {},
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
  reading.rows.set(key, { line: line.n, blankOnly: blankOnly && !opts.ambiguous });
  if (opts.ambiguous) {
    const seen = opts.lines ?? [line];
    const reason = `无法可靠读取：${opts.ambiguous}`;
    reading.unreadRows.push({
      label: cells[0].rowPath.join(" ") || "表四数据行",
      section: cells[0].section,
      reason: opts.ambiguous,
      lines: seen.map((l) => ({ line: l.n, text: shown(l) })),
    });
    for (const cell of cells) {
      delete reading.cells[cell.code];
      reading.sources[cell.code] = { line: line.n, text: "" };
      reading.errors.set(cell.code, { reason, line: line.n, kind: "unreadable" });
    }
    return;
  }
  if (opts.problem) note(reading, line, `${opts.problem}：${shown(line)}`);
  cells.forEach((cell, i) => {
    const read = readValue(fields[i], cell.kind, opts.unit);
    reading.sources[cell.code] = { line: line.n, text: fields[i]?.text ?? "" };
    if ("error" in read) {
      delete reading.cells[cell.code];
      reading.errors.set(cell.code, { reason: read.error, line: line.n, kind: "invalid" });
    } else {
      reading.cells[cell.code] = read.value;
      reading.errors.delete(cell.code);
    }
  });
}
