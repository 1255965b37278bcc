"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { importReportAction } from "@/lib/report-import/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton } from "@/components/ui/form";

/** Stores the confirmed text; the server reads it again and decides. */
export function ConfirmImportForm({
  text,
  year,
  agencyMismatch,
  replaces,
}: {
  text: string;
  year: number;
  agencyMismatch?: string;
  replaces?: string;
}) {
  const [state, action] = useActionState(importReportAction, initialActionState);
  const router = useRouter();
  useEffect(() => {
    if (state.ok && state.redirectTo) router.push(state.redirectTo);
  }, [state, router]);
  const confirmErrors = state.fieldErrors?.confirmAgency;
  const textErrors = state.fieldErrors?.text;
  return (
    <form action={action} aria-label="确认导入" className="space-y-3">
      <FormMessage state={state} />
      {textErrors && (
        <p role="alert" className="text-sm text-red-700">
          {textErrors.join(" ")}
        </p>
      )}
      <input type="hidden" name="text" value={text} />
      {replaces && <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{replaces}</p>}
      {agencyMismatch && (
        <div className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
          <p className="text-amber-900">{agencyMismatch}</p>
          <label className="mt-1 flex items-center gap-2">
            <input
              key={state.nonce}
              type="checkbox"
              name="confirmAgency"
              aria-invalid={confirmErrors ? true : undefined}
            />
            这是本机关的报告，确认导入
          </label>
          {confirmErrors && (
            <p role="alert" className="text-sm text-red-700">
              {confirmErrors.join(" ")}
            </p>
          )}
        </div>
      )}
      <SubmitButton>确认导入为 {year} 年度报告</SubmitButton>
      <p className="text-sm text-stone-600">导入后为“草稿（导入）”，不会自动发布；原文一并保存，可随时查看。</p>
    </form>
  );
}
