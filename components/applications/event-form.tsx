"use client";

import { useActionState, useState } from "react";
import { addEventAction } from "@/lib/applications/actions";
import { initialActionState } from "@/lib/server/action-state";
import { fieldValue, FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";
import { APPLICATION_OUTCOMES, EVENT_KIND_LABELS, EVENT_KINDS, OUTCOME_LABELS } from "@/lib/applications/labels";

const outcomeOptions = APPLICATION_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));

/** Records one step of the handling; the fields each step needs appear when it is chosen. */
export function EventForm({
  applicationId,
  version,
  mayApproveExtension,
  replied,
}: {
  applicationId: number;
  version: number;
  /** Only the head may record 延期答复 (条例第三十三条). */
  mayApproveExtension: boolean;
  replied: boolean;
}) {
  const [state, action] = useActionState(addEventAction, initialActionState);
  const [picked, setPicked] = useState<{ nonce?: string; value: string } | null>(null);
  const kind = picked && picked.nonce === state.nonce ? picked.value : fieldValue(state, "kind", "");
  const kinds = EVENT_KINDS.filter(
    (k) => (k !== "EXTENSION_APPROVED" || mayApproveExtension) && (k !== "REPLIED" || !replied),
  );

  return (
    <form
      action={action}
      aria-label="记录办理事项"
      className="mt-3 max-w-3xl space-y-4 rounded border border-stone-200 bg-white p-4"
      onChange={(e) => {
        const target = e.target as unknown as HTMLSelectElement;
        if (target.name === "kind") setPicked({ nonce: state.nonce, value: target.value });
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          state={state}
          name="kind"
          label="办理事项"
          required
          placeholder="请选择"
          options={kinds.map((k) => ({ value: k, label: EVENT_KIND_LABELS[k] }))}
        />
        <TextField
          state={state}
          name="occurredOn"
          type="date"
          label={kind === "REPLIED" ? "答复日期" : "日期"}
          required
          hint={
            kind === "CORRECTION_REQUESTED"
              ? "应在收到申请后 7 个工作日内一次性告知（第三十条）。"
              : kind.endsWith("_ENDED")
                ? "收到意见之日，计时自当日恢复。"
                : kind === "THIRD_PARTY_CONSULTATION_STARTED"
                  ? "第三方应在 15 个工作日内提出意见（第三十二条），暂停计时最长 15 个工作日。"
                  : kind === "FEE_NOTICE_SENT"
                    ? "自发出收费通知至缴费之日不计入答复期限；申请人应在 20 个工作日内缴费（国办函〔2020〕109号）。"
                    : kind === "FEE_PAID"
                      ? "缴费之日，计时自当日恢复。"
                      : undefined
          }
        />
        {kind === "REPLIED" && (
          <SelectField
            state={state}
            name="outcome"
            label="办理结果"
            required
            placeholder="请选择"
            options={outcomeOptions}
          />
        )}
        {kind === "CORRECTION_REQUESTED" && (
          <TextField
            state={state}
            name="untilOn"
            type="date"
            label="补正期限（告知申请人的最后一日）"
            hint="期限届满仍未补正的，案件标为“逾期未补正”，可按“其他处理 1”办结。"
          />
        )}
        {(kind === "EXTENSION_REQUESTED" || kind === "EXTENSION_APPROVED") && (
          <TextField
            state={state}
            name="workingDays"
            type="number"
            label="延长的工作日数"
            hint="最长 20 个工作日（第三十三条）；按告知申请人的天数填写，不填为 20。"
          />
        )}
        {kind === "LONGER_DEADLINE_SET" && (
          <TextField
            state={state}
            name="untilOn"
            type="date"
            label="确定的答复期限"
            required
            hint="申请数量、频次明显超过合理范围时确定的合理期限（第三十五条）；遇休息日顺延。"
          />
        )}
        {(kind === "FEE_NOTICE_SENT" || kind === "FEE_PAID") && (
          <TextField
            state={state}
            name="amount"
            label="金额（元）"
            required={kind === "FEE_NOTICE_SENT"}
            hint="信息处理费（第四十二条），如 120.50。"
          />
        )}
      </div>
      <TextField state={state} name="note" label="说明" hint="可选，如文书编号、告知方式。" />
      <SubmitButton>记录</SubmitButton>
    </form>
  );
}
