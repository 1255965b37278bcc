import { z, fields } from "@/lib/validation";
import { listQuery } from "@/lib/records/list";
import { toIsoDate } from "@/lib/calendar/dates";
import { REVIEW_KINDS, REVIEW_OUTCOMES } from "@/lib/national-format";

/** A reconsideration or litigation case (行政复议、行政诉讼) as forms post it and operations take it. */
export const reviewCaseInput = z
  .object({
    kind: z.enum(REVIEW_KINDS, { message: "请选择案件类别。" }),
    departmentId: fields.id("承办科室"),
    applicationId: fields.optionalId("相关申请"),
    caseNumber: fields.optionalText("案号", 100),
    filedOn: fields.isoDate("立案日期"),
    outcome: fields.optionalChoice(REVIEW_OUTCOMES, "审理结果"),
    decidedOn: fields.optionalDate("结案日期"),
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

/** The list's query: the shared filters plus the case kind. status: pending | decided; outcome: a ReviewOutcome. */
export const reviewListQuery = listQuery.extend({ kind: z.enum(REVIEW_KINDS).optional().catch(undefined) });
export type ReviewListQuery = z.infer<typeof reviewListQuery>;

export const REVIEW_STATUSES = [
  { value: "pending", label: "尚未审结" },
  { value: "decided", label: "已审结" },
];

/** What the edit form starts from: the stored case as the form's fields. */
export function reviewFormValues(r: {
  kind: string;
  departmentId: number;
  applicationId: number | null;
  caseNumber: string;
  filedOn: Date;
  outcome: string | null;
  decidedOn: Date | null;
  note: string;
}): Record<keyof ReviewCaseInput, string> {
  return {
    kind: r.kind,
    departmentId: String(r.departmentId),
    applicationId: r.applicationId ? String(r.applicationId) : "",
    caseNumber: r.caseNumber,
    filedOn: toIsoDate(r.filedOn),
    outcome: r.outcome ?? "",
    decidedOn: r.decidedOn ? toIsoDate(r.decidedOn) : "",
    note: r.note,
  };
}
