import "server-only";
import { prisma } from "@/lib/db";
import { visibleDepartment, type Actor } from "@/lib/auth/permissions";
import { todayInChina } from "@/lib/calendar/dates";
import { agencyCalendar } from "@/lib/calendar/agency-calendar";
import { applicationDashboard } from "@/lib/applications/dashboard";
import { pendingExtensionRequests } from "@/lib/applications/extensions";
import { reportsAwaitingHead } from "@/lib/annual-report/queue";
import { intakeCounts } from "@/lib/online-applications/operations";
import { navigationFor } from "./navigation";

/**
 * The office's home (工作台): the areas the actor may open and, for those who keep records, their
 * open applications (an officer their department, the head the whole agency).
 */
export async function loadOfficeHome(actor: Actor) {
  const seesRecords = visibleDepartment(actor) !== "none";
  const today = todayInChina();
  const calendar = await agencyCalendar(prisma, actor.agencyId);
  return {
    /** Online applications waiting for confirmation (the intake roles only). */
    onlineIntake: await intakeCounts(prisma, actor, today, calendar),
    /** Reports waiting for the head (review, publication); empty for other roles. */
    reportsAwaiting: await reportsAwaitingHead(prisma, actor),
    /** Officers' extension requests waiting for the head's approval (第三十三条); empty for other roles. */
    extensionRequests: await pendingExtensionRequests(prisma, actor),
    areas: navigationFor(actor).filter((item) => item.href !== "/office"),
    dashboard: seesRecords ? await applicationDashboard(prisma, actor, today, calendar) : null,
  };
}
