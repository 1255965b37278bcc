import { DEADLINE_STATUS_LABELS, type Deadline } from "@/lib/applications/deadline";
import { weekdayLabel } from "@/lib/calendar/dates";

const TONE: Record<Deadline["status"], string> = {
  OPEN: "border-brand-600 bg-white",
  AWAITING_CORRECTION: "border-amber-500 bg-amber-50",
  CORRECTION_OVERDUE: "border-red-600 bg-red-50",
  PAUSED: "border-amber-500 bg-amber-50",
  AWAITING_FEE: "border-amber-500 bg-amber-50",
  FEE_OVERDUE: "border-red-600 bg-red-50",
  OVERDUE: "border-red-600 bg-red-50",
  REPLIED_ON_TIME: "border-green-600 bg-green-50",
  REPLIED_LATE: "border-red-600 bg-red-50",
};

function standing(d: Deadline): string {
  if (d.reply)
    return d.reply.onTime
      ? `${d.reply.repliedOn} 按期答复`
      : `${d.reply.repliedOn} 答复，逾期 ${d.reply.workingDaysLate} 个工作日`;
  if (d.daysLeft === null) return DEADLINE_STATUS_LABELS[d.status];
  if (d.daysLeft > 0) return `剩余 ${d.daysLeft} 个工作日`;
  if (d.daysLeft === 0 && d.status !== "OVERDUE") return "今日到期";
  return d.daysLeft < 0 ? `已逾期 ${-d.daysLeft} 个工作日` : "已逾期";
}

/** The due date, the days left or overdue, and how the due date was computed, step by step. */
export function DeadlinePanel({ deadline }: { deadline: Deadline }) {
  return (
    <section aria-labelledby="deadline" className={`mt-6 rounded border-l-4 p-4 ${TONE[deadline.status]}`}>
      <h2 id="deadline" className="text-lg font-semibold">
        答复期限
      </h2>
      <p className="mt-1 text-xl" data-testid="due-on">
        {deadline.dueOn ? `${deadline.dueOn}（${weekdayLabel(deadline.dueOn)}）` : "暂停计时"}
        <span className="ml-3 text-base font-medium" data-testid="deadline-standing">
          {standing(deadline)}
        </span>
      </p>
      <p className="text-sm text-stone-700">状态：{DEADLINE_STATUS_LABELS[deadline.status]}</p>
      {deadline.warnings.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm text-amber-900" aria-label="提示">
          {deadline.warnings.map((w) => (
            <li key={`${w.code}-${w.message}`}>{w.message}</li>
          ))}
        </ul>
      )}
      <details className="mt-2 text-sm" open>
        <summary className="cursor-pointer font-medium">期限如何计算</summary>
        <ol className="mt-1 list-decimal space-y-0.5 pl-6 text-stone-800" data-testid="deadline-explanation">
          {deadline.explanation.map((step, i) => (
            <li key={i}>{step.text}</li>
          ))}
        </ol>
      </details>
    </section>
  );
}
