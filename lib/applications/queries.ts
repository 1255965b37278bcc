import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { dateRange, EXPORT_LIMIT, exportWhere, listQuery, paging, scopedWhere, type Page } from "@/lib/records/list";
import { fromIsoDate } from "@/lib/calendar/dates";
import { isIsoDate, type IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { z } from "@/lib/validation";
import { caseStanding, type CaseStanding } from "./case-status";
import { searchGrams } from "./search";
import { APPLICATION_OUTCOMES, DUE_SOON_WORKING_DAYS, LIST_STATUSES, type ListStatus } from "./labels";

/** The application list's query: the shared filters plus year of receipt and "open at" a date. */
export const applicationListQuery = listQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  openOn: z.string().refine(isIsoDate).optional().catch(undefined),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuery>;

const listSelect = {
  id: true,
  agencyId: true,
  departmentId: true,
  department: { select: { name: true } },
  regNo: true,
  channel: true,
  submittedOn: true,
  receivedOn: true,
  applicantType: true,
  applicantName: true,
  applicantContact: true,
  requestText: true,
  dueOn: true,
  repliedOn: true,
  outcome: true,
  feeAmount: true,
} as const satisfies Prisma.DisclosureApplicationSelect;

type Selected = Prisma.DisclosureApplicationGetPayload<{ select: typeof listSelect }>;

export type ApplicationListRow = Omit<Selected, "applicantName" | "applicantContact"> & {
  applicantName: string | null;
  applicantContact: string | null;
  standing: CaseStanding;
};

type Context = { today: IsoDate; calendar: WorkingCalendar };

function statusWhere(db: Db, status: ListStatus, { today, calendar }: Context): Prisma.DisclosureApplicationWhereInput {
  const dueOn = db.disclosureApplication.fields.dueOn;
  switch (status) {
    case "open":
      return { repliedOn: null };
    case "dueSoon":
      return {
        repliedOn: null,
        dueOn: { gte: fromIsoDate(today), lte: fromIsoDate(calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS)) },
      };
    case "overdue":
      return { repliedOn: null, dueOn: { lt: fromIsoDate(today) } };
    case "paused":
      return { repliedOn: null, dueOn: null };
    case "replied":
      return { repliedOn: { not: null } };
    case "repliedOnTime":
      return { repliedOn: { not: null }, OR: [{ dueOn: null }, { repliedOn: { lte: dueOn } }] };
    case "repliedLate":
      return { repliedOn: { gt: dueOn } };
  }
}

/** Searching by the applicant's name is itself a use of personal data: only for those allowed to read it. */
function mayUsePersonalData(actor: Actor, scope: { agencyId: number; departmentId?: number }): boolean {
  return can(actor, "applicant.personal.read", {
    agencyId: scope.agencyId,
    departmentId: scope.departmentId ?? actor.departmentId,
  });
}

function applicationWhere(
  db: Db,
  actor: Actor,
  query: ApplicationListQuery,
  scope: { agencyId: number; departmentId?: number },
  ctx: Context,
) {
  const and: Prisma.DisclosureApplicationWhereInput[] = [scope];
  const received = dateRange(query);
  if (received) and.push({ receivedOn: received });
  if (query.year)
    and.push({ receivedOn: { gte: fromIsoDate(`${query.year}-01-01`), lte: fromIsoDate(`${query.year}-12-31`) } });
  if (query.openOn) {
    const on = fromIsoDate(query.openOn);
    and.push({ receivedOn: { lte: on }, OR: [{ repliedOn: null }, { repliedOn: { gt: on } }] });
  }
  if (query.status && (LIST_STATUSES as readonly string[]).includes(query.status))
    and.push(statusWhere(db, query.status as ListStatus, ctx));
  if (query.outcome && (APPLICATION_OUTCOMES as readonly string[]).includes(query.outcome)) {
    and.push({ outcome: query.outcome as (typeof APPLICATION_OUTCOMES)[number] });
  }
  if (query.q) {
    const q = query.q;
    const grams = searchGrams(q);
    and.push({
      ...(grams.length ? { searchGrams: { hasEvery: grams } } : {}),
      OR: [
        { regNo: { contains: q } },
        { requestText: { contains: q } },
        ...(mayUsePersonalData(actor, scope) ? [{ applicantName: { contains: q } }] : []),
      ],
    });
  }
  return { AND: and };
}

function present(actor: Actor, rows: Selected[], ctx: Context): ApplicationListRow[] {
  return rows.map((row) => {
    const personal = can(actor, "applicant.personal.read", row);
    return {
      ...row,
      applicantName: personal ? row.applicantName : null,
      applicantContact: personal ? row.applicantContact : null,
      standing: caseStanding(row, ctx.today, ctx.calendar),
    };
  });
}

const order: Prisma.DisclosureApplicationOrderByWithRelationInput[] = [{ receivedOn: "desc" }, { id: "desc" }];

/** One page of the applications the actor may see, filtered; an officer asking for another department is refused. */
export async function listApplications(
  db: Db,
  actor: Actor,
  query: ApplicationListQuery,
  ctx: Context,
): Promise<Page<ApplicationListRow>> {
  const where = applicationWhere(db, actor, query, scopedWhere(actor, query), ctx);
  const [rows, total] = await Promise.all([
    db.disclosureApplication.findMany({ where, select: listSelect, orderBy: order, ...paging(query) }),
    db.disclosureApplication.count({ where }),
  ]);
  return { rows: present(actor, rows, ctx), total, page: query.page, pageSize: query.pageSize };
}

/** Every application matching the filters (up to the export limit), for Excel/CSV. */
export async function exportApplications(db: Db, actor: Actor, query: ApplicationListQuery, ctx: Context) {
  const scope = exportWhere(actor, query);
  const rows = await db.disclosureApplication.findMany({
    where: applicationWhere(db, actor, query, scope, ctx),
    select: listSelect,
    orderBy: order,
    take: EXPORT_LIMIT,
  });
  return { rows: present(actor, rows, ctx), personal: mayUsePersonalData(actor, scope) };
}
