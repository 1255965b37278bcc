import { departmentField, enumLabel, type RecordField } from "@/lib/records/fields";
import { toIsoDate } from "@/lib/calendar/dates";
import type { ApplicationChannel } from "@/lib/generated/prisma/enums";
import {
  APPLICANT_TYPE_LABELS,
  CHANNEL_LABELS,
  OUTCOME_LABELS,
  type ApplicantType,
  type ApplicationOutcome,
} from "./labels";
import type { ApplicationView } from "./operations";

const date = (d: Date | null) => (d ? toIsoDate(d) : "");
const NOT_PERMITTED = "（无权查看）";

/**
 * An application's fields, as its page, list, export and history show them. The applicant's name
 * and contact are masked in the view for readers without the permission; the export leaves their
 * columns out for them (`APPLICATION_FIELDS_WITHOUT_PERSONAL`).
 */
export const APPLICATION_FIELDS: RecordField<ApplicationView>[] = [
  { key: "regNo", label: "登记号", value: (r) => r.regNo, list: 1, nowrap: true, export: { width: 12 } },
  { ...departmentField<ApplicationView>("承办科室"), list: 5, export: { width: 16 } },
  {
    key: "channel",
    label: "申请方式",
    value: (r) => CHANNEL_LABELS[r.channel],
    stored: enumLabel<ApplicationChannel>(CHANNEL_LABELS),
    export: { width: 18 },
  },
  { key: "submittedOn", label: "提交日期", value: (r) => date(r.submittedOn), export: { width: 12 } },
  {
    key: "receivedOn",
    label: "收到申请日期",
    value: (r) => date(r.receivedOn),
    list: 2,
    nowrap: true,
    export: { width: 14 },
  },
  {
    key: "applicantType",
    label: "申请人类型",
    value: (r) => APPLICANT_TYPE_LABELS[r.applicantType],
    stored: enumLabel<ApplicantType>(APPLICANT_TYPE_LABELS),
    export: { width: 22 },
  },
  {
    key: "applicantName",
    label: "申请人",
    value: (r) => r.applicantName ?? NOT_PERMITTED,
    list: 3,
    export: { width: 16 },
  },
  {
    key: "applicantContact",
    label: "联系方式",
    value: (r) => r.applicantContact ?? NOT_PERMITTED,
    export: { width: 20 },
  },
  { key: "requestText", label: "申请公开的内容", value: (r) => r.requestText, list: 4, export: { width: 50 } },
  {
    key: "dueOn",
    label: "答复期限",
    value: (r) => date(r.dueOn),
    list: 6,
    nowrap: true,
    detail: false,
    export: { width: 12 },
  },
  {
    key: "standing",
    label: "状态",
    value: (r) => r.standing.label,
    list: 7,
    detail: false,
    derived: true,
    export: { width: 18 },
  },
  { key: "repliedOn", label: "答复日期", value: (r) => date(r.repliedOn), export: { width: 12 } },
  {
    key: "outcome",
    label: "办理结果",
    value: (r) => (r.outcome ? OUTCOME_LABELS[r.outcome] : ""),
    stored: enumLabel<ApplicationOutcome>(OUTCOME_LABELS),
    list: 8,
    export: { width: 36 },
  },
  { key: "feeAmount", label: "信息处理费（元）", value: (r) => r.feeAmount?.toString() ?? "", export: { width: 14 } },
];

export const APPLICATION_FIELDS_WITHOUT_PERSONAL = APPLICATION_FIELDS.filter(
  (f) => f.key !== "applicantName" && f.key !== "applicantContact",
);
