"use client";

import { useActionState } from "react";
import { setTownshipDeadlineAction } from "@/lib/annual-report/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

/**
 * A county (or city) government sets when the 乡镇 beneath it must have their annual reports done: 条例第四十九条
 * sets no date for townships. Both fields empty clears it.
 */
export function TownshipDeadlineForm({ month, day, townships }: { month: string; day: string; townships: string[] }) {
  const [state, action] = useActionState(setTownshipDeadlineAction, initialActionState);
  return (
    <form
      action={action}
      aria-label="下辖乡镇年度报告报送期限"
      className="mt-6 grid max-w-2xl gap-4 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <h2 className="text-lg font-semibold">下辖乡镇年度报告报送期限</h2>
        <p className="mt-1 text-sm text-stone-700">
          条例第四十九条未规定乡镇的期限，由县级人民政府确定（本级报告须在次年3月31日前公布）。适用于：
          {townships.length ? townships.join("、") : "（暂无下辖乡镇）"}。
        </p>
        <FormMessage state={state} />
      </div>
      <TextField
        state={state}
        name="month"
        label="次年：月"
        type="number"
        defaultValue={month}
        hint="1–3 月；留空则不设定"
      />
      <TextField state={state} name="day" label="日" type="number" defaultValue={day} />
      <div>
        <SubmitButton>保存报送期限</SubmitButton>
      </div>
    </form>
  );
}
