import { departmentField, lookupName, type RecordField } from "@/lib/records/fields";
import { toIsoDate } from "@/lib/calendar/dates";
import type { SubmissionRecord } from "./operations";
import { formatWeekInput, weekLabel } from "./week";

const adopted = (row: SubmissionRecord) => row.placements.filter((p) => p.adoptedOn);
type StoredPlacement = { outlet: string; adoptedOn: string | null };

/** A submission's fields, as its page, list, export and history show them. */
export const SUBMISSION_FIELDS: RecordField<SubmissionRecord>[] = [
  { key: "id", label: "编号", value: (r) => r.id, detail: false, derived: true, export: { width: 8 } },
  { key: "title", label: "标题", value: (r) => r.title, list: true, detail: false, export: { width: 48 } },
  { key: "isoYear", label: "年度", value: (r) => r.isoYear, detail: false, export: { width: 8 } },
  { key: "isoWeek", label: "周次", value: (r) => r.isoWeek, detail: false, export: { width: 8 } },
  {
    key: "week",
    label: "上报周",
    value: (r) => formatWeekInput(r.isoYear, r.isoWeek),
    list: true,
    nowrap: true,
    detail: false,
    derived: true,
    export: { width: 12 },
  },
  departmentField("科室"),
  {
    key: "categoryId",
    label: "信息类别",
    value: (r) => r.category.name,
    stored: lookupName("categories"),
    list: true,
    export: { width: 14 },
  },
  {
    key: "weekLabel",
    label: "上报周次",
    value: (r) => weekLabel(r.isoYear, r.isoWeek),
    derived: true,
    export: false,
  },
  { key: "summary", label: "摘要", value: (r) => r.summary, export: { width: 48 } },
  {
    key: "placements",
    label: "报送渠道",
    value: (r) => r.placements.map((p) => p.outlet.name).join("、"),
    stored: (v) =>
      (v as StoredPlacement[]).map((p) => `${p.outlet}${p.adoptedOn ? `（${p.adoptedOn}采用）` : ""}`).join("、") ||
      "（无）",
    list: true,
    detail: false,
    export: { width: 36 },
  },
  {
    key: "adoptedBy",
    label: "采用渠道",
    value: (r) =>
      adopted(r)
        .map((p) => `${p.outlet.name}（${toIsoDate(p.adoptedOn!)}）`)
        .join("、"),
    detail: false,
    derived: true,
    export: { width: 36 },
  },
  {
    key: "adopted",
    label: "采用",
    value: (r) =>
      adopted(r)
        .map((p) => p.outlet.name)
        .join("、"),
    list: true,
    detail: false,
    derived: true,
    export: false,
  },
  {
    key: "isAdopted",
    label: "是否采用",
    value: (r) => (adopted(r).length ? "是" : "否"),
    detail: false,
    derived: true,
    export: { width: 10 },
  },
];
