import type { ExportColumn } from "@/lib/records/export";
import { describeTimeliness, OVERVIEW_STATUS_LABELS, type KeyFigureColumns, type OverviewRow } from "./overview";

/** The overview's figure columns, in the order the page and the export show them. */
export const FIGURE_COLUMNS: { key: keyof KeyFigureColumns; label: string }[] = [
  { key: "received", label: "本年新收" },
  { key: "closed", label: "办结" },
  { key: "carriedForward", label: "结转下年度" },
  { key: "reconsideration", label: "行政复议" },
  { key: "litigation", label: "行政诉讼" },
  { key: "corrected", label: "纠正" },
  { key: "submitted", label: "信息上报" },
  { key: "adopted", label: "信息采用" },
];

export const OVERVIEW_EXPORT_COLUMNS: ExportColumn<OverviewRow>[] = [
  { header: "机关", value: (r) => r.name, width: 24 },
  { header: "是否使用本平台", value: (r) => (r.onPlatform ? "是" : "否") },
  { header: "报告状态", value: (r) => OVERVIEW_STATUS_LABELS[r.status] },
  { header: "期限", value: (r) => r.deadline ?? "未设定", width: 12 },
  { header: "发布日期", value: (r) => r.publishedOn ?? "", width: 12 },
  { header: "是否按时", value: (r) => describeTimeliness(r.timeliness), width: 20 },
  { header: "错误（须更正）", value: (r) => r.findings.hard },
  { header: "提示", value: (r) => r.findings.soft },
  ...FIGURE_COLUMNS.map((c): ExportColumn<OverviewRow> => ({ header: c.label, value: (r) => r.figures[c.key] ?? "" })),
  { header: "数据来源", value: (r) => ({ report: "报告", records: "台账", none: "" })[r.figuresFrom] },
  { header: "本年逾期答复", value: (r) => r.lateReplies ?? "" },
  { header: "当前超期未办结", value: (r) => r.openOverdue ?? "" },
];
