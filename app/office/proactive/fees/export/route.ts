import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { actionScope } from "@/lib/records/scope";
import { exportResponse } from "@/lib/records/export";
import { parseListQuery } from "@/lib/records/list";
import { exportFeeCollections, feeListQuery } from "@/lib/proactive/fees";
import { FEE_EXPORT_COLUMNS } from "@/lib/proactive/columns";

/** The filtered fee records as Excel or CSV (?format=xlsx|csv plus the list's filters). */
export const GET = defineRoute<Record<string, never>>({
  permission: ({ actor }) => ["record.export", actionScope(actor)],
  run: async ({ actor, url }) => {
    const query = parseListQuery(Object.fromEntries(url.searchParams), feeListQuery);
    const rows = await exportFeeCollections(prisma, actor, query);
    return exportResponse(url.searchParams.get("format") ?? "xlsx", "行政事业性收费", FEE_EXPORT_COLUMNS, rows);
  },
});
