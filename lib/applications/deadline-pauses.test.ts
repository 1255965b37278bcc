// Issue 12: pauses with a time limit, worked out by hand on China's 2024 calendar (chinese-days).
// Convention: day 1 is the first working day AFTER the day counted from; paused days run from the day a
// request (or fee notice) goes out to the day before the answer (or payment) arrives.
//
// Received Mon 2024-03-04 (no holidays in March): days 1–20 = 03-05..08 (4), 11..15 (9), 18..22 (14),
// 25..29 (19), 04-01 (20) → due Mon 2024-04-01. After it: 04-02, 04-03, 清明 04-04..06 off, Sun 04-07
// make-up, 04-08..12, 04-15..19, 04-22, 04-23 …
import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "@/lib/calendar/working-days";
import { computeDeadline, type DeadlineEvent } from "@/lib/applications/deadline";

const calendar = createWorkingCalendar();
const codes = (d: { warnings: { code: string }[] }) => d.warnings.map((w) => w.code);
const RECEIVED = "2024-03-04";
const deadline = (events: DeadlineEvent[], today?: string, receivedOn = RECEIVED) =>
  computeDeadline({ receivedOn, events, today }, calendar);

describe("third-party consultation (第三十二条: the third party answers within 15 working days)", () => {
  // Started Mon 03-11 after 4 days used (03-05..08). The third party's 15th working day after 03-11:
  // 03-12..15 (4), 03-18..22 (9), 03-25..29 (14), 04-01 (15) → by Mon 2024-04-01. Paused 03-11..03-29
  // (15 working days); the clock runs again on 04-01 with 16 days left: 04-01, 02, 03, 07 (Sun, 调休),
  // 08..12 (9), 15..19 (14), 22 (15), 23 (16) → due Tue 2024-04-23.
  const started: DeadlineEvent = { kind: "THIRD_PARTY_CONSULTATION_STARTED", occurredOn: "2024-03-11" };

  it("an opinion after 100 working days pauses only the 15 the third party has, and says so", () => {
    const d = deadline([started, { kind: "THIRD_PARTY_CONSULTATION_ENDED", occurredOn: "2024-08-05" }]);
    expect(d.dueOn).toBe("2024-04-23");
    expect(codes(d)).toEqual(["THIRD_PARTY_OPINION_LATE"]);
    expect(d.warnings[0].message).toContain("暂停计时只到 2024-04-01");
  });

  it("an opinion on the 15th working day pauses the whole 15", () => {
    const d = deadline([started, { kind: "THIRD_PARTY_CONSULTATION_ENDED", occurredOn: "2024-04-01" }]);
    expect(d.dueOn).toBe("2024-04-23");
    expect(d.warnings).toEqual([]);
  });

  it("an open consultation pauses until the 15th working day, then the clock runs again", () => {
    const waiting = deadline([started], "2024-04-01");
    expect(waiting).toMatchObject({ status: "PAUSED", dueOn: null, waitingUntil: "2024-04-01" });
    const lapsed = deadline([started], "2024-04-02");
    expect(lapsed).toMatchObject({ status: "OPEN", dueOn: "2024-04-23", waitingUntil: null });
    expect(codes(lapsed)).toEqual(["THIRD_PARTY_OPINION_LATE"]);
    // An organ (第三十四条) has no such limit.
    const organ = deadline([{ kind: "ORGAN_CONSULTATION_STARTED", occurredOn: "2024-03-11" }], "2024-08-05");
    expect(organ).toMatchObject({ status: "PAUSED", dueOn: null, waitingUntil: null });
  });
});

describe("补正 period given to the applicant (第三十条)", () => {
  const request: DeadlineEvent = { kind: "CORRECTION_REQUESTED", occurredOn: "2024-03-06", untilOn: "2024-03-20" };

  it("is awaiting correction until the period's last day, then 逾期未补正", () => {
    expect(deadline([request], "2024-03-20")).toMatchObject({
      status: "AWAITING_CORRECTION",
      dueOn: null,
      waitingUntil: "2024-03-20",
    });
    const lapsed = deadline([request], "2024-03-21");
    expect(lapsed.status).toBe("CORRECTION_OVERDUE");
    expect(lapsed.explanation.map((s) => s.text)).toContain(
      "待补正：补正期限至 2024-03-20（周三）；收到补正之日起重新计算答复期限，逾期未补正的按“其他处理 1”办结",
    );
  });

  it("a correction received restarts the clock: received Tue 03-19 → due Wed 2024-04-17", () => {
    // 03-20..22 (3), 03-25..29 (8), 04-01..03 (11), Sun 04-07 (12, 调休), 04-08..12 (17), 04-15..17 (20).
    const d = deadline([request, { kind: "CORRECTION_RECEIVED", occurredOn: "2024-03-19" }], "2024-03-25");
    expect(d).toMatchObject({ status: "OPEN", dueOn: "2024-04-17", waitingUntil: null });
  });
});

