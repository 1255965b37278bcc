"use client";

import { DepartmentField, RecordVersionFields } from "@/components/records/record-form-parts";
import { useState } from "react";
import { createApplicationAction, updateApplicationAction } from "@/lib/applications/actions";
import { fieldValue, FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { useRecordAction } from "@/components/records/use-record-action";
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  APPLICATION_CHANNELS,
  CHANNEL_LABELS,
} from "@/lib/applications/labels";
import { RECEIPT_RULES } from "@/lib/applications/intake";
import type { ApplicationChannel } from "@/lib/generated/prisma/enums";

export type ApplicationFormValues = {
  departmentId: string;
  channel: string;
  submittedOn: string;
  receivedOn: string;
  applicantType: string;
  applicantName: string;
  applicantContact: string;
  requestText: string;
};

const channelOptions = APPLICATION_CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }));
const applicantOptions = APPLICANT_TYPES.map((t) => ({ value: t, label: APPLICANT_TYPE_LABELS[t] }));

/**
 * Intake and edit of an application. The two date fields are named after the channel's rule
 * (条例第三十一条): for registered post the date that counts is the signed-for date, and so on.
 */
export function ApplicationForm(props: {
  departments: { id: number; name: string }[];
  defaults?: ApplicationFormValues;
  record?: { id: number; version: number };
}) {
  const [state, action] = useRecordAction(props.record ? updateApplicationAction : createApplicationAction);
  const d = props.defaults;
  // The channel picked since the last response; after a response the echoed value counts again.
  const [picked, setPicked] = useState<{ nonce?: string; value: string } | null>(null);
  const channel = (
    picked && picked.nonce === state.nonce ? picked.value : fieldValue(state, "channel", d?.channel ?? "")
  ) as ApplicationChannel | "";
  const rule = channel ? RECEIPT_RULES[channel] : null;

  return (
    <form
      action={action}
      aria-label={props.record ? "修改登记信息" : "登记申请"}
      className="mt-4 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4"
      onChange={(e) => {
        const target = e.target as unknown as HTMLSelectElement;
        if (target.name === "channel") setPicked({ nonce: state.nonce, value: target.value });
      }}
    >
      <FormMessage state={state} />
      <RecordVersionFields record={props.record} />
      <div className="grid gap-4 sm:grid-cols-2">
        <DepartmentField
          state={state}
          departments={props.departments}
          defaultValue={d?.departmentId}
          label="承办科室"
        />
        <SelectField
          state={state}
          name="channel"
          label="申请方式"
          required
          defaultValue={d?.channel}
          placeholder="请选择"
          options={channelOptions}
        />
        <TextField
          state={state}
          name="submittedOn"
          type="date"
          label={rule?.submittedLabel ?? "提交日期"}
          defaultValue={d?.submittedOn}
        />
        <TextField
          state={state}
          name="receivedOn"
          type="date"
          required
          label={rule?.receivedLabel ?? "收到申请日期"}
          defaultValue={d?.receivedOn}
          hint={rule?.rule ?? "收到申请日期按申请方式确定（条例第三十一条），请先选择申请方式。"}
        />
        <SelectField
          state={state}
          name="applicantType"
          label="申请人类型"
          required
          defaultValue={d?.applicantType}
          placeholder="请选择"
          options={applicantOptions}
        />
        <TextField
          state={state}
          name="applicantName"
          label="申请人姓名或名称"
          required
          defaultValue={d?.applicantName}
          autoComplete="off"
        />
        <TextField
          state={state}
          name="applicantContact"
          label="联系方式（电话、地址或电子邮箱）"
          defaultValue={d?.applicantContact}
          autoComplete="off"
        />
      </div>
      <TextField
        state={state}
        name="requestText"
        label="申请公开的内容"
        required
        multiline
        defaultValue={d?.requestText}
      />
      <p className="text-sm text-stone-600">
        申请人姓名和联系方式仅承办科室和办公室负责人可见，不会出现在公开的报告和开放数据中。
      </p>
      <SubmitButton>{props.record ? "保存修改" : "登记申请"}</SubmitButton>
    </form>
  );
}
