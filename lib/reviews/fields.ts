import { departmentField, enumLabel, lookupName, type RecordField } from "@/lib/records/fields";
import { toIsoDate } from "@/lib/calendar/dates";
import { REVIEW_KIND_LABELS, REVIEW_OUTCOME_LABELS, REVIEW_PENDING_LABEL } from "@/lib/national-format";
import type { ReviewCaseRecord } from "./operations";

/** A review case's fields, as its page, list, export and history show them. */
export const REVIEW_FIELDS: RecordField<ReviewCaseRecord>[] = [
  { key: "id", label: "编号", value: (r) => r.id, detail: false, derived: true, export: { width: 8 } },
  {
    key: "caseNumber",
    label: "案号",
    value: (r) => r.caseNumber || `（未填案号，#${r.id}）`,
    list: true,
    export: { width: 24 },
  },
  {
    key: "kind",
    label: "案件类别",
    value: (r) => REVIEW_KIND_LABELS[r.kind],
    stored: enumLabel(REVIEW_KIND_LABELS),
    list: true,
    export: { width: 26 },
  },
  departmentField("承办科室"),
  {
    key: "applicationId",
    label: "相关申请",
    value: (r) => r.application?.regNo ?? "",
    stored: lookupName("applications"),
    list: true,
    export: { width: 16 },
  },
  { key: "filedOn", label: "立案日期", value: (r) => toIsoDate(r.filedOn), list: true, nowrap: true },
  {
    key: "outcome",
    label: "审理结果",
    value: (r) => (r.outcome ? REVIEW_OUTCOME_LABELS[r.outcome] : REVIEW_PENDING_LABEL),
    stored: enumLabel(REVIEW_OUTCOME_LABELS),
    list: true,
  },
  {
    key: "decidedOn",
    label: "结案日期",
    value: (r) => (r.decidedOn ? toIsoDate(r.decidedOn) : ""),
    list: true,
    nowrap: true,
  },
  { key: "note", label: "备注", value: (r) => r.note, export: { width: 40 } },
];
