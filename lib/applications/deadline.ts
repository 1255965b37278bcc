// The statutory reply deadline of a disclosure application (条例第三十条–第三十五条), with a step-by-step
// explanation in Chinese. Plain data in, plain data out; the rules are described in docs/deadlines.md.
//
// Counting: a period of N working days starts the day AFTER the day it counts from (receipt, or the
// corrected application); day 1 is the first working day after it, and the deadline is day N.
import { addDays, daysBetween, maxDate, yearOf, type IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";
import { explainDeadline } from "@/lib/applications/deadline-explain";
import {
  readTimeline,
  REPLY_PERIOD_WORKING_DAYS,
  type Consultation,
  type DeadlineEvent,
  type DeadlineWarning,
  type Timeline,
} from "@/lib/applications/deadline-timeline";

export {
  CORRECTION_REQUEST_WORKING_DAYS,
  EXTENSION_WORKING_DAYS,
  REPLY_PERIOD_WORKING_DAYS,
  type DeadlineEvent,
  type DeadlineEventKind,
  type DeadlineWarning,
  type DeadlineWarningCode,
} from "@/lib/applications/deadline-timeline";

/** `today` only decides OPEN vs OVERDUE and daysLeft; without it the status is never OVERDUE. */
export type DeadlineInput = { receivedOn: IsoDate; events: readonly DeadlineEvent[]; today?: IsoDate };

export type DeadlineStatus =
  | "OPEN"
  | "AWAITING_CORRECTION"
  | "CORRECTION_OVERDUE"
  | "PAUSED"
  | "AWAITING_FEE"
  | "FEE_OVERDUE"
  | "OVERDUE"
  | "REPLIED_ON_TIME"
  | "REPLIED_LATE";

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  OPEN: "办理中",
  AWAITING_CORRECTION: "待补正（暂停计时）",
  CORRECTION_OVERDUE: "逾期未补正（请按“其他处理 1. 申请人逾期未按要求补正”答复办结）",
  PAUSED: "征求意见中（暂停计时）",
  AWAITING_FEE: "待缴纳信息处理费（暂停计时）",
  FEE_OVERDUE: "逾期未缴纳信息处理费（视为放弃申请，请按“其他处理 2. 申请人逾期未缴纳信息处理费”办结）",
  OVERDUE: "已逾期",
  REPLIED_ON_TIME: "按期答复",
  REPLIED_LATE: "逾期答复",
};

export type DeadlineStepKind =
  | "RECEIVED"
  | "PERIOD"
  | "CLOCK_START"
  | "CORRECTION"
  | "CONSULTATION"
  | "EXTENSION"
  | "LONGER_DEADLINE"
  | "HOLIDAYS"
  | "MAKEUP_DAYS"
  | "DUE"
  | "STATE"
  | "REPLY";

export type DeadlineStep = { kind: DeadlineStepKind; text: string };

export type ReplyTiming = { repliedOn: IsoDate; onTime: boolean; workingDaysLate: number; calendarDaysLate: number };

export type Deadline = {
  /** null while awaiting correction or paused by an open consultation (no running deadline). */
  dueOn: IsoDate | null;
  status: DeadlineStatus;
  /** Working days from `today` to dueOn (0 = due today, negative = overdue); null when not running. */
  daysLeft: number | null;
  /** receivedOn, or the day the corrected application arrived. */
  clockStartedOn: IsoDate;
  /**
   * While the clock is stopped for someone else: the last day they have (the applicant's 补正期限, the
   * applicant's 20th working day to pay, the third party's 15th working day); null otherwise.
   */
  waitingUntil: IsoDate | null;
  reply: ReplyTiming | null;
  /** Empty when computed with { explain: false }. */
  explanation: DeadlineStep[];
  warnings: DeadlineWarning[];
};

/** Result of counting: a deadline, or where the count stopped because a consultation is still open. */
export type Count = { dueOn: IsoDate } | { pausedBy: Consultation; usedDays: number; budget: number };

/** What the explanation is built from. */
export type DeadlineFacts = {
  receivedOn: IsoDate;
  clockStartedOn: IsoDate;
  timeline: Timeline;
  awaitingCorrection: boolean;
  count: Count | null; // null while awaiting correction
  extended: boolean;
  longer: { until: IsoDate; rolledTo: IsoDate; setOn: IsoDate } | null; // only when it was adopted
  dueOn: IsoDate | null;
  reply: ReplyTiming | null;
  waitingUntil: IsoDate | null;
};

