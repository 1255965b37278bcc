// Section 二: the blocks 第二十条第（一）项 …, each a title line, a header line (信息内容 and its columns) and
// rows. Rows are matched by label among the section's rows, so a block whose title was lost still reads.
import { getFormat, headerLeaves, type CellDef, type HeaderLeaf, type TableDef } from "@/lib/national-format/format";
import { ACCEPT, fold, labelKey, labelSimilarity } from "./normalise";
import { matchColumns } from "./match";
import { BLOCK_TITLES } from "./sections";
import { assignFields, bestSplit, note, readRow, rowCells, rowText, type Reading } from "./reading";
import { isBlankLine, isFigure, printedDecimals, textFields, type SourceLine } from "./tokenize";

type Header = { texts: string[]; unit: "wan" | "yuan"; decimals?: number; line: SourceLine };
type RowMatch = { table: TableDef; leaf: HeaderLeaf; score: number };

function matchSection2Row(labels: string[], blocks: TableDef[], current: TableDef | undefined): RowMatch | undefined {
  const text = labels.join("");
  const scored = blocks
    .flatMap((table) =>
      headerLeaves(table.rows).map((leaf) => ({ table, leaf, score: labelSimilarity(text, leaf.labels[0]) })),
    )
    .map((m) => ({ ...m, score: m.score + (m.table === current ? 0.001 : 0) }))
    .sort((a, b) => b.score - a.score);
  return scored[0] && scored[0].score >= ACCEPT ? scored[0] : undefined;
}

/** 单位：元 rather than 万元; "保留4位小数". */
function headerUnit(texts: string[]): Pick<Header, "unit" | "decimals"> {
  const joined = fold(texts.join(" "));
  const decimals = /保留\s*(\d+)\s*位小数/.exec(joined)?.[1];
  const yuan = /单位\s*[:：]?\s*元/.test(joined);
  return { unit: yuan ? "yuan" : "wan", ...(decimals && { decimals: Number(decimals) }) };
}

/** The cells of a row in the order a header prints the columns; undefined when the header is not this block's. */
function orderedCells(table: TableDef, cells: CellDef[], header: Header): CellDef[] | undefined {
  const matched = matchColumns(header.texts, table.columns);
  if (matched.length !== cells.length || !matched.every(Boolean)) return undefined;
  return matched.map((leaf) => cells.find((cell) => cell.columnCode === leaf!.codes.join("."))!);
}

export function readSection2(reading: Reading, lines: SourceLine[]): void {
  const blocks = getFormat(reading.vintage).tables.filter((table) => table.section === "二");
  const stub = blocks[0].stubHeader;
  let block: TableDef | undefined;
  let header: Header | undefined;
  for (const line of lines) {
    if (isBlankLine(line)) continue;
    const texts = textFields(line).map((field) => field.text);
    const hasFigures = line.fields.some(isFigure);
    // A block title of either vintage: one this vintage lacks still ends the previous block.
    if (!hasFigures && texts.length === 1 && BLOCK_TITLES.has(labelKey(texts[0]))) {
      block = blocks.find((table) => labelKey(table.title ?? "") === labelKey(texts[0]));
      header = undefined;
      if (!block) note(reading, line, `本格式没有「${texts[0]}」这一项`);
      continue;
    }
    if (!hasFigures && texts.length && labelSimilarity(texts[0], stub) >= ACCEPT) {
      header = { texts: texts.slice(1), line, ...headerUnit(texts) };
      continue;
    }
    const split = bestSplit(line, 1, (labels) => matchSection2Row(labels, blocks, block));
    if (!split.match) {
      if (texts.length) note(reading, line, `第二部分中未能识别的行：${rowText(line)}`);
      continue;
    }
    const { table, leaf } = split.match;
    const cells = rowCells(reading.vintage, table.id, leaf.codes.join("."));
    // The last header printed is this row's when it names this block's columns; a header meant for this
    // block (after its title) that names others is noted, and the format's column order is used.
    const ordered = header?.texts.length ? orderedCells(table, cells, header) : undefined;
    const misread = header?.texts.length && !ordered && block === table;
    const problem = misread
      ? `表头「${header!.texts.join(" ")}」与${table.title}的列不符，按国家格式的列顺序读取`
      : undefined;
    // One stub column: the figures follow the label directly, a block narrower than the grid stretches its last.
    const assigned = assignFields(split.values, cells.length, {
      padding: 0,
      tabs: line.raw.includes("\t"),
      extraAtEnd: true,
    });
    const unit = ordered ? header!.unit : "wan";
    readRow(reading, ordered ?? cells, assigned.fields, line, {
      problem: assigned.problem ?? problem,
      unit,
      ambiguous: assigned.ambiguous,
    });
    block = table;
    (ordered ?? cells).forEach((cell, i) => {
      const field = assigned.fields[i];
      if (cell.kind !== "money" || reading.feeDecimals !== undefined) return;
      const decimals = (ordered && header?.decimals) ?? (field && isFigure(field) ? printedDecimals(field) : undefined);
      if (decimals !== undefined) reading.feeDecimals = decimals;
    });
  }
}
