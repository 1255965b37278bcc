import { z } from "zod";
import { isIsoDate } from "@/lib/calendar/dates";

// Every zod message in Simplified Chinese unless a schema gives its own.
z.config(z.locales.zhCN());

export { z };

/**
 * A search box's text from a query string: the first value when the parameter repeats, without control
 * characters (PostgreSQL cannot even compare a NUL), trimmed, at most `max` characters.
 */
export function searchText(raw: unknown, max = 100): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string") return "";
  return value
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, max);
}

/** "" (an empty form field), whitespace, undefined and null all mean "not given". */
const emptyToNull = (v: unknown) =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v;

const MAX_ID = 2_147_483_647;

const isoDate = (label: string) =>
  z
    .string()
    .trim()
    .min(1, `请填写${label}。`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 年-月-日，如 2024-03-15。`)
    .refine(isIsoDate, `${label}不是有效日期。`);

const id = (label: string) =>
  z.coerce
    .number({ message: `请选择${label}。` })
    .int(`请选择${label}。`)
    .positive(`请选择${label}。`)
    .max(MAX_ID, `请选择${label}。`);

/** The one set of field schemas every form validates with (messages name the field in Chinese). */
export const fields = {
  text: (label: string, max = 200) =>
    z.string().trim().min(1, `请填写${label}。`).max(max, `${label}不能超过 ${max} 个字。`),
  optionalText: (label: string, max = 2000) => z.string().trim().max(max, `${label}不能超过 ${max} 个字。`).default(""),
  /** A record id chosen in a form (a positive 32-bit integer). */
  id,
  /** An id or null when left empty. */
  optionalId: (label: string) => z.preprocess(emptyToNull, id(label).nullable()),
  /** A real calendar date "YYYY-MM-DD". */
  isoDate,
  /** A real calendar date or null when left empty. */
  optionalDate: (label: string) => z.preprocess(emptyToNull, isoDate(label).nullable()),
  /** One of `values`, or null when left empty. */
  optionalChoice: <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
    z.preprocess(emptyToNull, z.enum(values, { message: `请选择${label}。` }).nullable()),
  /** A month 1–12, or null for the whole year. */
  optionalMonth: () =>
    z.preprocess(
      emptyToNull,
      z.coerce
        .number({ message: "月份应为 1–12。" })
        .int("月份应为 1–12。")
        .min(1, "月份应为 1–12。")
        .max(12, "月份应为 1–12。")
        .nullable(),
    ),
  version: z.coerce.number().int().nonnegative().max(MAX_ID),
  checkbox: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
};
