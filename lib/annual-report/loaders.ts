import "server-only";
import { prisma } from "@/lib/db";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { currentYearInChina, todayInChina } from "@/lib/calendar/dates";
import { deadlineContext } from "./deadline-settings";
import { loadReportForActor } from "./service";
import { publishedFiguresOverYears } from "./published-figures";

/** The office's annual-report pages: each loader takes the actor and authorizes inside. */

/** A report year from a URL: four digits within the years the national formats cover, else "not found". */
export function parseReportYear(raw: string): number {
  if (!/^\d{4}$/.test(raw)) throw new NotFoundError("没有这一年度的报告。");
  const year = Number(raw);
  if (year < 2008 || year > 2100) throw new NotFoundError("没有这一年度的报告。");
  return year;
}

/** The agency's reports, newest first, with their deadlines, and the recent years not started yet. */
export async function loadReportList(actor: Actor) {
  authorize(actor, "report.read", { agencyId: actor.agencyId });
  const [reports, deadlines, series] = await Promise.all([
    prisma.annualReport.findMany({
      where: { agencyId: actor.agencyId },
      orderBy: { year: "desc" },
      select: {
        year: true,
        status: true,
        source: true,
        vintage: true,
        updatedAt: true,
        _count: { select: { revisions: true } },
      },
    }),
    deadlineContext(prisma, actor.agencyId),
    publishedFiguresOverYears(prisma, [actor.agencyId]),
  ]);
  const lastYear = currentYearInChina() - 1;
  const existing = new Set(reports.map((r) => r.year));
  return {
    reports,
    deadlines,
    today: todayInChina(),
    canEdit: can(actor, "report.edit", { agencyId: actor.agencyId }),
    missing: [lastYear, lastYear - 1].filter((y) => !existing.has(y)),
    /** Its published figures over the years (the charts). */
    years: series.get(actor.agencyId) ?? [],
  };
}

/**
 * One year's report as the office works on it: the report with its findings (authorized: report.read),
 * its workflow history with who did what, the number of published revisions, the agency's deadlines.
 */
export async function loadReportPage(actor: Actor, rawYear: string) {
  const year = parseReportYear(rawYear);
  const loaded = await loadReportForActor(prisma, actor, year);
  const report = loaded.report;
  const [history, revisions, deadlines] = report
    ? await Promise.all([
        prisma.reportTransition.findMany({ where: { reportId: report.id }, orderBy: { id: "desc" } }),
        prisma.reportRevision.count({ where: { reportId: report.id } }),
        deadlineContext(prisma, actor.agencyId),
      ])
    : [[], 0, null];
  const people = new Map(
    (
      await prisma.user.findMany({
        where: { id: { in: history.map((h) => h.byId ?? 0) } },
        select: { id: true, displayName: true },
      })
    ).map((u) => [u.id, u.displayName]),
  );
  return {
    ...loaded,
    actor,
    year,
    history: history.map((h) => ({ ...h, by: h.byId ? (people.get(h.byId) ?? null) : null })),
    revisions,
    deadlines,
    today: todayInChina(),
    canEdit: can(actor, "report.edit", { agencyId: actor.agencyId }),
    /** The head acknowledges soft findings while the report waits for review or publication. */
    canReview: can(actor, "report.review", { agencyId: actor.agencyId }),
  };
}
