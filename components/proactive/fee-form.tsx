"use client";

import { DepartmentField, RecordVersionFields } from "@/components/records/record-form-parts";
import { createFeeAction, updateFeeAction } from "@/lib/proactive/actions";
import { useRecordAction } from "@/components/records/use-record-action";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { MONTH_OPTIONS } from "@/lib/proactive/schemas";

export type FeeFormValues = { departmentId: string; year: string; month: string; amount: string; description: string };

/** Administrative fees collected by a department in one month or a whole year, in yuan to the fen. */
export function FeeForm(props: {
  departments: { id: number; name: string }[];
  defaultYear: number;
  defaults?: FeeFormValues;
  record?: { id: number; version: number };
}) {
  const [state, action] = useRecordAction(props.record ? updateFeeAction : createFeeAction);
  const d = props.defaults;
  return (
    <form
      action={action}
      aria-label={props.record ? "修改收费记录" : "登记收费"}
      className="mt-4 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <RecordVersionFields record={props.record} />
      <div className="grid gap-4 sm:grid-cols-2">
        <DepartmentField state={state} departments={props.departments} defaultValue={d?.departmentId} label="科室" />
        <TextField
          state={state}
          name="amount"
          label="收费金额（元）"
          required
          defaultValue={d?.amount}
          hint="以元为单位，精确到分，如 1234.56。"
        />
        <TextField
          state={state}
          name="year"
          type="number"
          label="年度"
          required
          defaultValue={d?.year ?? String(props.defaultYear)}
        />
        <SelectField state={state} name="month" label="月份" defaultValue={d?.month ?? ""} options={MONTH_OPTIONS} />
      </div>
      <TextField state={state} name="description" label="收费项目及说明" multiline defaultValue={d?.description} />
      <SubmitButton>{props.record ? "保存修改" : "保存"}</SubmitButton>
    </form>
  );
}
