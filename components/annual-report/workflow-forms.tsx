"use client";

import { useActionState } from "react";
import { transitionReportAction } from "@/lib/annual-report/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

type Props = {
  year: number;
  version: number;
  transition: "submit" | "return" | "approve" | "publish" | "reopen";
  label: string;
  /** Why the button cannot be used now (e.g. hard findings); shown instead of the form. */
  blockedBecause?: string;
  needsComment?: boolean;
  needsChangeNote?: boolean;
  variant?: "primary" | "secondary" | "danger";
};

/** One workflow step (提交审核, 退回, 批准, 发布, 重新开放) with the comment or change note it needs. */
export function TransitionForm(props: Props) {
  const [state, action] = useActionState(transitionReportAction, initialActionState);
  return (
    <form action={action} aria-label={props.label} className="space-y-2 rounded border border-stone-200 bg-white p-3">
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
        <p className="text-sm text-red-700">
          {props.label}：{props.blockedBecause}
        </p>
      ) : (
        <SubmitButton variant={props.variant}>{props.label}</SubmitButton>
      )}
    </form>
  );
}
