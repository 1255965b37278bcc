import { describe, expect, it } from "vitest";
import { createWorkingCalendar } from "@/lib/calendar/working-days";
import { fromIsoDate } from "@/lib/calendar/dates";
import { can, type Actor } from "@/lib/auth/permissions";
import { computeDeadline } from "@/lib/applications/deadline";
import { receiptProblems, RECEIPT_RULES } from "./intake";
import { figuresIn, reportYearsTouched, type CountedApplication } from "./report-years";
import { derivedFromTimeline, newEventProblems, warningsAdded, type NewEvent } from "./timeline-rules";
import { caseStanding } from "./case-status";
import { formatRegNo } from "./reg-no";
import { todayInChina } from "@/lib/calendar/dates";

const calendar = createWorkingCalendar();

describe("date received (条例第三十一条)", () => {
  it("names the date that counts for each channel", () => {
    expect(RECEIPT_RULES.REGISTERED_MAIL.receivedLabel).toContain("签收");
    expect(RECEIPT_RULES.ORDINARY_MAIL.receivedLabel).toContain("确认");
    expect(RECEIPT_RULES.ONLINE.rule).toContain("双方确认");
  });

  it("accepts dates that fit the channel", () => {
    expect(
      receiptProblems(
        { channel: "REGISTERED_MAIL", submittedOn: "2024-03-01", receivedOn: "2024-03-04" },
        "2024-03-10",
      ),
    ).toEqual({});
    expect(
      receiptProblems({ channel: "IN_PERSON", submittedOn: "2024-03-04", receivedOn: "2024-03-04" }, "2024-03-10"),
    ).toEqual({});
    expect(receiptProblems({ channel: "ONLINE", submittedOn: null, receivedOn: "2024-03-04" }, "2024-03-04")).toEqual(
      {},
    );
  });

  it("refuses a receipt before sending, in the future, or in person on another day", () => {
    expect(
      receiptProblems({ channel: "REGISTERED_MAIL", submittedOn: "2024-03-05", receivedOn: "2024-03-04" }, "2024-03-10")
        .receivedOn?.[0],
    ).toBe("收到申请日期不能早于寄出日期（邮戳日期）（2024-03-05）。");
    expect(
      receiptProblems({ channel: "ONLINE", submittedOn: null, receivedOn: "2024-03-11" }, "2024-03-10").receivedOn,
    ).toHaveLength(1);
    expect(
      receiptProblems({ channel: "IN_PERSON", submittedOn: "2024-03-01", receivedOn: "2024-03-04" }, "2024-03-10")
        .receivedOn?.[0],
    ).toContain("当面提交的，收到申请日期即提交之日");
  });
});

describe("which report years a change touches", () => {
  const app: CountedApplication = {
    receivedOn: "2023-12-20",
    repliedOn: null,
    applicantType: "NATURAL_PERSON",
    outcome: null,
  };

  it("a case open across the year end counts in both years", () => {
    expect(figuresIn(app, 2023)).toBe("NATURAL_PERSON|true|false||true");
    expect(figuresIn(app, 2024)).toBe("NATURAL_PERSON|false|true||true");
    expect(figuresIn(app, 2022)).toBe("");
  });

  it("replying in 2024 to a 2023 case changes 2024 only (2023 still carries it forward)", () => {
    expect(reportYearsTouched(app, { ...app, repliedOn: "2024-01-10", outcome: "GRANTED" }, 2024)).toEqual([2024]);
  });

  it("replying on 31 Dec changes the year it closes in", () => {
    expect(reportYearsTouched(app, { ...app, repliedOn: "2023-12-31", outcome: "GRANTED" }, 2024)).toEqual([
      2023, 2024,
    ]);
  });

  it("the applicant type of an open case touches every year it is counted in", () => {
    expect(reportYearsTouched(app, { ...app, applicantType: "COMMERCIAL" }, 2025)).toEqual([2023, 2024, 2025]);
  });

  it("creating and deleting touch the years the case is counted in; a change to nothing counted touches none", () => {
    const closed = { ...app, receivedOn: "2022-05-01", repliedOn: "2022-05-20", outcome: "GRANTED" };
    expect(reportYearsTouched(null, closed, 2024)).toEqual([2022]);
    expect(reportYearsTouched(closed, null, 2024)).toEqual([2022]);
    expect(reportYearsTouched(closed, { ...closed }, 2024)).toEqual([]);
  });
});

