import "server-only";
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/permissions";
import { recordScope } from "@/lib/records/scope";
import { fromIsoDate } from "@/lib/calendar/dates";
import { yearOf, type IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { caseStanding, type CaseStanding } from "./case-status";
import { DUE_SOON_WORKING_DAYS } from "./labels";

/** How many cases each dashboard panel lists (the counts are complete). */
export const DASHBOARD_LIST_SIZE = 10;

const caseSelect = {
  id: true,
  regNo: true,
  requestText: true,
  receivedOn: true,
  dueOn: true,
  waitingUntil: true,
  repliedOn: true,
  department: { select: { name: true } },
} as const;

export type DashboardCase = Prisma.DisclosureApplicationGetPayload<{ select: typeof caseSelect }> & {
  standing: CaseStanding;
};

export type ApplicationDashboard = {
  open: number;
  dueSoon: { count: number; cases: DashboardCase[] };
  overdue: { count: number; cases: DashboardCase[] };
  /** Replied after the due date, this calendar year. */
  repliedLate: { count: number; cases: DashboardCase[] };
  /** Stopped for the applicant or a third party whose time has run out (逾期未补正, 未缴费 …): the officer acts. */
  lapsed: { count: number; cases: DashboardCase[] };
  soonUntil: IsoDate;
};

/**
 * The officer's department (the head: the whole agency): cases due within 5 working days, overdue
 * cases, and cases replied late this year — whatever year they were received in.
 */
export async function applicationDashboard(
  db: Db,
  actor: Actor,
  today: IsoDate,
  calendar: WorkingCalendar,
): Promise<ApplicationDashboard> {
  const scope = recordScope(actor);
  const soonUntil = calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);
  const yearStart = `${yearOf(today)}-01-01`;
  const department = scope.departmentId ? Prisma.sql`AND "departmentId" = ${scope.departmentId}` : Prisma.empty;
  const [counts] = await db.$queryRaw<{ open: number; dueSoon: number; overdue: number; repliedLate: number }[]>`
    SELECT count(*) FILTER (WHERE "repliedOn" IS NULL)::int AS "open",
           count(*) FILTER (WHERE "repliedOn" IS NULL AND "dueOn" BETWEEN ${today}::date AND ${soonUntil}::date)::int AS "dueSoon",
           count(*) FILTER (WHERE "repliedOn" IS NULL AND "dueOn" < ${today}::date)::int AS "overdue",
           count(*) FILTER (WHERE "repliedOn" >= ${yearStart}::date AND "repliedOn" > "dueOn")::int AS "repliedLate"
      FROM "DisclosureApplication"
     WHERE "agencyId" = ${scope.agencyId} ${department}
       AND ("repliedOn" IS NULL OR "repliedOn" >= ${yearStart}::date)`;

  const dueOn = db.disclosureApplication.fields.dueOn;
  const list = (
    where: Prisma.DisclosureApplicationWhereInput,
    orderBy: Prisma.DisclosureApplicationOrderByWithRelationInput[],
  ) =>
    db.disclosureApplication
      .findMany({ where: { ...scope, ...where }, select: caseSelect, orderBy, take: DASHBOARD_LIST_SIZE })
      .then((rows) => rows.map((row) => ({ ...row, standing: caseStanding(row, today, calendar) })));
  const lapsedWhere = { repliedOn: null, dueOn: null, waitingUntil: { lt: fromIsoDate(today) } };
  const [dueSoon, overdue, repliedLate, lapsed, lapsedCount] = await Promise.all([
    list({ repliedOn: null, dueOn: { gte: fromIsoDate(today), lte: fromIsoDate(soonUntil) } }, [
      { dueOn: "asc" },
      { id: "asc" },
    ]),
    list({ repliedOn: null, dueOn: { lt: fromIsoDate(today) } }, [{ dueOn: "asc" }, { id: "asc" }]),
    list({ repliedOn: { gte: fromIsoDate(yearStart), gt: dueOn } }, [{ repliedOn: "desc" }, { id: "desc" }]),
    list(lapsedWhere, [{ waitingUntil: "asc" }, { id: "asc" }]),
    db.disclosureApplication.count({ where: { ...scope, ...lapsedWhere } }),
  ]);
  return {
    open: counts.open,
    dueSoon: { count: counts.dueSoon, cases: dueSoon },
    overdue: { count: counts.overdue, cases: overdue },
    repliedLate: { count: counts.repliedLate, cases: repliedLate },
    lapsed: { count: lapsedCount, cases: lapsed },
    soonUntil,
  };
}
