// Lines of pasted text into table fields: tab-separated as copied from a web page or Word, or separated by
// spaces when the copy lost its tabs; each field classified as blank, a number, a dash or text.
import { addDecimals, yuanToWan } from "@/lib/national-format/decimal";
import type { CellKind } from "@/lib/national-format/format";
import type { CellValue } from "@/lib/national-format/tables";
import { fold } from "./normalise";

export type FieldKind = "empty" | "number" | "dash" | "text";
export type Field = { text: string; kind: FieldKind };
export type SourceLine = { n: number; raw: string; fields: Field[] };

const UNIT = "(?:件|个|项|次|篇|起|万元|元)";
const NUMBER = new RegExp(`^([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*${UNIT}?$`);
/** What reports print in a cell that has no figure: dashes, slashes, 无. Read as blank. */
const DASH = /^(?:[-—–―~〜/\\]+|无|空)$/;

export function fieldKind(text: string): FieldKind {
  const folded = fold(text).trim();
  if (!folded) return "empty";
  if (NUMBER.test(folded)) return "number";
  if (DASH.test(folded)) return "dash";
  return "text";
}

const isNumberToken = (token: string) => fieldKind(token) === "number" || fieldKind(token) === "dash";

/**
 * A field that ends in figures separated by spaces ("行政许可 0", "0 0") is several fields: the copy put
 * them in one cell or the line had no tabs at all.
 */
function splitTrailingFigures(field: string): string[] {
  const tokens = field.trim().split(/\s+/).filter(Boolean);
  let first = tokens.length;
  while (first > 0 && isNumberToken(tokens[first - 1])) first--;
  if (first === tokens.length || (first === 0 && tokens.length === 1)) return [field];
  return [...(first > 0 ? [tokens.slice(0, first).join(" ")] : []), ...tokens.slice(first)];
}

/** Tabs separate fields; a line without tabs is split at its spaces (labels keep theirs, see splitSegments). */
export function splitFields(raw: string): string[] {
  const line = raw.replace(/\r$/, "");
  if (!line.includes("\t")) return line.trim() ? line.trim().split(/\s+/) : [];
  return line.split("\t").flatMap(splitTrailingFigures);
}

/** A page number printed in a margin: "- 2 -", "— 2 —", "第 2 页", "第2页 共5页", "2 / 5". */
export const PAGE_NUMBER =
  /^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页(?:\s*[,，]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

export function tokenizeLine(raw: string, n: number): SourceLine {
  // A page number that a PDF's text puts between a table's rows is no row (its dashes are not blank cells).
  if (!raw.includes("\t") && PAGE_NUMBER.test(raw)) return { n, raw, fields: [] };
  const fields = splitFields(raw).map((text) => ({ text: text.trim(), kind: fieldKind(text) }));
  return { n, raw, fields };
}

export function tokenizeText(text: string): SourceLine[] {
  return text.split("\n").map((raw, i) => tokenizeLine(raw, i + 1));
}

export const isBlankLine = (line: SourceLine) => line.fields.every((field) => field.kind === "empty");
export const isFigure = (field: Field) => field.kind === "number" || field.kind === "dash";
export const textFields = (line: SourceLine) => line.fields.filter((field) => field.kind === "text");

export type ReadValue = { value: CellValue } | { error: string };

/**
 * The value of one printed field for a cell of `kind`: blank and dashes read as 0 flagged blank; counts keep
 * what is printed (a negative or fractional count is for validation to flag); money becomes an exact 万元
 * decimal (`unit: "yuan"` when the header says the column is in 元).
 */
export function readValue(field: Field | undefined, kind: CellKind, unit: "wan" | "yuan" = "wan"): ReadValue {
  if (!field || field.kind === "empty" || field.kind === "dash")
    return { value: { value: kind === "money" ? "0" : 0, blank: true } };
  const match = NUMBER.exec(fold(field.text).trim());
  if (field.kind !== "number" || !match) return { error: `「${field.text}」不是数字` };
  const digits = match[1].replace(/,/g, "").replace(/^\+/, "");
  if (kind !== "money") return { value: { value: Number(digits) } };
  const exact = addDecimals([digits]);
  return { value: { value: unit === "yuan" ? yuanToWan(exact) : exact } };
}

/** Decimals printed in a money field ("0.1235" → 4), if any. */
export function printedDecimals(field: Field): number | undefined {
  const match = /\.(\d+)/.exec(fold(field.text));
  return match ? match[1].length : undefined;
}
