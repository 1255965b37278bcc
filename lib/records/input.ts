import { z, fields } from "@/lib/validation";

/**
 * Field schemas that record forms share beyond lib/validation's `fields`: optional selects and
 * dates that arrive as "" when left empty and mean null.
 */
const emptyToNull = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v;

export const optionalFields = {
  /** A valid "YYYY-MM-DD" or null. */
  date: (label: string) => z.preprocess(emptyToNull, fields.isoDate(label).nullable()),
  /** One of `values` or null. */
  choice: <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
    z.preprocess(emptyToNull, z.enum(values, { message: `请选择${label}。` }).nullable()),
  /** A record id or null. */
  id: (label: string) =>
    z.preprocess(
      emptyToNull,
      z.coerce
        .number({ message: `请选择${label}。` })
        .int()
        .positive(`请选择${label}。`)
        .nullable(),
    ),
  /** A month 1–12, or null for the whole year. */
  month: () =>
    z.preprocess(
      emptyToNull,
      z.coerce
        .number({ message: "月份应为 1–12。" })
        .int("月份应为 1–12。")
        .min(1, "月份应为 1–12。")
        .max(12, "月份应为 1–12。")
        .nullable(),
    ),
};

/** The id and version an edit or delete form posts (the version the user read, for the optimistic check). */
export const recordRef = z.object({ id: fields.id("记录"), version: fields.version });
