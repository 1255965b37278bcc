import { departmentField, enumLabel, type RecordField } from "@/lib/records/fields";
import { toIsoDate } from "@/lib/calendar/dates";
import { DECISION_KIND_LABELS, NORMATIVE_DOCUMENT_KIND_LABELS } from "@/lib/national-format";
import type { NormativeDocumentRecord } from "./documents";
import type { DecisionTallyRecord } from "./tallies";
import type { FeeCollectionRecord } from "./fees";
import { formatYuan } from "./money";
import { periodLabel } from "./period";

/** The fields of the three proactive-disclosure registers, as their pages, lists, exports and histories show them. */

const id = {
  key: "id",
  label: "编号",
  value: (r: { id: number }) => r.id,
  detail: false,
  derived: true,
  export: { width: 8 },
} as const;

export const DOCUMENT_FIELDS: RecordField<NormativeDocumentRecord>[] = [
  id,
  { key: "title", label: "文件标题", value: (r) => r.title, list: true, export: { width: 48 } },
  { key: "docNumber", label: "文号", value: (r) => r.docNumber, list: true, export: { width: 24 } },
  {
    key: "kind",
    label: "文件类别",
    value: (r) => NORMATIVE_DOCUMENT_KIND_LABELS[r.kind],
    stored: enumLabel(NORMATIVE_DOCUMENT_KIND_LABELS),
    list: true,
    export: { width: 16 },
  },
  departmentField("起草科室"),
  { key: "issuedOn", label: "印发日期", value: (r) => toIsoDate(r.issuedOn), list: true, nowrap: true },
  { key: "repealedOn", label: "废止日期", value: (r) => (r.repealedOn ? toIsoDate(r.repealedOn) : ""), detail: false },
  {
    key: "status",
    label: "状态",
    value: (r) => (r.repealedOn ? `已废止（${toIsoDate(r.repealedOn)}）` : "现行有效"),
    list: true,
    detail: false,
    derived: true,
    export: { width: 14 },
  },
];

export const TALLY_FIELDS: RecordField<DecisionTallyRecord>[] = [
  id,
  {
    key: "period",
    label: "期间",
    value: (r) => periodLabel(r),
    list: true,
    nowrap: true,
    derived: true,
    export: false,
  },
  {
    key: "kind",
    label: "决定类别",
    value: (r) => DECISION_KIND_LABELS[r.kind],
    stored: enumLabel(DECISION_KIND_LABELS),
    list: true,
    export: { width: 12 },
  },
  departmentField("科室"),
  { key: "year", label: "年度", value: (r) => r.year, detail: false, export: { width: 8 } },
  { key: "month", label: "月份", value: (r) => r.month ?? "全年", detail: false, export: { width: 8 } },
  { key: "count", label: "决定数量（件）", value: (r) => r.count, list: true, numeric: true, export: { width: 10 } },
  { key: "note", label: "备注", value: (r) => r.note, list: true, export: { width: 40 } },
];

export const FEE_FIELDS: RecordField<FeeCollectionRecord>[] = [
  id,
  {
    key: "period",
    label: "期间",
    value: (r) => periodLabel(r),
    list: true,
    nowrap: true,
    derived: true,
    export: false,
  },
  departmentField("科室"),
  { key: "year", label: "年度", value: (r) => r.year, detail: false, export: { width: 8 } },
  { key: "month", label: "月份", value: (r) => r.month ?? "全年", detail: false, export: { width: 8 } },
  // Text, so Excel shows the fen exactly as stored.
  {
    key: "amount",
    label: "收费金额（元）",
    value: (r) => formatYuan(r.amount),
    stored: (v) => formatYuan(String(v)),
    list: true,
    numeric: true,
    export: { width: 16 },
  },
  { key: "description", label: "收费项目及说明", value: (r) => r.description, list: true, export: { width: 40 } },
];
