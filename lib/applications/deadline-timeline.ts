// Reads an application's events into the facts the deadline depends on, warning about (and
// ignoring) what the rules do not allow: a second 补正 request, a second extension, and so on.
import { toDayNumber, type IsoDate } from "@/lib/calendar/dates";
import type { WorkingCalendar } from "@/lib/calendar/working-days";

export const REPLY_PERIOD_WORKING_DAYS = 20; // 第三十三条
export const EXTENSION_WORKING_DAYS = 20; // 第三十三条: once, approved by the head of the disclosure office
export const CORRECTION_REQUEST_WORKING_DAYS = 7; // 第三十条

/** Mirrors the Prisma enum ApplicationEventKind (values are the same strings). */
export type DeadlineEventKind =
  | "CORRECTION_REQUESTED"
  | "CORRECTION_RECEIVED"
  | "THIRD_PARTY_CONSULTATION_STARTED"
  | "THIRD_PARTY_CONSULTATION_ENDED"
  | "ORGAN_CONSULTATION_STARTED"
  | "ORGAN_CONSULTATION_ENDED"
  | "EXTENSION_APPROVED"
  | "LONGER_DEADLINE_SET"
  | "FEE_NOTICE_SENT"
  | "FEE_PAID"
  | "REPLIED";

/** `untilOn` is used by LONGER_DEADLINE_SET only. */
export type DeadlineEvent = { kind: DeadlineEventKind; occurredOn: IsoDate; untilOn?: IsoDate | null };

export type DeadlineWarningCode =
  | "EVENT_BEFORE_RECEIPT"
  | "EVENT_AFTER_REPLY"
  | "CORRECTION_LATE"
  | "CORRECTION_REPEATED"
  | "CORRECTION_WITHOUT_REQUEST"
  | "CONSULTATION_ALREADY_OPEN"
  | "CONSULTATION_NOT_OPEN"
  | "EXTENSION_REPEATED"
  | "EXTENSION_AFTER_DEADLINE"
  | "LONGER_DEADLINE_WITHOUT_DATE"
  | "LONGER_DEADLINE_NOT_LATER"
  | "OUTSIDE_CALENDAR_COVERAGE";

export type DeadlineWarning = { code: DeadlineWarningCode; message: string };

export type ConsultationKind = "THIRD_PARTY" | "ORGAN";
export const CONSULTATION_LABELS: Record<ConsultationKind, string> = {
  THIRD_PARTY: "征求第三方意见",
  ORGAN: "征求其他机关意见",
};

/**
 * Days from..to-1 are paused: the clock stops the day the request goes out and runs again the day
 * the opinion arrives. `to` is null while the consultation is open.
 */
export type Consultation = { kind: ConsultationKind; from: IsoDate; to: IsoDate | null };

export type Timeline = {
  correctionRequestedOn: IsoDate | null;
  correctionReceivedOn: IsoDate | null;
  consultations: Consultation[];
  extensionOn: IsoDate | null;
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
    consultations: [],
    extensionOn: null,
    longer: null,
    repliedOn: null,
  };
  for (const { kind, occurredOn: on, untilOn } of inDateOrder(events)) {
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
        if (open) {
          warn({
            code: "CONSULTATION_ALREADY_OPEN",
            message: `${CONSULTATION_LABELS[open.kind]}自 ${open.from} 起尚未结束，${on} 的开始记录未计入`,
          });
          break;
        }
        t.consultations.push({ kind: consultationKind!, from: on, to: null });
        break;
      case "THIRD_PARTY_CONSULTATION_ENDED":
      case "ORGAN_CONSULTATION_ENDED":
        if (!open) {
          warn({
            code: "CONSULTATION_NOT_OPEN",
            message: `${on} 记录${CONSULTATION_LABELS[consultationKind!]}结束，但没有对应的开始记录，未计入`,
          });
          break;
        }
        open.to = on;
        break;
      case "EXTENSION_APPROVED":
        if (t.extensionOn) {
          warn({ code: "EXTENSION_REPEATED", message: `延期只能一次（第三十三条）；${on} 的再次延期未计入` });
          break;
        }
        t.extensionOn = on;
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
      case "FEE_NOTICE_SENT":
      case "FEE_PAID":
        break; // fees do not move the deadline here (see docs/deadlines.md)
    }
  }
  return t;
}
