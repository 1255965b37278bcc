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
      // With a UTF-8 byte-order mark: Excel on Chinese Windows reads a CSV without one as GBK and shows it
      // garbled. Parsers that read UTF-8 strictly skip it with "utf-8-sig" (docs/open-data.md).
      return utf8(`\uFEFF${toCsv(document.tables)}`);
    case "report.docx":
      return renderDocx(document);
    case "tables.xlsx":
      return renderXlsx(document);
  }
}
