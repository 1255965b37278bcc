import type { z } from "zod";

/** FormData as a plain object; repeated keys (checkbox groups) become arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return out;
}

/** Every zod issue, grouped by the top-level field it belongs to (all of them, not just the first). */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    (out[field] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Fields holding a NUL character, each with its message: PostgreSQL cannot store one in text and no
 * form has a use for it, so every action refuses it at the field before anything else (null: none).
 */
export function nulFieldErrors(values: Record<string, string | string[]>): Record<string, string[]> | null {
  const fields = Object.entries(values).filter(([, v]) => [v].flat().some((text) => text.includes("\u0000")));
  if (!fields.length) return null;
  return Object.fromEntries(fields.map(([key]) => [key, ["含有无法保存的空字符（\\0），请删除后重新提交。"]]));
}
