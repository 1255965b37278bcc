import type { ExportColumn } from "@/lib/records/export";
import { toIsoDate } from "@/lib/calendar/dates";
import { DECISION_KIND_LABELS, NORMATIVE_DOCUMENT_KIND_LABELS } from "@/lib/national-format";
import type { NormativeDocumentRecord } from "./documents";
import type { DecisionTallyRecord } from "./tallies";
import type { FeeCollectionRecord } from "./fees";
import { formatYuan } from "./money";

export const DOCUMENT_EXPORT_COLUMNS: ExportColumn<NormativeDocumentRecord>[] = [
  { header: "编号", value: (r) => r.id, width: 8 },
  { header: "文件类别", value: (r) => NORMATIVE_DOCUMENT_KIND_LABELS[r.kind], width: 16 },
  { header: "文号", value: (r) => r.docNumber, width: 24 },
  { header: "文件标题", value: (r) => r.title, width: 48 },
  { header: "起草科室", value: (r) => r.department.name, width: 18 },
  { header: "印发日期", value: (r) => toIsoDate(r.issuedOn), width: 12 },
  { header: "废止日期", value: (r) => (r.repealedOn ? toIsoDate(r.repealedOn) : ""), width: 12 },
  { header: "状态", value: (r) => (r.repealedOn ? "已废止" : "现行有效"), width: 10 },
];

export const TALLY_EXPORT_COLUMNS: ExportColumn<DecisionTallyRecord>[] = [
  { header: "编号", value: (r) => r.id, width: 8 },
  { header: "决定类别", value: (r) => DECISION_KIND_LABELS[r.kind], width: 12 },
  { header: "科室", value: (r) => r.department.name, width: 18 },
  { header: "年度", value: (r) => r.year, width: 8 },
  { header: "月份", value: (r) => (r.month ? r.month : "全年"), width: 8 },
  { header: "决定数量", value: (r) => r.count, width: 10 },
  { header: "备注", value: (r) => r.note, width: 40 },
];

export const FEE_EXPORT_COLUMNS: ExportColumn<FeeCollectionRecord>[] = [
  { header: "编号", value: (r) => r.id, width: 8 },
  { header: "科室", value: (r) => r.department.name, width: 18 },
  { header: "年度", value: (r) => r.year, width: 8 },
  { header: "月份", value: (r) => (r.month ? r.month : "全年"), width: 8 },
  // Text, so Excel shows the fen exactly as stored.
  { header: "收费金额（元）", value: (r) => formatYuan(r.amount), width: 16 },
  { header: "收费项目及说明", value: (r) => r.description, width: 40 },
];
