import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { actionScope } from "@/lib/records/scope";
import { exportResponse } from "@/lib/records/export";
import { parseListQuery } from "@/lib/records/list";
import { documentListQuery, exportNormativeDocuments } from "@/lib/proactive/documents";
import { DOCUMENT_EXPORT_COLUMNS } from "@/lib/proactive/columns";

/** The filtered document register as Excel or CSV (?format=xlsx|csv plus the list's filters). */
export const GET = defineRoute<Record<string, never>>({
  permission: ({ actor }) => ["record.export", actionScope(actor)],
  run: async ({ actor, url }) => {
    const query = parseListQuery(Object.fromEntries(url.searchParams), documentListQuery);
    const rows = await exportNormativeDocuments(prisma, actor, query);
    return exportResponse(
      url.searchParams.get("format") ?? "xlsx",
      "规章和行政规范性文件",
      DOCUMENT_EXPORT_COLUMNS,
      rows,
    );
  },
});
