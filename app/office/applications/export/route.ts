import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { actionScope } from "@/lib/records/scope";
import { exportResponse } from "@/lib/records/export";
import { parseListQuery } from "@/lib/records/list";
import { agencyCalendar } from "@/lib/calendar/agency-calendar";
import { applicationListQuery, exportApplications } from "@/lib/applications/queries";
import { applicationExportColumns } from "@/lib/applications/export-columns";
import { todayInChina } from "@/lib/calendar/dates";

/** The filtered application list as Excel or CSV (?format=xlsx|csv plus the list's filters). */
export const GET = defineRoute<Record<string, never>>({
  permission: ({ actor }) => ["record.export", actionScope(actor)],
  run: async ({ actor, url }) => {
    const query = parseListQuery(Object.fromEntries(url.searchParams), applicationListQuery);
    const ctx = { today: todayInChina(), calendar: await agencyCalendar(prisma, actor.agencyId) };
    const { rows, personal } = await exportApplications(prisma, actor, query, ctx);
    return exportResponse(
      url.searchParams.get("format") ?? "xlsx",
      "依申请公开",
      applicationExportColumns(personal),
      rows,
    );
  },
});
