import "server-only";
import type { Db, Tx } from "@/lib/db";
import { can, ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { DomainValidationError, NotFoundError } from "@/lib/errors";
import { fromIsoDate, toIsoDate, todayInChina, type IsoDate } from "@/lib/calendar/dates";
import { agencyCalendar, lockAgencyCalendar } from "@/lib/calendar/agency-calendar";
import type { ApplicationEventKind, ApplicationOutcome } from "@/lib/generated/prisma/enums";
import { deadlineOf } from "./case-deadline";
import { EVENT_KIND_LABELS } from "./labels";
import { applications, countedOf, type ApplicationRecord } from "./operations";
import type { EventDeleteInput, EventInput } from "./schemas";
import { derivedFromTimeline, newEventProblems, outcomePrerequisiteProblems, warningsAdded } from "./timeline-rules";

/**
 * The timeline of an application (补正, consultations, extension, reply, fees): each change is one
 * versioned change of the application (records/kind.ts) that re-derives the case — its due date,
 * reply, outcome and fee — from the whole timeline, refusing what the deadline rules do not allow.
 */

type StoredEvent = ApplicationRecord["events"][number];

function assertMayRecord(actor: Actor, app: ApplicationRecord, kind: ApplicationEventKind) {
  if (kind === "EXTENSION_APPROVED" && !can(actor, "application.extension.approve", app)) {
    throw new ForbiddenError(
      "application.extension.approve",
      "延期答复须经办公室负责人批准，只有负责人可以记录或删除延期。",
    );
  }
}

/** The columns that follow from a timeline: due date, reply, outcome (kept only with a reply) and fee. */
async function derivedColumns(
  tx: Tx,
  app: ApplicationRecord,
  events: StoredEvent[],
  outcome: ApplicationOutcome | null,
  refuse: (refusals: string[]) => never,
) {
  await lockAgencyCalendar(tx, app.agencyId, "shared");
  const calendar = await agencyCalendar(tx, app.agencyId);
  const next = deadlineOf({ receivedOn: app.receivedOn, events }, calendar, undefined, { explain: false });
  const { refusals, notices } = warningsAdded(deadlineOf(app, calendar, undefined, { explain: false }), next);
  if (refusals.length) refuse(refusals);
  const derived = derivedFromTimeline(
    events.map((e) => ({ kind: e.kind, occurredOn: toIsoDate(e.occurredOn), amount: e.amount?.toString() ?? null })),
  );
  return {
    notices,
    columns: {
      dueOn: next.dueOn ? fromIsoDate(next.dueOn) : null,
      waitingUntil: next.waitingUntil ? fromIsoDate(next.waitingUntil) : null,
      repliedOn: derived.repliedOn ? fromIsoDate(derived.repliedOn) : null,
      outcome: derived.repliedOn ? outcome : null,
      feeAmount: derived.feeAmount,
    },
  };
}

/** Adds one event; returns the application with the notices to show (e.g. a 补正 request after 7 working days). */
export async function addApplicationEvent(db: Db, actor: Actor, input: EventInput, today: IsoDate = todayInChina()) {
  const app = await applications.load(db, actor, input.applicationId);
  assertMayRecord(actor, app, input.kind);
  let notices: string[] = [];
  const application = await applications.change(
    db,
    actor,
    { id: app.id, version: input.version },
    {
      check: (before) => {
        const errors = newEventProblems(countedOf(before), input, today);
        if (input.kind === "REPLIED" && input.outcome) {
          const events = before.events.map((e) => ({
            kind: e.kind,
            occurredOn: toIsoDate(e.occurredOn),
            untilOn: e.untilOn ? toIsoDate(e.untilOn) : null,
          }));
          const missing = outcomePrerequisiteProblems(events, input.outcome, input.occurredOn);
          if (missing.length) errors.outcome = [...(errors.outcome ?? []), ...missing];
        }
        return errors;
      },
      apply: async (tx, before) => {
        const event = await tx.applicationEvent.create({
          data: {
            applicationId: before.id,
            kind: input.kind,
            occurredOn: fromIsoDate(input.occurredOn),
            untilOn: input.untilOn ? fromIsoDate(input.untilOn) : null,
            workingDays: input.workingDays ?? null,
            amount: input.amount || null,
            note: input.note,
            createdById: actor.userId,
          },
        });
        const outcome = input.kind === "REPLIED" ? (input.outcome as ApplicationOutcome) : before.outcome;
        const derived = await derivedColumns(tx, before, [...before.events, event], outcome, (refusals) => {
          throw new DomainValidationError({ kind: refusals.map((r) => `${r}。`) });
        });
        notices = derived.notices;
        return derived.columns;
      },
      note: `新增办理事项：${EVENT_KIND_LABELS[input.kind]}（${input.occurredOn}）`,
      today,
    },
  );
  return { application, notices };
}

/** Removes one event (the version is the application's), unless what follows it depends on it. */
export async function deleteApplicationEvent(
  db: Db,
  actor: Actor,
  input: EventDeleteInput,
  today: IsoDate = todayInChina(),
) {
  const found = await db.applicationEvent.findUnique({ where: { id: input.id }, select: { applicationId: true } });
  if (!found) throw new NotFoundError("该办理事项不存在或已被删除。");
  const app = await applications.load(db, actor, found.applicationId);
  const event = app.events.find((e) => e.id === input.id)!;
  assertMayRecord(actor, app, event.kind);
  return applications.change(
    db,
    actor,
    { id: app.id, version: input.version },
    {
      apply: async (tx, before) => {
        const events = before.events.filter((e) => e.id !== event.id);
        const derived = await derivedColumns(tx, before, events, before.outcome, (refusals) => {
          throw new DomainValidationError(
            {},
            `不能删除：删除后${refusals.join("；")}。请先删除与之相关的后续办理事项。`,
          );
        });
        await tx.applicationEvent.delete({ where: { id: event.id } });
        return derived.columns;
      },
      note: `删除办理事项：${EVENT_KIND_LABELS[event.kind]}（${toIsoDate(event.occurredOn)}）`,
      today,
    },
  );
}
