"use client";

import { DepartmentField, RecordVersionFields } from "@/components/records/record-form-parts";
import { createDocumentAction, repealDocumentAction, updateDocumentAction } from "@/lib/proactive/actions";
import { useRecordAction } from "@/components/records/use-record-action";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { NORMATIVE_DOCUMENT_KIND_LABELS, NORMATIVE_DOCUMENT_KINDS } from "@/lib/national-format";

export type DocumentFormValues = {
  kind: string;
  departmentId: string;
  docNumber: string;
  title: string;
  issuedOn: string;
};

const kindOptions = NORMATIVE_DOCUMENT_KINDS.map((k) => ({ value: k, label: NORMATIVE_DOCUMENT_KIND_LABELS[k] }));

/** Register a normative document, or edit its particulars (repealing is RepealForm). */
export function DocumentForm(props: {
  departments: { id: number; name: string }[];
  defaults?: DocumentFormValues;
  record?: { id: number; version: number };
}) {
  const [state, action] = useRecordAction(props.record ? updateDocumentAction : createDocumentAction);
  const d = props.defaults;
  return (
    <form
      action={action}
      aria-label={props.record ? "修改文件" : "登记文件"}
      className="mt-4 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <RecordVersionFields record={props.record} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          state={state}
          name="kind"
          label="文件类别"
          required
          defaultValue={d?.kind}
          placeholder="请选择"
          options={kindOptions}
        />
        <DepartmentField
          state={state}
          departments={props.departments}
          defaultValue={d?.departmentId}
          label="起草科室"
        />
        <TextField
          state={state}
          name="docNumber"
          label="文号"
          required
          defaultValue={d?.docNumber}
          hint="如 柏政〔2026〕3号"
        />
        <TextField state={state} name="issuedOn" type="date" label="印发日期" required defaultValue={d?.issuedOn} />
      </div>
      <TextField state={state} name="title" label="文件标题" required defaultValue={d?.title} />
      <SubmitButton>{props.record ? "保存修改" : "登记文件"}</SubmitButton>
    </form>
  );
}

/** 废止 a document (sets its repeal date), or undo a mistaken repeal; the history keeps both. */
export function RepealForm(props: { id: number; version: number; repealedOn: string | null }) {
  const [state, action] = useRecordAction(repealDocumentAction);
  return (
    <form
      action={action}
      aria-label="废止文件"
      className="mt-4 max-w-3xl space-y-3 rounded border border-stone-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      {props.repealedOn ? (
        <>
          <p>该文件已于 {props.repealedOn} 废止。如系误操作，可撤销废止。</p>
          <input type="hidden" name="mode" value="restore" />
          <SubmitButton variant="secondary">撤销废止</SubmitButton>
        </>
      ) : (
        <>
          <input type="hidden" name="mode" value="repeal" />
          <TextField state={state} name="repealedOn" type="date" label="废止日期" required />
          <SubmitButton variant="danger">废止</SubmitButton>
        </>
      )}
    </form>
  );
}
