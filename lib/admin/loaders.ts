import "server-only";
import { prisma } from "@/lib/db";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { calendarCoverage, isYearCovered } from "@/lib/calendar/working-days";
import { currentYearInChina } from "@/lib/calendar/dates";
import { townshipDeadlineSetting } from "@/lib/annual-report/deadline-settings";
import { getAgencySettings } from "./agency";
import { listCalendarOverrides, recentCalendarChanges } from "./calendar";
import { listDepartments } from "./departments";
import { listSubmissionLists } from "./submission-lists";
import { listUsers, supervisesAgencies } from "./users";

/** The administration pages: each loader takes the actor; the operations it calls authorize. */

/** The agency's settings and, for a parent agency (a county), the report deadline it sets its townships. */
export async function loadAgencySettings(actor: Actor) {
  const [agency, townships] = await Promise.all([
    getAgencySettings(prisma, actor),
    townshipDeadlineSetting(prisma, actor),
  ]);
  return { agency, townships };
}

export const loadDepartments = (actor: Actor) => listDepartments(prisma, actor);

export const loadSubmissionLists = (actor: Actor) => listSubmissionLists(prisma, actor);

export async function loadUsers(actor: Actor) {
  authorize(actor, "user.manage", { agencyId: actor.agencyId });
  const [users, departments, supervises] = await Promise.all([
    listUsers(prisma, actor),
    prisma.department.findMany({
      where: { agencyId: actor.agencyId, active: true },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
    supervisesAgencies(prisma, actor.agencyId),
  ]);
  /** A county (an agency with agencies under it) may give its supervisors the 督查 role. */
  return { users, departments, supervises };
}

/** The calendar's overrides, recent changes, and which years the national holiday data does not cover yet. */
export async function loadCalendar(actor: Actor) {
  const [overrides, changes] = await Promise.all([
    listCalendarOverrides(prisma, actor),
    recentCalendarChanges(prisma, actor),
  ]);
  const year = currentYearInChina();
  return {
    overrides,
    changes,
    coverage: calendarCoverage(),
    missing: [year, year + 1].filter((y) => !isYearCovered(y)),
  };
}
