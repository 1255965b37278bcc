"use client";

import { useActionState } from "react";
import { publishGuideAction } from "@/lib/disclosure-guide/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

export type GuideValues = {
  officeName: string;
  address: string;
  postcode: string;
  hours: string;
  phone: string;
  fax: string;
  email: string;
  website: string;
  body: string;
};

/** Edits the guide; each submission publishes a new dated version. */
export function GuideForm({ values }: { values: GuideValues }) {
  const [state, action] = useActionState(publishGuideAction, initialActionState);
  return (
    <form
      action={action}
      aria-label="编辑公开指南"
      className="mt-4 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4"
    >
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          state={state}
          name="officeName"
          label="政府信息公开工作机构名称"
          required
          defaultValue={values.officeName}
        />
        <TextField state={state} name="address" label="办公地址" required defaultValue={values.address} />
        <TextField state={state} name="postcode" label="邮政编码" defaultValue={values.postcode} />
        <TextField state={state} name="hours" label="办公时间" required defaultValue={values.hours} />
        <TextField state={state} name="phone" label="联系电话" required defaultValue={values.phone} />
        <TextField state={state} name="fax" label="传真" defaultValue={values.fax} />
        <TextField state={state} name="email" label="电子邮箱" defaultValue={values.email} />
        <TextField state={state} name="website" label="网站" defaultValue={values.website} />
      </div>
      <TextField
        state={state}
        name="body"
        label="指南正文"
        required
        multiline
        defaultValue={values.body}
        hint="空一行分段。网上申请渠道和查询办理进度的链接由系统自动列出。"
      />
      <SubmitButton>发布新版本</SubmitButton>
    </form>
  );
}
