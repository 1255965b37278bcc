import { z, fields } from "@/lib/validation";
import { recordRef } from "@/lib/records/input";
import { listQuery } from "@/lib/records/list";
import { toIsoDate } from "@/lib/calendar/dates";
import { DECISION_KINDS, NORMATIVE_DOCUMENT_KINDS } from "@/lib/national-format";
import { formatYuan, parseYuan } from "./money";
import { FIRST_RECORD_YEAR } from "./period";

/** Proactive-disclosure records (主动公开) as forms post them and operations take them. */

const year = z.coerce
  .number({ message: "请填写年度。" })
  .int("年度应为四位数字。")
  .min(FIRST_RECORD_YEAR, `年度不能早于 ${FIRST_RECORD_YEAR} 年（《政府信息公开条例》自2008年5月1日起施行）。`)
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
  .extend({ mode: z.enum(["repeal", "restore"]).default("repeal"), repealedOn: fields.optionalDate("废止日期") })
  .superRefine((v, ctx) => {
    if (v.mode === "repeal" && !v.repealedOn)
      ctx.addIssue({ code: "custom", path: ["repealedOn"], message: "请填写废止日期。" });
  })
  .transform((v) => ({ id: v.id, version: v.version, repealedOn: v.mode === "repeal" ? v.repealedOn : null }));

export const decisionTallyInput = z.object({
  kind: z.enum(DECISION_KINDS, { message: "请选择决定类别。" }),
  departmentId: fields.id("科室"),
  year,
  month: fields.optionalMonth(),
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
  month: fields.optionalMonth(),
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

export const MONTH_OPTIONS = [
  { value: "", label: "全年" },
  ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` })),
];

/** The list queries: the shared filters plus each register's own. */
export const documentListQuery = listQuery.extend({
  kind: z.enum(NORMATIVE_DOCUMENT_KINDS).optional().catch(undefined),
});
export type DocumentListQuery = z.infer<typeof documentListQuery>;

export const tallyListQuery = listQuery.extend({
  kind: z.enum(DECISION_KINDS).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type TallyListQuery = z.infer<typeof tallyListQuery>;

export const feeListQuery = listQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
export type FeeListQuery = z.infer<typeof feeListQuery>;

/** What the edit forms start from. */
export function documentFormValues(d: {
  kind: string;
  departmentId: number;
  docNumber: string;
  title: string;
  issuedOn: Date;
}): Record<keyof NormativeDocumentInput, string> {
  return {
    kind: d.kind,
    departmentId: String(d.departmentId),
    docNumber: d.docNumber,
    title: d.title,
    issuedOn: toIsoDate(d.issuedOn),
  };
}

export function tallyFormValues(t: {
  kind: string;
  departmentId: number;
  year: number;
  month: number | null;
  count: number;
  note: string;
}): Record<keyof DecisionTallyInput, string> {
  return {
    kind: t.kind,
    departmentId: String(t.departmentId),
    year: String(t.year),
    month: t.month ? String(t.month) : "",
    count: String(t.count),
    note: t.note,
  };
}

export function feeFormValues(f: {
  departmentId: number;
  year: number;
  month: number | null;
  amount: { toString(): string };
  description: string;
}): Record<keyof FeeCollectionInput, string> {
  return {
    departmentId: String(f.departmentId),
    year: String(f.year),
    month: f.month ? String(f.month) : "",
    amount: formatYuan(f.amount),
    description: f.description,
  };
}
