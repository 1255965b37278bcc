// The handful of figures a reader compares across years and agencies, read from a report's tables (三 and 四):
// what the county's overview and the year-over-year charts show. Pure.
import type { CellValues } from "./tables";

export const OUTCOME_GROUPS = [
  { key: "granted", label: "予以公开" },
  { key: "partial", label: "部分公开" },
  { key: "denied", label: "不予公开" },
  { key: "unable", label: "无法提供" },
  { key: "notProcessed", label: "不予处理" },
  { key: "other", label: "其他处理" },
] as const;
export type OutcomeGroup = (typeof OUTCOME_GROUPS)[number]["key"];

export const REVIEW_RESULTS = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number]["key"];

export type KeyFigures = {
  received: number; // 本年新收
  closed: number; // 办理结果总计
  carriedForward: number; // 结转下年度继续办理
  outcomes: Record<OutcomeGroup, number>;
  reconsideration: Record<ReviewResult | "total", number>;
  litigation: Record<ReviewResult | "total", number>; // both kinds of 行政诉讼
  corrected: number; // 复议 and 诉讼 结果纠正
};

const num = (cells: CellValues, code: string) => Number(cells[code]?.value ?? 0) || 0;

/** The sum of an outcome group's rows in the 总计 column (a row of its own, or its numbered sub-rows). */
function outcomeGroup(cells: CellValues, group: OutcomeGroup): number {
  const direct = `s3.outcome.${group}.total`;
  if (cells[direct] !== undefined) return num(cells, direct);
  const prefix = `s3.outcome.${group}.`;
  return Object.keys(cells)
    .filter((code) => code.startsWith(prefix) && code.endsWith(".total") && code.split(".").length === 5)
    .reduce((sum, code) => sum + num(cells, code), 0);
}

export function keyFigures(cells: CellValues): KeyFigures {
  const review = (group: string) => ({
    upheld: num(cells, `s4.${group}.upheld`),
    corrected: num(cells, `s4.${group}.corrected`),
    other: num(cells, `s4.${group}.other`),
    pending: num(cells, `s4.${group}.pending`),
    total: num(cells, `s4.${group}.total`),
  });
  const reconsideration = review("reconsideration");
  const direct = review("litigationDirect");
  const after = review("litigationAfterReconsideration");
  const litigation = {
    upheld: direct.upheld + after.upheld,
    corrected: direct.corrected + after.corrected,
    other: direct.other + after.other,
    pending: direct.pending + after.pending,
    total: direct.total + after.total,
  };
  return {
    received: num(cells, "s3.new.total"),
    closed: num(cells, "s3.outcome.total.total"),
    carriedForward: num(cells, "s3.carryForward.total"),
    outcomes: Object.fromEntries(OUTCOME_GROUPS.map((g) => [g.key, outcomeGroup(cells, g.key)])) as Record<
      OutcomeGroup,
      number
    >,
    reconsideration,
    litigation,
    corrected: reconsideration.corrected + litigation.corrected,
  };
}
