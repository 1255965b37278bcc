// Chinese labels of the application enums and of the list's status filter. Outcome and applicant
// type labels come from the report format (lib/report/format/labels.ts), so they match the report.
import type { ApplicationChannel, ApplicationEventKind } from "@/lib/generated/prisma/enums";

export { APPLICANT_TYPE_LABELS, OUTCOME_LABELS } from "@/lib/national-format/format/labels";
export {
  APPLICANT_TYPES,
  APPLICATION_OUTCOMES,
  type ApplicantType,
  type ApplicationOutcome,
} from "@/lib/national-format/format/enums";

export const APPLICATION_CHANNELS = [
  "IN_PERSON",
  "REGISTERED_MAIL",
  "ORDINARY_MAIL",
  "ONLINE",
  "FAX",
  "OTHER",
] as const satisfies readonly ApplicationChannel[];

export const CHANNEL_LABELS: Record<ApplicationChannel, string> = {
  IN_PERSON: "当面提交",
  REGISTERED_MAIL: "邮政快递、挂号信等需签收的邮寄方式",
  ORDINARY_MAIL: "平常信函等无需签收的邮寄方式",
  ONLINE: "互联网渠道（网上申请、电子邮件）",
  FAX: "传真",
  OTHER: "其他方式",
};

export const EVENT_KINDS = [
  "CORRECTION_REQUESTED",
  "CORRECTION_RECEIVED",
  "THIRD_PARTY_CONSULTATION_STARTED",
  "THIRD_PARTY_CONSULTATION_ENDED",
  "ORGAN_CONSULTATION_STARTED",
  "ORGAN_CONSULTATION_ENDED",
  "EXTENSION_REQUESTED",
  "EXTENSION_APPROVED",
  "LONGER_DEADLINE_SET",
  "FEE_NOTICE_SENT",
  "FEE_PAID",
  "REPLIED",
] as const satisfies readonly ApplicationEventKind[];

export const EVENT_KIND_LABELS: Record<ApplicationEventKind, string> = {
  CORRECTION_REQUESTED: "补正告知（第三十条）",
  CORRECTION_RECEIVED: "收到补正",
  THIRD_PARTY_CONSULTATION_STARTED: "征求第三方意见（第三十二条）",
  THIRD_PARTY_CONSULTATION_ENDED: "收到第三方意见",
  ORGAN_CONSULTATION_STARTED: "征求其他机关意见（第三十四条）",
  ORGAN_CONSULTATION_ENDED: "收到其他机关意见",
  EXTENSION_REQUESTED: "申请延期答复（报负责人批准）",
  EXTENSION_APPROVED: "负责人批准延期答复（第三十三条）",
  LONGER_DEADLINE_SET: "确定延迟答复的合理期限（第三十五条）",
  FEE_NOTICE_SENT: "发出收费通知（信息处理费）",
  FEE_PAID: "申请人缴纳费用",
  REPLIED: "答复",
};

/** The list's status filter: the first four are open cases, the rest closed ones. */
export const LIST_STATUSES = [
  "open",
  "dueSoon",
  "overdue",
  "paused",
  "replied",
  "repliedOnTime",
  "repliedLate",
] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export const LIST_STATUS_LABELS: Record<ListStatus, string> = {
  open: "办理中（全部未答复）",
  dueSoon: "5个工作日内到期",
  overdue: "已逾期未答复",
  paused: "待补正或征求意见（暂停计时）",
  replied: "已答复",
  repliedOnTime: "按期答复",
  repliedLate: "逾期答复",
};

/** Working days ahead that count as "due soon" on the dashboard and in the list filter. */
export const DUE_SOON_WORKING_DAYS = 5;

/** Column names as the history (audit log) shows them. */
export const APPLICATION_FIELD_LABELS: Record<string, string> = {
  regNo: "登记号",
  departmentId: "承办科室",
  channel: "申请方式",
  submittedOn: "提交日期",
  receivedOn: "收到申请日期",
  applicantType: "申请人类型",
  applicantName: "申请人",
  applicantContact: "联系方式",
  requestText: "申请公开的内容",
  dueOn: "答复期限",
  outcome: "办理结果",
  repliedOn: "答复日期",
  feeAmount: "信息处理费（元）",
};

/** The applicant's personal data: shown only to the handling department and the head. */
export const PERSONAL_FIELDS = new Set(["applicantName", "applicantContact"]);
