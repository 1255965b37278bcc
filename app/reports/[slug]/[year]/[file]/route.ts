import { reportForViewer } from "@/lib/reports/access";
import { EXPORTS } from "@/lib/reports/exports";
import { renderExport } from "@/lib/reports/render-export";

/** The downloads of a report: report.txt, report.docx, tables.xlsx, data.json, tables.csv. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; year: string; file: string }> }) {
  const { slug, year, file } = await params;
  const spec = EXPORTS.find((e) => e.file === file);
  const loaded = spec ? await reportForViewer(slug, year) : null;
  if (!spec || !loaded) return new Response("Not Found", { status: 404 });
  const body = await renderExport(spec.file, loaded.document);
  const filename = `${loaded.document.titleName}${loaded.year}年政府信息公开工作年度报告.${file.split(".").pop()}`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": spec.type,
      "Content-Disposition": `${file.endsWith(".json") ? "inline" : "attachment"}; filename="${encodeURIComponent(file)}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "private, no-store",
    },
  });
}
