// The inputs of the application forms, validated on the server with Chinese messages per field.
import { z, fields } from "@/lib/validation";
import { isIsoDate } from "@/lib/calendar/dates";
import { APPLICANT_TYPES, APPLICATION_CHANNELS, APPLICATION_OUTCOMES, EVENT_KINDS } from "./labels";

const optionalDate = (label: string) =>
  fields.optionalIsoDate(label).refine((s) => s === "" || isIsoDate(s), `${label}不是有效日期。`);

export const applicationInput = z.object({
  departmentId: fields.id("承办科室"),
  channel: z.enum(APPLICATION_CHANNELS, { message: "请选择申请方式。" }),
  submittedOn: optionalDate("提交日期"),
  receivedOn: fields.isoDate("收到申请日期"),
  applicantType: z.enum(APPLICANT_TYPES, { message: "请选择申请人类型。" }),
  applicantName: fields.text("申请人姓名或名称", 100),
  applicantContact: fields.optionalText("联系方式", 200),
  requestText: fields.text("申请公开的内容", 4000),
});
export type ApplicationInput = z.infer<typeof applicationInput>;

export const applicationUpdateInput = applicationInput.extend({ id: fields.id("申请"), version: fields.version });
export type ApplicationUpdateInput = z.infer<typeof applicationUpdateInput>;

export const eventInput = z.object({
  applicationId: fields.id("申请"),
  version: fields.version,
  kind: z.enum(EVENT_KINDS, { message: "请选择办理事项。" }),
  occurredOn: fields.isoDate("日期"),
  untilOn: optionalDate("确定的答复期限"),
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
