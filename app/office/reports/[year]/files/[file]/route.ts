import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { loadReport } from "@/lib/annual-report/service";
import { EXPORTS } from "@/lib/annual-report/exports";
import { renderExport } from "@/lib/annual-report/render-export";
import { NotFoundError } from "@/lib/errors";

/** The office's downloads of the live report (draft included), e.g. the Word file to stamp. */
export const GET = defineRoute<{ year: string; file: string }>({
  permission: ({ actor }) => ["report.read", { agencyId: actor.agencyId }],
  run: async ({ actor, params }) => {
    const spec = EXPORTS.find((e) => e.file === params.file);
    const year = Number(params.year);
    if (!spec || !Number.isInteger(year)) throw new NotFoundError();
    const loaded = await loadReport(prisma, actor.agencyId, year);
    const body = await renderExport(spec.file, loaded.document);
    const filename = `${loaded.document.titleName}${year}年政府信息公开工作年度报告（${loaded.report?.status === "PUBLISHED" ? "已发布" : "草稿"}）.${spec.file.split(".").pop()}`;
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": spec.type,
        "Content-Disposition": `attachment; filename="${spec.file}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        "Cache-Control": "private, no-store",
      },
    });
  },
});
