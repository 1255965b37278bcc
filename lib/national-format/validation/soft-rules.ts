// Rules 6 and 7 of the reference, and the same idea for table 四: figures that must follow on from last
// year's report. Warnings that may be acknowledged with a written reason.
import {
  hasCell,
  table3Layout,
  table4Groups,
  NORMATIVE_DOCUMENT_KINDS,
  normativeDocumentCells,
  getCell,
  LABEL_SEPARATOR,
} from "../format";
import { cellNumber } from "../tables";
import { describeCell } from "./describe";
import { defineRule, type FindingDraft } from "./types";

/** Rule 6: this year's 二、上年结转 = last year's 四、结转下年度继续办理, per column. */
export const carryOver = defineRule(
  {
    id: "CARRY-OVER",
    name: "上年结转衔接",
    severity: "soft",
    rule: 6,
    title: "上年结转等于上年报告的结转下年度继续办理",
  },
  ({ vintage, tables, previous }) => {
    if (!previous) return [];
    return table3Layout(vintage).columns.flatMap((column): FindingDraft[] => {
      const at = `s3.carriedOver.${column}`;
      const before = `s3.carryForward.${column}`;
      if (!hasCell(previous.vintage, before)) return [];
      const expected = cellNumber(previous, before);
      const actual = cellNumber(tables, at);
      if (expected === actual) return [];
      const message = `${describeCell(vintage, at)}为 ${actual}，但上年报告「四、结转下年度继续办理」为 ${expected}`;
      return [{ section: "三", cellCode: at, message }];
    });
  },
);

/**
 * Table 四 across years: a case pending (尚未审结) at last year's end is this year either decided (in its
 * results) or still pending, so each group's 总计 is at least last year's 尚未审结. Fewer means cases vanished.
 */
export const reviewCasesCarried = defineRule(
  {
    id: "T4-CROSS-YEAR",
    name: "表四跨年衔接",
    severity: "soft",
    rule: 6,
    title: "表四各组总计不少于上年报告的尚未审结",
  },
  ({ vintage, tables, previous }) => {
    if (!previous) return [];
    return table4Groups(vintage).flatMap(({ parts, total }): FindingDraft[] => {
      const pending = parts.find((code) => code.endsWith(".pending"))!;
      if (!hasCell(previous.vintage, pending)) return [];
      const before = cellNumber(previous, pending);
      const now = cellNumber(tables, total);
      if (now >= before) return [];
      const group = getCell(vintage, total).columnPath.slice(0, -1).join(LABEL_SEPARATOR);
      const message =
        `${describeCell(vintage, total)}为 ${now}，少于上年报告「${group}${LABEL_SEPARATOR}尚未审结」${before}：` +
        `上年未审结的案件本年应已审结（计入结果维持、结果纠正或其他结果）或仍未审结（计入尚未审结）`;
      return [{ section: "四", cellCode: total, relatedCells: [...parts], message }];
    });
  },
);

/** Rule 7: last year's 现行有效件数 + 本年制发件数 − 本年废止件数 = this year's 现行有效件数 (2021 format both years). */
export const inForceContinuity = defineRule(
  { id: "IN-FORCE-CONTINUITY", name: "现行有效件数衔接", severity: "soft", rule: 7, title: "现行有效件数与上年衔接" },
  ({ vintage, tables, previous }) => {
    if (!previous) return [];
    return NORMATIVE_DOCUMENT_KINDS.flatMap((kind): FindingDraft[] => {
      const { issued, repealed, inForce } = normativeDocumentCells(vintage, kind);
      if (!repealed || !inForce || !hasCell(previous.vintage, inForce)) return [];
      const before = cellNumber(previous, inForce);
      const added = cellNumber(tables, issued);
      const removed = cellNumber(tables, repealed);
      const actual = cellNumber(tables, inForce);
      if (before + added - removed === actual) return [];
      const message =
        `${describeCell(vintage, inForce)}为 ${actual}，但上年现行有效 ${before} 加本年制发 ${added} 减本年废止 ${removed} ` +
        `为 ${before + added - removed}（如有文件到期失效，请说明）`;
      return [{ section: "二", cellCode: inForce, relatedCells: [issued, repealed], message }];
    });
  },
);

export const CROSS_YEAR_RULES = [carryOver, reviewCasesCarried, inForceContinuity];
