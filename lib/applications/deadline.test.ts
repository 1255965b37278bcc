// Expected dates are worked out by hand against the real 2024–2026 State Council arrangements
// (as shipped by chinese-days). Convention: day 1 is the first working day AFTER the day counted from.
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "@/lib/calendar/working-days";
import { computeDeadline, recomputeDeadlines, type DeadlineEvent } from "@/lib/applications/deadline";

const calendar = createWorkingCalendar();
const texts = (d: { explanation: { text: string }[] }) => d.explanation.map((s) => s.text);
const codes = (d: { warnings: { code: string }[] }) => d.warnings.map((w) => w.code);

// A quiet stretch used by several tests: received Fri 2024-03-01, no holidays in March 2024.
// Days 1–20: 03-04..08, 11..15, 18..22, 25..29 → due Fri 2024-03-29.
// After it: 04-01, 04-02, 04-03, then 清明 04-04..06 off, Sun 04-07 make-up, 04-08, …
const MARCH = "2024-03-01";

describe("base period: 20 working days from the day after receipt", () => {
  it("received Fri 2024-09-27, before 国庆: due Wed 2024-10-30", () => {
    // 1 = Sun 09-29 (调休), 2 = 09-30, 国庆 10-01..07 off, 3–6 = 10-08..11, 7 = Sat 10-12 (调休),
    // 8–12 = 10-14..18, 13–17 = 10-21..25, 18 = 10-28, 19 = 10-29, 20 = 10-30.
    const d = computeDeadline({ receivedOn: "2024-09-27", events: [] }, calendar);
    expect(d.dueOn).toBe("2024-10-30");
    expect(d.status).toBe("OPEN");
    expect(texts(d)).toEqual([
      "收到申请：2024-09-27（周五）",
      "答复期限 20 个工作日（第三十三条），自收到申请的次日起算",
      "起算：次一工作日 2024-09-29（周日，调休工作日）",
      "期间节假日不计：国庆节 2024-10-01 至 10-07",
      "2024-09-29（周日）为国庆节调休工作日，计入",
      "2024-10-12（周六）为国庆节调休工作日，计入",
      "答复期限：2024-10-30（周三）",
    ]);
    expect(d.warnings).toEqual([]);
  });

  it("received Mon 2024-09-30: day 1 is 10-08, due Fri 2024-11-01", () => {
    // 1–4 = 10-08..11, 5 = Sat 10-12, 6–10 = 10-14..18, 11–15 = 10-21..25, 16–20 = 10-28..11-01.
    const d = computeDeadline({ receivedOn: "2024-09-30", events: [] }, calendar);
    expect(d.dueOn).toBe("2024-11-01");
    expect(texts(d)).toContain("起算：次一工作日 2024-10-08（周二），国庆节 2024-10-01 至 10-07 不计");
  });

  it("received Fri 2025-01-24, before 春节: due Thu 2025-02-27", () => {
    // 1 = Sun 01-26 (调休), 2 = 01-27, 春节 01-28..02-04 off, 3–5 = 02-05..07, 6 = Sat 02-08 (调休),
    // 7–11 = 02-10..14, 12–16 = 02-17..21, 17–20 = 02-24..27.
    const d = computeDeadline({ receivedOn: "2025-01-24", events: [] }, calendar);
    expect(d.dueOn).toBe("2025-02-27");
    expect(texts(d)).toEqual(
      expect.arrayContaining([
        "期间节假日不计：春节 2025-01-28 至 02-04",
        "2025-01-26（周日）为春节调休工作日，计入",
        "2025-02-08（周六）为春节调休工作日，计入",
      ]),
    );
  });

  it("received Mon 2025-01-20: due Fri 2025-02-21", () => {
    // 1–4 = 01-21..24, 5 = Sun 01-26, 6 = 01-27, 7–9 = 02-05..07, 10 = Sat 02-08, 11–15 = 02-10..14, 16–20 = 02-17..21.
    expect(computeDeadline({ receivedOn: "2025-01-20", events: [] }, calendar).dueOn).toBe("2025-02-21");
  });

  it("crosses a year: received Fri 2024-12-20, due Mon 2025-01-20 (元旦 01-01 off)", () => {
    // 1–5 = 12-23..27, 6–7 = 12-30..31, 8–9 = 01-02..03, 10–14 = 01-06..10, 15–19 = 01-13..17, 20 = 01-20.
    const d = computeDeadline({ receivedOn: "2024-12-20", events: [] }, calendar);
    expect(d.dueOn).toBe("2025-01-20");
    expect(texts(d)).toContain("期间节假日不计：元旦 2025-01-01");
  });

  it("crosses into 2026: received Wed 2025-12-24, due Thu 2026-01-22 (Sun 2026-01-04 is worked)", () => {
    // 1–2 = 12-25..26, 3–5 = 12-29..31, 元旦 01-01..03 off, 6 = Sun 01-04, 7–11 = 01-05..09, 12–16 = 01-12..16, 17–20 = 01-19..22.
    const d = computeDeadline({ receivedOn: "2025-12-24", events: [] }, calendar);
    expect(d.dueOn).toBe("2026-01-22");
    expect(texts(d)).toContain("期间节假日不计：元旦 2026-01-01 至 01-03");
  });
});

