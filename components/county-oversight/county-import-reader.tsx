"use client";

import { useActionState, useState } from "react";
import type { UploadedReport } from "@/lib/report-import/upload";
import { importSubordinateReportAction } from "@/lib/county-oversight/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { BatchReader } from "@/components/report-import/batch-reader";

/** The batch reader, and for the report opened from it the county's confirmation. */
export function CountyImportReader() {
  const [chosen, setChosen] = useState<UploadedReport | null>(null);
  const [state, action] = useActionState(importSubordinateReportAction, initialActionState);
  return (
    <div className="space-y-4">
      <BatchReader readUrl="/office/county/import/read" onOpen={setChosen} openLabel="导入" />
      {chosen?.text && (
        <form action={action} aria-label="确认导入" className="space-y-2 rounded border border-stone-300 bg-white p-3">
          <p>
            {chosen.summary.agency ?? "（未读出机关名称）"} {chosen.summary.year ?? ""}年度报告：错误{" "}
            {chosen.summary.hard} 项，提示 {chosen.summary.soft} 项。
          </p>
          <FormMessage state={state} />
          {state.fieldErrors?.text && (
            <p role="alert" className="text-sm text-red-700">
              {state.fieldErrors.text.join(" ")}
            </p>
          )}
          <input type="hidden" name="text" value={chosen.text} />
          <SubmitButton>确认导入</SubmitButton>
        </form>
      )}
    </div>
  );
}
