import { DeleteButton } from "@/components/records/delete-button";
import { deleteEventAction } from "@/lib/applications/actions";
import { toIsoDate, weekdayLabel } from "@/lib/calendar/dates";
import { EVENT_KIND_LABELS, OUTCOME_LABELS } from "@/lib/applications/labels";
import { EXTENSION_WORKING_DAYS } from "@/lib/applications/deadline";
import type { ApplicationView } from "@/lib/applications/operations";

/** The timeline of a case, oldest first, each step with what it carries and (for editors) a delete button. */
export function EventList({
  application,
  editable,
  mayApproveExtension,
}: {
  application: ApplicationView;
  editable: boolean;
  mayApproveExtension: boolean;
}) {
  const receivedOn = toIsoDate(application.receivedOn);
  return (
    <ol className="mt-3 space-y-2" aria-label="办理过程">
      <li className="rounded border border-stone-200 bg-white px-3 py-2 text-sm">
        <strong>
          {receivedOn}（{weekdayLabel(receivedOn)}）
        </strong>
        　收到申请
      </li>
      {application.events.map((e) => {
        const on = toIsoDate(e.occurredOn);
        const details = [
          e.kind === "REPLIED" && application.outcome ? `办理结果：${OUTCOME_LABELS[application.outcome]}` : "",
          e.untilOn
            ? `${e.kind === "CORRECTION_REQUESTED" ? "补正期限" : "确定的答复期限"}：${toIsoDate(e.untilOn)}`
            : "",
          e.kind === "EXTENSION_REQUESTED" || e.kind === "EXTENSION_APPROVED"
            ? `延长 ${e.workingDays ?? EXTENSION_WORKING_DAYS} 个工作日`
            : "",
          e.amount ? `金额：${e.amount.toString()} 元` : "",
          e.note,
        ].filter(Boolean);
        const deletable = editable && (e.kind !== "EXTENSION_APPROVED" || mayApproveExtension);
        return (
          <li
            key={e.id}
            className="flex flex-wrap items-start justify-between gap-2 rounded border border-stone-200 bg-white px-3 py-2 text-sm"
          >
            <div>
              <strong>
                {on}（{weekdayLabel(on)}）
              </strong>
              　{EVENT_KIND_LABELS[e.kind]}
              {details.length > 0 && <div className="text-stone-700">{details.join("；")}</div>}
            </div>
            {deletable && (
              <DeleteButton
                action={deleteEventAction}
                id={e.id}
                version={application.version}
                what={`“${EVENT_KIND_LABELS[e.kind]}（${on}）”`}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
