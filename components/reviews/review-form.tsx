"use client";

import { DepartmentField, RecordVersionFields } from "@/components/records/record-form-parts";
import { createReviewCaseAction, updateReviewCaseAction } from "@/lib/reviews/actions";
import { useRecordAction } from "@/components/records/use-record-action";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import type { ReviewCaseInput } from "@/lib/reviews/schemas";
import { REVIEW_KIND_LABELS, REVIEW_KINDS, REVIEW_OUTCOME_LABELS, REVIEW_OUTCOMES } from "@/lib/national-format";

export type ReviewFormValues = Record<keyof ReviewCaseInput, string>;

const kindOptions = REVIEW_KINDS.map((k) => ({ value: k, label: REVIEW_KIND_LABELS[k] }));
const outcomeOptions = REVIEW_OUTCOMES.map((o) => ({ value: o, label: REVIEW_OUTCOME_LABELS[o] }));

/** Record a reconsideration or litigation case; later its outcome and the date of the decision. */
export function ReviewForm(props: {
  departments: { id: number; name: string }[];
  applications: { id: number; regNo: string }[];
  defaults?: ReviewFormValues;
  record?: { id: number; version: number };
}) {
  const [state, action] = useRecordAction(props.record ? updateReviewCaseAction : createReviewCaseAction);
  const d = props.defaults;
  return (
    <form
      action={action}
      aria-label={props.record ? "修改案件" : "登记案件"}
      className="mt-4 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <RecordVersionFields record={props.record} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          state={state}
          name="kind"
          label="案件类别"
          required
          defaultValue={d?.kind}
          placeholder="请选择"
          options={kindOptions}
        />
        <DepartmentField
          state={state}
          departments={props.departments}
          defaultValue={d?.departmentId}
          label="承办科室"
        />
        <TextField state={state} name="caseNumber" label="案号" defaultValue={d?.caseNumber} />
        <SelectField
          state={state}
          name="applicationId"
          label="相关申请（登记号）"
          defaultValue={d?.applicationId}
          placeholder="无"
          options={props.applications.map((a) => ({ value: String(a.id), label: a.regNo }))}
        />
        <TextField state={state} name="filedOn" type="date" label="立案日期" required defaultValue={d?.filedOn} />
      </div>
      <fieldset className="rounded border border-stone-300 px-3 py-2">
        <legend className="px-1 font-medium">审理结果（审结后填写，结果和结案日期须同时填写）</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            state={state}
            name="outcome"
            label="审理结果"
            defaultValue={d?.outcome}
            placeholder="尚未审结"
            options={outcomeOptions}
          />
          <TextField state={state} name="decidedOn" type="date" label="结案日期" defaultValue={d?.decidedOn} />
        </div>
      </fieldset>
      <TextField state={state} name="note" label="备注" multiline defaultValue={d?.note} />
      <SubmitButton>{props.record ? "保存修改" : "登记案件"}</SubmitButton>
    </form>
  );
}
