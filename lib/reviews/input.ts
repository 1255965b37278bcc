import { z, fields } from "@/lib/validation";
import { optionalFields } from "@/lib/records/input";
import { REVIEW_KINDS, REVIEW_OUTCOMES } from "@/lib/national-format";

/** A reconsideration or litigation case (行政复议、行政诉讼) as forms post it and operations take it. */
export const reviewCaseInput = z
  .object({
    kind: z.enum(REVIEW_KINDS, { message: "请选择案件类别。" }),
    departmentId: fields.id("承办科室"),
    applicationId: optionalFields.id("相关申请"),
    caseNumber: fields.optionalText("案号", 100),
    filedOn: fields.isoDate("立案日期"),
    outcome: optionalFields.choice(REVIEW_OUTCOMES, "审理结果"),
    decidedOn: optionalFields.date("结案日期"),
    note: fields.optionalText("备注", 2000),
  })
  .superRefine((v, ctx) => {
    // The outcome and its date come together: a case is open until both are known.
    if (v.outcome && !v.decidedOn)
      ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "已选择审理结果，请同时填写结案日期。" });
    if (v.decidedOn && !v.outcome)
      ctx.addIssue({ code: "custom", path: ["outcome"], message: "已填写结案日期，请同时选择审理结果。" });
    if (v.decidedOn && typeof v.filedOn === "string" && v.decidedOn < v.filedOn) {
      ctx.addIssue({ code: "custom", path: ["decidedOn"], message: "结案日期不能早于立案日期。" });
    }
  });
export type ReviewCaseInput = z.infer<typeof reviewCaseInput>;

export const REVIEW_FIELD_LABELS: Record<string, string> = {
  kind: "案件类别",
  departmentId: "承办科室",
  applicationId: "相关申请",
  caseNumber: "案号",
  filedOn: "立案日期",
  outcome: "审理结果",
  decidedOn: "结案日期",
  note: "备注",
};

export const REVIEW_STATUSES = [
  { value: "pending", label: "尚未审结" },
  { value: "decided", label: "已审结" },
];