describe("today: days left and overdue", () => {
  const at = (today: string) => computeDeadline({ receivedOn: MARCH, events: [], today }, calendar);
  it("counts working days to the due date (due Fri 03-29)", () => {
    expect(at("2024-03-27")).toMatchObject({ status: "OPEN", daysLeft: 2 });
    expect(at("2024-03-29")).toMatchObject({ status: "OPEN", daysLeft: 0 });
    expect(at("2024-03-30")).toMatchObject({ status: "OVERDUE", daysLeft: 0 }); // Saturday: overdue, no working day lost yet
    expect(at("2024-04-02")).toMatchObject({ status: "OVERDUE", daysLeft: -2 });
  });
});

describe("补正 (第三十条)", () => {
  it("awaits the correction with no running deadline, then restarts from the corrected application", () => {
    const requested: DeadlineEvent[] = [{ kind: "CORRECTION_REQUESTED", occurredOn: "2024-03-05" }];
    const waiting = computeDeadline({ receivedOn: MARCH, events: requested, today: "2024-04-30" }, calendar);
    expect(waiting).toMatchObject({ dueOn: null, status: "AWAITING_CORRECTION", daysLeft: null });
    expect(texts(waiting)).toContain("补正告知：2024-03-05（周二）（收到申请后第 2 个工作日），等待补正期间不计时");

    // Corrected Mon 03-11: 1–4 = 03-12..15, 5–9 = 18..22, 10–14 = 25..29, 15–17 = 04-01..03,
    // 清明 04-04..06 off, 18 = Sun 04-07 (调休), 19 = 04-08, 20 = 04-09.
    const events = [...requested, { kind: "CORRECTION_RECEIVED", occurredOn: "2024-03-11" } as const];
    const d = computeDeadline({ receivedOn: MARCH, events }, calendar);
    expect(d).toMatchObject({ dueOn: "2024-04-09", clockStartedOn: "2024-03-11", warnings: [] });
    expect(texts(d)).toContain("重新起算：次一工作日 2024-03-12（周二）");
    expect(texts(d)).toContain("2024-04-07（周日）为清明调休工作日，计入");
  });

  it("warns when the request comes after the 7th working day (03-12 is the 7th, 03-13 the 8th)", () => {
    const on = (occurredOn: string) =>
      computeDeadline({ receivedOn: MARCH, events: [{ kind: "CORRECTION_REQUESTED", occurredOn }] }, calendar);
    expect(codes(on("2024-03-12"))).toEqual([]);
    expect(codes(on("2024-03-13"))).toEqual(["CORRECTION_LATE"]);
    expect(on("2024-03-13").status).toBe("AWAITING_CORRECTION"); // still honoured, only flagged
  });

  it("ignores a second request and a correction nobody asked for", () => {
    const d = computeDeadline(
      {
        receivedOn: MARCH,
        events: [
          { kind: "CORRECTION_RECEIVED", occurredOn: "2024-03-04" },
          { kind: "CORRECTION_REQUESTED", occurredOn: "2024-03-05" },
          { kind: "CORRECTION_RECEIVED", occurredOn: "2024-03-11" },
          { kind: "CORRECTION_REQUESTED", occurredOn: "2024-03-12" },
        ],
      },
      calendar,
    );
    expect(codes(d)).toEqual(["CORRECTION_WITHOUT_REQUEST", "CORRECTION_REPEATED"]);
    expect(d.dueOn).toBe("2024-04-09");
  });
});

