"use client";

import { DepartmentField, RecordVersionFields } from "@/components/records/record-form-parts";
import { createTallyAction, updateTallyAction } from "@/lib/proactive/actions";
import { useRecordAction } from "@/components/records/use-record-action";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { DECISION_KIND_LABELS, DECISION_KINDS } from "@/lib/national-format";
import { MONTH_OPTIONS } from "@/lib/proactive/schemas";

export type TallyFormValues = {
  kind: string;
  departmentId: string;
  year: string;
  month: string;
  count: string;
  note: string;
};

const kindOptions = DECISION_KINDS.map((k) => ({ value: k, label: DECISION_KIND_LABELS[k] }));

/** The number of 行政许可/处罚/强制 decisions of a department, for one month or a whole year. */
export function TallyForm(props: {
  departments: { id: number; name: string }[];
  defaultYear: number;
  defaults?: TallyFormValues;
  record?: { id: number; version: number };
}) {
  const [state, action] = useRecordAction(props.record ? updateTallyAction : createTallyAction);
  const d = props.defaults;
  return (
    <form
      action={action}
      aria-label={props.record ? "修改决定数量" : "填报决定数量"}
      className="mt-4 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <RecordVersionFields record={props.record} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          state={state}
          name="kind"
          label="决定类别"
          required
          defaultValue={d?.kind}
          placeholder="请选择"
          options={kindOptions}
        />
        <DepartmentField state={state} departments={props.departments} defaultValue={d?.departmentId} label="科室" />
        <TextField
          state={state}
          name="year"
          type="number"
          label="年度"
          required
          defaultValue={d?.year ?? String(props.defaultYear)}
        />
        <SelectField state={state} name="month" label="月份" defaultValue={d?.month ?? ""} options={MONTH_OPTIONS} />
        <TextField
          state={state}
          name="count"
          type="number"
          label="决定数量（件）"
          required
          defaultValue={d?.count}
          hint="同一科室同一类别，一个年度或按月填报，或填报全年合计，不能两者并用。"
        />
      </div>
      <TextField state={state} name="note" label="备注" multiline defaultValue={d?.note} />
      <SubmitButton>{props.record ? "保存修改" : "保存"}</SubmitButton>
    </form>
  );
}
