"use client";

import { createSubmissionAction, updateSubmissionAction } from "@/lib/submissions/actions";
import { useRecordAction } from "@/components/records/use-record-action";
import { DepartmentField, RecordVersionFields } from "@/components/records/record-form-parts";
import { CheckboxGroupField, FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";

type Option = { id: number; name: string };
const options = (list: Option[]) => list.map((o) => ({ value: String(o.id), label: o.name }));

export type SubmissionFormValues = {
  departmentId: string;
  categoryId: string;
  title: string;
  summary: string;
  week: string;
  outletIds: string[];
};

/** Report a weekly information item, or edit one (with `record`: checked against the version read). */
export function SubmissionForm(props: {
  departments: Option[];
  categories: Option[];
  outlets: Option[];
  defaultWeek: string;
  defaults?: SubmissionFormValues;
  record?: { id: number; version: number };
}) {
  const [state, action] = useRecordAction(props.record ? updateSubmissionAction : createSubmissionAction);
  const d = props.defaults;
  return (
    <form
      action={action}
      aria-label={props.record ? "修改信息" : "上报信息"}
      className="mt-4 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <RecordVersionFields record={props.record} />
      <div className="grid gap-4 sm:grid-cols-2">
        <DepartmentField state={state} departments={props.departments} defaultValue={d?.departmentId} />
        <SelectField
          state={state}
          name="categoryId"
          label="信息类别"
          required
          defaultValue={d?.categoryId}
          placeholder="请选择"
          options={options(props.categories)}
        />
      </div>
      <TextField state={state} name="title" label="标题" required defaultValue={d?.title} />
      <TextField state={state} name="summary" label="摘要" multiline defaultValue={d?.summary} />
      <TextField
        state={state}
        name="week"
        label="上报周次"
        type="week"
        required
        defaultValue={d?.week ?? props.defaultWeek}
        hint="按 ISO 周计（周一至周日），信息计入该周所在的年度。"
      />
      <CheckboxGroupField
        state={state}
        name="outletIds"
        label="报送渠道"
        required
        options={options(props.outlets)}
        defaultValues={d?.outletIds}
      />
      <SubmitButton>{props.record ? "保存修改" : "保存"}</SubmitButton>
    </form>
  );
}
