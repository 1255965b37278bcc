// Reads an application's events into the facts the deadline depends on, warning about (and
// ignoring) what the rules do not allow: a second 补正 request, a second extension, and so on.
import { toDayNumber, type IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";

export const REPLY_PERIOD_WORKING_DAYS = 20; // 第三十三条
export const EXTENSION_WORKING_DAYS = 20; // 第三十三条: once, approved by the head of the disclosure office
export const CORRECTION_REQUEST_WORKING_DAYS = 7; // 第三十条
export const THIRD_PARTY_OPINION_WORKING_DAYS = 15; // 第三十二条: the third party answers within 15 working days
// 《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第七条: the applicant pays within 20 working days from the
// day after receiving the fee notice, or the application is treated as withdrawn.
export const FEE_PAYMENT_WORKING_DAYS = 20;

/** Mirrors the Prisma enum ApplicationEventKind (values are the same strings). */
export type DeadlineEventKind =
  | "CORRECTION_REQUESTED"
  | "CORRECTION_RECEIVED"
  | "THIRD_PARTY_CONSULTATION_STARTED"
  | "THIRD_PARTY_CONSULTATION_ENDED"
  | "ORGAN_CONSULTATION_STARTED"
  | "ORGAN_CONSULTATION_ENDED"
  | "EXTENSION_REQUESTED"
  | "EXTENSION_APPROVED"
  | "LONGER_DEADLINE_SET"
  | "FEE_NOTICE_SENT"
  | "FEE_PAID"
  | "REPLIED";

/**
 * `untilOn`: LONGER_DEADLINE_SET's deadline, CORRECTION_REQUESTED's 补正期限. `workingDays`: the length of an
 * extension (null = 20).
 */
export type DeadlineEvent = {
  kind: DeadlineEventKind;
  occurredOn: IsoDate;
  untilOn?: IsoDate | null;
  workingDays?: number | null;
};

export type DeadlineWarningCode =
  | "EVENT_BEFORE_RECEIPT"
  | "EVENT_AFTER_REPLY"
  | "CORRECTION_LATE"
  | "CORRECTION_REPEATED"
  | "CORRECTION_WITHOUT_REQUEST"
  | "CONSULTATION_ALREADY_OPEN"
  | "CONSULTATION_NOT_OPEN"
  | "EXTENSION_REPEATED"
  | "EXTENSION_TOO_LONG"
  | "THIRD_PARTY_OPINION_LATE"
  | "FEE_PAID_LATE"
  | "EXTENSION_AFTER_DEADLINE"
  | "LONGER_DEADLINE_WITHOUT_DATE"
  | "LONGER_DEADLINE_NOT_LATER"
  | "OUTSIDE_CALENDAR_COVERAGE";

export type DeadlineWarning = { code: DeadlineWarningCode; message: string };

/** What stops the clock besides 补正: a consultation (第三十二条、第三十四条) or a fee notice awaiting payment. */
export type ConsultationKind = "THIRD_PARTY" | "ORGAN" | "FEE";
export const CONSULTATION_LABELS: Record<ConsultationKind, string> = {
  THIRD_PARTY: "征求第三方意见",
  ORGAN: "征求其他机关意见",
  FEE: "等待缴纳信息处理费",
};

/**
 * Days from..to-1 are paused: the clock stops the day the request (or fee notice) goes out and runs again
 * the day the opinion (or payment) arrives. `to` is null while it is open. `by`: the last day the other
 * side has — a third party's 15th working day (the pause ends then at the latest, 第三十二条), the
 * applicant's 20th working day to pay (after it the application counts as withdrawn); null for organs.
 */
export type Consultation = { kind: ConsultationKind; from: IsoDate; to: IsoDate | null; by: IsoDate | null };

export type Timeline = {
  correctionRequestedOn: IsoDate | null;
  correctionReceivedOn: IsoDate | null;
  /** The last day of the period given to the applicant to correct (补正期限), when recorded. */
  correctionUntil: IsoDate | null;
  consultations: Consultation[];
  extensionOn: IsoDate | null;
  /** Working days of the approved extension (≤ 20). */
  extensionDays: number;
  /** An officer's request for an extension not approved (yet). */
  extensionRequest: { on: IsoDate; days: number } | null;
  longer: { setOn: IsoDate; until: IsoDate } | null;
  repliedOn: IsoDate | null;
};

/** Events in date order; same-day events keep their recorded order, except that a reply goes last. */
function inDateOrder(events: readonly DeadlineEvent[]): DeadlineEvent[] {
  return events
    .map((event, index) => ({
      event,
      index,
      day: toDayNumber(event.occurredOn),
      last: event.kind === "REPLIED" ? 1 : 0,
    }))
    .sort((a, b) => a.day - b.day || a.last - b.last || a.index - b.index)
    .map(({ event }) => event);
}

function consultationKindOf(kind: DeadlineEventKind): ConsultationKind | null {
  if (kind === "FEE_NOTICE_SENT" || kind === "FEE_PAID") return "FEE";
  return kind.startsWith("THIRD_PARTY_") ? "THIRD_PARTY" : kind.startsWith("ORGAN_") ? "ORGAN" : null;
}

export function readTimeline(
  receivedOn: IsoDate,
  events: readonly DeadlineEvent[],
  calendar: WorkingCalendar,
  warn: (warning: DeadlineWarning) => void,
): Timeline {
  const t: Timeline = {
    correctionRequestedOn: null,
    correctionReceivedOn: null,
    correctionUntil: null,
    consultations: [],
    extensionOn: null,
    extensionDays: EXTENSION_WORKING_DAYS,
    extensionRequest: null,
    longer: null,
    repliedOn: null,
  };
  for (const { kind, occurredOn: on, untilOn, workingDays } of inDateOrder(events)) {
    if (on < receivedOn) {
      warn({ code: "EVENT_BEFORE_RECEIPT", message: `${on} 的事件早于收到申请日期，未计入` });
      continue;
    }
    if (t.repliedOn) {
      warn({ code: "EVENT_AFTER_REPLY", message: `${on} 的事件在答复之后，不影响期限` });
      continue;
    }
    const consultationKind = consultationKindOf(kind);
    const open = t.consultations.find((c) => c.kind === consultationKind && c.to === null);
    switch (kind) {
      case "CORRECTION_REQUESTED": {
        if (t.correctionRequestedOn) {
          warn({
            code: "CORRECTION_REPEATED",
            message: `补正应一次性告知（第三十条）；${on} 的再次补正告知不中止计时`,
          });
          break;
        }
        const day = calendar.workingDaysBetween(receivedOn, on);
        if (day > CORRECTION_REQUEST_WORKING_DAYS) {
          warn({
            code: "CORRECTION_LATE",
            message: `补正告知（${on}）在收到申请后第 ${day} 个工作日，超过 7 个工作日（第三十条）`,
          });
        }
        t.correctionRequestedOn = on;
        t.correctionUntil = untilOn ?? null;
        break;
      }
      case "CORRECTION_RECEIVED":
        if (!t.correctionRequestedOn || t.correctionReceivedOn) {
          warn({ code: "CORRECTION_WITHOUT_REQUEST", message: `${on} 收到补正，但没有待补正的补正告知，未重新起算` });
          break;
        }
        t.correctionReceivedOn = on;
        break;
      case "THIRD_PARTY_CONSULTATION_STARTED":
      case "ORGAN_CONSULTATION_STARTED":
      case "FEE_NOTICE_SENT":
        if (open) {
          warn({
            code: "CONSULTATION_ALREADY_OPEN",
            message: `${CONSULTATION_LABELS[open.kind]}自 ${open.from} 起尚未结束，${on} 的开始记录未计入`,
          });
          break;
        }
        t.consultations.push({
          kind: consultationKind!,
          from: on,
          to: null,
          by:
            consultationKind === "THIRD_PARTY"
              ? calendar.addWorkingDays(on, THIRD_PARTY_OPINION_WORKING_DAYS)
              : consultationKind === "FEE"
                ? calendar.addWorkingDays(on, FEE_PAYMENT_WORKING_DAYS)
                : null,
        });
        break;
      case "THIRD_PARTY_CONSULTATION_ENDED":
      case "ORGAN_CONSULTATION_ENDED":
      case "FEE_PAID":
        if (!open) {
          warn({
            code: "CONSULTATION_NOT_OPEN",
            message: `${on} 记录${kind === "FEE_PAID" ? "缴费，但没有待缴费的收费通知" : `${CONSULTATION_LABELS[consultationKind!]}结束，但没有对应的开始记录`}，未计入`,
          });
          break;
        }
        if (open.kind === "THIRD_PARTY" && open.by && on > open.by) {
          warn({
            code: "THIRD_PARTY_OPINION_LATE",
            message: `第三方应在 ${THIRD_PARTY_OPINION_WORKING_DAYS} 个工作日内（${open.by} 前）提出意见（第三十二条），${on} 才收到；暂停计时只到 ${open.by}`,
          });
        }
        if (open.kind === "FEE" && open.by && on > open.by) {
          warn({
            code: "FEE_PAID_LATE",
            message: `申请人应在 ${open.by} 前缴费（国办函〔2020〕109号第七条），${on} 缴费已逾期，逾期未缴纳的视为放弃申请`,
          });
        }
        open.to = open.kind === "THIRD_PARTY" && open.by && on > open.by ? open.by : on;
        break;
      case "EXTENSION_REQUESTED":
        if (!t.extensionOn) t.extensionRequest = { on, days: workingDays ?? EXTENSION_WORKING_DAYS };
        break;
      case "EXTENSION_APPROVED":
        if (t.extensionOn) {
          warn({ code: "EXTENSION_REPEATED", message: `延期只能一次（第三十三条）；${on} 的再次延期未计入` });
          break;
        }
        if (workingDays != null && (workingDays < 1 || workingDays > EXTENSION_WORKING_DAYS)) {
          warn({
            code: "EXTENSION_TOO_LONG",
            message: `延长的期限最长不得超过 ${EXTENSION_WORKING_DAYS} 个工作日（第三十三条）；${on} 的 ${workingDays} 个工作日未计入`,
          });
          break;
        }
        t.extensionOn = on;
        t.extensionDays = workingDays ?? EXTENSION_WORKING_DAYS;
        t.extensionRequest = null;
        break;
      case "LONGER_DEADLINE_SET":
        if (!untilOn) {
          warn({ code: "LONGER_DEADLINE_WITHOUT_DATE", message: `${on} 确定延迟答复期限，但没有填写期限日期，未计入` });
          break;
        }
        t.longer = { setOn: on, until: untilOn }; // a later decision replaces an earlier one
        break;
      case "REPLIED":
        t.repliedOn = on;
        break;
    }
  }
  return t;
}
