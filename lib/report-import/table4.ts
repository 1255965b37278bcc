// Section 四: header lines (行政复议 | 行政诉讼, the groups, the results) over one unlabeled row of 15 figures,
// which a narrow page may have broken over two lines.
import { getFormat, headerLeaves, type TableDef } from "@/lib/national-format/format";
import { ACCEPT } from "./normalise";
import { bestSimilarity, headerLabels } from "./match";
import { assignFields, note, readRow, type Reading } from "./reading";
import { isFigure, textFields, type Field, type SourceLine } from "./tokenize";

export function readSection4(reading: Reading, lines: SourceLine[]): void {
  const table = getFormat(reading.vintage).tables.find((t) => t.id === "s4") as TableDef;
  const cells = getFormat(reading.vintage).cells.filter((cell) => cell.tableId === table.id);
  const width = headerLeaves(table.columns).length;
  const vocabulary = headerLabels(table.columns);
  const seen = new Set<string>();
  let values: Field[] = [];
  let first: SourceLine | undefined;
  const seenLines: SourceLine[] = [];
  let afterHeader = false;

  for (const line of lines) {
    const texts = textFields(line);
    const figures = line.fields.filter(isFigure).length;
    if (!figures) {
      if (first) break; // the row is over
      for (const field of texts) if (bestSimilarity(field.text, vocabulary) >= ACCEPT) seen.add(field.text);
      if (texts.some((field) => bestSimilarity(field.text, vocabulary) >= ACCEPT)) afterHeader = true;
      // A row printed entirely blank: a line of empty fields as wide as the table, under the header.
      else if (afterHeader && !texts.length && line.fields.length >= width - 1) {
        readRow(reading, cells, [], line);
        return;
      }
      continue;
    }
    if (texts.length > figures) continue; // a line of words, not the row
    first ??= line;
    seenLines.push(line);
    // A row broken over lines: the trailing empty fields of a part shorter than the row are only its end.
    const part = [...line.fields];
    if (values.length + part.length < width) while (part.at(-1)?.kind === "empty") part.pop();
    values.push(...part);
    if (values.length >= width) break;
  }
  if (!first) return;
  // A label printed before the figures ("数量") is not a figure; a value printed as text may be.
  while (values.length > width && values[0].kind === "text") values = values.slice(1);
  const tabs = seenLines.every((line) => line.raw.includes("\t"));
  const assigned = assignFields(values, width, { padding: 0, tabs, extraAtEnd: true });
  readRow(reading, cells, assigned.fields, first, {
    problem: assigned.problem,
    ambiguous: assigned.ambiguous,
    lines: seenLines,
  });
  const groups = table.columns.map((node) => node.label);
  const missing = groups.filter((label) => ![...seen].some((t) => bestSimilarity(t, [label]) >= ACCEPT));
  if (missing.length) note(reading, first, `表四表头中未找到「${missing.join("」「")}」，按国家格式的列顺序读取`);
}
