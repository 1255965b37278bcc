// Rule 9 and its family: nothing blank or unfinished leaves the office. Blank is not 0: a figure that was
// never entered, an empty narrative section and a template prompt left in the text are hard findings at the
// field; a cell or row printed blank in an imported report (read as 0) and a section the notice asks for that
// is missing are warnings.
import { NARRATIVE_SECTIONS } from "../document";
import { getFormat, SECTION_HEADINGS, type CellDef, type Section } from "../format";
import { isBlankRow } from "../tables";
import { describeCell, describeRow } from "./describe";
import { defineRule, type FindingDraft } from "./types";

/** A figure records cannot give (2019 format: 本年新公开数量, 上一年项目数量 …) must be entered, 0 included. */
export const cellMissing = defineRule(
  { id: "CELL-MISSING", name: "数字未填写", severity: "hard", rule: 9, title: "须手工填报的数字已填写（没有则填 0）" },
  ({ vintage, tables }) =>
    getFormat(vintage)
      .cells.filter((cell) => !cell.derived && !tables.cells[cell.code])
      .map((cell) => ({
        section: cell.section,
        cellCode: cell.code,
        message: `${describeCell(vintage, cell.code)}尚未填写：本系统记录无法得出这一数字，请手工填报（没有则填 0），填报前报告中该格为空白`,
      })),
);

const SECTION_HINTS: Record<"一" | "五" | "六", string> = {
  一: "请概述本年度主动公开、依申请公开、政府信息管理、平台建设、监督保障等情况",
  五: "请写明本年度工作存在的主要问题及改进情况",
  六: "没有其他需要报告的事项时请填“无”",
};

export const narrativeEmpty = defineRule(
  { id: "NARRATIVE-EMPTY", name: "正文未填写", severity: "hard", rule: 9, title: "正文各部分均已填写" },
  ({ narrative }) =>
    NARRATIVE_SECTIONS.flatMap(({ key, section }): FindingDraft[] =>
      narrative[key].trim()
        ? []
        : [{ section, key: section, message: `「${SECTION_HEADINGS[section]}」未填写：${SECTION_HINTS[section]}` }],
    ),
);

/**
 * Prompts a template (or the generated draft) leaves for the office to replace: （请补充……）, 【请填写……】,
 * ×× or XX standing for a figure or a name, a blank line to fill in (____).
 */
const PLACEHOLDER =
  /[（(]\s*(?:请|此处|在此)[^（）()\n]{0,120}[）)]|【[^】\n]{0,80}?(?:请|填写|补充)[^】\n]{0,80}】|[×xXＸ]{2,}|[_＿]{3,}/g;

export function findPlaceholders(text: string): { paragraph: number; text: string }[] {
  return text
    .split(/\n+/)
    .filter((line) => line.trim())
    .flatMap((line, i) => [...line.matchAll(PLACEHOLDER)].map((m) => ({ paragraph: i + 1, text: m[0] })));
}

export const narrativePlaceholder = defineRule(
  { id: "NARRATIVE-PLACEHOLDER", name: "模板提示未替换", severity: "hard", rule: 9, title: "正文中没有模板提示" },
  ({ narrative }) =>
    NARRATIVE_SECTIONS.flatMap(({ key, section }) =>
      findPlaceholders(narrative[key]).map((found): FindingDraft => ({
        section,
        key: `${section}:${found.text}`,
        message:
          `「${SECTION_HEADINGS[section]}」第 ${found.paragraph} 段仍是模板提示「${found.text}」：` +
          `请按本年度实际情况填写，并删除该提示`,
      })),
    ),
);

/** The cells of each table row, in print order. */
function tableRows(cells: readonly CellDef[]): CellDef[][] {
  const rows = new Map<string, CellDef[]>();
  for (const cell of cells) {
    const key = `${cell.tableId}|${cell.rowCode}`;
    rows.set(key, [...(rows.get(key) ?? []), cell]);
  }
  return [...rows.values()];
}

/** A row printed blank in every cell: one warning for the row (fill in 0), not one per cell and not a wrong sum. */
export const blankRow = defineRule(
  { id: "BLANK-ROW", name: "整行空白", severity: "soft", rule: 9, title: "整行空白按 0 计，请填 0" },
  ({ vintage, tables }) =>
    tableRows(getFormat(vintage).cells)
      .filter((row) =>
        isBlankRow(
          tables,
          row.map((cell) => cell.code),
        ),
      )
      .map((row) => {
        const last = row.at(-1)!;
        return {
          section: last.section,
          cellCode: last.code,
          relatedCells: row.slice(0, -1).map((cell) => cell.code),
          message: `${describeRow(vintage, last)}各列均为空白，已按 0 计：没有此类情况请填 0`,
        };
      }),
);

/** Rule 9: a blank cell reads as 0 but is flagged: blank, 0 and 不适用 are different statements. */
export const blankCell = defineRule(
  { id: "BLANK-CELL", name: "空白单元格", severity: "soft", rule: 9, title: "空白单元格按 0 计，请确认" },
  ({ vintage, tables }) =>
    tableRows(getFormat(vintage).cells)
      .filter(
        (row) =>
          !isBlankRow(
            tables,
            row.map((cell) => cell.code),
          ),
      )
      .flat()
      .filter((cell) => tables.cells[cell.code]?.blank)
      .map((cell) => ({
        section: cell.section,
        cellCode: cell.code,
        message: `${describeCell(vintage, cell.code)}为空白，已按 0 计，请确认应填 0`,
      })),
);

/** The 2021 notice (国办公开办函〔2021〕30号) asks every level, townships included, to report these results. */
const ASSESSMENT_FROM_YEAR = 2021;

/** Whether a text reports 工作考核、社会评议和责任追究 (the assessment and either of the other two). */
export function reportsAssessment(text: string): boolean {
  return /考核/.test(text) && /评议|责任追究|追责|问责/.test(text);
}

export const workAssessment = defineRule(
  {
    id: "WORK-ASSESSMENT",
    name: "工作考核、社会评议和责任追究",
    severity: "soft",
    rule: 9,
    title: "报告工作考核、社会评议和责任追究结果",
  },
  ({ year, narrative }) => {
    if (year < ASSESSMENT_FROM_YEAR) return [];
    if (reportsAssessment(NARRATIVE_SECTIONS.map(({ key }) => narrative[key]).join("\n"))) return [];
    const section: Section = "一";
    return [
      {
        section,
        key: "assessment",
        message:
          "正文未报告工作考核、社会评议和责任追究结果（国办公开办函〔2021〕30号要求各级行政机关在年度报告中说明）：" +
          `请在「${SECTION_HEADINGS[section]}」中补充`,
      },
    ];
  },
);

export const COMPLETENESS_HARD_RULES = [cellMissing, narrativeEmpty, narrativePlaceholder];
export const COMPLETENESS_SOFT_RULES = [blankRow, blankCell, workAssessment];
