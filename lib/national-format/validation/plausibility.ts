// Rule 10: figures and texts that are possible but worth a second look.
import { NARRATIVE_SECTIONS } from "../document";
import { formatFor, hasCell, SECTION_HEADINGS, VINTAGE_NOTICES, type CellCode } from "../format";
import { cellNumber } from "../tables";
import { describeCell } from "./describe";
import { defineRule, type FindingDraft } from "./types";

/** Totals compared year over year. */
const SWING_CELLS: CellCode[] = [
  "s3.new.total",
  "s3.outcome.total.total",
  "s4.reconsideration.total",
  "s4.litigationDirect.total",
  "s4.litigationAfterReconsideration.total",
  "s2.licensing.decisions",
  "s2.penalty.decisions",
  "s2.coercion.decisions",
  "s2.fees.amount",
];
const SWING_FACTOR = 5;
const SMALL = 10; // both years below this: too small for a ratio to mean anything

export const plausibilitySwing = defineRule(
  {
    id: "PLAUSIBILITY-SWING",
    name: "与上年相比变化过大",
    severity: "soft",
    rule: 10,
    title: "与上年相比变化超过 5 倍或不足五分之一",
  },
  ({ vintage, tables, previous }) => {
    if (!previous) return [];
    return SWING_CELLS.flatMap((code): FindingDraft[] => {
      if (!hasCell(vintage, code) || !hasCell(previous.vintage, code)) return [];
      const now = cellNumber(tables, code);
      const before = cellNumber(previous, code);
      if (now < SMALL && before < SMALL) return [];
      const change =
        now > before * SWING_FACTOR ? "超过上年的 5 倍" : now * SWING_FACTOR < before ? "不足上年的五分之一" : "";
      if (!change) return [];
      const message = `${describeCell(vintage, code)}：本年 ${now}，上年 ${before}，${change}，请核实`;
      return [
        { section: code.startsWith("s2.") ? "二" : code.startsWith("s3.") ? "三" : "四", cellCode: code, message },
      ];
    });
  },
);

export const plausibilityAfterReconsideration = defineRule(
  {
    id: "PLAUSIBILITY-AFTER-RECONSIDERATION",
    name: "复议后起诉多于行政复议",
    severity: "soft",
    rule: 10,
    title: "复议后起诉多于行政复议",
  },
  ({ vintage, tables }) => {
    const after = "s4.litigationAfterReconsideration.total";
    const reconsideration = "s4.reconsideration.total";
    const [a, r] = [cellNumber(tables, after), cellNumber(tables, reconsideration)];
    if (a <= r) return [];
    const message = `${describeCell(vintage, after)}为 ${a}，多于「行政复议 / 总计」${r}（上年复议的案件可能本年起诉，请核实）`;
    return [{ section: "四", cellCode: after, relatedCells: [reconsideration], message }];
  },
);

const MIN_COPIED_LENGTH = 20; // "无" both years is not copy-paste

/** Whitespace and years removed: a text copied with only the year changed still counts as identical. */
function comparable(text: string): string {
  return text.replace(/\s+/g, "").replace(/(?:19|20)\d{2}年/g, "年");
}

export const plausibilityCopiedNarrative = defineRule(
  {
    id: "PLAUSIBILITY-COPIED-NARRATIVE",
    name: "正文与上年雷同",
    severity: "soft",
    rule: 10,
    title: "正文与上年报告雷同",
  },
  ({ narrative, previousNarrative }) => {
    if (!previousNarrative) return [];
    return NARRATIVE_SECTIONS.flatMap(({ key, section }): FindingDraft[] => {
      const now = comparable(narrative[key]);
      if (now.length < MIN_COPIED_LENGTH || now !== comparable(previousNarrative[key])) return [];
      return [{ section, message: `「${SECTION_HEADINGS[section]}」与上年报告相同（年份除外），请按本年实际情况撰写` }];
    });
  },
);

export const wrongVintage = defineRule(
  { id: "WRONG-VINTAGE", name: "格式与年度不符", severity: "soft", rule: 10, title: "报告格式与年度不符" },
  ({ year, vintage }) => {
    const expected = formatFor(year);
    if (expected === vintage) return [];
    const message = `${year} 年度报告应使用${VINTAGE_NOTICES[expected]}的格式，但本报告使用${VINTAGE_NOTICES[vintage]}的格式`;
    return [{ section: "二", message }];
  },
);

export const PLAUSIBILITY_RULES = [
  plausibilitySwing,
  plausibilityAfterReconsideration,
  plausibilityCopiedNarrative,
  wrongVintage,
];
