// Chinese wording of a deadline computation, step by step, for the UI.
import { addDays, maxDate, weekdayLabel, yearOf, type IsoDate } from "@/lib/calendar/dates";
import type { DayInfo, WorkingCalendar } from "@/lib/calendar/working-days";
import type { DeadlineFacts, DeadlineStep, DeadlineStepKind } from "@/lib/applications/deadline";
import {
  CONSULTATION_LABELS,
  REPLY_PERIOD_WORKING_DAYS,
  type Consultation,
} from "@/lib/applications/deadline-timeline";

export function explainDeadline(f: DeadlineFacts, calendar: WorkingCalendar): DeadlineStep[] {
  const steps: DeadlineStep[] = [];
  const step = (kind: DeadlineStepKind, text: string) => steps.push({ kind, text });
  const t = f.timeline;

  step("RECEIVED", `收到申请：${dayLabel(f.receivedOn)}`);
  step("PERIOD", `答复期限 ${REPLY_PERIOD_WORKING_DAYS} 个工作日（第三十三条），自收到申请的次日起算`);
  step("CLOCK_START", clockStartText(calendar, f.receivedOn, "起算"));
  if (t.correctionRequestedOn) {
    const day = calendar.workingDaysBetween(f.receivedOn, t.correctionRequestedOn);
    step(
      "CORRECTION",
      `补正告知：${dayLabel(t.correctionRequestedOn)}（收到申请后第 ${day} 个工作日），等待补正期间不计时`,
    );
  }
  if (t.correctionReceivedOn) {
    step("CORRECTION", `收到补正：${dayLabel(t.correctionReceivedOn)}，答复期限重新计算（第三十条）`);
    step("CLOCK_START", clockStartText(calendar, t.correctionReceivedOn, "重新起算"));
  }
  for (const c of t.consultations) step("CONSULTATION", consultationText(calendar, c, f));
  if (f.extended) step("EXTENSION", `延期 ${t.extensionDays} 个工作日（负责人批准，${t.extensionOn}）`);
  else if (t.extensionRequest)
    step("EXTENSION", `申请延期 ${t.extensionRequest.days} 个工作日（${t.extensionRequest.on}），待负责人批准`);
  if (f.longer) {
    const { setOn, until, rolledTo } = f.longer;
    const rolled = rolledTo !== until ? `（${until} 为休息日，顺延至 ${dayLabel(rolledTo)}）` : "";
    step("LONGER_DEADLINE", `确定延迟答复的合理期限（第三十五条，${setOn}）：${until}${rolled}`);
  } else if (t.longer && !f.dueOn) {
    step("LONGER_DEADLINE", `第三十五条确定的期限 ${t.longer.until}：计时暂停中，恢复计时后与法定期限比较`);
  }

  if (f.dueOn) {
    const firstDay = calendar.addWorkingDays(f.clockStartedOn, 1);
    const holidays = holidayRuns(calendar, addDays(firstDay, 1), f.dueOn);
    if (holidays.length) step("HOLIDAYS", `期间节假日不计：${holidays.join("；")}`);
    const paused = (date: IsoDate) => t.consultations.some((c) => c.from <= date && (c.to === null || date < c.to));
    for (const line of extraWorkingDayLines(calendar, firstDay, f.dueOn, paused)) step("MAKEUP_DAYS", line);
    step("DUE", `答复期限：${dayLabel(f.dueOn)}`);
  } else if (f.awaitingCorrection) {
    step(
      "STATE",
      t.correctionUntil
        ? `待补正：补正期限至 ${dayLabel(t.correctionUntil)}；收到补正之日起重新计算答复期限，逾期未补正的按“其他处理 1”办结`
        : "待补正：答复期限自收到补正之日起重新计算（请记录给申请人的补正期限）",
    );
  } else if (f.count && "pausedBy" in f.count) {
    const { pausedBy, usedDays, budget } = f.count;
    const by =
      pausedBy.by === null
        ? ""
        : pausedBy.kind === "FEE"
          ? `；申请人应于 ${dayLabel(pausedBy.by)} 前缴费（国办函〔2020〕109号第七条），逾期视为放弃申请`
          : `；第三方应于 ${dayLabel(pausedBy.by)} 前提出意见（第三十二条），届时未提出的恢复计时`;
    step(
      "STATE",
      `${CONSULTATION_LABELS[pausedBy.kind]}中，计时暂停：已计 ${usedDays} 个工作日，尚余 ${budget - usedDays} 个工作日${by}`,
    );
  }

  if (f.reply) {
    const { repliedOn, onTime, workingDaysLate, calendarDaysLate } = f.reply;
    const how = onTime
      ? "按期"
      : workingDaysLate > 0
        ? `逾期 ${workingDaysLate} 个工作日`
        : `逾期（晚于期限 ${calendarDaysLate} 天）`;
    step("REPLY", `答复：${dayLabel(repliedOn)}，${how}`);
  }
  return steps;
}

