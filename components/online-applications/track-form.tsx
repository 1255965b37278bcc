"use client";

import { useActionState } from "react";
import { correctionAction, trackAction, type TrackData } from "@/lib/online-applications/actions";
import type { PublicActionState } from "@/lib/server/public-action";
import type { TrackView } from "@/lib/online-applications/public";
import { chineseDate } from "@/lib/calendar/dates";
import { DEADLINE_RULE, RECEIPT_RULE, STAGE_LABELS } from "@/lib/online-applications/labels";
import { MAX_ATTACHMENT_LABEL } from "@/lib/online-applications/sniff";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

type Pair = { number: string; code: string };
type TrackState = PublicActionState<TrackData> & { pair?: Pair };
const initial: TrackState = { ok: false };

/**
 * The tracking page's form and answer. The pair typed is kept in memory only (for the 补正 and the
 * letter download that follow), never in the address or the page's cache.
 */
export function TrackForm() {
  const [state, action] = useActionState(async (previous: TrackState, formData: FormData): Promise<TrackState> => {
    const result = await trackAction(previous, formData);
    const pair = { number: String(formData.get("number") ?? ""), code: String(formData.get("code") ?? "") };
    return result.ok ? { ...result, pair } : result;
  }, initial);
  const view = state.ok ? state.data?.view : undefined;
  return (
    <>
      <form
        action={action}
        aria-label="查询办理进度"
        className="mt-6 max-w-xl space-y-4 rounded border border-stone-200 bg-white p-4"
      >
        <FormMessage state={state.ok ? { ok: false } : state} />
        <TextField state={state} name="number" label="申请编号" required autoComplete="off" />
        <TextField state={{ ...state, values: undefined }} name="code" label="查询码" required autoComplete="off" />
        <SubmitButton>查询</SubmitButton>
      </form>
      {view && state.pair && <TrackAnswer view={view} pair={state.pair} />}
    </>
  );
}

function TrackAnswer({ view, pair }: { view: TrackView; pair: Pair }) {
  return (
    <section aria-labelledby="track-status" className="mt-6 space-y-4 rounded border-2 border-brand-600 bg-white p-5">
      <h2 id="track-status" className="text-xl font-bold">
        办理状态：<span data-testid="track-stage">{STAGE_LABELS[view.stage]}</span>
      </h2>
      <dl className="grid gap-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">申请编号</dt>
        <dd className="font-mono">{view.number}</dd>
        <dt className="font-medium">受理机关</dt>
        <dd>{view.agencyName}</dd>
        <dt className="font-medium">网上提交日期</dt>
        <dd>{chineseDate(view.submittedOn)}</dd>
        {view.regNo && (
          <>
            <dt className="font-medium">登记号</dt>
            <dd>{view.regNo}</dd>
          </>
        )}
        {view.receivedOn && (
          <>
            <dt className="font-medium">收到申请日期</dt>
            <dd data-testid="track-received">{chineseDate(view.receivedOn)}</dd>
          </>
        )}
        {view.dueOn && !view.repliedOn && (
          <>
            <dt className="font-medium">答复期限</dt>
            <dd data-testid="track-due">{view.dueOn}</dd>
          </>
        )}
        {view.repliedOn && (
          <>
            <dt className="font-medium">答复日期</dt>
            <dd>{chineseDate(view.repliedOn)}</dd>
          </>
        )}
      </dl>
      {view.stage === "SUBMITTED" && <p>{RECEIPT_RULE}</p>}
      {view.stage === "ACCEPTED" && <p>{DEADLINE_RULE}</p>}
      {view.stage === "SET_ASIDE" && (
        <p>
          经审查，您提交的内容不作为政府信息公开申请处理。理由：<strong>{view.setAsideReason}</strong>
        </p>
      )}
      {(view.stage === "CORRECTION" || view.stage === "CORRECTION_SENT") && (
        <div className="rounded bg-amber-50 p-3 text-amber-950">
          <p>
            <strong>需要补正的事项：</strong>
            <span data-testid="track-correction">{view.correctionRequest}</span>
          </p>
          {view.correctionDueOn && (
            <p>请于 {chineseDate(view.correctionDueOn)} 前补正；答复期限自收到补正之日起计算（条例第三十条）。</p>
          )}
          {view.stage === "CORRECTION_SENT" && <p>您的补正已提交，待公开工作机构确认收到。</p>}
        </div>
      )}
      {view.stage === "CORRECTION" && <CorrectionForm pair={pair} />}
      {view.stage === "REPLIED" &&
        (view.hasLetter ? (
          <form method="post" action="/apply/track/letter">
            <input type="hidden" name="number" value={pair.number} />
            <input type="hidden" name="code" value={pair.code} />
            <button className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
              下载答复书
            </button>
          </form>
        ) : (
          <p>答复书将按您选择的获取方式送达。</p>
        ))}
    </section>
  );
}

function CorrectionForm({ pair }: { pair: Pair }) {
  const [state, action] = useActionState(correctionAction, initial);
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form action={action} aria-label="提交补正" className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="number" value={pair.number} />
      <input type="hidden" name="code" value={pair.code} />
      <TextField state={state} name="text" label="补正内容" required multiline />
      <div>
        <label htmlFor="f-correction-attachment" className="block font-medium">
          补正材料（可选）
        </label>
        <input
          id="f-correction-attachment"
          name="attachment"
          type="file"
          accept="image/png,image/jpeg,image/gif,application/pdf"
          aria-describedby="f-correction-attachment-hint"
          className="mt-1 block w-full text-sm"
        />
        <p id="f-correction-attachment-hint" className="mt-1 text-sm text-stone-600">
          图片或 PDF，不超过 {MAX_ATTACHMENT_LABEL}。
        </p>
        {state.fieldErrors?.attachment && (
          <p className="mt-1 text-sm text-red-700">{state.fieldErrors.attachment[0]}</p>
        )}
      </div>
      <SubmitButton>提交补正</SubmitButton>
    </form>
  );
}
