import type { Db, Tx } from "@/lib/db";
import { can, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit";
import { ConflictError, DomainValidationError, NotFoundError } from "@/lib/errors";
import { authorizeRecord } from "@/lib/records/scope";
import { assertYearsOpen } from "@/lib/records/year-lock";
import { fromIsoDate } from "@/lib/calendar/dates";
import { toIsoDate, yearOf, type IsoDate } from "@/lib/calendar/dates";
import type { Deadline } from "@/lib/applications/deadline";
import type { ApplicationEventKind, ApplicationOutcome } from "@/lib/generated/prisma/enums";
import { agencyCalendar, lockAgencyCalendar } from "@/lib/calendar/agency-calendar";
import { deadlineOf, type StoredEvent } from "./case-deadline";
import { EVENT_KIND_LABELS } from "./labels";
import {
  APPLICATION_ENTITY,
  auditSnapshot,
  countedOf,
  loadApplication,
  omitSearchGrams,
  type ApplicationRecord,
} from "./operations";
import { reportYearsTouched } from "./report-years";
import type { EventDeleteInput, EventInput } from "./schema";
import { derivedFromTimeline, newEventProblems, warningsAdded } from "./timeline-rules";
import { todayInChina } from "@/lib/calendar/dates";

/** The timeline of an application (补正, consultations, extension, reply, fees): each change re-derives the case. */

type Event = StoredEvent & { id: number; amount: { toString(): string } | null };

function assertMayRecord(actor: Actor, app: ApplicationRecord, kind: ApplicationEventKind) {
  authorizeRecord(actor, "record.update", app);
  if (kind === "EXTENSION_APPROVED" && !can(actor, "application.extension.approve", app)) {
    throw new ForbiddenError(
      "application.extension.approve",
      "延期答复须经办公室负责人批准，只有负责人可以记录或删除延期。",
    );
  }
}

/**
 * Stores what follows from the timeline — the due date, the reply and its outcome, the fee charged —
 * and the new version, if nobody saved the application since `version` was read. Also checks that the
 * change leaves the figures of locked report years alone (a reply changes the year it closes in).
 */
async function saveDerived(
  tx: Tx,
  actor: Actor,
  app: ApplicationRecord,
  version: number,
  events: Event[],
  deadline: Deadline,
  outcome: ApplicationOutcome | null,
  today: IsoDate,
) {
  const derived = derivedFromTimeline(
    events.map((e) => ({ kind: e.kind, occurredOn: toIsoDate(e.occurredOn), amount: e.amount?.toString() ?? null })),
  );
  const after = { ...countedOf(app), repliedOn: derived.repliedOn, outcome: derived.repliedOn ? outcome : null };
  await assertYearsOpen(tx, actor.agencyId, reportYearsTouched(countedOf(app), after, yearOf(today)));
  const { count } = await tx.disclosureApplication.updateMany({
    where: { id: app.id, version },
    data: {
      dueOn: deadline.dueOn ? fromIsoDate(deadline.dueOn) : null,
      repliedOn: derived.repliedOn ? fromIsoDate(derived.repliedOn) : null,
      outcome: after.outcome as ApplicationOutcome | null,
      feeAmount: derived.feeAmount,
      version: { increment: 1 },
    },
  });
  if (count === 0) throw new ConflictError();
  return tx.disclosureApplication.findUniqueOrThrow({ where: { id: app.id }, omit: omitSearchGrams });
}

/** Adds one event; returns it with the notices to show (e.g. a 补正 request after 7 working days). */
export async function addApplicationEvent(db: Db, actor: Actor, input: EventInput, today: IsoDate = todayInChina()) {
  const app = await loadApplication(db, actor, input.applicationId);
  assertMayRecord(actor, app, input.kind);
  const errors = newEventProblems(countedOf(app), input, today);
  if (Object.keys(errors).length) throw new DomainValidationError(errors);
  return db.$transaction(async (tx) => {
    await lockAgencyCalendar(tx, actor.agencyId, "shared");
    const calendar = await agencyCalendar(tx, actor.agencyId);
    const event = await tx.applicationEvent.create({
      data: {
        applicationId: app.id,
        kind: input.kind,
        occurredOn: fromIsoDate(input.occurredOn),
        untilOn: input.untilOn ? fromIsoDate(input.untilOn) : null,
        amount: input.amount || null,
        note: input.note,
        createdById: actor.userId,
      },
    });
    const events = [...app.events, event];
    const next = deadlineOf({ receivedOn: app.receivedOn, events }, calendar, undefined, { explain: false });
    const { refusals, notices } = warningsAdded(deadlineOf(app, calendar, undefined, { explain: false }), next);
    if (refusals.length) throw new DomainValidationError({ kind: refusals.map((r) => `${r}。`) });
    const outcome = input.kind === "REPLIED" ? (input.outcome as ApplicationOutcome) : app.outcome;
    const after = await saveDerived(tx, actor, app, input.version, events, next, outcome, today);
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "update",
      entityType: APPLICATION_ENTITY,
      entityId: app.id,
      before: auditSnapshot(app),
      after,
      note: `新增办理事项：${EVENT_KIND_LABELS[input.kind]}（${input.occurredOn}）`,
    });
    return { event, application: after, notices };
  });
}

export async function deleteApplicationEvent(
  db: Db,
  actor: Actor,
  input: EventDeleteInput,
  today: IsoDate = todayInChina(),
) {
  const found = await db.applicationEvent.findUnique({ where: { id: input.id }, select: { applicationId: true } });
  if (!found) throw new NotFoundError("该办理事项不存在或已被删除。");
  const app = await loadApplication(db, actor, found.applicationId);
  const event = app.events.find((e) => e.id === input.id)!;
  assertMayRecord(actor, app, event.kind);
  return db.$transaction(async (tx) => {
    await lockAgencyCalendar(tx, actor.agencyId, "shared");
    const calendar = await agencyCalendar(tx, actor.agencyId);
    const events = app.events.filter((e) => e.id !== event.id);
    const next = deadlineOf({ receivedOn: app.receivedOn, events }, calendar, undefined, { explain: false });
    const { refusals } = warningsAdded(deadlineOf(app, calendar, undefined, { explain: false }), next);
    if (refusals.length) {
      throw new DomainValidationError({}, `不能删除：删除后${refusals.join("；")}。请先删除与之相关的后续办理事项。`);
    }
    await tx.applicationEvent.delete({ where: { id: event.id } });
    const after = await saveDerived(tx, actor, app, input.version, events, next, app.outcome, today);
    await writeAudit(tx, {
      agencyId: actor.agencyId,
      userId: actor.userId,
      action: "update",
      entityType: APPLICATION_ENTITY,
      entityId: app.id,
      before: auditSnapshot(app),
      after,
      note: `删除办理事项：${EVENT_KIND_LABELS[event.kind]}（${toIsoDate(event.occurredOn)}）`,
    });
    return after;
  });
}
