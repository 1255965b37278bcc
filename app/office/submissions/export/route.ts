import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { actionScope } from "@/lib/records/scope";
import { exportResponse } from "@/lib/records/export";
import { parseListQuery } from "@/lib/records/list";
import { exportSubmissions, submissionListQuery } from "@/lib/submissions/operations";
import { SUBMISSION_EXPORT_COLUMNS } from "@/lib/submissions/columns";

/** The filtered submission list as Excel or CSV (?format=xlsx|csv plus the list's filters). */
export const GET = defineRoute<Record<string, never>>({
  permission: ({ actor }) => ["record.export", actionScope(actor)],
  run: async ({ actor, url }) => {
    const query = parseListQuery(Object.fromEntries(url.searchParams), submissionListQuery);
    const rows = await exportSubmissions(prisma, actor, query);
    return exportResponse(url.searchParams.get("format") ?? "xlsx", "信息上报", SUBMISSION_EXPORT_COLUMNS, rows);
  },
});
