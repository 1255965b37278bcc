/**
 * Amounts of administrative fees in yuan, exact to the fen: validated and kept as decimal strings
 * (never binary floating point), stored in a numeric(14,2) column.
 */
const MAX_WHOLE_DIGITS = 12; // numeric(14,2)

/** "1,234.5" → { yuan: "1234.5" }; negative, non-numeric, more than two decimals or too large → a Chinese message. */
export function parseYuan(text: string): { yuan: string } | { error: string } {
  const trimmed = text.trim().replace(/[,，\s]/g, "");
  if (trimmed === "") return { error: "请填写金额。" };
  if (/^-/.test(trimmed)) return { error: "金额不能为负数。" };
  const match = /^\+?(\d+)(?:\.(\d*))?$/.exec(trimmed) ?? /^\+?()\.(\d+)$/.exec(trimmed);
  if (!match) return { error: "金额应为数字（单位：元），如 1234.56。" };
  const [, whole, fraction = ""] = match;
  if (fraction.length > 2) return { error: "金额以元为单位，最多保留两位小数（到分）。" };
  const wholeDigits = whole.replace(/^0+(?=\d)/, "") || "0";
  if (wholeDigits.length > MAX_WHOLE_DIGITS) return { error: "金额过大，请核对单位（元）。" };
  return { yuan: fraction ? `${wholeDigits}.${fraction}` : wholeDigits };
}

/** A stored amount (Prisma Decimal or text) with exactly two decimals: "1234.5" → "1234.50". */
export function formatYuan(amount: { toString(): string } | string): string {
  const [whole, fraction = ""] = String(amount).split(".");
  return `${whole}.${fraction.padEnd(2, "0").slice(0, 2)}`;
}
