import { z } from "zod";

// Every zod message in Simplified Chinese unless a schema gives its own.
z.config(z.locales.zhCN());

export { z };

/** Shared field helpers so every form validates the same way. */
export const fields = {
  text: (label: string, max = 200) =>
    z.string().trim().min(1, `请填写${label}。`).max(max, `${label}不能超过 ${max} 个字。`),
  optionalText: (label: string, max = 2000) => z.string().trim().max(max, `${label}不能超过 ${max} 个字。`).default(""),
  id: (label: string) =>
    z.coerce
      .number({ message: `请选择${label}。` })
      .int()
      .positive(`请选择${label}。`),
  isoDate: (label: string) =>
    z
      .string()
      .trim()
      .min(1, `请填写${label}。`)
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 年-月-日，如 2024-03-15。`)
      .refine(
        (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
        `${label}不是有效日期。`,
      ),
  optionalIsoDate: (label: string) =>
    z
      .string()
      .trim()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, `${label}格式应为 年-月-日，如 2024-03-15。`)
      .default(""),
  version: z.coerce.number().int().nonnegative(),
  checkbox: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
};
