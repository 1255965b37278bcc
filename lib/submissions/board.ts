import "server-only";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { recordScope } from "@/lib/records/scope";
import {
  addDays,
  fromIsoDate,
  isoWeekMonday,
  isoWeekOf,
  isoWeeksInYear,
  todayInChina,
  toIsoDate,
} from "@/lib/calendar/dates";
import { agencyCalendar } from "@/lib/calendar/agency-calendar";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { buildComplianceBoard, dueThroughWeek, firstDueWeek, type ComplianceRow, type WeekCount } from "./compliance";
import { currentIsoWeek } from "./week";

export type OutletTotal = { outletId: number; name: string; submitted: number; adopted: number };

export type ComplianceBoard = {
  year: number;
  weeksInYear: number;
  dueThrough: number;
  rows: ComplianceRow[];
  outlets: OutletTotal[];
  submitted: number;
  adopted: number;
};

/**
 * The compliance board of an ISO year, counted in SQL: per department and week, and per outlet.
 * An officer sees their own department; a head every active department (and any other that
 * reported that year).
 */
export async function complianceBoard(
  db: Db,
  actor: Actor,
  year: number,
  today = currentIsoWeek(),
): Promise<ComplianceBoard> {
  const scope = recordScope(actor);
  const department = scope.departmentId ?? null;
  const [departments, counts, outlets, totals, calendar] = await Promise.all([
    db.$queryRaw<{ id: number; name: string; createdAt: Date }[]>`
      SELECT d."id", d."name", d."createdAt"
        FROM "Department" d
       WHERE d."agencyId" = ${scope.agencyId}
         AND (${department}::int IS NULL OR d."id" = ${department}::int)
         AND (d."active" OR EXISTS (SELECT 1 FROM "InfoSubmission" s
                                     WHERE s."departmentId" = d."id" AND s."isoYear" = ${year}))
       ORDER BY d."sortOrder", d."id"`,
    db.$queryRaw<WeekCount[]>`
      SELECT s."departmentId", s."isoWeek",
             count(*)::int AS "submitted",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "SubmissionPlacement" p
                                             WHERE p."submissionId" = s."id" AND p."adoptedOn" IS NOT NULL))::int AS "adopted"
        FROM "InfoSubmission" s
       WHERE s."agencyId" = ${scope.agencyId} AND s."isoYear" = ${year}
         AND (${department}::int IS NULL OR s."departmentId" = ${department}::int)
       GROUP BY s."departmentId", s."isoWeek"`,
    db.$queryRaw<OutletTotal[]>`
      SELECT o."id" AS "outletId", o."name",
             count(s."id")::int AS "submitted",
             count(s."id") FILTER (WHERE p."adoptedOn" IS NOT NULL)::int AS "adopted"
        FROM "Outlet" o
        LEFT JOIN ("SubmissionPlacement" p
                   JOIN "InfoSubmission" s
                     ON s."id" = p."submissionId" AND s."agencyId" = ${scope.agencyId} AND s."isoYear" = ${year}
                    AND (${department}::int IS NULL OR s."departmentId" = ${department}::int))
          ON p."outletId" = o."id"
       WHERE o."agencyId" = ${scope.agencyId}
       GROUP BY o."id"
      HAVING o."active" OR count(s."id") > 0
       ORDER BY o."sortOrder", o."id"`,
    // Totals by submission (an item adopted by two outlets is one adopted item).
    db.$queryRaw<{ submitted: number; adopted: number }[]>`
      SELECT count(*)::int AS "submitted",
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "SubmissionPlacement" p
                                             WHERE p."submissionId" = s."id" AND p."adoptedOn" IS NOT NULL))::int AS "adopted"
        FROM "InfoSubmission" s
       WHERE s."agencyId" = ${scope.agencyId} AND s."isoYear" = ${year}
         AND (${department}::int IS NULL OR s."departmentId" = ${department}::int)`,
    agencyCalendar(db, scope.agencyId),
  ]);
  const weeksInYear = isoWeeksInYear(year);
  const dueThrough = dueThroughWeek(year, weeksInYear, today);
  const created = (d: { createdAt: Date }) => isoWeekOf(fromIsoDate(todayInChina(d.createdAt)));
  return {
    year,
    weeksInYear,
    dueThrough,
    rows: buildComplianceBoard({
      weeksInYear,
      dueThrough,
      departments: departments.map((d) => ({ ...d, firstWeek: firstDueWeek(year, weeksInYear, created(d)) })),
      counts,
      weeksOff: weeksWithoutWorkingDay(year, weeksInYear, calendar),
    }),
    outlets,
    submitted: totals[0]?.submitted ?? 0,
    adopted: totals[0]?.adopted ?? 0,
  };
}

/** The ISO weeks of `year` in which the agency's calendar has no working day (e.g. 2022-W05, 春节). */
export function weeksWithoutWorkingDay(year: number, weeksInYear: number, calendar: WorkingCalendar): Set<number> {
  const off = new Set<number>();
  for (let week = 1; week <= weeksInYear; week++) {
    const monday = toIsoDate(isoWeekMonday(year, week));
    if (![0, 1, 2, 3, 4, 5, 6].some((d) => calendar.isWorkingDay(addDays(monday, d)))) off.add(week);
  }
  return off;
}