describe("consultations (第三十二条、第三十四条)", () => {
  it("a closed third-party consultation moves the deadline by its working days", () => {
    // Paused Mon 03-11 up to (not incl.) Mon 03-18: 03-11..15 = 5 working days. Counted: 03-04..08 (5),
    // 03-18..22 (10), 25..29 (15), 04-01..03 (18), Sun 04-07 (19), 04-08 (20).
    const d = computeDeadline(
      {
        receivedOn: MARCH,
        events: [
          { kind: "THIRD_PARTY_CONSULTATION_STARTED", occurredOn: "2024-03-11" },
          { kind: "THIRD_PARTY_CONSULTATION_ENDED", occurredOn: "2024-03-18" },
        ],
      },
      calendar,
    );
    expect(d.dueOn).toBe("2024-04-08");
    expect(texts(d)).toContain("征求第三方意见 2024-03-11 至 03-18，暂停 5 个工作日");
  });

  it("an open consultation pauses the clock", () => {
    const d = computeDeadline(
      {
        receivedOn: MARCH,
        events: [{ kind: "ORGAN_CONSULTATION_STARTED", occurredOn: "2024-03-11" }],
        today: "2024-05-01",
      },
      calendar,
    );
    expect(d).toMatchObject({ dueOn: null, status: "PAUSED", daysLeft: null });
    expect(texts(d)).toContain("征求其他机关意见中，计时暂停：已计 5 个工作日，尚余 15 个工作日");
  });

  it("overlapping consultations pause each working day once", () => {
    // Union [03-11, 03-20) = 03-11..15, 18, 19 = 7 days; 03-29 + 7 → 04-01..03, 04-07, 04-08, 04-09, 04-10.
    const d = computeDeadline(
      {
        receivedOn: MARCH,
        events: [
          { kind: "THIRD_PARTY_CONSULTATION_STARTED", occurredOn: "2024-03-11" },
          { kind: "ORGAN_CONSULTATION_STARTED", occurredOn: "2024-03-13" },
          { kind: "THIRD_PARTY_CONSULTATION_ENDED", occurredOn: "2024-03-18" },
          { kind: "ORGAN_CONSULTATION_ENDED", occurredOn: "2024-03-20" },
        ],
      },
      calendar,
    );
    expect(d.dueOn).toBe("2024-04-10");
  });

  it("a consultation started after the deadline does not revive it", () => {
    const d = computeDeadline(
      {
        receivedOn: MARCH,
        events: [{ kind: "THIRD_PARTY_CONSULTATION_STARTED", occurredOn: "2024-04-02" }],
        today: "2024-04-03",
      },
      calendar,
    );
    expect(d).toMatchObject({ dueOn: "2024-03-29", status: "OVERDUE" });
  });
});

describe("extension (第三十三条)", () => {
  // 40 working days from 03-01: day 20 = 03-29, 21–23 = 04-01..03, 24 = Sun 04-07, 25–29 = 04-08..12,
  // 30–34 = 04-15..19, 35–39 = 04-22..26, 40 = Sun 04-28 (劳动节 调休 working day).
  it("adds 20 working days once", () => {
    const d = computeDeadline(
      { receivedOn: MARCH, events: [{ kind: "EXTENSION_APPROVED", occurredOn: "2024-03-20" }] },
      calendar,
    );
    expect(d.dueOn).toBe("2024-04-28");
    expect(texts(d)).toContain("延期 20 个工作日（负责人批准，2024-03-20）");
    expect(texts(d)).toContain("答复期限：2024-04-28（周日）");
  });

  it("ignores a second extension with a warning", () => {
    const d = computeDeadline(
      {
        receivedOn: MARCH,
        events: [
          { kind: "EXTENSION_APPROVED", occurredOn: "2024-03-20" },
          { kind: "EXTENSION_APPROVED", occurredOn: "2024-04-20" },
        ],
      },
      calendar,
    );
    expect(d.dueOn).toBe("2024-04-28");
    expect(codes(d)).toEqual(["EXTENSION_REPEATED"]);
  });

  it("ignores an extension approved after the deadline had passed", () => {
    const d = computeDeadline(
      { receivedOn: MARCH, events: [{ kind: "EXTENSION_APPROVED", occurredOn: "2024-04-01" }] },
      calendar,
    );
    expect(d.dueOn).toBe("2024-03-29");
    expect(codes(d)).toEqual(["EXTENSION_AFTER_DEADLINE"]);
  });
});

