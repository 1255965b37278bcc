import { renderText, toCsv, toJson, type ReportDocument } from "@/lib/national-format";
import { renderDocx } from "@/lib/national-format/render-docx";
import { renderXlsx } from "@/lib/national-format/render-xlsx";
import type { ExportFile } from "./exports";

const utf8 = (text: string) => Buffer.from(text, "utf8");

/** One report document in each download format, all from the same tables. */
export async function renderExport(file: ExportFile, document: ReportDocument): Promise<Buffer> {
  switch (file) {
    case "report.txt":
      return utf8(renderText(document));
    case "data.json":
      return utf8(JSON.stringify(toJson(document), null, 2));
    case "tables.csv":
      // Plain UTF-8 without a BOM, for machines; people get tables.xlsx.
      return utf8(toCsv(document.tables));
    case "report.docx":
      return renderDocx(document);
    case "tables.xlsx":
      return renderXlsx(document);
  }
}
