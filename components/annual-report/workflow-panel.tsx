import { can, type Actor } from "@/lib/auth/permissions";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { ReportFinding } from "@/lib/annual-report/service";
import { transitionLabel, transitionPermission, transitionsFrom, type Transition } from "@/lib/annual-report/workflow";
import { describeDeadline, type ReportDeadline } from "@/lib/annual-report/deadline";
import { REPORT_STATUS_LABELS } from "@/lib/annual-report/status";
import { TransitionForm, type ConfirmFinding } from "./workflow-forms";

type History = {
  id: number;
  fromStatus: ReportStatus;
  toStatus: ReportStatus;
  comment: string;
  createdAt: Date;
  by: string | null;
}[];

const QUESTIONS: Partial<Record<Transition, (year: number, published: boolean) => string>> = {
  approve: (year) => `批准${year}年度报告？批准后即可发布。`,
  publish: (year, published) =>
    published
      ? `发布${year}年度报告的更正？公众将看到新版本和更正说明。`
      : `发布${year}年度报告？发布后向社会公开，不能撤回。`,
  reopen: (year) => `重新开放${year}年度报告？报告回到草稿，该年度记录解除锁定；公众仍看到已发布的版本，直至发布更正。`,
};

/** Status, deadlines and their basis, the way through approval (each step confirmed), and who did what when. */
export function WorkflowPanel(props: {
  actor: Actor;
  year: number;
  status: ReportStatus;
  version: number;
  returnComment: string | null;
  findings: ReportFinding[];
  /** Set while the report's year is not over: why it cannot be submitted yet. */
  submissionNotYetOpen?: string;
  revisions: number;
  deadlines: ReportDeadline[];
  history: History;
}) {
  const published = props.revisions > 0;
  const steps = transitionsFrom(props.status).filter((t) =>
    can(props.actor, transitionPermission(t), { agencyId: props.actor.agencyId }),
  );
  const hard = props.findings.filter((f) => f.severity === "hard").length;
  const soft = props.findings.filter((f) => f.severity === "soft");
  const unreviewed = soft.filter((f) => !f.reviewerAck).length;
  const standing: ConfirmFinding[] = soft.map((f) => ({
    ruleName: f.ruleName,
    message: f.message,
    ...(f.preparerAck && { preparer: f.preparerAck.reason }),
    ...(f.reviewerAck && { reviewer: f.reviewerAck.reason }),
  }));
  const blockedBecause = (t: Transition): string | undefined => {
    if (t === "return" || t === "reopen") return undefined;
    if (t === "submit" && props.submissionNotYetOpen) return props.submissionNotYetOpen;
    if (hard) return `还有 ${hard} 项错误（见“校验结果”），更正后才能进行。`;
    if (t === "submit") return undefined;
    if (unreviewed) return `还有 ${unreviewed} 项提示未经负责人确认：请在“校验结果”中逐项核实并填写确认意见。`;
    return undefined;
  };
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
              <span className="block text-xs font-normal text-stone-600" data-testid="deadline-basis">
                依据：{d.basis}
              </span>
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
          {steps.map((t) => {
            const question = QUESTIONS[t];
            return (
              <TransitionForm
                key={t}
                year={props.year}
                version={props.version}
                transition={t}
                label={t === "publish" && published ? "发布更正" : transitionLabel(t)}
                blockedBecause={blockedBecause(t)}
                needsComment={t === "return" || t === "reopen"}
                needsChangeNote={t === "publish" && published}
                variant={t === "return" || t === "reopen" ? "secondary" : "primary"}
                {...(question && { confirm: { question: question(props.year, published), findings: standing } })}
              />
            );
          })}
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
