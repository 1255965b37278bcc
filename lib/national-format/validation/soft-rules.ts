// Rules 6, 7 and 9 of the reference: warnings that may be acknowledged with a written reason.
import { getFormat, hasCell, table3Layout, NORMATIVE_DOCUMENT_KINDS, normativeDocumentCells } from "../format";
import { cellNumber } from "../tables";
import { describeCell } from "./describe";
import { defineRule, type FindingDraft } from "./types";

/** Rule 6: this year's 二、上年结转 = last year's 四、结转下年度继续办理, per column. */
export const carryOver = defineRule(
  { id: "CARRY-OVER", severity: "soft", rule: 6, title: "上年结转等于上年报告的结转下年度继续办理" },
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

/** Rule 7: last year's 现行有效件数 + 本年制发件数 − 本年废止件数 = this year's 现行有效件数 (2021 format both years). */
export const inForceContinuity = defineRule(
  { id: "IN-FORCE-CONTINUITY", severity: "soft", rule: 7, title: "现行有效件数与上年衔接" },
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

/** Rule 9: a blank cell reads as 0 but is flagged: blank, 0 and 不适用 are different statements. */
export const blankCell = defineRule(
  { id: "BLANK-CELL", severity: "soft", rule: 9, title: "空白单元格按 0 计，请确认" },
  ({ vintage, tables }) =>
    getFormat(vintage)
      .cells.filter((cell) => tables.cells[cell.code]?.blank)
      .map((cell) => ({
        section: cell.section,
        cellCode: cell.code,
        message: `${describeCell(vintage, cell.code)}为空白，已按 0 计，请确认应填 0`,
      })),
);

export const SOFT_TABLE_RULES = [carryOver, inForceContinuity, blankCell];
