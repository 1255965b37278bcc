// A whole annual report as the pure modules see it: title, year, format, tables and narrative.
import type { Vintage } from "./format";
import type { ReportTables } from "./tables";

/** The narrative sections: 一、总体情况 (overview), 五、存在的主要问题及改进情况 (problems), 六、其他需要报告的事项 (otherMatters). */
export type Narrative = { overview: string; problems: string; otherMatters: string };

export type ReportDocument = {
  titleName: string; // as printed in the title, e.g. 柏香镇
  agencyName?: string; // full name, e.g. 柏香镇人民政府 (open data only)
  year: number;
  vintage: Vintage;
  tables: ReportTables;
  narrative: Narrative;
  feeDecimals: number; // decimals printed for 万元 amounts
};

export const NARRATIVE_SECTIONS = [
  { key: "overview", section: "一" },
  { key: "problems", section: "五" },
  { key: "otherMatters", section: "六" },
] as const;

export function reportTitle(titleName: string, year: number): string {
  return `${titleName}${year}年政府信息公开工作年度报告`;
}

/** The tables must be in the report's declared format, or their codes would not match it. */
export function assertTablesVintage(vintage: Vintage, tables: ReportTables): void {
  if (tables.vintage !== vintage) {
    throw new Error(`tables are in format ${tables.vintage} but the report is declared ${vintage}`);
  }
}
