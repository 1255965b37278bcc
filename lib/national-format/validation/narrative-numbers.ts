// Rule 8: figures quoted in the narrative must match the tables and the 信息上报 records.
import { NARRATIVE_SECTIONS } from "../document";
import { SECTION_HEADINGS, type CellCode } from "../format";
import { cellNumber } from "../tables";
import { NUMBER_TOKEN, parseNumberToken } from "./chinese-number";
import { defineRule, type FindingDraft, type ValidationInput } from "./types";

type Expected = { value: number; source: string; cellCode?: CellCode; relatedCells?: CellCode[] };

type QuotedFigure = { pattern: RegExp; expected(input: ValidationInput): Expected | undefined };

const N = NUMBER_TOKEN;
const NO_NUMBER = "[^。；;，,\\n\\d零〇一二两三四五六七八九十百千]";

function tableFigure(source: string, cellCode: CellCode, relatedCells?: CellCode[]) {
  return ({ tables }: ValidationInput): Expected => ({
    value: [cellCode, ...(relatedCells ?? [])].reduce((sum, code) => sum + cellNumber(tables, code), 0),
    source,
    cellCode,
    relatedCells,
  });
}

const FIGURES: QuotedFigure[] = [
  {
    // 收到/受理/新收政府信息公开申请N件
    pattern: new RegExp(`(?:收到|受理|新收|接收)[^。；;\\n]{0,30}?申请${NO_NUMBER}{0,4}?${N}\\s*件`, "g"),
    expected: tableFigure("表三「一、本年新收政府信息公开申请数量」总计", "s3.new.total"),
  },
  {
    // 办结/答复…N件
    pattern: new RegExp(`(?:办结|答复)${NO_NUMBER}{0,10}?${N}\\s*件`, "g"),
    expected: tableFigure("表三「（七）总计」总计", "s3.outcome.total.total"),
  },
  {
    pattern: new RegExp(`行政复议${NO_NUMBER}{0,8}?${N}\\s*(?:件|起)`, "g"),
    expected: tableFigure("表四「行政复议 / 总计」", "s4.reconsideration.total"),
  },
  {
    pattern: new RegExp(`行政诉讼${NO_NUMBER}{0,8}?${N}\\s*(?:件|起)`, "g"),
    expected: tableFigure("表四 行政诉讼两组总计之和", "s4.litigationDirect.total", [
      "s4.litigationAfterReconsideration.total",
    ]),
  },
  {
    // 上报…各类信息210篇
    pattern: new RegExp(`上报[^。；;\\n]{0,60}?信息\\s*${N}\\s*篇`, "g"),
    expected: ({ records }) => records && { value: records.submissionsTotal, source: "信息上报记录中的上报篇数" },
  },
  {
    // (共/被)采用25篇
    pattern: new RegExp(`采用(?:信息)?\\s*${N}\\s*篇`, "g"),
    expected: ({ records }) => records && { value: records.submissionsAdopted, source: "信息上报记录中的采用篇数" },
  },
];

export const narrativeNumbers = defineRule(
  { id: "NARRATIVE-NUMBERS", severity: "soft", rule: 8, title: "正文中的数字与表格、信息上报记录一致" },
  (input) =>
    NARRATIVE_SECTIONS.flatMap(({ key, section }) =>
      FIGURES.flatMap(({ pattern, expected }): FindingDraft[] => {
        const target = expected(input);
        if (!target) return [];
        return [...input.narrative[key].matchAll(pattern)].flatMap((match): FindingDraft[] => {
          const quoted = parseNumberToken(match[1]);
          if (quoted === undefined || quoted === target.value) return [];
          const message = `${SECTION_HEADINGS[section]} 写有「${match[0]}」（${quoted}），但${target.source}为 ${target.value}`;
          const { cellCode, relatedCells } = target;
          return [{ section, message, ...(cellCode && { cellCode }), ...(relatedCells && { relatedCells }) }];
        });
      }),
    ),
);
