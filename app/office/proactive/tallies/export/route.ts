import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { actionScope } from "@/lib/records/scope";
import { exportResponse } from "@/lib/records/export";
import { parseListQuery } from "@/lib/records/list";
import { exportDecisionTallies, tallyListQuery } from "@/lib/proactive/tallies";
import { TALLY_EXPORT_COLUMNS } from "@/lib/proactive/columns";

/** The filtered decision tallies as Excel or CSV (?format=xlsx|csv plus the list's filters). */
export const GET = defineRoute<Record<string, never>>({
  permission: ({ actor }) => ["record.export", actionScope(actor)],
  run: async ({ actor, url }) => {
    const query = parseListQuery(Object.fromEntries(url.searchParams), tallyListQuery);
    const rows = await exportDecisionTallies(prisma, actor, query);
    return exportResponse(
      url.searchParams.get("format") ?? "xlsx",
      "行政许可处罚强制决定数量",
      TALLY_EXPORT_COLUMNS,
      rows,
    );
  },
});
