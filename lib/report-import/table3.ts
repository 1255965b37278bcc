// Section 三: one table, three stub columns of row labels and seven value columns. Copies of it are the
// most mangled: merged row labels repeated, blank or broken over lines, rows printed without figures, a
// label's tail on the next line with the figures. Rows are recognised by their labels alone.
import { getFormat, headerDepth, headerLeaves, type TableDef } from "@/lib/national-format/format";
import { ACCEPT } from "./normalise";
import { bestSimilarity, headerLabels, matchRow, type LeafMatch } from "./match";
import {
  assignFields,
  bestSplit,
  note,
  readRow,
  rowCells,
  rowText,
  type Assigned,
  type Reading,
  type Split,
} from "./reading";
import { isBlankLine, isFigure, textFields, type Field, type SourceLine } from "./tokenize";
import { readFlatSection3 } from "./flat3";

/** Label-only lines waiting for what follows: figures on the next line, or the rest of a broken label. */
type Pending = { lines: SourceLine[]; text: string; match?: LeafMatch };

const BETTER = 0.01;

type RowSplit = Split<LeafMatch>;

/**
 * Whether this copy keeps the table's grid: a row label sitting in its own stub column is followed by
 * empty fields for the stub columns it spans (our text export, full grids read from Word, web pages and
 * PDFs), or not (a browser's copy merges them into one field). Decided once per table by the rows printed
 * in full; when those disagree, or none tells, the layout is unknown and short rows are not guessed.
 */
function stubLayout(
  splits: { line: SourceLine; split: RowSplit }[],
  width: number,
  stubWidth: number,
): "grid" | "merged" | "unknown" {
  let grid = 0;
  let merged = 0;
  for (const { line, split } of splits) {
    const depth = split.match?.leaf.labels.length ?? 0;
    const span = stubWidth - depth;
    if (!split.match || !split.labels.length || span === 0 || labelIndex(line, split) !== depth - 1) continue;
    const gap = split.values.findIndex((field) => field.kind !== "empty");
    const figures = split.values.filter((field) => field.kind !== "empty").length;
    if (figures !== width) continue;
    if (gap === span) grid++;
    else if (gap === 0) merged++;
  }
  return grid && !merged ? "grid" : merged && !grid ? "merged" : "unknown";
}

/**
 * The widths (in fields) of the lines of a copy that gives every grid column a field and keeps the empty ones at
 * the end of a line: a line that wide has its row's figures in its last fields, whatever its label spans (the
 * grid's width decides, not the label). A copy shows it by its rows printed in full ending in a figure, all
 * as wide as each other (one width per page of a PDF's table at most), while some line still ends in an empty
 * field (empty cells at the end of a row were not trimmed). Word's and spreadsheets' copies and the grids read
 * from Word, web pages and PDFs are such copies. A line narrower than every full row lost fields at its end.
 */
function gridWidths(lines: SourceLine[], splits: [SourceLine, RowSplit][], width: number): Set<number> {
  const full = splits.filter(([, split]) => split.match && split.values.filter(isFigure).length === width);
  const keepsTrailing = lines.some((line) => line.raw.includes("\t") && /\t\s*$/.test(line.raw));
  const aligned = full.every(([, split]) => split.values.at(-1)?.kind !== "empty");
  const widths = new Set(full.map(([line]) => line.fields.length));
  return keepsTrailing && aligned && full.length >= 2 && widths.size <= 2 ? widths : new Set();
}

/** A row's last `n` fields as its columns; anything but empty fields between the label and them is a doubt. */
function lastFields(values: Field[], n: number): Assigned {
  const extra = values.slice(0, values.length - n);
  if (extra.some((field) => field.kind !== "empty"))
    return {
      fields: Array.from({ length: n }, () => undefined),
      ambiguous: `该行有 ${values.length - extra.filter((f) => f.kind === "empty").length} 个数据字段，多于 ${n} 列，无法确定哪些属于本行`,
    };
  return { fields: values.slice(-n) };
}

const labelIndex = (line: SourceLine, split: RowSplit) => line.fields.length - split.values.length - 1;