describe("new timeline events", () => {
  const open = { receivedOn: "2024-03-01", repliedOn: null };
  const event = (e: Partial<NewEvent>): NewEvent => ({
    kind: "CORRECTION_REQUESTED",
    occurredOn: "2024-03-05",
    untilOn: null,
    amount: "",
    outcome: "",
    ...e,
  });

  it("a reply needs its outcome, other events none", () => {
    expect(newEventProblems(open, event({ kind: "REPLIED" }), "2024-04-01")).toEqual({
      outcome: ["答复时请选择办理结果。"],
    });
    expect(newEventProblems(open, event({ kind: "REPLIED", outcome: "GRANTED" }), "2024-04-01")).toEqual({});
    expect(newEventProblems(open, event({ outcome: "GRANTED" }), "2024-04-01").outcome).toHaveLength(1);
  });

  it("dates stay between receipt and today, and before the reply", () => {
    expect(newEventProblems(open, event({ occurredOn: "2024-02-28" }), "2024-04-01").occurredOn?.[0]).toContain(
      "不能早于收到申请日期",
    );
    expect(newEventProblems(open, event({ occurredOn: "2024-04-02" }), "2024-04-01").occurredOn?.[0]).toContain(
      "不能晚于今天",
    );
    const replied = { ...open, repliedOn: "2024-03-20" };
    expect(newEventProblems(replied, event({ occurredOn: "2024-03-21" }), "2024-04-01").occurredOn?.[0]).toContain(
      "已于 2024-03-20 答复办结",
    );
    expect(
      newEventProblems(replied, event({ kind: "REPLIED", outcome: "GRANTED", occurredOn: "2024-03-21" }), "2024-04-01")
        .kind?.[0],
    ).toContain("请先删除原答复记录");
  });

  it("a longer deadline needs its date, a fee notice its amount", () => {
    expect(newEventProblems(open, event({ kind: "LONGER_DEADLINE_SET" }), "2024-04-01").untilOn).toEqual([
      "请填写确定的答复期限。",
    ]);
    expect(newEventProblems(open, event({ kind: "LONGER_DEADLINE_SET", untilOn: "2024-05-30" }), "2024-04-01")).toEqual(
      {},
    );
    expect(newEventProblems(open, event({ kind: "FEE_NOTICE_SENT" }), "2024-04-01").amount).toEqual([
      "请填写收费金额。",
    ]);
    expect(newEventProblems(open, event({ amount: "10" }), "2024-04-01").amount).toHaveLength(1);
  });

  it("refuses what the deadline rules would ignore, and only notes a late 补正 request", () => {
    const base = computeDeadline(
      { receivedOn: "2024-03-01", events: [{ kind: "EXTENSION_APPROVED", occurredOn: "2024-03-20" }] },
      calendar,
    );
    const twice = computeDeadline(
      {
        receivedOn: "2024-03-01",
        events: [
          { kind: "EXTENSION_APPROVED", occurredOn: "2024-03-20" },
          { kind: "EXTENSION_APPROVED", occurredOn: "2024-03-21" },
        ],
      },
      calendar,
    );
    expect(warningsAdded(base, twice).refusals).toEqual(["延期只能一次（第三十三条）；2024-03-21 的再次延期未计入"]);

    const late = computeDeadline(
      { receivedOn: "2024-03-01", events: [{ kind: "CORRECTION_REQUESTED", occurredOn: "2024-03-14" }] },
      calendar,
    );
    expect(warningsAdded(computeDeadline({ receivedOn: "2024-03-01", events: [] }, calendar), late)).toEqual({
      refusals: [],
      notices: ["补正告知（2024-03-14）在收到申请后第 9 个工作日，超过 7 个工作日（第三十条）"],
    });
  });

  it("derives the reply date and the fee charged from the timeline", () => {
    expect(
      derivedFromTimeline([
        { kind: "FEE_NOTICE_SENT", occurredOn: "2024-03-05", amount: "100" },
        { kind: "FEE_NOTICE_SENT", occurredOn: "2024-03-06", amount: "80.5" },
        { kind: "REPLIED", occurredOn: "2024-03-20", amount: null },
      ]),
    ).toEqual({ repliedOn: "2024-03-20", feeAmount: "80.5" });
    expect(derivedFromTimeline([])).toEqual({ repliedOn: null, feeAmount: null });
  });
});

describe("a case's standing in lists", () => {
  const row = (dueOn: string | null, repliedOn: string | null = null) => ({
    dueOn: dueOn ? fromIsoDate(dueOn) : null,
    repliedOn: repliedOn ? fromIsoDate(repliedOn) : null,
  });

  it("counts working days left or overdue on China's calendar", () => {
    // 2024-09-27 (Fri) → 2024-10-08: 09-29 (调休) and 09-30 are working days, 10-01..07 off.
    expect(caseStanding(row("2024-10-08"), "2024-09-27", calendar)).toEqual({
      kind: "OPEN",
      label: "剩 3 个工作日",
      daysLeft: 3,
    });
    expect(caseStanding(row("2024-10-08"), "2024-10-08", calendar)).toMatchObject({ label: "今日到期", daysLeft: 0 });
    expect(caseStanding(row("2024-09-30"), "2024-10-08", calendar)).toEqual({
      kind: "OVERDUE",
      label: "已逾期 1 个工作日",
      daysOverdue: 1,
    });
    expect(caseStanding(row(null), "2024-10-08", calendar).kind).toBe("PAUSED");
    expect(caseStanding(row("2024-09-30", "2024-10-08"), "2024-10-09", calendar).label).toBe("逾期答复");
    expect(caseStanding(row("2024-09-30", "2024-09-30"), "2024-10-09", calendar).label).toBe("按期答复");
  });
});

describe("small things", () => {
  it("registration numbers and China's date", () => {
    expect(formatRegNo(2024, 7)).toBe("2024-0007");
    expect(formatRegNo(2024, 12345)).toBe("2024-12345");
    expect(todayInChina(new Date("2024-12-31T16:30:00Z"))).toBe("2025-01-01");
    expect(todayInChina(new Date("2024-12-31T15:59:59Z"))).toBe("2024-12-31");
  });

  it("only the head may approve an extension", () => {
    const officer: Actor = { userId: 1, agencyId: 1, role: "OFFICER", departmentId: 5, inDisclosureOffice: true };
    const head: Actor = { userId: 2, agencyId: 1, role: "HEAD", departmentId: null, inDisclosureOffice: false };
    expect(can(officer, "application.extension.approve", { agencyId: 1, departmentId: 5 })).toBe(false);
    expect(can(head, "application.extension.approve", { agencyId: 1, departmentId: 5 })).toBe(true);
  });
});
