import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { authorize, can, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { ConflictError, DomainValidationError, NotFoundError } from "@/lib/errors";
import { authorizeRecord } from "@/lib/records/scope";
import { assertYearsOpen } from "@/lib/records/year-lock";
import { fromIsoDate } from "@/lib/calendar/dates";
import { toIsoDate, yearOf, type IsoDate } from "@/lib/calendar/dates";
import { agencyCalendar, lockAgencyCalendar } from "@/lib/calendar/agency-calendar";
import { deadlineOf } from "./case-deadline";
import { receiptProblems } from "./intake";
import { nextRegNo } from "./reg-no";
import { reportYearsTouched, type CountedApplication } from "./report-years";
import type { ApplicationInput, ApplicationUpdateInput } from "./schema";
import { warningsAdded } from "./timeline-rules";
import { todayInChina } from "@/lib/calendar/dates";

/** Disclosure applications (依申请公开): the domain operations, authorization inside. */

export const APPLICATION_ENTITY = "DisclosureApplication";

export const applicationInclude = {
  department: { select: { id: true, name: true } },
  events: { orderBy: [{ occurredOn: "asc" }, { id: "asc" }] },
} as const satisfies Prisma.DisclosureApplicationInclude;

/** The search grams hold pieces of the applicant's name: never read them back (they serve the index only). */
export const omitSearchGrams = { searchGrams: true } as const;

export type ApplicationRecord = Prisma.DisclosureApplicationGetPayload<{
  include: typeof applicationInclude;
  omit: typeof omitSearchGrams;
}>;

/** A record as its reader may see it: the applicant's personal data is null without the permission. */
export type ApplicationView = Omit<ApplicationRecord, "applicantName" | "applicantContact"> & {
  applicantName: string | null;
  applicantContact: string | null;
};

/** The handling department's officers and the head; never anyone else, never the public. */
export function canReadPersonalData(actor: Actor, record: { agencyId: number; departmentId: number }): boolean {
  return can(actor, "applicant.personal.read", { agencyId: record.agencyId, departmentId: record.departmentId });
}

/** Loads a record of the actor's agency that the actor may read (with personal data: internal use). */
export async function loadApplication(db: Db | Tx, actor: Actor, id: number): Promise<ApplicationRecord> {
  const record = await db.disclosureApplication.findFirst({
    where: { id, agencyId: actor.agencyId },
    include: applicationInclude,
    omit: omitSearchGrams,
  });
  if (!record) throw new NotFoundError("该申请不存在或已被删除。");
  authorizeRecord(actor, "record.read", record);
  return record;
}

export async function getApplication(db: Db, actor: Actor, id: number): Promise<ApplicationView> {
  const record = await loadApplication(db, actor, id);
  return canReadPersonalData(actor, record) ? record : { ...record, applicantName: null, applicantContact: null };
}

export function countedOf(record: {
  receivedOn: Date;
  repliedOn: Date | null;
  applicantType: string;
  outcome: string | null;
}): CountedApplication {
  return {
    receivedOn: toIsoDate(record.receivedOn),
    repliedOn: record.repliedOn ? toIsoDate(record.repliedOn) : null,
    applicantType: record.applicantType,
    outcome: record.outcome,
  };
}

/** The row as the audit log keeps it: columns only (the timeline is audited event by event). */
export function auditSnapshot<T extends { events?: unknown; department?: unknown }>(record: T) {
  const { events: _events, department: _department, ...row } = record;
  return row;
}

const dateOrNull = (iso: IsoDate | null | "") => (iso ? fromIsoDate(iso) : null);

function columns(input: ApplicationInput) {
  return {
    departmentId: input.departmentId,
    channel: input.channel,
    submittedOn: dateOrNull(input.submittedOn),
    receivedOn: fromIsoDate(input.receivedOn),
    applicantType: input.applicantType,
    applicantName: input.applicantName,
    applicantContact: input.applicantContact,
    requestText: input.requestText,
  };
}

/** Entering or changing an application means handling the applicant's personal data too. */
function authorizeWrite(actor: Actor, action: "record.create" | "record.update", departmentId: number) {
  const scope = { agencyId: actor.agencyId, departmentId };
  authorize(actor, action, scope);
  authorize(actor, "applicant.personal.read", scope);
}

async function assertInput(db: Db, actor: Actor, input: ApplicationInput, today: IsoDate) {
  const errors = receiptProblems(input, today);
  const department = await db.department.findFirst({
    where: { id: input.departmentId, agencyId: actor.agencyId },
    select: { id: true },
  });
  if (!department) errors.departmentId = ["请选择本机关的科室。"];
  if (Object.keys(errors).length) throw new DomainValidationError(errors);
}

export async function createApplication(
  db: Db,
  actor: Actor,
  input: ApplicationInput,
  today: IsoDate = todayInChina(),
) {
  authorizeWrite(actor, "record.create", input.departmentId);
  await assertInput(db, actor, input, today);
  const counted: CountedApplication = {
    receivedOn: input.receivedOn,
    repliedOn: null,
    applicantType: input.applicantType,
    outcome: null,
  };
  return db.$transaction(async (tx) => {
    await lockAgencyCalendar(tx, actor.agencyId, "shared");
    await assertYearsOpen(tx, actor.agencyId, reportYearsTouched(null, counted, yearOf(today)));
    const calendar = await agencyCalendar(tx, actor.agencyId);
    const data = columns(input);
    const { dueOn } = deadlineOf({ receivedOn: data.receivedOn, events: [] }, calendar, undefined, { explain: false });
    const created = await tx.disclosureApplication.create({
      omit: omitSearchGrams,
      data: {
        ...data,
        agencyId: actor.agencyId,
        regNo: await nextRegNo(tx, actor.agencyId, yearOf(input.receivedOn)),
        dueOn: dateOrNull(dueOn),
        createdById: actor.userId,
      },
    });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "create",
      entityType: APPLICATION_ENTITY,
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** Saves an edit only if nobody saved the record since `version` was read (optimistic lock). */
export async function updateApplication(
  db: Db,
  actor: Actor,
  input: ApplicationUpdateInput,
  today: IsoDate = todayInChina(),
) {
  const before = await loadApplication(db, actor, input.id);
  authorizeRecord(actor, "record.update", before);
  authorizeWrite(actor, "record.update", input.departmentId);
  await assertInput(db, actor, input, today);
  const data = columns(input);
  return db.$transaction(async (tx) => {
    await lockAgencyCalendar(tx, actor.agencyId, "shared");
    const calendar = await agencyCalendar(tx, actor.agencyId);
    const next = deadlineOf({ receivedOn: data.receivedOn, events: before.events }, calendar, undefined, {
      explain: false,
    });
    const { refusals } = warningsAdded(deadlineOf(before, calendar, undefined, { explain: false }), next);
    if (refusals.length)
      throw new DomainValidationError({ receivedOn: refusals.map((r) => `与已记录的办理事项不符：${r}。`) });
    const counted = { ...countedOf(before), receivedOn: input.receivedOn, applicantType: input.applicantType };
    await assertYearsOpen(tx, actor.agencyId, reportYearsTouched(countedOf(before), counted, yearOf(today)));
    const { count } = await tx.disclosureApplication.updateMany({
      where: { id: before.id, version: input.version },
      data: { ...data, dueOn: dateOrNull(next.dueOn), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError();
    const after = await tx.disclosureApplication.findUniqueOrThrow({ where: { id: before.id }, omit: omitSearchGrams });
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "update",
      entityType: APPLICATION_ENTITY,
      entityId: before.id,
      before: auditSnapshot(before),
      after,
    });
    return after;
  });
}

export async function deleteApplication(
  db: Db,
  actor: Actor,
  id: number,
  version: number,
  today: IsoDate = todayInChina(),
) {
  const before = await loadApplication(db, actor, id);
  authorizeRecord(actor, "record.delete", before);
  if (await db.reviewCase.count({ where: { applicationId: id } })) {
    throw new DomainValidationError({}, "该申请已关联行政复议或行政诉讼案件，不能删除；请先在案件中解除关联。");
  }
  await db.$transaction(async (tx) => {
    await assertYearsOpen(tx, actor.agencyId, reportYearsTouched(countedOf(before), null, yearOf(today)));
    const { count } = await tx.disclosureApplication.deleteMany({ where: { id, version } });
    if (count === 0) throw new ConflictError();
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "delete",
      entityType: APPLICATION_ENTITY,
      entityId: id,
      before: { ...auditSnapshot(before), events: before.events },
    });
  });
}
