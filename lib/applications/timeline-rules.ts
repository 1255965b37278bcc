// What may be added to (or removed from) an application's timeline. The deadline module reads any
// timeline and ignores, with a warning, what the rules do not allow; here the same warnings decide
// whether a change is refused (a second extension, a correction nobody asked for …) or recorded with
// a notice (a 补正 request after the 7th working day is late but still valid).
import type { IsoDate } from "@/lib/calendar/dates";
import type { Deadline, DeadlineWarning } from "@/lib/applications/deadline";
import type { ApplicationEventKind } from "@/lib/generated/prisma/enums";

/** Warnings that describe a fact worth knowing, not a mistake in the records. */
const NOTICES = new Set<DeadlineWarning["code"]>([
  "CORRECTION_LATE",
  "OUTSIDE_CALENDAR_COVERAGE",
  "THIRD_PARTY_OPINION_LATE",
  "FEE_PAID_LATE",
]);

const key = (w: DeadlineWarning) => `${w.code}|${w.message}`;

/** The warnings a change brings: `refusals` stop it, `notices` go with the success message. */
export function warningsAdded(before: Pick<Deadline, "warnings"> | null, after: Pick<Deadline, "warnings">) {
  const seen = new Set((before?.warnings ?? []).map(key));
  const added = after.warnings.filter((w) => !seen.has(key(w)));
  return {
    refusals: added.filter((w) => !NOTICES.has(w.code)).map((w) => w.message),
    notices: added.filter((w) => NOTICES.has(w.code)).map((w) => w.message),
  };
}

export type NewEvent = {
  kind: ApplicationEventKind;
  occurredOn: IsoDate;
  untilOn: IsoDate | null;
  workingDays?: number | null;
  amount: string;
  outcome: string;
};

type Case = { receivedOn: IsoDate; repliedOn: IsoDate | null };

/** Per field, what is wrong with a new event on its own terms (before the deadline rules). */
export function newEventProblems(app: Case, event: NewEvent, today: IsoDate): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const { kind, occurredOn, untilOn, amount, outcome } = event;

  if (occurredOn < app.receivedOn) add("occurredOn", `日期不能早于收到申请日期（${app.receivedOn}）。`);
  if (occurredOn > today) add("occurredOn", `日期不能晚于今天（${today}）。`);
  if (kind === "REPLIED" && app.repliedOn)
    add("kind", `该申请已于 ${app.repliedOn} 答复；如需更正，请先删除原答复记录。`);
  else if (app.repliedOn && occurredOn > app.repliedOn)
    add("occurredOn", `该申请已于 ${app.repliedOn} 答复办结，不能再记录此后的办理事项。`);

  if (kind === "REPLIED" && !outcome) add("outcome", "答复时请选择办理结果。");
  if (kind !== "REPLIED" && outcome) add("outcome", "只有“答复”需要选择办理结果。");

  if (kind === "LONGER_DEADLINE_SET") {
    if (!untilOn) add("untilOn", "请填写确定的答复期限。");
    else if (untilOn <= occurredOn) add("untilOn", "确定的答复期限应晚于作出决定的日期。");
  } else if (kind === "CORRECTION_REQUESTED") {
    // The period given to the applicant (补正期限): after it, the case is flagged 逾期未补正.
    if (untilOn && untilOn <= occurredOn) add("untilOn", "补正期限应晚于补正告知的日期。");
  } else if (untilOn) {
    add("untilOn", "只有补正告知（补正期限）和“确定延迟答复的合理期限”需要填写期限日期。");
  }
  if (event.workingDays != null && kind !== "EXTENSION_REQUESTED" && kind !== "EXTENSION_APPROVED")
    add("workingDays", "只有延期答复需要填写延长的工作日数。");

  if (kind === "FEE_NOTICE_SENT" && !amount) add("amount", "请填写收费金额。");
  if (amount && kind !== "FEE_NOTICE_SENT" && kind !== "FEE_PAID") add("amount", "只有收费通知和缴费需要填写金额。");
  return errors;
}

/** The application's columns that follow from its timeline (the reply and the fee charged). */
export function derivedFromTimeline(
  events: readonly { kind: ApplicationEventKind; occurredOn: IsoDate; amount: string | null }[],
) {
  const reply = events.find((e) => e.kind === "REPLIED");
  const notices = events.filter((e) => e.kind === "FEE_NOTICE_SENT" && e.amount !== null);
  return {
    repliedOn: reply?.occurredOn ?? null,
    feeAmount: notices.length ? notices[notices.length - 1].amount : null,
  };
}

/**
 * Outcomes that follow from a step of the timeline, and are not true without it: 逾期不补正 needs a 补正
 * request still unanswered (and its period passed), 逾期未缴纳费用 a fee notice still unpaid, 补正后申请内容仍不明确
 * a correction received. Returns field messages for `outcome`.
 */
export function outcomePrerequisiteProblems(
  events: readonly { kind: ApplicationEventKind; occurredOn: IsoDate; untilOn?: IsoDate | null }[],
  outcome: string,
  repliedOn: IsoDate,
): string[] {
  const has = (kind: ApplicationEventKind) => events.some((e) => e.kind === kind);
  switch (outcome) {
    case "OTHER_NO_CORRECTION": {
      const request = events.find((e) => e.kind === "CORRECTION_REQUESTED");
      if (!request) return ["“逾期不补正”须先记录补正告知（第三十条）。"];
      if (has("CORRECTION_RECEIVED")) return ["已记录收到补正，不能按“逾期不补正”办结。"];
      if (request.untilOn && repliedOn <= request.untilOn)
        return [`补正期限（${request.untilOn}）尚未届满，不能按“逾期不补正”办结。`];
      return [];
    }
    case "OTHER_FEE_UNPAID":
      if (!has("FEE_NOTICE_SENT")) return ["“逾期未缴纳费用”须先记录收费通知。"];
      if (has("FEE_PAID")) return ["已记录申请人缴费，不能按“逾期未缴纳费用”办结。"];
      return [];
    case "UNABLE_STILL_UNCLEAR":
      return has("CORRECTION_RECEIVED") ? [] : ["“补正后申请内容仍不明确”须先记录补正告知和收到补正。"];
    default:
      return [];
  }
}
