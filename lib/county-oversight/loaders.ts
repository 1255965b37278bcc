import "server-only";
import { prisma } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { currentYearInChina, todayInChina } from "@/lib/calendar/dates";
import { parseReportYear } from "@/lib/annual-report/loaders";
import { getFormat, type Vintage } from "@/lib/national-format";
import { agencyReportForCounty, countyFiguresOverYears, countyOverview } from "./operations";
import { filterAndSort, reminders } from "./overview";
import { parseOverviewParams } from "./schemas";

type Raw = Record<string, string | string[] | undefined>;

/** /office/county: the overview of a year (default: last year, whose reports are due now), its reminders. */
export async function loadCountyOverview(actor: Actor, raw: Raw) {
  authorize(actor, "oversight.overview", { agencyId: actor.agencyId });
  const params = parseOverviewParams(raw);
  const year = params.year ?? currentYearInChina() - 1;
  const today = todayInChina();
  const [county, all] = await Promise.all([
    prisma.agency.findUniqueOrThrow({ where: { id: actor.agencyId }, select: { name: true } }),
    countyOverview(prisma, actor, year, today),
  ]);
  return {
    county,
    year,
    today,
    params,
    rows: filterAndSort(all, params),
    total: all.length,
    reminders: reminders(all, year),
  };
}

/** /office/county/charts: every agency's figures over the years, summed and side by side. */
export async function loadCountyCharts(actor: Actor) {
  authorize(actor, "oversight.overview", { agencyId: actor.agencyId });
  const county = await prisma.agency.findUniqueOrThrow({ where: { id: actor.agencyId }, select: { name: true } });
  return { county, ...(await countyFiguresOverYears(prisma, actor)) };
}

/** /office/county/[slug]/[year]: an agency's report read-only, its findings, its figures over the years. */
export async function loadCountyAgencyReport(actor: Actor, slug: string, rawYear: string) {
  const year = parseReportYear(rawYear);
  const data = await agencyReportForCounty(prisma, actor, slug, year);
  const format = getFormat(data.document.vintage as Vintage);
  const cellLabels = Object.fromEntries(
    data.findings
      .filter((f) => f.cellCode)
      .map((f) => {
        const def = format.cellsByCode.get(f.cellCode!);
        return [f.cellCode!, def ? `${def.section}、${[...def.rowPath, ...def.columnPath].join(" / ")}` : f.cellCode!];
      }),
  );
  return { ...data, cellLabels, currentYear: currentYearInChina() };
}

/** /office/county/import: the county's agencies, those on the platform marked (their reports are their own). */
export async function loadCountyImport(actor: Actor) {
  authorize(actor, "oversight.import", { agencyId: actor.agencyId });
  const agencies = await prisma.agency.findMany({
    where: { parentId: actor.agencyId },
    orderBy: { name: "asc" },
    select: { slug: true, name: true, _count: { select: { memberships: true, reports: true } } },
  });
  return {
    agencies: agencies.map((a) => ({
      slug: a.slug,
      name: a.name,
      onPlatform: a._count.memberships > 0,
      reports: a._count.reports,
    })),
  };
}