describe("longer deadline (第三十五条)", () => {
  it("uses a later date, moved off a holiday to the next working day", () => {
    // 2024-05-04 is inside 劳动节 (05-01..05); the next working day is Mon 05-06.
    const d = computeDeadline(
      { receivedOn: MARCH, events: [{ kind: "LONGER_DEADLINE_SET", occurredOn: "2024-03-08", untilOn: "2024-05-04" }] },
      calendar,
    );
    expect(d.dueOn).toBe("2024-05-06");
  });

  it("ignores an earlier date with a warning", () => {
    const d = computeDeadline(
      { receivedOn: MARCH, events: [{ kind: "LONGER_DEADLINE_SET", occurredOn: "2024-03-08", untilOn: "2024-03-20" }] },
      calendar,
    );
    expect(d.dueOn).toBe("2024-03-29");
    expect(codes(d)).toEqual(["LONGER_DEADLINE_NOT_LATER"]);
  });
});

describe("reply", () => {
  const replied = (occurredOn: string) =>
    computeDeadline({ receivedOn: MARCH, events: [{ kind: "REPLIED", occurredOn }], today: "2024-06-01" }, calendar);

  it("on time up to the due date", () => {
    expect(replied("2024-03-29")).toMatchObject({ status: "REPLIED_ON_TIME", daysLeft: null, reply: { onTime: true } });
  });

  it("late by the working days after the due date", () => {
    const d = replied("2024-04-02");
    expect(d).toMatchObject({ status: "REPLIED_LATE", reply: { workingDaysLate: 2, calendarDaysLate: 4 } });
    expect(texts(d)).toContain("答复：2024-04-02（周二），逾期 2 个工作日");
  });

  it("ignores events recorded after the reply", () => {
    const d = computeDeadline(
      {
        receivedOn: MARCH,
        events: [
          { kind: "EXTENSION_APPROVED", occurredOn: "2024-03-20" },
          { kind: "REPLIED", occurredOn: "2024-03-20" }, // same day: the reply closes the day
        ],
      },
      calendar,
    );
    expect(d).toMatchObject({ dueOn: "2024-04-28", status: "REPLIED_ON_TIME", warnings: [] });
  });
});

describe("agency overrides", () => {
  it("an extra holiday moves the deadline one working day later", () => {
    const local = createWorkingCalendar([{ date: "2024-03-15", kind: "HOLIDAY", note: "防汛" }]);
    const d = computeDeadline({ receivedOn: MARCH, events: [] }, local);
    expect(d.dueOn).toBe("2024-04-01");
    expect(texts(d)).toContain("期间节假日不计：本机关休息日 2024-03-15（防汛）");
  });

  it("a weekend made a working day counts", () => {
    const local = createWorkingCalendar([{ date: "2024-03-09", kind: "WORKDAY" }]);
    const d = computeDeadline({ receivedOn: MARCH, events: [] }, local);
    expect(d.dueOn).toBe("2024-03-28");
    expect(texts(d)).toContain("2024-03-09（周六）经本机关调整为工作日，计入");
  });
});

describe("calendar coverage", () => {
  it("warns when the count reaches a year chinese-days does not know", () => {
    const d = computeDeadline({ receivedOn: "2026-12-15", events: [] }, calendar);
    expect(d.dueOn).toBe("2027-01-12"); // weekends only in 2027
    expect(d.warnings).toEqual([expect.objectContaining({ code: "OUTSIDE_CALENDAR_COVERAGE" })]);
    expect(d.warnings[0].message).toContain("2027 年");
  });
});

describe("recomputeDeadlines", () => {
  it("reports old vs new dueOn when the calendar changes", () => {
    const cases = [
      { id: 1, receivedOn: MARCH, events: [], dueOn: "2024-03-29" },
      { id: 2, receivedOn: "2024-04-15", events: [], dueOn: "2024-05-14" },
    ];
    const local = createWorkingCalendar([{ date: "2024-03-15", kind: "HOLIDAY" }]);
    expect(
      recomputeDeadlines(cases, local).map(({ id, oldDueOn, newDueOn, changed }) => ({
        id,
        oldDueOn,
        newDueOn,
        changed,
      })),
    ).toEqual([
      { id: 1, oldDueOn: "2024-03-29", newDueOn: "2024-04-01", changed: true },
      { id: 2, oldDueOn: "2024-05-14", newDueOn: "2024-05-14", changed: false },
    ]);
  });
});
