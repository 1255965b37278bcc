// The deadline of a stored application: its rows (Prisma `date` columns) → the pure deadline module.
import { toIsoDate, type IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { computeDeadline, type Deadline, type DeadlineInput } from "@/lib/applications/deadline";
import type { ApplicationEventKind } from "@/lib/generated/prisma/enums";

export type StoredEvent = {
  id?: number;
  kind: ApplicationEventKind;
  occurredOn: Date;
  untilOn: Date | null;
  workingDays?: number | null;
};

/** Events in the order they were recorded (id), which the deadline module keeps for same-day events. */
export function deadlineInput(receivedOn: Date, events: readonly StoredEvent[], today?: IsoDate): DeadlineInput {
  return {
    receivedOn: toIsoDate(receivedOn),
    events: [...events]
      .sort((a, b) => (a.id ?? Number.MAX_SAFE_INTEGER) - (b.id ?? Number.MAX_SAFE_INTEGER))
      .map((e) => ({
        kind: e.kind,
        occurredOn: toIsoDate(e.occurredOn),
        untilOn: e.untilOn ? toIsoDate(e.untilOn) : null,
        workingDays: e.workingDays ?? null,
      })),
    today,
  };
}

export function deadlineOf(
  app: { receivedOn: Date; events: readonly StoredEvent[] },
  calendar: WorkingCalendar,
  today?: IsoDate,
  options: { explain?: boolean } = {},
): Deadline {
  return computeDeadline(deadlineInput(app.receivedOn, app.events, today), calendar, options);
}
