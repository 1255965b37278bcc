"use client";

import { useActionState } from "react";
import { saveCalendarOverrideAction } from "@/lib/admin/calendar-actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";

const KINDS = [
  { value: "HOLIDAY", label: "休息日（本机关放假，不计入工作日）" },
  { value: "WORKDAY", label: "工作日（本机关上班，计入工作日）" },
];

export function CalendarOverrideForm() {
  const [state, action] = useActionState(saveCalendarOverrideAction, initialActionState);
  return (
    <form
      action={action}
      aria-label="添加日历调整"
      className="mt-3 max-w-2xl space-y-4 rounded border border-stone-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField state={state} name="date" type="date" label="日期" required />
        <SelectField state={state} name="kind" label="调整为" required placeholder="请选择" options={KINDS} />
      </div>
      <TextField
        state={state}
        name="note"
        label="说明"
        hint="如：国务院补充通知、防汛调休。同一日期再次保存即修改原调整。"
      />
      <SubmitButton>保存调整</SubmitButton>
    </form>
  );
}