/** Counts `budget` working days after `start`, skipping the days paused by consultations. */
function count(calendar: WorkingCalendar, start: IsoDate, budget: number, consultations: Consultation[]): Count {
  let position = start; // every working day up to here is used or paused
  let left = budget;
  for (const c of [...consultations].sort((a, b) => (a.from < b.from ? -1 : 1))) {
    if (c.from > calendar.addWorkingDays(position, left)) break; // starts after the deadline: no effect
    const lastPaused = c.to === null ? null : addDays(c.to, -1);
    if (lastPaused !== null && lastPaused <= position) continue; // nothing left to pause
    if (c.from > position) left -= calendar.workingDaysBetween(position, addDays(c.from, -1));
    if (lastPaused === null) return { pausedBy: c, usedDays: budget - left, budget };
    position = maxDate(position, lastPaused);
  }
  return { dueOn: calendar.addWorkingDays(position, left) };
}

/**
 * The pauses as they count on `today`: a third party that has not answered by its 15th working day no
 * longer stops the clock, which runs again on that day (第三十二条: the organ then decides by itself).
 */
function pausesOn(t: Timeline, today: IsoDate | undefined, warnings: DeadlineWarning[]): Consultation[] {
  return t.consultations.map((c) => {
    if (c.kind !== "THIRD_PARTY" || c.to !== null || !c.by || !today || today <= c.by) return c;
    warnings.push({
      code: "THIRD_PARTY_OPINION_LATE",
      message: `第三方未在 ${c.by} 前提出意见（第三十二条 15 个工作日），自 ${c.by} 起恢复计时，由本机关依法决定是否公开`,
    });
    return { ...c, to: c.by };
  });
}

function evaluate(
  receivedOn: IsoDate,
  t: Timeline,
  calendar: WorkingCalendar,
  warnings: DeadlineWarning[],
  today?: IsoDate,
): DeadlineFacts {
  const awaitingCorrection = t.correctionRequestedOn !== null && t.correctionReceivedOn === null;
  const clockStartedOn = t.correctionReceivedOn ?? receivedOn;
  const consultations = pausesOn(t, today, warnings);
  let result = awaitingCorrection ? null : count(calendar, clockStartedOn, REPLY_PERIOD_WORKING_DAYS, consultations);

  let extended = false;
  if (result && t.extensionOn) {
    if ("dueOn" in result && t.extensionOn > result.dueOn) {
      warnings.push({
        code: "EXTENSION_AFTER_DEADLINE",
        message: `延期（${t.extensionOn}）晚于原答复期限 ${result.dueOn}，未计入`,
      });
    } else {
      result = count(calendar, clockStartedOn, REPLY_PERIOD_WORKING_DAYS + t.extensionDays, consultations);
      extended = true;
    }
  }

  let dueOn = result && "dueOn" in result ? result.dueOn : null;
  let longer: DeadlineFacts["longer"] = null;
  if (dueOn && t.longer) {
    // A deadline that falls on a day off moves to the next working day (民法典第二百零三条).
    const rolledTo = calendar.workingDayOnOrAfter(t.longer.until);
    if (rolledTo > dueOn) {
      longer = { ...t.longer, rolledTo };
      dueOn = rolledTo;
    } else {
      warnings.push({
        code: "LONGER_DEADLINE_NOT_LATER",
        message: `第三十五条确定的期限 ${t.longer.until} 不晚于法定期限 ${dueOn}，未采用`,
      });
    }
  }

  const reply = t.repliedOn ? replyTiming(calendar, t.repliedOn, dueOn) : null;
  const pausedBy = result && "pausedBy" in result ? result.pausedBy : null;
  const waitingUntil = reply ? null : awaitingCorrection ? t.correctionUntil : (pausedBy?.by ?? null);
  return {
    receivedOn,
    clockStartedOn,
    timeline: t,
    awaitingCorrection,
    count: result,
    extended,
    longer,
    dueOn,
    reply,
    waitingUntil,
  };
}

