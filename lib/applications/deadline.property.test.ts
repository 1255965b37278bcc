import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fromDayNumber, toDayNumber } from "@/lib/calendar/dates";
import { createWorkingCalendar, type CalendarOverride } from "@/lib/calendar/working-days";
import { computeDeadline, type DeadlineEvent, type DeadlineEventKind } from "@/lib/applications/deadline";

const KINDS: DeadlineEventKind[] = [
  "CORRECTION_REQUESTED",
  "CORRECTION_RECEIVED",
  "THIRD_PARTY_CONSULTATION_STARTED",
  "THIRD_PARTY_CONSULTATION_ENDED",
  "ORGAN_CONSULTATION_STARTED",
  "ORGAN_CONSULTATION_ENDED",
  "EXTENSION_REQUESTED",
  "EXTENSION_APPROVED",
  "LONGER_DEADLINE_SET",
  "FEE_NOTICE_SENT",
  "FEE_PAID",
  "REPLIED",
];

// Receipts from 2004 into 2027 (a year chinese-days does not know), events up to ~4 months later.
const scenario = fc
  .record({
    received: fc.integer({ min: toDayNumber("2004-01-01"), max: toDayNumber("2027-06-30") }),
    events: fc.array(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        after: fc.integer({ min: -3, max: 120 }),
        until: fc.option(fc.integer({ min: 0, max: 200 })),
      }),
      { maxLength: 8 },
    ),
    overrides: fc.array(fc.record({ after: fc.integer({ min: -5, max: 150 }), holiday: fc.boolean() }), {
      maxLength: 6,
    }),
  })
  .map(({ received, events, overrides }) => ({
    receivedOn: fromDayNumber(received),
    events: events.map(({ kind, after, until }): DeadlineEvent => ({
      kind,
      occurredOn: fromDayNumber(received + after),
      untilOn: until === null ? null : fromDayNumber(received + after + until),
    })),
    overrides: overrides.map(({ after, holiday }): CalendarOverride => ({
      date: fromDayNumber(received + after),
      kind: holiday ? "HOLIDAY" : "WORKDAY",
    })),
  }));

describe("deadline properties", () => {
  it("dueOn is a working day, never before receipt + 20 working days", () => {
    fc.assert(
      fc.property(scenario, ({ receivedOn, events, overrides }) => {
        const calendar = createWorkingCalendar(overrides);
        const { dueOn, status } = computeDeadline({ receivedOn, events }, calendar);
        if (dueOn === null) {
          expect(["AWAITING_CORRECTION", "PAUSED", "AWAITING_FEE", "REPLIED_ON_TIME"]).toContain(status);
          return;
        }
        expect(calendar.isWorkingDay(dueOn)).toBe(true);
        expect(dueOn >= calendar.addWorkingDays(receivedOn, 20)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("does not depend on the order events are listed in (distinct dates)", () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ receivedOn, events }, seed) => {
        const distinct = events.filter((e, i) => events.findIndex((o) => o.occurredOn === e.occurredOn) === i);
        const shuffled = [...distinct].sort(
          (a, b) => ((toDayNumber(a.occurredOn) * 7919) ^ seed) - ((toDayNumber(b.occurredOn) * 7919) ^ seed),
        );
        const calendar = createWorkingCalendar();
        expect(computeDeadline({ receivedOn, events: shuffled }, calendar)).toEqual(
          computeDeadline({ receivedOn, events: distinct }, calendar),
        );
      }),
    );
  });

  it("a consultation (or extension) never makes the deadline earlier", () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        ({ receivedOn, events }, start, length) => {
          const calendar = createWorkingCalendar();
          const base = events.filter((e) => !e.kind.includes("CONSULTATION") && e.kind !== "REPLIED");
          const from = fromDayNumber(toDayNumber(receivedOn) + start);
          const to = fromDayNumber(toDayNumber(receivedOn) + start + length);
          const withConsultation: DeadlineEvent[] = [
            ...base,
            { kind: "ORGAN_CONSULTATION_STARTED", occurredOn: from },
            { kind: "ORGAN_CONSULTATION_ENDED", occurredOn: to },
          ];
          const before = computeDeadline({ receivedOn, events: base }, calendar).dueOn;
          const after = computeDeadline({ receivedOn, events: withConsultation }, calendar).dueOn;
          if (before && after) expect(after >= before).toBe(true);
        },
      ),
    );
  });
});
