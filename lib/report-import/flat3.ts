// Section 三 in flattened text (a PDF's text copied out, or extracted without its grid): no field separators,
// blank cells leave no trace, a wrapped row label is printed over several lines with the figures on a line of
// their own before, between or after its pieces, and the merged group labels of the stub (三、本年度办理结果,
// （三）不予公开 …) are cut into pieces that stand at the start of other rows' lines. The row labels are known,
// in order: each row is found where its label starts, its figures are those on its label's lines; a line of
// figures between two rows is paired only when one of them cannot have it. A row whose figures are fewer than
// its columns, or whose figures could belong to another row, is reported unread (无法可靠读取), never guessed.
import { getFormat, headerLeaves, type HeaderLeaf, type HeaderNode, type TableDef } from "@/lib/national-format/format";
import { fold, keySimilarity, labelKey, splitMarker, splitSegments } from "./normalise";
import { assignFields, note, readRow, rowCells, rowText, type Reading } from "./reading";
import { isBlankLine, isFigure, type Field, type SourceLine } from "./tokenize";

/** A label's printed start is taken for a row's when it is at least this close to the row label's start. */
const START_MATCH = 0.8;
/** How far ahead of the next expected row a label may be found (rows missing from the text are skipped). */
const LOOK_AHEAD = 6;

type Row = { leaf: HeaderLeaf; lines: SourceLine[]; text: string; groups: FigureGroup[]; ambiguous?: string };
type FigureGroup = { line: SourceLine; figures: Field[] };

/** The labels of the stub's groups (rows with rows under them), whose pieces are printed in other rows' lines. */
function groupLabels(nodes: HeaderNode[]): string[] {
  return nodes.flatMap((node) => (node.children ? [node.label, ...groupLabels(node.children)] : []));
}

/** Cuts the pieces of group labels off the start of each word, in the order the group labels are printed. */
function groupStripper(labels: string[]) {
  const groups = labels.map((label) => ({ text: fold(label).replace(/\s+/g, ""), at: 0 }));
  return (word: string): string => {
    let rest = fold(word);
    for (const group of groups) {
      // A copy that repeats the group's label on each of its rows.
      if (rest.startsWith(group.text)) {
        rest = rest.slice(group.text.length);
        if (!rest) return "";
      }
      if (group.at >= group.text.length) continue;
      const remaining = group.text.slice(group.at);
      let k = 0;
      while (k < rest.length && k < remaining.length && rest[k] === remaining[k]) k++;
      const completes = k === remaining.length;
      if (k >= 2 || (k === 1 && (completes || rest.length === 1))) {
        group.at += k;
        rest = rest.slice(k);
        if (!rest) return "";
      }
    }
    return rest;
  };
}

/** How well printed text starts the row label `leaf` (its number and the first characters). */
function startScore(segment: string, leaf: HeaderLeaf): number {
  const label = leaf.labels.at(-1)!;
  const printed = splitMarker(segment);
  const defined = splitMarker(label);
  if (!printed.marker || !defined.marker) return 0;
  if (printed.marker.kind !== defined.marker.kind || printed.marker.n !== defined.marker.n) return 0;
  const key = labelKey(printed.text);
  const definedKey = labelKey(defined.text);
  if (!key) return 0;
  return keySimilarity(key, definedKey.slice(0, key.length));
}

/** The row's label is printed in full: as long as the format's, or ending as it ends. */
function complete(row: Row): boolean {
  const printed = labelKey(row.text);
  const defined = labelKey(row.leaf.labels.at(-1)!);
  return (
    printed.length >= defined.length || (printed.length >= defined.length - 2 && printed.endsWith(defined.slice(-2)))
  );
}

