import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { actionScope } from "@/lib/records/scope";
import { exportResponse } from "@/lib/records/export";
import { parseListQuery } from "@/lib/records/list";
import { exportReviewCases, reviewListQuery } from "@/lib/reviews/operations";
import { REVIEW_EXPORT_COLUMNS } from "@/lib/reviews/columns";

/** The filtered case list as Excel or CSV (?format=xlsx|csv plus the list's filters). */
export const GET = defineRoute<Record<string, never>>({
  permission: ({ actor }) => ["record.export", actionScope(actor)],
  run: async ({ actor, url }) => {
    const query = parseListQuery(Object.fromEntries(url.searchParams), reviewListQuery);
    const rows = await exportReviewCases(prisma, actor, query);
    return exportResponse(url.searchParams.get("format") ?? "xlsx", "行政复议和行政诉讼", REVIEW_EXPORT_COLUMNS, rows);
  },
});
