import "server-only";
import type { Db } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { ConflictError, DomainValidationError, NotFoundError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit";
import { currentYearInChina, todayInChina } from "@/lib/calendar/dates";
import { FIRST_REPORT_YEAR, parseReportText, pastedText, sameAgency } from "@/lib/report-import";
import type { Prisma } from "@/lib/generated/prisma/client";
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
  // A published report's findings are those it was published with; the others are validated as they stand.
  const findings = await findingCounts(
    db,
    rows.filter((r) => r.reportStatus && !r.publishedFindings).map((r) => r.agencyId),
    year,
  );
  for (const r of rows) if (r.publishedFindings) findings.set(r.agencyId, r.publishedFindings);
  return rows.map((r): OverviewRow => {
    const status = overviewStatus(r.reportStatus ? { status: r.reportStatus, source: r.reportSource! } : null);
    const publishedOn = r.firstPublishedAt ? todayInChina(r.firstPublishedAt) : null;
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
      publishedOn,
      deadline,
      timeliness: timeliness(deadline, status, publishedOn, today),
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

/**
 * The county imports the published report of an agency under it that is not on the platform (the import that
 * exists: the text read again and parsed here, never the browser's preview). The agency is recognised by the
 * report's title among the county's agencies, else created under the county (no users: not on the platform).
 * An agency on the platform keeps its own reports: refused. The report is stored as published elsewhere
 * (source IMPORTED, status PUBLISHED; no revision, so it is not republished here), replacing an earlier import
 * of the same year. Audited.
 */
export async function importSubordinateReport(db: Db, actor: Actor, input: { text: string }) {
  authorize(actor, "oversight.import", { agencyId: actor.agencyId });
  const text = pastedText(input.text.replace(/\r\n?/g, "\n"));
  const parsed = parseReportText(text);
  if (!parsed.ok) throw new DomainValidationError({ text: [parsed.error] });
  const imported = parsed.report;
  const titleName = imported.titleName?.trim();
  if (!titleName)
    throw new DomainValidationError({ text: ["未能从标题中读出机关名称，无法确定是哪个下级机关的报告。"] });
  if (!imported.year || imported.year < FIRST_REPORT_YEAR || imported.year >= currentYearInChina())
    throw new DomainValidationError({ text: ["未能读出报告年度，或年度不在可导入的范围内。"] });
  const year = imported.year;
  return db.$transaction(async (tx) => {
    const children = await tx.agency.findMany({
      where: { parentId: actor.agencyId },
      select: { id: true, name: true, reportTitleName: true, _count: { select: { memberships: true } } },
    });
    let agency = children.find((c) => sameAgency(titleName, c));
    if (agency && agency._count.memberships > 0)
      throw new ConflictError(`${agency.name}使用本平台，其年度报告由该机关自行编制或导入。`);
    if (!agency) {
      const name = /(人民政府|政府|局|委员会|办公室)$/.test(titleName) ? titleName : `${titleName}人民政府`;
      const created = await tx.agency.create({
        data: {
          slug: `ext-${actor.agencyId}-${Date.now().toString(36)}`,
          name,
          reportTitleName: titleName,
          level: /(镇|乡)$/.test(titleName) ? "TOWNSHIP_GOVERNMENT" : "OTHER",
          parentId: actor.agencyId,
        },
      });
      agency = { ...created, _count: { memberships: 0 } };
    }
    const data = {
      vintage: imported.vintage,
      source: "IMPORTED" as const,
      status: "PUBLISHED" as const,
      overview: imported.narrative.overview,
      problems: imported.narrative.problems,
      otherMatters: imported.narrative.otherMatters,
      importedCells: imported.tables.cells as Prisma.InputJsonValue,
      importedText: text,
    };
    const existing = await tx.annualReport.findUnique({ where: { agencyId_year: { agencyId: agency.id, year } } });
    const report = existing
      ? await tx.annualReport.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.annualReport.create({ data: { agencyId: agency.id, year, ...data } });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "import",
      entityType: "AnnualReport",
      entityId: report.id,
      before: existing ?? undefined,
      after: report,
      note: `county imported ${imported.vintage} report "${imported.title ?? ""}" of ${agency.name}`,
    });
    return { agency: { id: agency.id, name: agency.name }, year, replaced: !!existing };
  });
}
