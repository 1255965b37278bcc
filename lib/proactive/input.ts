import { z, fields } from "@/lib/validation";
import { optionalFields, recordRef } from "@/lib/records/input";
import { DECISION_KINDS, NORMATIVE_DOCUMENT_KINDS } from "@/lib/national-format";
import { parseYuan } from "./money";

/** Proactive-disclosure records (主动公开) as forms post them and operations take them. */

const year = z.coerce
  .number({ message: "请填写年度。" })
  .int("年度应为四位数字。")
  .min(2000, "年度不正确。")
  .max(2100, "年度不正确。");

export const normativeDocumentInput = z.object({
  kind: z.enum(NORMATIVE_DOCUMENT_KINDS, { message: "请选择文件类别。" }),
  departmentId: fields.id("起草科室"),
  docNumber: fields.text("文号", 100),
  title: fields.text("文件标题", 300),
  issuedOn: fields.isoDate("印发日期"),
});
export type NormativeDocumentInput = z.infer<typeof normativeDocumentInput>;

/** 废止 with its date, or `restore`: undo a mistaken repeal. */
export const repealInput = recordRef
  .extend({ mode: z.enum(["repeal", "restore"]).default("repeal"), repealedOn: optionalFields.date("废止日期") })
  .superRefine((v, ctx) => {
    if (v.mode === "repeal" && !v.repealedOn)
      ctx.addIssue({ code: "custom", path: ["repealedOn"], message: "请填写废止日期。" });
  })
  .transform((v) => ({ id: v.id, version: v.version, repealedOn: v.mode === "repeal" ? v.repealedOn : null }));

export const decisionTallyInput = z.object({
  kind: z.enum(DECISION_KINDS, { message: "请选择决定类别。" }),
  departmentId: fields.id("科室"),
  year,
  month: optionalFields.month(),
  count: z.coerce
    .number({ message: "请填写决定数量。" })
    .int("决定数量应为整数。")
    .min(0, "决定数量不能为负数。")
    .max(10_000_000, "决定数量过大，请核对。"),
  note: fields.optionalText("备注", 1000),
});
export type DecisionTallyInput = z.infer<typeof decisionTallyInput>;

const yuan = z.string({ message: "请填写金额。" }).transform((text, ctx) => {
  const parsed = parseYuan(text);
  if ("error" in parsed) {
    ctx.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  }
  return parsed.yuan;
});

export const feeCollectionInput = z.object({
  departmentId: fields.id("科室"),
  year,
  month: optionalFields.month(),
  amount: yuan,
  description: fields.optionalText("收费项目及说明", 1000),
});
export type FeeCollectionInput = z.infer<typeof feeCollectionInput>;

export const PERIOD_STATUSES = [
  { value: "month", label: "按月" },
  { value: "year", label: "全年" },
];

export const DOCUMENT_STATUSES = [
  { value: "inForce", label: "现行有效" },
  { value: "repealed", label: "已废止" },
];

export const DOCUMENT_FIELD_LABELS: Record<string, string> = {
  kind: "文件类别",
  departmentId: "起草科室",
  docNumber: "文号",
  title: "文件标题",
  issuedOn: "印发日期",
  repealedOn: "废止日期",
};

export const TALLY_FIELD_LABELS: Record<string, string> = {
  kind: "决定类别",
  departmentId: "科室",
  year: "年度",
  month: "月份",
  count: "决定数量",
  note: "备注",
};

export const FEE_FIELD_LABELS: Record<string, string> = {
  departmentId: "科室",
  year: "年度",
  month: "月份",
  amount: "收费金额（元）",
  description: "收费项目及说明",
};

export const MONTH_OPTIONS = [
  { value: "", label: "全年" },
  ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` })),
];