function consultationText(calendar: WorkingCalendar, c: Consultation, f: DeadlineFacts): string {
  const label = CONSULTATION_LABELS[c.kind];
  if (c.to === null) {
    const pausing = f.count !== null && "pausedBy" in f.count && f.count.pausedBy === c;
    return `${label}：自 ${c.from} 起，尚未结束${pausing ? "" : "（在答复期限届满后开始，不顺延）"}`;
  }
  const span = `${label} ${rangeLabel(c.from, c.to)}`;
  if (f.dueOn && c.from > f.dueOn) return `${span}：在答复期限届满后开始，不顺延`;
  if (c.to <= addDays(f.clockStartedOn, 1)) return `${span}：在期限起算前，不影响期限`;
  const paused = calendar.workingDaysBetween(maxDate(addDays(c.from, -1), f.clockStartedOn), addDays(c.to, -1));
  return `${span}，暂停 ${Math.max(0, paused)} 个工作日`;
}

/** "2024-09-27（周五）" */
export function dayLabel(date: IsoDate): string {
  return `${date}（${weekdayLabel(date)}）`;
}

/** "2024-10-01 至 10-07"; the end keeps its year when the range crosses one. */
export function rangeLabel(from: IsoDate, to: IsoDate): string {
  if (from === to) return from;
  return `${from} 至 ${yearOf(from) === yearOf(to) ? to.slice(5) : to}`;
}

/**
 * Named days off in [from, to], consecutive days merged: ["国庆节 2024-10-01 至 10-07",
 * "本机关休息日 2024-10-09（防汛）"]. Plain weekends are not listed.
 */
export function holidayRuns(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): string[] {
  if (from > to) return [];
  const runs: { kind: DayInfo["kind"]; names: string[]; from: IsoDate; to: IsoDate }[] = [];
  for (const day of calendar.specialDaysIn(from, to)) {
    if (day.working) continue;
    const last = runs[runs.length - 1];
    if (last && last.kind === day.kind && addDays(last.to, 1) === day.date) {
      last.to = day.date;
      if (day.name && !last.names.includes(day.name)) last.names.push(day.name);
    } else {
      runs.push({ kind: day.kind, names: day.name ? [day.name] : [], from: day.date, to: day.date });
    }
  }
  return runs.map((run) =>
    run.kind === "HOLIDAY"
      ? `${run.names.join("、") || "法定节假日"} ${rangeLabel(run.from, run.to)}`
      : `本机关休息日 ${rangeLabel(run.from, run.to)}${run.names.length ? `（${run.names.join("、")}）` : ""}`,
  );
}

/**
 * Working days in [from, to] that fall on a weekend or holiday (调休 and the agency's own working days),
 * except those `skip` says were not counted (paused).
 */
export function extraWorkingDayLines(
  calendar: WorkingCalendar,
  from: IsoDate,
  to: IsoDate,
  skip: (date: IsoDate) => boolean = () => false,
): string[] {
  if (from > to) return [];
  return calendar
    .specialDaysIn(from, to)
    .filter((day) => day.working && !skip(day.date))
    .map((day) =>
      day.kind === "MAKEUP_WORKDAY"
        ? `${dayLabel(day.date)}为${day.name ?? ""}调休工作日，计入`
        : `${dayLabel(day.date)}经本机关调整为工作日，计入${day.name ? `（${day.name}）` : ""}`,
    );
}

/** "起算：次一工作日 2024-10-08（周二），国庆节 2024-10-01 至 10-07 不计" */
function clockStartText(calendar: WorkingCalendar, from: IsoDate, prefix: string): string {
  const firstDay = calendar.addWorkingDays(from, 1);
  const skipped = holidayRuns(calendar, addDays(from, 1), addDays(firstDay, -1));
  const makeUp = calendar.dayInfo(firstDay).kind === "MAKEUP_WORKDAY" ? "，调休工作日" : "";
  const skippedText = skipped.length ? `，${skipped.join("、")} 不计` : "";
  return `${prefix}：次一工作日 ${firstDay}（${weekdayLabel(firstDay)}${makeUp}）${skippedText}`;
}
