import "server-only";
import { prisma } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { currentYearInChina } from "@/lib/calendar/dates";
import { REPORT_STATUS_LABELS } from "@/lib/annual-report/status";

/** The import page: the agency's names (to recognise its reports) and the years it already has. */
export async function loadImportPage(actor: Actor) {
  authorize(actor, "report.edit", { agencyId: actor.agencyId });
  const [agency, reports] = await Promise.all([
    prisma.agency.findUniqueOrThrow({
      where: { id: actor.agencyId },
      select: { name: true, reportTitleName: true, feeDecimals: true },
    }),
    prisma.annualReport.findMany({
      where: { agencyId: actor.agencyId },
      select: { year: true, source: true, status: true },
    }),
  ]);
  return {
    agency,
    existing: reports.map((r) => ({
      year: r.year,
      source: r.source,
      draft: r.status === "DRAFT",
      statusLabel: REPORT_STATUS_LABELS[r.status],
    })),
    currentYear: currentYearInChina(),
  };
}