export function readSection3(reading: Reading, lines: SourceLine[]): void {
  const figureLines = lines.filter((line) => line.fields.some(isFigure));
  if (figureLines.length && figureLines.every((line) => !line.raw.includes("\t"))) {
    readFlatSection3(reading, lines);
    return;
  }
  const table = getFormat(reading.vintage).tables.find((t) => t.id === "s3") as TableDef;
  const leaves = headerLeaves(table.rows);
  const width = headerLeaves(table.columns).length;
  const stubWidth = headerDepth(table.rows);
  const vocabulary = [table.stubHeader, table.columnCaption ?? "", ...headerLabels(table.columns)].filter(Boolean);
  const columnLabels = new Set<string>();
  const match = (text: string) => matchRow(text, leaves);
  let inHeader = true;
  let pending: Pending | undefined;
  const splitRow = (line: SourceLine) => bestSplit(line, width, (labels) => match(labels.join(" ")));
  const rowSplits = new Map(lines.filter((line) => line.fields.some(isFigure)).map((line) => [line, splitRow(line)]));
  const layout = stubLayout(
    [...rowSplits].map(([line, split]) => ({ line, split })),
    width,
    stubWidth,
  );
  const widths = gridWidths(lines, [...rowSplits], width);

  const cellsOf = (m: LeafMatch) => rowCells(reading.vintage, table.id, m.leaf.codes.join("."));
  // A label line that names a row but has no figures is that row printed blank.
  const flush = () => {
    if (pending?.match) readRow(reading, cellsOf(pending.match), [], pending.lines.at(-1)!);
    else if (pending && !inHeader)
      note(reading, pending.lines[0], `表三中未能识别的文字：${pending.lines.map(rowText).join(" ")}`);
    pending = undefined;
  };
  /** Whether the text before a line continues into it (a label broken over lines). */
  const joined = (text: string, own: LeafMatch | undefined) => {
    if (!pending) return undefined;
    const merged = match(pending.text + text);
    const before = Math.max(pending.match?.score ?? 0, own?.score ?? 0);
    return merged && merged.score > before + BETTER ? merged : undefined;
  };

  for (const line of lines) {
    if (isBlankLine(line)) continue;
    const texts = textFields(line).map((field) => field.text);
    if (!line.fields.some(isFigure)) {
      const text = texts.join(" ");
      const own = match(text);
      const asHeader = Math.min(...texts.map((t) => bestSimilarity(t, vocabulary)));
      if (inHeader && (!own || asHeader >= Math.max(ACCEPT, own.score))) {
        for (const t of texts) if (bestSimilarity(t, vocabulary) >= ACCEPT) columnLabels.add(t);
        continue; // the header, or a piece of it broken over lines
      }
      const merged = joined(text, own);
      if (merged) {
        pending = { lines: [...pending!.lines, line], text: pending!.text + text, match: merged };
        continue;
      }
      flush();
      pending = { lines: [line], text, match: own };
      continue;
    }

    const split = rowSplits.get(line)!;
    let row = split.match;
    if (pending) {
      if (!split.labels.length && pending.match) {
        row = pending.match; // the label on the line(s) above, the figures on this one
        pending = undefined;
      } else if (split.labels.length) {
        const merged = joined(split.labels.join(" "), row);
        if (merged) {
          row = merged;
          pending = undefined;
        }
      }
      flush();
    }
    if (!row) {
      note(reading, line, `表三中未能确定所属行的数字：${rowText(line)}`);
      continue;
    }
    inHeader = false;
    const depth = row.leaf.labels.length;
    const atOwnColumn = split.labels.length > 0 && labelIndex(line, split) === depth - 1;
    // A label in its own stub column: the grid pads the columns it spans, a merged copy does not; a label
    // elsewhere (or none: figures under a label line) leaves the padding to the unknown.
    const padding =
      layout === "grid" && atOwnColumn ? stubWidth - depth : layout === "merged" || depth === stubWidth ? 0 : undefined;
    const tabs = line.raw.includes("\t");
    const assigned =
      tabs && widths.has(line.fields.length) && split.values.length >= width
        ? lastFields(split.values, width)
        : assignFields(split.values, width, { padding, tabs });
    readRow(reading, cellsOf(row), assigned.fields, line, { problem: assigned.problem, ambiguous: assigned.ambiguous });
  }
  flush();

  const missing = headerLeaves(table.columns).filter(
    (leaf) => ![...columnLabels].some((t) => bestSimilarity(t, [leaf.labels.at(-1)!]) >= ACCEPT),
  );
  const readAny = [...reading.rows.keys()].some((key) => key.startsWith(`${table.id}|`));
  if (readAny && missing.length) {
    note(
      reading,
      undefined,
      `表三表头中未找到「${missing.map((leaf) => leaf.labels.join(" / ")).join("」「")}」，按国家格式的列顺序读取`,
    );
  }
}
