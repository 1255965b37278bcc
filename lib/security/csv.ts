/**
 * CSV cells that spreadsheet programs cannot run. A cell beginning with =, +, -, @, a tab or a carriage
 * return is read by Excel, WPS and LibreOffice as a formula (`=HYPERLINK(…)` sends the neighbouring cells
 * to another site); such a cell is written with a leading apostrophe, which makes it text (OWASP, "CSV
 * Injection"). A plain number stays a number: `-1` (a 本年增/减 delta) is not a formula and is not touched.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/** The text as a spreadsheet will show it, never as a formula it would evaluate. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** One CSV field: numbers as they are, text neutralised, then quoted as RFC 4180 requires. */
export function csvField(value: string | number | null | undefined): string {
  const text = typeof value === "number" ? String(value) : neutraliseFormula(value ?? "");
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
