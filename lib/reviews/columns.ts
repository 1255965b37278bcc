import type { ExportColumn } from "@/lib/records/export";
import { toIsoDate } from "@/lib/calendar/dates";
import { REVIEW_KIND_LABELS, REVIEW_OUTCOME_LABELS, REVIEW_PENDING_LABEL } from "@/lib/national-format";
import type { ReviewCaseRecord } from "./operations";

export const REVIEW_EXPORT_COLUMNS: ExportColumn<ReviewCaseRecord>[] = [
  { header: "编号", value: (r) => r.id, width: 8 },
  { header: "案件类别", value: (r) => REVIEW_KIND_LABELS[r.kind], width: 26 },
  { header: "案号", value: (r) => r.caseNumber, width: 24 },
  { header: "承办科室", value: (r) => r.department.name, width: 18 },
  { header: "相关申请登记号", value: (r) => r.application?.regNo ?? "", width: 16 },
  { header: "立案日期", value: (r) => toIsoDate(r.filedOn), width: 12 },
  {
    header: "审理结果",
    value: (r) => (r.outcome ? REVIEW_OUTCOME_LABELS[r.outcome] : REVIEW_PENDING_LABEL),
    width: 12,
  },
  { header: "结案日期", value: (r) => (r.decidedOn ? toIsoDate(r.decidedOn) : ""), width: 12 },
  { header: "备注", value: (r) => r.note, width: 40 },
];
