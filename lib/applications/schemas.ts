// The inputs of the application forms, validated on the server with Chinese messages per field.
import { z, fields } from "@/lib/validation";
import { listQuery } from "@/lib/records/list";
import { isIsoDate, toIsoDate } from "@/lib/calendar/dates";
import { APPLICANT_TYPES, APPLICATION_CHANNELS, APPLICATION_OUTCOMES, EVENT_KINDS } from "./labels";

export const applicationInput = z.object({
  departmentId: fields.id("承办科室"),
  channel: z.enum(APPLICATION_CHANNELS, { message: "请选择申请方式。" }),
  submittedOn: fields.optionalDate("提交日期"),
  receivedOn: fields.isoDate("收到申请日期"),
  applicantType: z.enum(APPLICANT_TYPES, { message: "请选择申请人类型。" }),
  applicantName: fields.text("申请人姓名或名称", 100),
  applicantContact: fields.optionalText("联系方式", 200),
  requestText: fields.text("申请公开的内容", 4000),
});
export type ApplicationInput = z.infer<typeof applicationInput>;

export const eventInput = z.object({
  applicationId: fields.id("申请"),
  version: fields.version,
  kind: z.enum(EVENT_KINDS, { message: "请选择办理事项。" }),
  occurredOn: fields.isoDate("日期"),
  untilOn: fields.optionalDate("期限日期"),
  /** Working days of an extension asked for or approved (≤ 20, 第三十三条); empty = 20. */
  workingDays: z
    .preprocess(
      (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v),
      z.coerce
        .number({ message: "延长的工作日数应为 1–20 的整数。" })
        .int("延长的工作日数应为 1–20 的整数。")
        .min(1, "延长的工作日数应为 1–20 的整数。")
        .max(20, "延长的期限最长不得超过 20 个工作日（第三十三条）。")
        .nullable(),
    )
    .optional(),
  amount: z
    .string()
    .trim()
    .regex(/^(\d{1,10}(\.\d{1,2})?)?$/, "金额应为元，最多两位小数，如 120.50。")
    .default(""),
  outcome: z.union([z.literal(""), z.enum(APPLICATION_OUTCOMES)], { message: "请选择办理结果。" }).default(""),
  note: fields.optionalText("说明", 500),
});
export type EventInput = z.infer<typeof eventInput>;

/** Deleting an event: its id and the version of its application (the shared delete button's fields). */
export const eventDeleteInput = z.object({ id: fields.id("办理事项"), version: fields.version });
export type EventDeleteInput = z.infer<typeof eventDeleteInput>;

/** The application list's query: the shared filters plus year of receipt and "open at" a date. */
export const applicationListQuery = listQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  openOn: z.string().refine(isIsoDate).optional().catch(undefined),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuery>;

/** What the edit form starts from (personal data only when the reader may see it). */
export function applicationFormValues(a: {
  departmentId: number;
  channel: string;
  submittedOn: Date | null;
  receivedOn: Date;
  applicantType: string;
  applicantName: string | null;
  applicantContact: string | null;
  requestText: string;
}): Record<keyof ApplicationInput, string> {
  return {
    departmentId: String(a.departmentId),
    channel: a.channel,
    submittedOn: a.submittedOn ? toIsoDate(a.submittedOn) : "",
    receivedOn: toIsoDate(a.receivedOn),
    applicantType: a.applicantType,
    applicantName: a.applicantName ?? "",
    applicantContact: a.applicantContact ?? "",
    requestText: a.requestText,
  };
}
