// Whether an imported report may be stored, as far as its text tells: a year in range, every cell read,
// and the agency of its title (or the user's word that it is theirs). The office's existing reports are
// the store operation's business (lib/reports/import.ts).
import { sameAgency } from "./agency";
import type { ImportedReport } from "./types";

export const FIRST_REPORT_YEAR = 2008; // the first year of the 条例 (2007 version) and of annual reports
const LISTED_UNREAD = 5;

export type Readiness = {
  /** Reasons the report cannot be stored until the text is corrected. */
  problems: string[];
  /** Set when the title names another agency: the user must confirm the report is theirs. */
  agencyMismatch?: string;
};

/** `currentYear`: reports of earlier years only (this year's report cannot have been published yet). */
export function importReadiness(
  report: ImportedReport,
  agency: { name: string; reportTitleName?: string | null },
  currentYear: number,
): Readiness {
  const problems: string[] = [];
  if (!report.year)
    problems.push("未能从标题识别报告年度：请在文本开头保留报告标题，如“××镇2022年政府信息公开工作年度报告”。");
  else if (report.year < FIRST_REPORT_YEAR || report.year >= currentYear) {
    problems.push(
      `报告年度 ${report.year} 不正确：只能导入 ${FIRST_REPORT_YEAR} 年至 ${currentYear - 1} 年的年度报告。`,
    );
  }
  if (report.unread.length) {
    const listed = report.unread.slice(0, LISTED_UNREAD).map((cell) => `${cell.label}（${cell.reason}）`);
    const more = report.unread.length > LISTED_UNREAD ? `等 ${report.unread.length} 个单元格` : "";
    problems.push(
      `以下单元格未能读取：${listed.join("；")}${more}。请在文本中更正后再导入，未读取的数字不会按 0 保存。`,
    );
  }
  const mismatch = report.titleName && !sameAgency(report.titleName, agency);
  const agencyMismatch = mismatch
    ? `报告标题中的机关“${report.titleName}”与本机关“${agency.name}”不一致；如确为本机关的报告（如机构更名），请勾选确认后再导入。`
    : undefined;
  return { problems, ...(agencyMismatch && { agencyMismatch }) };
}
