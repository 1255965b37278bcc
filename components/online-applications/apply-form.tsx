"use client";

import { useActionState, useState } from "react";
import { applyAction, type ApplyData } from "@/lib/online-applications/actions";
import type { PublicActionState } from "@/lib/server/public-action";
import type { Challenge } from "@/lib/online-applications/challenge";
import {
  APPLICANT_KIND_LABELS,
  APPLICANT_KINDS,
  DELIVERY_LABELS,
  DELIVERY_METHODS,
  ID_TYPES,
  MEDIA,
  MEDIUM_LABELS,
  STATEMENT,
} from "@/lib/online-applications/labels";
import { MAX_ATTACHMENT_LABEL } from "@/lib/online-applications/sniff";
import { fieldValue, FormMessage, RadioGroupField, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { Receipt } from "./receipt";

const initial: PublicActionState<ApplyData> = { ok: false };

/** The online application form; on success it gives way to the receipt (shown once: the code is not kept). */
export function ApplyForm({ agency, challenge }: { agency: { slug: string; name: string }; challenge: Challenge }) {
  const [state, action] = useActionState(applyAction, initial);
  const [kind, setKind] = useState<{ nonce?: string; value: string } | null>(null);
  const applicantKind = kind && kind.nonce === state.nonce ? kind.value : fieldValue(state, "applicantKind", "PERSON");
  const current = state.data?.challenge ?? challenge;
  const fileErrors = state.fieldErrors?.attachment;

  if (state.ok && state.data?.receipt) return <Receipt receipt={state.data.receipt} />;

  return (
    <form action={action} aria-label="政府信息公开申请表" className="mt-6 space-y-6" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="agency" value={agency.slug} />
      <section aria-labelledby="s-applicant" className="space-y-4 rounded border border-stone-200 bg-white p-4">
        <h2 id="s-applicant" className="text-lg font-semibold">
          申请人信息
        </h2>
        <RadioGroupField
          state={state}
          name="applicantKind"
          label="申请人类型"
          required
          defaultValue="PERSON"
          options={APPLICANT_KINDS.map((k) => ({ value: k, label: APPLICANT_KIND_LABELS[k] }))}
          onChange={(value) => setKind({ nonce: state.nonce, value })}
        />
        <TextField
          state={state}
          name="name"
          label={applicantKind === "PERSON" ? "姓名" : "名称"}
          required
          autoComplete={applicantKind === "PERSON" ? "name" : "organization"}
        />
        {applicantKind === "PERSON" ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              state={state}
              name="idType"
              label="证件类型"
              required
              defaultValue="居民身份证"
              options={ID_TYPES.map((t) => ({ value: t, label: t }))}
            />
            <TextField state={state} name="idNumber" label="证件号码" required />
          </div>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField state={state} name="creditCode" label="统一社会信用代码" required />
            <TextField state={state} name="legalRepresentative" label="法定代表人或者负责人" required />
            <TextField state={state} name="contactPerson" label="联系人姓名" required />
          </div>
        )}
      </section>

      <section aria-labelledby="s-contact" className="space-y-4 rounded border border-stone-200 bg-white p-4">
        <h2 id="s-contact" className="text-lg font-semibold">
          联系方式
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField state={state} name="phone" label="联系电话" required autoComplete="tel" />
          <TextField state={state} name="email" label="电子邮箱" type="email" autoComplete="email" />
          <TextField state={state} name="address" label="通信地址" required autoComplete="street-address" />
          <TextField
            state={state}
            name="postcode"
            label="邮政编码"
            autoComplete="postal-code"
            hint="选择邮寄的必填。"
          />
        </div>
      </section>

      <section aria-labelledby="s-request" className="space-y-4 rounded border border-stone-200 bg-white p-4">
        <h2 id="s-request" className="text-lg font-semibold">
          所需政府信息
        </h2>
        <TextField
          state={state}
          name="requestText"
          label="所需政府信息的名称、文号或者便于查询的其他特征性描述"
          required
          multiline
          hint="请尽量写明文件名称、文号、形成时间、制作机关等，便于查找（条例第二十九条）。"
        />
        <RadioGroupField
          state={state}
          name="deliveryMethod"
          label="获取政府信息的方式"
          required
          options={DELIVERY_METHODS.map((m) => ({ value: m, label: DELIVERY_LABELS[m] }))}
        />
        <RadioGroupField
          state={state}
          name="medium"
          label="政府信息的载体形式"
          required
          options={MEDIA.map((m) => ({ value: m, label: MEDIUM_LABELS[m] }))}
        />
        <div>
          <label htmlFor="f-attachment" className="block font-medium">
            附件（可选）
          </label>
          <input
            id="f-attachment"
            name="attachment"
            type="file"
            accept="image/png,image/jpeg,image/gif,application/pdf"
            aria-describedby={`f-attachment-hint${fileErrors?.length ? " f-attachment-err" : ""}`}
            aria-invalid={fileErrors?.length ? true : undefined}
            className="mt-1 block w-full text-sm"
          />
          <p id="f-attachment-hint" className="mt-1 text-sm text-stone-600">
            身份证件扫描件或证明材料：图片（JPG、PNG、GIF）或 PDF，不超过 {MAX_ATTACHMENT_LABEL}。
            {state.values ? "为安全起见，提交出错后需要重新选择附件。" : ""}
          </p>
          {fileErrors?.length ? (
            <ul id="f-attachment-err" className="mt-1 text-sm text-red-700">
              {fileErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="s-confirm" className="space-y-4 rounded border border-stone-200 bg-white p-4">
        <h2 id="s-confirm" className="text-lg font-semibold">
          声明与验证
        </h2>
        <div>
          <label className="flex items-start gap-2">
            <input
              key={state.nonce}
              type="checkbox"
              name="statement"
              className="mt-1"
              defaultChecked={fieldValue(state, "statement") === "on"}
              aria-describedby={state.fieldErrors?.statement ? "f-statement-err" : undefined}
            />
            <span>{STATEMENT}</span>
          </label>
          {state.fieldErrors?.statement ? (
            <p id="f-statement-err" className="mt-1 text-sm text-red-700">
              {state.fieldErrors.statement[0]}
            </p>
          ) : null}
        </div>
        <input type="hidden" name="challengeToken" value={current.token} />
        <TextField
          state={{ ...state, values: undefined }}
          name="challengeAnswer"
          label={`验证题：${current.question}`}
          required
        />
      </section>
      <SubmitButton>提交申请</SubmitButton>
    </form>
  );
}
