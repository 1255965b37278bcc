// A published report's text into a report: sections located, tables read in each vintage and the better
// fit kept, narrative sections taken as printed, and every cell that could not be read listed by label.
import { NARRATIVE_SECTIONS, type Narrative } from "@/lib/national-format/document";
import {
  formatFor,
  getFormat,
  SECTION_HEADINGS,
  VINTAGES,
  type Section,
  type TableSection,
  type Vintage,
} from "@/lib/national-format/format";
import { describeCell } from "@/lib/national-format/validation/describe";
import { newReading, type Reading } from "./reading";
import { labelCorrections } from "./label-corrections";
import { findTitle, locateSections, type SectionSpan } from "./sections";
import { readSection2 } from "./table2";
import { readSection3 } from "./table3";
import { readSection4 } from "./table4";
import { tokenizeText, type SourceLine } from "./tokenize";
import type { ImportResult, UnreadCell } from "./types";

const READERS: Record<TableSection, (reading: Reading, lines: SourceLine[]) => void> = {
  二: readSection2,
  三: readSection3,
  四: readSection4,
};

function readTables(vintage: Vintage, lines: SourceLine[], spans: SectionSpan[]): Reading {
  const reading = newReading(vintage);
  for (const span of spans) {
    const read = READERS[span.section as TableSection];
    if (read) read(reading, lines.slice(span.start, span.end));
  }
  return reading;
}

function unreadCells(reading: Reading, spans: SectionSpan[]): UnreadCell[] {
  return getFormat(reading.vintage)
    .cells.filter((cell) => !reading.cells[cell.code])
    .map((cell): UnreadCell => {
      const error = reading.errors.get(cell.code);
      const found = spans.some((span) => span.section === cell.section);
      const reason =
        error?.reason ?? (found ? "原文中未找到该行" : `原文中未找到“${SECTION_HEADINGS[cell.section]}”的表格`);
      return {
        code: cell.code,
        label: describeCell(reading.vintage, cell.code),
        reason,
        kind: error?.kind ?? "missing",
        ...(error && { line: error.line }),
      };
    });
}

/** Fewer cells unread and fewer lines left over is a better fit; equal fits go to the year's vintage. */
function chooseVintage(readings: Reading[], spans: SectionSpan[], year: number | undefined) {
  const misfit = (reading: Reading) => unreadCells(reading, spans).length + reading.notes.length;
  const sorted = [...readings].sort((a, b) => misfit(a) - misfit(b));
  const tie = misfit(sorted[0]) === misfit(sorted[1]);
  const byYear = readings.find((reading) => reading.vintage === formatFor(year ?? 2021))!;
  return tie ? { reading: byYear, by: "year" as const } : { reading: sorted[0], by: "structure" as const };
}

/** Paragraphs as printed, one per line, blank lines dropped. */
function narrativeOf(lines: SourceLine[], spans: SectionSpan[]): Narrative {
  const text = (section: Section) => {
    const span = spans.find((s) => s.section === section);
    if (!span) return "";
    return lines
      .slice(span.start, span.end)
      .map((line) => line.raw.trim())
      .filter(Boolean)
      .join("\n");
  };
  return Object.fromEntries(NARRATIVE_SECTIONS.map(({ key, section }) => [key, text(section)])) as Narrative;
}

const NOT_A_REPORT = {
  error:
    "未能识别为政府信息公开工作年度报告：没有找到“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”“四、政府信息公开行政复议、行政诉讼情况”中的任何表格行。",
  english:
    "Not an annual report on government information disclosure: no row of the tables of sections 二, 三 or 四 was found.",
};

/** Reads the text of a published report (as pasted from a web page, or extracted from a .docx). */
export function parseReportText(input: string): ImportResult {
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return { ok: false, error: "文本为空。", english: "The text is empty." };
  const replaced = (text.match(/[\u0000\uFFFD]/g) ?? []).length;
  if (replaced > 0 && replaced >= text.length / 100) {
    return {
      ok: false,
      error: "不是文本：内容含有大量无法识别的字符（可能是二进制文件或编码不对）。",
      english: "Not text: the content is binary or in an unknown encoding.",
    };
  }
  const lines = tokenizeText(text);
  const spans = locateSections(lines);
  const title = findTitle(lines, spans[0]?.start ?? lines.length);
  const readings = VINTAGES.map((vintage) => readTables(vintage, lines, spans));
  const { reading, by } = chooseVintage(readings, spans, title?.year);
  if (!Object.keys(reading.cells).length && !reading.errors.size) return { ok: false, ...NOT_A_REPORT };

  const notes = [...reading.notes, ...labelCorrections(reading.vintage, text.split("\n"), reading.sources)];
  if (!title?.year) notes.unshift({ message: "未能从标题中识别年度（标题应如“××镇2022年政府信息公开工作年度报告”）" });
  const first = spans[0];
  if (first && first.section !== "一" && !spans.some((s) => s.section === "一"))
    notes.push({ message: "未找到“一、总体情况”" });
  const firstIndex = first ? (first.headingLine ? first.headingLine - 1 : first.start) : 0;
  const preamble = lines.slice(title?.line ?? 0, firstIndex).filter((line) => line.raw.trim());
  if (preamble.length)
    notes.push({ line: preamble[0].n, message: `标题与第一部分之间的 ${preamble.length} 行文字未导入` });

  return {
    ok: true,
    report: {
      lines: lines.map((line) => line.raw),
      ...(title && { title: title.title }),
      ...(title?.titleName && { titleName: title.titleName }),
      ...(title?.year && { year: title.year }),
      vintage: reading.vintage,
      vintageBy: by,
      ...(reading.feeDecimals !== undefined && { feeDecimals: reading.feeDecimals }),
      tables: { vintage: reading.vintage, cells: reading.cells },
      narrative: narrativeOf(lines, spans),
      sources: reading.sources,
      unread: unreadCells(reading, spans),
      unreadRows: reading.unreadRows,
      notes: notes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      sectionsFound: spans.map((span) => span.section),
    },
  };
}
