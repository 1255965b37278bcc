// What a hand-entered figure of the annual report may be: a number of the cell's kind, within a size a
// real agency can reach, with no more decimals than the report prints (nothing is rounded behind the
// user's back), and 0 in the 规章 row of an agency that makes no 规章. Pure: unit-tested beside.
import { makesNoRules, noRulesMessage } from "@/lib/agency";
import type { AgencyLevel } from "@/lib/generated/prisma/enums";

/** Counts (documents, decisions, applications …) beyond this are typing mistakes, not figures. */
export const MAX_MANUAL_COUNT = 9_999_999;
/** 万元: one hundred billion yuan is beyond any disclosure report's fees. */
export const MAX_MANUAL_WAN = 9_999_999;

export type ManualFigureContext = { level: AgencyLevel; feeDecimals: number };

const RULE_ROW = /^s2\.rule\./;

/** Why `value` does not fit the cell, or undefined when it does. */
export function manualValueProblem(
  cell: { code: string; kind: "count" | "delta" | "money" },
  value: string,
  agency: ManualFigureContext,
): string | undefined {
  const { kind } = cell;
  if (kind === "money") {
    const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
    if (!match) return `金额须为非负数（单位：万元，最多 ${agency.feeDecimals} 位小数）。`;
    const [, whole, fraction = ""] = match;
    if (fraction.length > agency.feeDecimals)
      return `本机关报告中金额保留 ${agency.feeDecimals} 位小数（万元），“${value}”多于 ${agency.feeDecimals} 位，请按报告的精度填写，系统不会自动四舍五入。`;
    if (Number(whole) > MAX_MANUAL_WAN) return "金额过大，请核对单位（万元）。";
  } else {
    if (!(kind === "delta" ? /^-?\d+$/ : /^\d+$/).test(value))
      return kind === "delta" ? "请填写整数。" : "请填写非负整数。";
    if (Math.abs(Number(value)) > MAX_MANUAL_COUNT)
      return `数字过大（超过 ${MAX_MANUAL_COUNT.toLocaleString("en-US")}），请核对。`;
  }
  if (RULE_ROW.test(cell.code) && makesNoRules(agency.level) && Number(value) !== 0)
    return noRulesMessage(agency.level);
  return undefined;
}