export function readFlatSection3(reading: Reading, lines: SourceLine[]): void {
  const table = getFormat(reading.vintage).tables.find((t) => t.id === "s3") as TableDef;
  const leaves = headerLeaves(table.rows);
  const width = headerLeaves(table.columns).length;
  const strip = groupStripper(groupLabels(table.rows));
  // The header's characters: a header repeated after a page break is cut into pieces of these.
  const headerCharacters = new Set(
    labelKey(
      [table.stubHeader, table.columnCaption ?? "", ...headerLeaves(table.columns).flatMap((l) => l.labels)].join(""),
    ),
  );
  const inHeader = (segment: string) => [...labelKey(segment)].every((ch) => headerCharacters.has(ch));
  const rows: Row[] = [];
  const floating: { group: FigureGroup; before?: Row; after?: Row }[] = [];
  let next = 0;
  /** The row whose label is still being printed, to which unnumbered text belongs. */
  let open: Row | undefined;
  const pendingFloats: FigureGroup[] = [];

  for (const line of lines) {
    if (isBlankLine(line)) continue;
    const figures = line.fields.filter(isFigure);
    const words = line.fields.filter((field) => !isFigure(field) && field.kind !== "empty").map((f) => strip(f.text));
    const text = words.join("");
    let onLine: Row | undefined;
    for (const segment of text ? splitSegments(text) : []) {
      const candidates = leaves
        .slice(next, next + LOOK_AHEAD)
        .map((leaf, i) => ({ i, score: startScore(segment, leaf) }));
      const best = candidates.reduce((a, b) => (b.score > a.score ? b : a), { i: -1, score: 0 });
      if (best.score >= START_MATCH) {
        const row: Row = { leaf: leaves[next + best.i], lines: [line], text: segment, groups: [] };
        rows.push(row);
        next += best.i + 1;
        // Figures on their own line just before this row: between the previous row and this one.
        for (const group of pendingFloats.splice(0)) floating.push({ group, before: open, after: row });
        open = row;
        onLine = row;
      } else if (open && !complete(open)) {
        open.text += segment;
        if (open.lines.at(-1) !== line) open.lines.push(line);
        onLine = open;
      } else if (rows.length && !inHeader(segment)) {
        note(reading, line, `表三中未能识别的文字：${rowText(line)}`);
      }
    }
    if (!figures.length) continue;
    const group = { line, figures };
    if (onLine) onLine.groups.push(group);
    else if (open && !complete(open))
      open.groups.push(group); // between the pieces of a wrapped label
    else if (rows.length) pendingFloats.push(group);
  }
  for (const group of pendingFloats) floating.push({ group, before: open });

  // A line of figures between two rows goes to the one that has none; when both (or neither) could take it,
  // both rows are left unread.
  for (const { group, before, after } of floating) {
    const free = [before, after].filter((row): row is Row => !!row && !row.groups.length && !row.ambiguous);
    if (free.length === 1) free[0].groups.push(group);
    else if (free.length === 2) {
      const reason = `数字行「${rowText(group.line)}」位于两行之间，无法确定属于哪一行`;
      for (const row of free) {
        row.ambiguous = reason;
        row.lines.push(group.line);
      }
    } else note(reading, group.line, `表三中未能确定所属行的数字：${rowText(group.line)}`);
  }

  for (const row of rows) {
    const cells = rowCells(reading.vintage, table.id, row.leaf.codes.join("."));
    const lines = [...new Set([...row.lines, ...row.groups.map((g) => g.line)])].sort((a, b) => a.n - b.n);
    if (row.ambiguous) {
      readRow(reading, cells, [], row.lines[0], { ambiguous: row.ambiguous, lines });
      continue;
    }
    if (row.groups.length > 1) {
      const reason = `该行有 ${row.groups.length} 行数字，无法确定哪一行属于本行`;
      readRow(reading, cells, [], row.lines[0], { ambiguous: reason, lines });
      continue;
    }
    const group = row.groups[0];
    const assigned = assignFields(group?.figures ?? [], width, { padding: 0, tabs: false });
    readRow(reading, cells, assigned.fields, group?.line ?? row.lines[0], { ambiguous: assigned.ambiguous, lines });
  }
}
