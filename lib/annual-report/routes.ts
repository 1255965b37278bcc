import "server-only";
import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { NotFoundError } from "@/lib/errors";
import { EXPORTS } from "./exports";
import { parseReportYear } from "./loaders";
import { renderExport } from "./render-export";
import { loadReportForActor } from "./service";

/** GET /office/reports/<year>/files/<file>: the office's downloads of the live report (draft included), e.g. the Word file to stamp. */
export const officeReportFileRoute = defineRoute<{ year: string; file: string }>({
  permission: ({ actor }) => ["report.read", { agencyId: actor.agencyId }],
  run: async ({ actor, params }) => {
    const spec = EXPORTS.find((e) => e.file === params.file);
    if (!spec) throw new NotFoundError();
    const year = parseReportYear(params.year);
    const loaded = await loadReportForActor(prisma, actor, year);
    const body = await renderExport(spec.file, loaded.document);
    const state = loaded.report?.status === "PUBLISHED" ? "已发布" : "草稿";
    const filename = `${loaded.document.titleName}${year}年政府信息公开工作年度报告（${state}）.${spec.file.split(".").pop()}`;
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": spec.type,
        "Content-Disposition": `attachment; filename="${spec.file}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
