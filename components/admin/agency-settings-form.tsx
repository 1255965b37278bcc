"use client";

import { useActionState } from "react";
import { updateAgencySettingsAction } from "@/lib/admin/actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";

type Defaults = {
  reportTitleName: string;
  feeDecimals: string;
  internalDeadlineMonth: string;
  internalDeadlineDay: string;
};

export function AgencySettingsForm({ defaults }: { defaults: Defaults }) {
  const [state, action] = useActionState(updateAgencySettingsAction, initialActionState);
  return (
    <form
      action={action}
      aria-label="单位设置"
      className="mt-4 grid max-w-2xl gap-4 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <TextField
        state={state}
        name="reportTitleName"
        label="报告标题中的机关名称"
        defaultValue={defaults.reportTitleName}
        hint="留空则使用机关全称，如“柏香镇”"
      />
      <TextField
        state={state}
        name="feeDecimals"
        label="收费金额（万元）保留小数位数"
        type="number"
        defaultValue={defaults.feeDecimals}
        required
      />
      <TextField
        state={state}
        name="internalDeadlineMonth"
        label="内部期限：月"
        type="number"
        defaultValue={defaults.internalDeadlineMonth}
        hint="本机关自定的内部期限（次年1–3月），可留空；乡镇的报送期限由县级人民政府设定"
      />
      <TextField
        state={state}
        name="internalDeadlineDay"
        label="内部期限：日"
        type="number"
        defaultValue={defaults.internalDeadlineDay}
      />
      <div>
        <SubmitButton>保存设置</SubmitButton>
      </div>
    </form>
  );
}
