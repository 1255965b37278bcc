import { EXPORTS } from "@/lib/annual-report/exports";
import { getPublishedReport } from "@/lib/public-site/published";
import { renderExport } from "@/lib/annual-report/render-export";

/**
 * Downloads of the latest published revision: report.txt, report.docx, tables.xlsx, data.json,
 * tables.csv. An unpublished report is 404, exactly like a report that does not exist. Rendered per
 * request here; the web server (scripts/serve.ts) keeps each file in memory until a new revision.
 */
export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; year: string; file: string }> },
) {
  const { slug, year, file } = await params;
  const spec = EXPORTS.find((e) => e.file === file);
  const view = spec ? await getPublishedReport(slug, year) : null;
  if (!spec || !view)
    return new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = await renderExport(spec.file, view.document);
  const filename = `${view.document.titleName}${view.year}年政府信息公开工作年度报告.${file.split(".").pop()}`;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": spec.type,
      "Content-Disposition": `${file.endsWith(".json") ? "inline" : "attachment"}; filename="${encodeURIComponent(file)}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "X-Report-Revision": String(view.revision.number),
    },
  });
}
