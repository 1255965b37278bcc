import ExcelJS from "exceljs";
import { csvField } from "@/lib/security/csv";

/** A column of an exported record list: header label and how to read the cell from a row. */
export type ExportColumn<T> = { header: string; value: (row: T) => string | number | null | undefined; width?: number };

/**
 * CSV (UTF-8 with BOM so that Excel shows Chinese correctly, CRLF), RFC 4180 quoting. Text that a
 * spreadsheet would run as a formula (=, +, -, @ …; typed by the public into an application) is written
 * as text (lib/security/csv.ts); numbers stay numbers.
 */
export function recordsToCsv<T>(columns: ExportColumn<T>[], rows: T[]): Buffer {
  const lines = [columns.map((c) => csvField(c.header)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(c.value(row))).join(","));
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

export async function recordsToXlsx<T>(sheetName: string, columns: ExportColumn<T>[], rows: T[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(10, c.header.length * 2 + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row) ?? ""));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The HTTP response for a list export in `format` ("xlsx" | "csv"). */
export async function exportResponse<T>(
  format: string,
  name: string,
  columns: ExportColumn<T>[],
  rows: T[],
): Promise<Response> {
  const xlsx = format === "xlsx";
  const body = xlsx ? await recordsToXlsx(name, columns, rows) : recordsToCsv(columns, rows);
  const filename = `${name}.${xlsx ? "xlsx" : "csv"}`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="export.${xlsx ? "xlsx" : "csv"}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
