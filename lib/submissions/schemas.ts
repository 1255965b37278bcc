import { z, fields } from "@/lib/validation";
import { listQuery } from "@/lib/records/list";
import { isoWeeksInYear } from "@/lib/calendar/dates";
import { formatWeekInput, parseWeekInput } from "./week";

/** A checkbox group arrives as one string, several strings, or nothing at all. */
const idList = (message: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().positive()).min(1, message),
  );

const base = z.object({
  departmentId: fields.id("科室"),
  categoryId: fields.id("信息类别"),
  title: fields.text("标题", 200),
  summary: fields.optionalText("摘要", 2000),
  isoYear: z.coerce.number().int().min(2000, "年份不正确。").max(2100, "年份不正确。"),
  isoWeek: z.coerce.number().int().min(1, "周次应在 1–53 之间。").max(53, "周次应在 1–53 之间。"),
  outletIds: idList("请至少选择一个报送渠道。"),
});

/** What the domain operations take: the ISO week as year and week. */
export const submissionInput = base.superRefine((value, ctx) => {
  if (value.isoWeek > isoWeeksInYear(value.isoYear)) {
    ctx.addIssue({
      code: "custom",
      path: ["isoWeek"],
      message: `${value.isoYear}年共 ${isoWeeksInYear(value.isoYear)} 周。`,
    });
  }
});
export type SubmissionInput = z.infer<typeof submissionInput>;

/** The form's `<input type="week">` value ("2026-W09") as year and week, with the error beside the field. */
const week = z
  .string()
  .trim()
  .min(1, "请选择上报周次。")
  .transform((text, ctx) => {
    const parsed = parseWeekInput(text);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }
    return parsed;
  });

const formShape = base.omit({ isoYear: true, isoWeek: true }).extend({ week });
type FormShape = z.infer<typeof formShape>;
const toInput = ({ week: w, ...rest }: FormShape): SubmissionInput => ({
  ...rest,
  isoYear: w.isoYear,
  isoWeek: w.isoWeek,
});

/** What the submission form posts (the week as "2026-W09"), as the operations take it. */
export const submissionFormInput = formShape.transform(toInput);

export const adoptionInput = z.object({
  id: fields.id("记录"),
  version: fields.version,
  outletId: fields.id("报送渠道"),
  adoptedOn: fields.optionalDate("采用日期"),
});

/** The list's query: the shared filters plus the ISO year and category. status: adopted | notAdopted. */
export const submissionListQuery = listQuery.extend({
  isoYear: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  categoryId: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
});
export type SubmissionListQuery = z.infer<typeof submissionListQuery>;

export const SUBMISSION_STATUSES = [
  { value: "adopted", label: "已采用" },
  { value: "notAdopted", label: "未采用" },
];

/** What the edit form starts from. */
export function submissionFormValues(s: {
  departmentId: number;
  categoryId: number;
  title: string;
  summary: string;
  isoYear: number;
  isoWeek: number;
  placements: { outletId: number }[];
}) {
  return {
    departmentId: String(s.departmentId),
    categoryId: String(s.categoryId),
    title: s.title,
    summary: s.summary,
    week: formatWeekInput(s.isoYear, s.isoWeek),
    outletIds: s.placements.map((p) => String(p.outletId)),
  };
}
