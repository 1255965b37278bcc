import { z, fields } from "@/lib/validation";
import { isoWeeksInYear } from "@/lib/calendar/dates";
import { parseWeekInput } from "./week";

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

/** What the create form posts. */
export const submissionFormInput = formShape.transform(toInput);

/** What the edit form posts: the record, the version it was read at, and the fields. */
export const submissionUpdateFormInput = formShape
  .extend({ id: fields.id("记录"), version: fields.version })
  .transform(({ id, version, ...rest }) => ({ id, version, input: toInput(rest) }));

export const adoptionInput = z.object({
  id: fields.id("记录"),
  version: fields.version,
  outletId: fields.id("报送渠道"),
  adoptedOn: fields.optionalIsoDate("采用日期"),
});

/** Field labels for the history of a submission (audit snapshots use these keys). */
export const SUBMISSION_FIELD_LABELS: Record<string, string> = {
  departmentId: "科室",
  categoryId: "信息类别",
  title: "标题",
  summary: "摘要",
  isoYear: "年度",
  isoWeek: "周次",
  placements: "报送渠道",
};
