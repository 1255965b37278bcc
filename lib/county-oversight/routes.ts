import "server-only";
import { prisma } from "@/lib/db";
import { defineRoute } from "@/lib/server/route";
import { currentYearInChina, todayInChina } from "@/lib/calendar/dates";
import { exportResponse } from "@/lib/records/export";
import { readUploadedReport } from "@/lib/report-import/upload";
import { countyOverview } from "./operations";
import { filterAndSort } from "./overview";
import { parseOverviewParams } from "./schemas";
import { OVERVIEW_EXPORT_COLUMNS } from "./fields";

/** GET /office/county/export?year=…(&the page's filters and sort): the overview as xlsx. */
export const exportCountyOverviewRoute = defineRoute<Record<string, never>>({
  permission: ({ actor }) => ["oversight.overview", { agencyId: actor.agencyId }],
  run: async ({ actor, url }) => {
    const params = parseOverviewParams(url.searchParams);
    const year = params.year ?? currentYearInChina() - 1;
    const rows = filterAndSort(await countyOverview(prisma, actor, year, todayInChina()), params);
    return exportResponse("xlsx", `${year}年度下级机关年度报告情况`, OVERVIEW_EXPORT_COLUMNS, rows);
  },
});

/** POST /office/county/import/read: one report file read and checked on the server (the batch reader's). */
export const readCountyReportRoute = defineRoute<Record<string, never>>({
  permission: ({ actor }) => ["oversight.import", { agencyId: actor.agencyId }],
  run: ({ request }) => readUploadedReport(request),
});
