"use client";

import { useActionState } from "react";
import {
  confirmAction,
  draftLetterAction,
  receiveCorrectionAction,
  requestCorrectionAction,
  setAsideAction,
  uploadLetterAction,
} from "@/lib/online-applications/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  APPLICATION_OUTCOMES,
  OUTCOME_LABELS,
} from "@/lib/applications/labels";

const box = "mt-3 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4";

export function ConfirmForm(props: {
  id: number;
  today: string;
  person: boolean;
  departments: { id: number; name: string }[];
}) {
  const [state, action] = useActionState(confirmAction, initialActionState);
  return (
    <form action={action} aria-label="确认受理" className={box}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={props.id} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          state={state}
          name="departmentId"
          label="承办科室"
          required
          defaultValue={props.departments.length === 1 ? String(props.departments[0].id) : ""}
          placeholder="请选择"
          options={props.departments.map((d) => ({ value: String(d.id), label: d.name }))}
        />
        <TextField
          state={state}
          name="receivedOn"
          type="date"
          label="双方确认日期（收到申请日期）"
          required
          defaultValue={props.today}
          hint="条例第三十一条第三项：以双方确认之日为收到申请之日。"
        />
        <SelectField
          state={state}
          name="applicantType"
          label="申请人类型"
          required
          defaultValue={props.person ? "NATURAL_PERSON" : ""}
          placeholder="请选择"
          options={APPLICANT_TYPES.filter((t) => (props.person ? t === "NATURAL_PERSON" : t !== "NATURAL_PERSON")).map(
            (t) => ({ value: t, label: APPLICANT_TYPE_LABELS[t] }),
          )}
        />
      </div>
      <SubmitButton>确认受理</SubmitButton>
    </form>
  );
}

export function SetAsideForm({ id }: { id: number }) {
  const [state, action] = useActionState(setAsideAction, initialActionState);
  return (
    <form action={action} aria-label="不作为申请处理" className={box}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <TextField
        state={state}
        name="reason"
        label="不作为政府信息公开申请处理的理由（申请人可见）"
        required
        multiline
        hint="如：属于信访、投诉、举报，请通过信访渠道提出（条例第三十九条）；属于咨询。"
      />
      <SubmitButton variant="secondary">不作为申请处理</SubmitButton>
    </form>
  );
}

export function CorrectionRequestForm({ id, today }: { id: number; today: string }) {
  const [state, action] = useActionState(requestCorrectionAction, initialActionState);
  return (
    <form action={action} aria-label="告知补正" className={box}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField state={state} name="requestedOn" type="date" label="告知补正日期" required defaultValue={today} />
        <TextField state={state} name="dueOn" type="date" label="补正期限" required />
      </div>
      <TextField
        state={state}
        name="request"
        label="需要补正的事项（申请人可见）"
        required
        multiline
        hint="条例第三十条：自收到申请之日起7个工作日内一次性告知。"
      />
      <SubmitButton>告知补正</SubmitButton>
    </form>
  );
}

export function ReceiveCorrectionForm({
  id,
  correctionId,
  today,
}: {
  id: number;
  correctionId: number;
  today: string;
}) {
  const [state, action] = useActionState(receiveCorrectionAction, initialActionState);
  return (
    <form action={action} aria-label="确认收到补正" className="mt-2 flex flex-wrap items-end gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="correctionId" value={correctionId} />
      <TextField state={state} name="receivedOn" type="date" label="收到补正日期" required defaultValue={today} />
      <SubmitButton>确认收到补正</SubmitButton>
    </form>
  );
}

export function DraftLetterForm({
  id,
  today,
  outcome,
}: {
  id: number;
  today: string;
  /** The outcome already recorded, if the reply is on the timeline. */
  outcome: string | null;
}) {
  const [state, action] = useActionState(draftLetterAction, initialActionState);
  return (
    <form action={action} aria-label="起草答复书" className={box}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          state={state}
          name="outcome"
          label="办理结果"
          required
          defaultValue={outcome ?? ""}
          placeholder="请选择"
          options={APPLICATION_OUTCOMES.filter((o) => !outcome || o === outcome).map((o) => ({
            value: o,
            label: OUTCOME_LABELS[o],
          }))}
        />
        <TextField state={state} name="repliedOn" type="date" label="答复日期" required defaultValue={today} />
      </div>
      <TextField
        state={state}
        name="facts"
        label="答复内容（提供的信息、获取方式或不予公开的理由）"
        required
        multiline
      />
      <SubmitButton>{outcome ? "起草答复书" : "记录答复并起草答复书"}</SubmitButton>
    </form>
  );
}

export function UploadLetterForm({ id }: { id: number }) {
  const [state, action] = useActionState(uploadLetterAction, initialActionState);
  return (
    <form action={action} aria-label="上传答复书" className={box}>
      <FormMessage state={state} />
      <input type="hidden" name="id" value={id} />
      <div>
        <label htmlFor="f-letter" className="block font-medium">
          答复书文件（PDF 或 Word .docx，不超过 3 MB）
        </label>
        <input id="f-letter" name="letter" type="file" accept=".pdf,.docx" className="mt-1 block w-full text-sm" />
        {state.fieldErrors?.letter && <p className="mt-1 text-sm text-red-700">{state.fieldErrors.letter[0]}</p>}
      </div>
      <SubmitButton variant="secondary">上传答复书</SubmitButton>
    </form>
  );
}
