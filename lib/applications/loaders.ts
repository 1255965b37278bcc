import "server-only";
import { prisma } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { todayInChina, yearOf } from "@/lib/calendar/dates";
import { agencyCalendar } from "@/lib/calendar/agency-calendar";
import { loadRecordDetail, loadRecordForm, loadRecordList, type SearchParams } from "@/lib/records/loaders";
import { deadlineOf } from "./case-deadline";
import { applications, canReadPersonalData } from "./operations";
import { can } from "@/lib/auth/permissions";

/** The pages of disclosure applications: each loader takes the actor and authorizes inside. */

export async function loadApplicationList(actor: Actor, searchParams: SearchParams) {
  const data = await loadRecordList(applications, actor, searchParams);
  const thisYear = yearOf(todayInChina());
  return { ...data, years: Array.from({ length: 8 }, (_, i) => thisYear - i) };
}

export const loadApplicationForm = (actor: Actor) => loadRecordForm(actor);

/**
 * An application's page: the record (personal data only for those who may read it), its deadline
 * with the explanation, what the actor may do. A locked year freezes the registration; events that
 * do not change the locked year's figures (a 补正, a reply to a carried-over case) can still be added.
 */
export async function loadApplication(actor: Actor, id: string) {
  const detail = await loadRecordDetail(applications, actor, id);
  const app = detail.record;
  const personal = canReadPersonalData(actor, app);
  const calendar = await agencyCalendar(prisma, actor.agencyId);
  const scope = { agencyId: app.agencyId, departmentId: app.departmentId };
  return {
    ...detail,
    personal,
    deadline: deadlineOf(app, calendar, todayInChina()),
    /** Registration fields are editable only while the year is open, and only with the applicant's data. */
    editable: detail.editable && personal,
    /** The timeline takes events even in a locked year (each change is checked against the lock). */
    recordsEvents: can(actor, "record.update", scope) && personal,
    mayApproveExtension: can(actor, "application.extension.approve", scope),
    lockMessage:
      detail.lock &&
      (app.repliedOn ? detail.lock : `${detail.lock}不改变该年度统计的办理事项（如在本年度补正、答复）仍可记录。`),
  };
}
