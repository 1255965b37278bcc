import { can, type Actor } from "@/lib/auth/permissions";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { transitionLabel, transitionPermission, transitionsFrom } from "@/lib/annual-report/workflow";
import { describeDeadline, type ReportDeadline } from "@/lib/annual-report/deadline";
import { REPORT_STATUS_LABELS } from "@/lib/annual-report/status";
import { TransitionForm } from "./workflow-forms";

type History = {
  id: number;
  fromStatus: ReportStatus;
  toStatus: ReportStatus;
  comment: string;
  createdAt: Date;
  by: string | null;
}[];

/** Status, deadlines, the way through approval, and who did what when. */
export function WorkflowPanel(props: {
  actor: Actor;
  year: number;
  status: ReportStatus;
  version: number;
  returnComment: string | null;
  hardFindings: number;
  revisions: number;
  deadlines: ReportDeadline[];
  history: History;
}) {
  const published = props.revisions > 0;
  const steps = transitionsFrom(props.status).filter((t) =>
    can(props.actor, transitionPermission(t), { agencyId: props.actor.agencyId }),
  );
  const blocked = props.hardFindings > 0 ? `还有 ${props.hardFindings} 项错误，更正后才能进行。` : undefined;
  return (
    <section aria-labelledby="workflow" className="mt-6 rounded border border-stone-200 bg-stone-50 p-4">
      <h2 id="workflow" className="text-lg font-semibold">
        审核与发布
      </h2>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-stone-600">状态</dt>
        <dd>
          <strong data-testid="workflow-status">{REPORT_STATUS_LABELS[props.status]}</strong>
          {published ? `（已发布 ${props.revisions} 个版本）` : ""}
        </dd>
        {props.deadlines.map((d) => (
          <div key={d.label} className="contents">
            <dt className="text-stone-600">{d.label}</dt>
            <dd className={d.overdue ? "font-semibold text-red-700" : ""} data-testid="deadline">
              {describeDeadline(d, props.status === "PUBLISHED")}
            </dd>
          </div>
        ))}
      </dl>
      {props.returnComment && props.status === "DRAFT" && (
        <p
          role="note"
          className="mt-3 rounded border border-amber-400 bg-amber-50 px-3 py-2"
          data-testid="return-comment"
        >
          负责人退回意见：{props.returnComment}
        </p>
      )}
      {steps.length > 0 && (
        <div className="mt-3 grid gap-3 sm:grid-cols-2">
          {steps.map((t) => (
            <TransitionForm
              key={t}
              year={props.year}
              version={props.version}
              transition={t}
              label={t === "publish" && published ? "发布更正" : transitionLabel(t)}
              blockedBecause={t === "submit" || t === "approve" || t === "publish" ? blocked : undefined}
              needsComment={t === "return" || t === "reopen"}
              needsChangeNote={t === "publish" && published}
              variant={t === "return" || t === "reopen" ? "secondary" : "primary"}
            />
          ))}
        </div>
      )}
      {props.history.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">流转记录（{props.history.length}）</summary>
          <ol className="mt-2 space-y-1">
            {props.history.map((h) => (
              <li key={h.id}>
                {h.createdAt.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}　{h.by ?? "—"}：
                {REPORT_STATUS_LABELS[h.fromStatus]} → {REPORT_STATUS_LABELS[h.toStatus]}
                {h.comment ? `（${h.comment}）` : ""}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
