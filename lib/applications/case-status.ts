// A case's standing from its stored columns (no events needed): what the list, the dashboard and the
// export show. The detail page computes the full deadline with its explanation instead.
import { toIsoDate, type IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";

export type CaseStanding =
  | { kind: "REPLIED_ON_TIME" | "REPLIED_LATE"; label: string }
  | { kind: "PAUSED"; label: string }
  | { kind: "LAPSED"; label: string }
  | { kind: "OPEN"; label: string; daysLeft: number }
  | { kind: "OVERDUE"; label: string; daysOverdue: number };

export function caseStanding(
  row: { dueOn: Date | null; repliedOn: Date | null; waitingUntil?: Date | null },
  today: IsoDate,
  calendar: WorkingCalendar,
): CaseStanding {
  const dueOn = row.dueOn ? toIsoDate(row.dueOn) : null;
  if (row.repliedOn) {
    const late = dueOn !== null && toIsoDate(row.repliedOn) > dueOn;
    return late ? { kind: "REPLIED_LATE", label: "逾期答复" } : { kind: "REPLIED_ON_TIME", label: "按期答复" };
  }
  const waitingUntil = row.waitingUntil ? toIsoDate(row.waitingUntil) : null;
  // The applicant's 补正 or payment period, or the third party's 15 working days, has passed: the officer acts.
  if (!dueOn && waitingUntil && today > waitingUntil)
    return { kind: "LAPSED", label: `等待期限 ${waitingUntil} 已过，请处理（逾期未补正、未缴费或第三方未提出意见）` };
  if (!dueOn) return { kind: "PAUSED", label: "暂停计时（待补正、待缴费或征求意见中）" };
  if (today > dueOn) {
    const daysOverdue = calendar.workingDaysBetween(dueOn, today);
    return { kind: "OVERDUE", label: daysOverdue > 0 ? `已逾期 ${daysOverdue} 个工作日` : "已逾期", daysOverdue };
  }
  const daysLeft = calendar.workingDaysBetween(today, dueOn);
  return { kind: "OPEN", label: daysLeft === 0 ? "今日到期" : `剩 ${daysLeft} 个工作日`, daysLeft };
}
