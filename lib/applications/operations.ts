import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { DomainValidationError } from "@/lib/errors";
import { fromIsoDate, toIsoDate, yearOf, type IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { agencyCalendar, lockAgencyCalendar } from "@/lib/calendar/agency-calendar";
import { recordOperations, type ListContext, type RecordOperations } from "@/lib/records/kind";
import { dateRange } from "@/lib/records/list";
import { deadlineOf } from "./case-deadline";
import { caseStanding, type CaseStanding } from "./case-status";
import { receiptProblems } from "./intake";
import { APPLICATION_OUTCOMES, DUE_SOON_WORKING_DAYS, LIST_STATUSES, PERSONAL_FIELDS, type ListStatus } from "./labels";
import { nextRegNo } from "./reg-no";
import { reportYearsTouched, type CountedApplication } from "./report-years";
import { applicationListQuery, type ApplicationInput, type ApplicationListQuery } from "./schemas";
import { searchGrams } from "./search";
import { warningsAdded } from "./timeline-rules";

/** Disclosure applications (依申请公开): a record kind, with statutory deadlines and the applicant's personal data. */

export const APPLICATION_ENTITY = "DisclosureApplication";

const include = {
  department: { select: { id: true, name: true } },
  events: { orderBy: [{ occurredOn: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.DisclosureApplicationInclude;

/** The search grams hold pieces of the applicant's name: never read them back (they serve the index only). */
const omit = { searchGrams: true } as const;

export type ApplicationRecord = Prisma.DisclosureApplicationGetPayload<{ include: typeof include; omit: typeof omit }>;

/** A record as its reader may see it: the applicant's personal data is null without the permission; its standing today. */
export type ApplicationView = Omit<ApplicationRecord, "applicantName" | "applicantContact"> & {
  applicantName: string | null;
  applicantContact: string | null;
  standing: CaseStanding;
};

/** The handling department's officers and the head; never anyone else, never the public. */
export function canReadPersonalData(actor: Actor, record: { agencyId: number; departmentId: number }): boolean {
  return can(actor, "applicant.personal.read", { agencyId: record.agencyId, departmentId: record.departmentId });
}

/** What an application contributes to the report figures (docs/counting-rules.md). */
export function countedOf(record: {
  receivedOn: Date;
  repliedOn?: Date | null;
  applicantType: string;
  outcome?: string | null;
}): CountedApplication {
  return {
    receivedOn: toIsoDate(record.receivedOn),
    repliedOn: record.repliedOn ? toIsoDate(record.repliedOn) : null,
    applicantType: record.applicantType,
    outcome: record.outcome ?? null,
  };
}

function statusWhere(db: Db, status: ListStatus, today: IsoDate, calendar: WorkingCalendar) {
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
export function mayUsePersonalData(actor: Actor, scope: { agencyId: number; departmentId?: number }): boolean {
  return can(actor, "applicant.personal.read", {
    agencyId: scope.agencyId,
    departmentId: scope.departmentId ?? actor.departmentId,
  });
}

async function listWhere(q: ApplicationListQuery, { db, actor, scope, today }: ListContext) {
  const and: Prisma.DisclosureApplicationWhereInput[] = [];
  const received = dateRange(q);
  if (received) and.push({ receivedOn: received });
  if (q.year) and.push({ receivedOn: { gte: fromIsoDate(`${q.year}-01-01`), lte: fromIsoDate(`${q.year}-12-31`) } });
  if (q.openOn) {
    const on = fromIsoDate(q.openOn);
    and.push({ receivedOn: { lte: on }, OR: [{ repliedOn: null }, { repliedOn: { gt: on } }] });
  }
  const status = LIST_STATUSES.find((s) => s === q.status);
  if (status) and.push(statusWhere(db, status, today, await agencyCalendar(db, actor.agencyId)));
  const outcome = APPLICATION_OUTCOMES.find((o) => o === q.outcome);
  if (outcome) and.push({ outcome });
  if (q.q) {
    const grams = searchGrams(q.q);
    and.push({
      ...(grams.length ? { searchGrams: { hasEvery: grams } } : {}),
      OR: [
        { regNo: { contains: q.q } },
        { requestText: { contains: q.q } },
        ...(mayUsePersonalData(actor, scope) ? [{ applicantName: { contains: q.q } }] : []),
      ],
    });
  }
  return { AND: and };
}

/** The deadline as the stored timeline gives it (without the explanation). */
const dueOf = (receivedOn: Date, events: ApplicationRecord["events"], calendar: WorkingCalendar) =>
  deadlineOf({ receivedOn, events }, calendar, undefined, { explain: false });

export const applications: RecordOperations<
  ApplicationRecord,
  ApplicationInput,
  ApplicationListQuery,
  ApplicationView
> = recordOperations({
  entity: APPLICATION_ENTITY,
  model: (db) => db.disclosureApplication,
  include,
  omit,
  notFoundMessage: "该申请不存在或已被删除。",
  list: { query: applicationListQuery, where: listWhere, orderBy: [{ receivedOn: "desc" }, { id: "desc" }] },
  toData: (input: ApplicationInput) => ({
    departmentId: input.departmentId,
    channel: input.channel,
    submittedOn: input.submittedOn ? fromIsoDate(input.submittedOn) : null,
    receivedOn: fromIsoDate(input.receivedOn),
    applicantType: input.applicantType,
    applicantName: input.applicantName,
    applicantContact: input.applicantContact,
    requestText: input.requestText,
  }),
  reportYears: (a) => [yearOf(toIsoDate(a.receivedOn))],
  // An application feeds every year it is counted in (received, carried over, closed, carried forward):
  // only the years whose figures actually change are checked against the year lock.
  yearsTouched: (before, after, today) =>
    reportYearsTouched(before && countedOf(before), after && countedOf(after), yearOf(today)),
  checkInput: ({ input, today }) => receiptProblems(input, today),
  // Entering or changing an application means handling the applicant's personal data too.
  extraWritePermissions: ["applicant.personal.read"],
  beforeCreate: async (tx, actor, data) => {
    await lockAgencyCalendar(tx, actor.agencyId, "shared");
    const { dueOn } = dueOf(data.receivedOn, [], await agencyCalendar(tx, actor.agencyId));
    return {
      regNo: await nextRegNo(tx, actor.agencyId, yearOf(toIsoDate(data.receivedOn))),
      dueOn: dueOn ? fromIsoDate(dueOn) : null,
    };
  },
  beforeUpdate: async (tx, actor, before, data) => {
    await lockAgencyCalendar(tx, actor.agencyId, "shared");
    const calendar = await agencyCalendar(tx, actor.agencyId);
    const next = dueOf(data.receivedOn, before.events, calendar);
    const { refusals } = warningsAdded(dueOf(before.receivedOn, before.events, calendar), next);
    if (refusals.length)
      throw new DomainValidationError({ receivedOn: refusals.map((r) => `与已记录的办理事项不符：${r}。`) });
    return {
      dueOn: next.dueOn ? fromIsoDate(next.dueOn) : null,
      waitingUntil: next.waitingUntil ? fromIsoDate(next.waitingUntil) : null,
    };
  },
  // The audit log keeps the columns and the timeline (so a deleted case keeps its whole record).
  auditRecord: ({ department: _department, ...row }) => row,
  deleteProblem: async (db, row) =>
    (await db.reviewCase.count({ where: { applicationId: row.id } }))
      ? "该申请已关联行政复议或行政诉讼案件，不能删除；请先在案件中解除关联。"
      : null,
  present: async ({ db, actor, today }, rows) => {
    const calendar = rows.length ? await agencyCalendar(db, actor.agencyId) : null;
    return rows.map((row) => {
      const personal = canReadPersonalData(actor, row);
      return {
        ...row,
        applicantName: personal ? row.applicantName : null,
        applicantContact: personal ? row.applicantContact : null,
        standing: caseStanding(row, today, calendar!),
      };
    });
  },
  // The timeline's changes are told by each entry's note; personal data only to those who may read it.
  hiddenHistoryFields: (actor, row) => new Set(["events", ...(canReadPersonalData(actor, row) ? [] : PERSONAL_FIELDS)]),
});
