"use client";

import { useActionState, useRef } from "react";
import { transitionReportAction } from "@/lib/annual-report/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

/** A standing soft finding as a confirmation lists it, with who acknowledged it and why. */
export type ConfirmFinding = { ruleName: string; message: string; preparer?: string; reviewer?: string };

type Props = {
  year: number;
  version: number;
  transition: "submit" | "return" | "approve" | "publish" | "reopen";
  label: string;
  /** Why the button cannot be used now (e.g. hard findings); shown instead of the button. */
  blockedBecause?: string;
  needsComment?: boolean;
  needsChangeNote?: boolean;
  variant?: "primary" | "secondary" | "danger";
  /** Asked before the step is taken: what it does, and the soft findings that stand with their acknowledgements. */
  confirm?: { question: string; findings: ConfirmFinding[] };
};

/** One workflow step (提交审核, 退回, 批准, 发布, 重新开放) with the comment, change note or confirmation it needs. */
export function TransitionForm(props: Props) {
  const [state, action] = useActionState(transitionReportAction, initialActionState);
  const form = useRef<HTMLFormElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const confirmed = useRef(false);
  const titleId = `confirm-${props.transition}`;

  return (
    <form
      ref={form}
      action={action}
      aria-label={props.label}
      className="space-y-2 rounded border border-stone-200 bg-white p-3"
      onSubmit={(e) => {
        if (!props.confirm || confirmed.current) {
          confirmed.current = false;
          return;
        }
        e.preventDefault();
        dialog.current?.showModal();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="year" value={props.year} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="transition" value={props.transition} />
      {props.needsComment && (
        <TextField
          state={state}
          name="comment"
          label={props.transition === "return" ? "退回意见" : "原因"}
          multiline
          required
        />
      )}
      {props.needsChangeNote && (
        <TextField
          state={state}
          name="changeNote"
          label="更正说明（向社会公开）"
          multiline
          required
          hint="说明更正了哪些内容，例如：更正表三“予以公开”自然人栏数字。"
        />
      )}
      {props.blockedBecause ? (
        <p className="text-sm text-red-700" data-testid={`blocked-${props.transition}`}>
          {props.label}：{props.blockedBecause}
        </p>
      ) : (
        <SubmitButton variant={props.variant}>{props.label}</SubmitButton>
      )}
      {props.confirm && (
        <dialog
          ref={dialog}
          aria-labelledby={titleId}
          className="m-auto max-h-[85vh] w-full max-w-2xl overflow-y-auto rounded border border-stone-300 p-5 backdrop:bg-black/40"
        >
          <h2 id={titleId} className="text-lg font-semibold">
            {props.confirm.question}
          </h2>
          {props.confirm.findings.length === 0 ? (
            <p className="mt-2 text-stone-700">本报告没有尚存的提示。</p>
          ) : (
            <>
              <p className="mt-2 text-stone-700">以下 {props.confirm.findings.length} 项提示仍然存在，请再次核对：</p>
              <ol className="mt-2 list-decimal space-y-2 pl-6 text-sm" aria-label="尚存的提示">
                {props.confirm.findings.map((f, i) => (
                  <li key={i}>
                    <strong>{f.ruleName}</strong>：{f.message}
                    <div className="text-stone-700">信息员说明：{f.preparer ?? "（未说明）"}</div>
                    <div className="text-stone-700">负责人确认：{f.reviewer ?? "（未确认）"}</div>
                  </li>
                ))}
              </ol>
            </>
          )}
          <div className="mt-4 flex gap-3">
            <button
              type="button"
              className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
              onClick={() => {
                confirmed.current = true;
                dialog.current?.close();
                form.current?.requestSubmit();
              }}
            >
              确认{props.label}
            </button>
            <button
              type="button"
              className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-100"
              onClick={() => dialog.current?.close()}
            >
              取消
            </button>
          </div>
        </dialog>
      )}
    </form>
  );
}