describe("信息处理费 (国办函〔2020〕109号第七条): notice to payment does not count; 20 working days to pay", () => {
  // Received Mon 2024-09-02. 中秋 2024: Sat 09-14 is a make-up working day, 09-15..17 off; 国庆: Sun 09-29
  // make-up, 10-01..07 off, Sat 10-12 make-up.
  // Without a fee: 09-03..06 (4), 09-09..13 (9), 09-14 (10), 09-18..20 (13), 09-23..27 (18), 09-29 (19),
  // 09-30 (20) → due Mon 2024-09-30.
  // Fee notice Mon 09-09 after 4 days used; paid Fri 09-20: paused 09-09..09-19; 16 days left from 09-20:
  // 09-20 (1), 09-23..27 (6), 09-29 (7), 09-30 (8), 10-08..11 (12), 10-12 (13), 10-14..16 (16) → Wed 2024-10-16.
  // The applicant pays by the 20th working day after the notice: 09-10..13 (4), 09-14 (5), 09-18..20 (8),
  // 09-23..27 (13), 09-29 (14), 09-30 (15), 10-08..11 (19), Sat 10-12 (20) → by 2024-10-12.
  const RECEIVED_SEPT = "2024-09-02";
  const notice: DeadlineEvent = { kind: "FEE_NOTICE_SENT", occurredOn: "2024-09-09" };

  it("without a fee the deadline is Mon 2024-09-30", () => {
    expect(deadline([], undefined, RECEIVED_SEPT).dueOn).toBe("2024-09-30");
  });

  it("pauses from the notice to the payment: paid Fri 09-20 → due Wed 2024-10-16", () => {
    const d = deadline([notice, { kind: "FEE_PAID", occurredOn: "2024-09-20" }], "2024-09-23", RECEIVED_SEPT);
    expect(d).toMatchObject({ status: "OPEN", dueOn: "2024-10-16" });
    expect(d.warnings).toEqual([]);
  });

  it("awaits payment until the 20th working day, then 逾期未缴费 (treated as withdrawn)", () => {
    expect(deadline([notice], "2024-10-12", RECEIVED_SEPT)).toMatchObject({
      status: "AWAITING_FEE",
      dueOn: null,
      waitingUntil: "2024-10-12",
    });
    expect(deadline([notice], "2024-10-14", RECEIVED_SEPT).status).toBe("FEE_OVERDUE");
    const late = deadline([notice, { kind: "FEE_PAID", occurredOn: "2024-10-14" }], undefined, RECEIVED_SEPT);
    expect(codes(late)).toEqual(["FEE_PAID_LATE"]);
  });

  it("a payment without a notice is not counted", () => {
    expect(codes(deadline([{ kind: "FEE_PAID", occurredOn: "2024-09-09" }], undefined, RECEIVED_SEPT))).toEqual([
      "CONSULTATION_NOT_OPEN",
    ]);
  });
});

describe("extension of up to 20 working days (第三十三条)", () => {
  it("10 working days promised to the applicant: due Tue 2024-04-16 instead of Mon 04-01", () => {
    // Days 21–30 after 04-01: 04-02, 03, 07 (调休), 08..12, 15, 16.
    const d = deadline([{ kind: "EXTENSION_APPROVED", occurredOn: "2024-03-25", workingDays: 10 }]);
    expect(d.dueOn).toBe("2024-04-16");
    expect(d.explanation.map((s) => s.text)).toContain("延期 10 个工作日（负责人批准，2024-03-25）");
  });

  it("without a number it is 20; more than 20 is not counted", () => {
    // Days 31–40: 04-17..19, 04-22..26, Sun 04-28 (劳动节调休), 04-29.
    expect(deadline([{ kind: "EXTENSION_APPROVED", occurredOn: "2024-03-25" }]).dueOn).toBe("2024-04-29");
    const tooLong = deadline([{ kind: "EXTENSION_APPROVED", occurredOn: "2024-03-25", workingDays: 30 }]);
    expect(tooLong.dueOn).toBe("2024-04-01");
    expect(codes(tooLong)).toEqual(["EXTENSION_TOO_LONG"]);
  });

  it("a request waiting for the head does not move the deadline", () => {
    const d = deadline([{ kind: "EXTENSION_REQUESTED", occurredOn: "2024-03-25", workingDays: 10 }]);
    expect(d.dueOn).toBe("2024-04-01");
    expect(d.explanation.map((s) => s.text)).toContain("申请延期 10 个工作日（2024-03-25），待负责人批准");
  });
});
