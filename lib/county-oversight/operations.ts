import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { loadReport } from "@/lib/annual-report/service";
import { statutoryDeadline } from "@/lib/annual-report/deadline";
import { publishedFiguresOverYears, sumFigures } from "@/lib/annual-report/published-figures";
import type { AgencyLevel } from "@/lib/generated/prisma/enums";
import { overviewQuery } from "./query";
import { overviewStatus, timeliness, type OverviewRow } from "./overview";

/**
 * The county's desk: authorization inside each operation (the county's own agency for the overview, "agencies
 * under mine" for one agency's report). Nothing here reads a record's details: counts, reports and findings.
 */

/** Findings of many reports, a few at a time (each compile is a handful of short statements). */
async function findingCounts(db: Db, agencyIds: number[], year: number) {
  const counts = new Map<number, { hard: number; soft: number }>();
  const queue = [...agencyIds];
  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const { findings } = await loadReport(db, id, year);
      counts.set(id, {
        hard: findings.filter((f) => f.severity === "hard").length,
        soft: findings.filter((f) => f.severity === "soft").length,
      });
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return counts;
}

export async function countyOverview(db: Db, actor: Actor, year: number, today: string): Promise<OverviewRow[]> {
  authorize(actor, "oversight.overview", { agencyId: actor.agencyId });
  const county = await db.agency.findUniqueOrThrow({
    where: { id: actor.agencyId },
    select: { name: true, townshipReportDeadlineMonth: true, townshipReportDeadlineDay: true },
  });
  const townshipDeadline =
    county.townshipReportDeadlineMonth && county.townshipReportDeadlineDay
      ? { month: county.townshipReportDeadlineMonth, day: county.townshipReportDeadlineDay }
      : null;
  const rows = await overviewQuery(db, actor.agencyId, year, today);
  const findings = await findingCounts(
    db,
    rows.filter((r) => r.reportStatus).map((r) => r.agencyId),
    year,
  );
  return rows.map((r): OverviewRow => {
    const status = overviewStatus(r.reportStatus ? { status: r.reportStatus, source: r.reportSource! } : null);
    const deadline =
      statutoryDeadline(year, {
        level: r.level as AgencyLevel,
        parent: { name: county.name, townshipDeadline },
      }).date ?? null;
    return {
      agencyId: r.agencyId,
      slug: r.slug,
      name: r.name,
      onPlatform: r.onPlatform,
      status,
      publishedOn: r.firstPublishedOn,
      deadline,
      timeliness: timeliness(deadline, status, r.firstPublishedOn, today),
      findings: findings.get(r.agencyId) ?? { hard: 0, soft: 0 },
      figures: {
        received: r.received,
        closed: r.closed,
        carriedForward: r.carriedForward,
        reconsideration: r.reconsideration,
        litigation: r.litigation,
        corrected: r.corrected,
        submitted: r.submitted,
        adopted: r.adopted,
      },
      figuresFrom: r.fromReport ? "report" : r.onPlatform ? "records" : "none",
      lateReplies: r.lateReplies,
      openOverdue: r.openOverdue,
    };
  });
}

/** An agency under the county, by its slug; "not found" for anything else (no telling other agencies apart). */
export async function subordinateAgency(db: Db, actor: Actor, slug: string) {
  // Only a county's desk looks down at all: anyone else is refused before any agency is looked up.
  authorize(actor, "oversight.overview", { agencyId: actor.agencyId });
  const agency = await db.agency.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, parentId: true, level: true },
  });
  if (!agency || agency.parentId !== actor.agencyId) throw new NotFoundError("没有这个下级机关。");
  authorize(actor, "oversight.agency.read", { agencyId: agency.id, parentAgencyId: agency.parentId });
  return agency;
}

/** One agency's report of `year`, read-only, with its findings and its figures over the years. */
export async function agencyReportForCounty(db: Db, actor: Actor, slug: string, year: number) {
  const agency = await subordinateAgency(db, actor, slug);
  const [loaded, series] = await Promise.all([
    loadReport(db, agency.id, year),
    publishedFiguresOverYears(db, [agency.id]),
  ]);
  return {
    agency,
    year,
    status: overviewStatus(loaded.report && { status: loaded.report.status, source: loaded.report.source }),
    hasReport: loaded.report !== null,
    document: loaded.document,
    findings: loaded.findings,
    years: series.get(agency.id) ?? [],
  };
}

/** Figures over the years of every agency under the county, and their sum. */
export async function countyFiguresOverYears(db: Db, actor: Actor) {
  authorize(actor, "oversight.overview", { agencyId: actor.agencyId });
  const agencies = await db.agency.findMany({
    where: { parentId: actor.agencyId },
    select: { id: true, slug: true, name: true },
    orderBy: { name: "asc" },
  });
  const series = await publishedFiguresOverYears(
    db,
    agencies.map((a) => a.id),
  );
  const perAgency = agencies.map((a) => ({ ...a, years: series.get(a.id) ?? [] }));
  return { summed: sumFigures(perAgency.map((a) => a.years)), perAgency };
}