function replyTiming(calendar: WorkingCalendar, repliedOn: IsoDate, dueOn: IsoDate | null): ReplyTiming {
  // With no running deadline (awaiting correction, paused) a reply cannot be late.
  if (!dueOn || repliedOn <= dueOn) return { repliedOn, onTime: true, workingDaysLate: 0, calendarDaysLate: 0 };
  return {
    repliedOn,
    onTime: false,
    workingDaysLate: calendar.workingDaysBetween(dueOn, repliedOn),
    calendarDaysLate: daysBetween(dueOn, repliedOn),
  };
}

function coverageWarning(calendar: WorkingCalendar, from: IsoDate, dates: (IsoDate | null)[]): DeadlineWarning | null {
  const last = dates.reduce<IsoDate>((max, d) => (d && d > max ? d : max), from);
  const missing: number[] = [];
  for (let year = yearOf(from); year <= yearOf(last); year++) {
    if (!calendar.isCovered(`${year}-01-01`)) missing.push(year);
  }
  if (!missing.length) return null;
  const { firstYear, lastYear } = calendar.coverage;
  return {
    code: "OUTSIDE_CALENDAR_COVERAGE",
    message: `${missing.join("、")} 年的法定节假日安排未收录（已收录 ${firstYear}–${lastYear} 年），该年只按周末计算；请核对国务院放假通知，必要时添加本机关日历调整`,
  };
}

function statusOf(f: DeadlineFacts, today: IsoDate | undefined): DeadlineStatus {
  if (f.reply) return f.reply.onTime ? "REPLIED_ON_TIME" : "REPLIED_LATE";
  const lapsed = !!(today && f.waitingUntil && today > f.waitingUntil);
  if (f.awaitingCorrection) return lapsed ? "CORRECTION_OVERDUE" : "AWAITING_CORRECTION";
  if (!f.dueOn && f.count && "pausedBy" in f.count && f.count.pausedBy.kind === "FEE")
    return lapsed ? "FEE_OVERDUE" : "AWAITING_FEE";
  if (!f.dueOn) return "PAUSED";
  return today && today > f.dueOn ? "OVERDUE" : "OPEN";
}

/**
 * The deadline of one application. Pass { explain: false } when only dates and status are needed
 * (dashboards, bulk recomputation): the explanation is most of the cost.
 */
export function computeDeadline(
  input: DeadlineInput,
  calendar: WorkingCalendar,
  options: { explain?: boolean } = {},
): Deadline {
  const warnings: DeadlineWarning[] = [];
  const timeline = readTimeline(input.receivedOn, input.events, calendar, (w) => warnings.push(w));
  const facts = evaluate(input.receivedOn, timeline, calendar, warnings, input.today);
  const coverage = coverageWarning(calendar, input.receivedOn, [facts.dueOn, ...input.events.map((e) => e.occurredOn)]);
  if (coverage) warnings.push(coverage);

  const { dueOn, reply, clockStartedOn, waitingUntil } = facts;
  const status = statusOf(facts, input.today);
  const daysLeft = !reply && dueOn && input.today ? calendar.workingDaysBetween(input.today, dueOn) : null;
  const explanation = options.explain === false ? [] : explainDeadline(facts, calendar);
  return { dueOn, status, daysLeft, clockStartedOn, waitingUntil, reply, explanation, warnings };
}

export type StoredDeadlineCase<Id> = DeadlineInput & { id: Id; dueOn: IsoDate | null };
export type DeadlineChange<Id> = {
  id: Id;
  oldDueOn: IsoDate | null;
  newDueOn: IsoDate | null;
  changed: boolean;
  deadline: Deadline;
};

/**
 * Recomputes many cases (e.g. all open ones after the calendar or its overrides change) and reports
 * old vs new dueOn, so the caller can store the changed ones and show what moved. Without explanations.
 */
export function recomputeDeadlines<Id>(
  cases: readonly StoredDeadlineCase<Id>[],
  calendar: WorkingCalendar,
): DeadlineChange<Id>[] {
  return cases.map((c) => {
    const deadline = computeDeadline(c, calendar, { explain: false });
    return { id: c.id, oldDueOn: c.dueOn, newDueOn: deadline.dueOn, changed: c.dueOn !== deadline.dueOn, deadline };
  });
}
