// Row labels read as the format's although printed with different words ("2.其他法律法规禁止公开" for
// "2.其他法律行政法规禁止公开"): the reader accepts them, and says so in a note — a label is never corrected
// silently. Numbering, spacing and punctuation (（一） for (一)) are not corrections.
import { getFormat, type CellCode, type Vintage } from "@/lib/national-format/format";
import { ACCEPT, labelKey, labelSimilarity, splitMarker, splitSegments } from "./normalise";
import { textFields, tokenizeLine } from "./tokenize";
import type { CellSource, ImportNote } from "./types";

const TABLE_NAMES = { 二: "表二", 三: "表三", 四: "表四" } as const;

export function labelCorrections(
  vintage: Vintage,
  lines: string[],
  sources: Partial<Record<CellCode, CellSource>>,
): ImportNote[] {
  const notes: ImportNote[] = [];
  const rows = new Set<string>();
  for (const cell of getFormat(vintage).cells) {
    const row = `${cell.tableId}|${cell.rowCode}`;
    const source = sources[cell.code];
    if (!cell.rowPath.length || rows.has(row) || !source) continue;
    rows.add(row);
    const defined = cell.rowPath.at(-1)!;
    const [printed] = textFields(tokenizeLine(lines[source.line - 1] ?? "", source.line))
      .flatMap((field) => splitSegments(field.text))
      .map((segment) => ({ segment, score: labelSimilarity(segment, defined) }))
      .sort((a, b) => b.score - a.score);
    if (!printed || printed.score < ACCEPT) continue; // the label was on another line
    const [was, is] = [printed.segment, defined].map((label) => labelKey(splitMarker(label).text));
    // The same words, or the tail of a label broken over two lines (read with the line before): no correction.
    if (was === is || (is.endsWith(was) && was.length < is.length * 0.6)) continue;
    notes.push({
      line: source.line,
      message: `${TABLE_NAMES[cell.section]}行名「${printed.segment}」与国家格式不同，已按「${defined}」读取，请核对`,
    });
  }
  return notes;
}
