"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import {
  acknowledgeFindingAction,
  createReportAction,
  removeManualFigureAction,
  setManualFigureAction,
  setManualFiguresAction,
} from "@/lib/annual-report/actions";
import { initialActionState } from "@/lib/server/action-state";
import { fieldValue, FormMessage, SelectField, SubmitButton, TextField } from "@/components/ui/form";

export function CreateReportButton({ year }: { year: number }) {
  const [state, action] = useActionState(createReportAction, initialActionState);
  const router = useRouter();
  useEffect(() => {
    if (state.ok && state.redirectTo) router.push(state.redirectTo);
  }, [state, router]);
  return (
    <form action={action} className="inline">
      <input type="hidden" name="year" value={year} />
      <SubmitButton>编制{year}年度报告</SubmitButton>
      {!state.ok && state.message && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}

export function ManualFigureForm({ year, cells }: { year: number; cells: { value: string; label: string }[] }) {
  const [state, action] = useActionState(setManualFigureAction, initialActionState);
  return (
    <form
      action={action}
      aria-label="手工填报数字"
      className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2"
    >
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="year" value={year} />
      <div className="sm:col-span-2">
        <SelectField state={state} name="cellCode" label="表格单元" options={cells} placeholder="请选择" required />
      </div>
      <TextField state={state} name="value" label="数值" required hint="件数填整数；金额单位为万元" />
      <TextField
        state={state}
        name="reason"
        label="填报原因"
        required
        hint="如：启用本系统前的上年结转数，依据上年度报告"
      />
      <div>
        <SubmitButton>保存手工数字</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveManualFigureButton({ year, cellCode, label }: { year: number; cellCode: string; label: string }) {
  const [state, action] = useActionState(removeManualFigureAction, initialActionState);
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!confirm(`删除“${label}”的手工数字，恢复为根据记录统计的数字？`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="cellCode" value={cellCode} />
      <button
        className="rounded border border-stone-400 px-2 py-0.5 text-sm hover:bg-stone-100"
        aria-label={`删除${label}的手工数字`}
      >
        删除
      </button>
      {!state.ok && state.message && (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      )}
    </form>
  );
}

/** Every figure the report still needs by hand, entered at once: blank until entered, 0 when 0 is the truth. */
export function MissingFiguresForm({
  year,
  cells,
}: {
  year: number;
  cells: { code: string; label: string; hint: string }[];
}) {
  const [state, action] = useActionState(setManualFiguresAction, initialActionState);
  return (
    <form action={action} aria-label="填报空白数字" className="space-y-3 rounded border border-red-300 bg-white p-4">
      <FormMessage state={state} />
      <input type="hidden" name="year" value={year} />
      <p className="text-sm text-stone-700">
        以下 {cells.length} 个数字本系统记录无法得出，须手工填报；填报前报告中为空白（不按 0
        计），提交审核前必须全部填写，没有的请填 0。
      </p>
      <div className="grid gap-x-4 gap-y-2 sm:grid-cols-2">
        {cells.map((cell) => {
          const name = `figure:${cell.code}`;
          const errors = state.fieldErrors?.[name];
          return (
            <div key={`${state.nonce ?? ""}-${cell.code}`}>
              <label htmlFor={`mf-${cell.code}`} className="block text-sm font-medium">
                {cell.label}
              </label>
              <input
                id={`mf-${cell.code}`}
                name={name}
                inputMode="decimal"
                defaultValue={fieldValue(state, name)}
                aria-invalid={errors ? true : undefined}
                aria-describedby={`mf-${cell.code}-hint${errors ? ` mf-${cell.code}-err` : ""}`}
                className="mt-1 w-full rounded border border-stone-400 px-2 py-1 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50"
              />
              <p id={`mf-${cell.code}-hint`} className="text-xs text-stone-600">
                {cell.hint}
              </p>
              {errors && (
                <p id={`mf-${cell.code}-err`} className="text-sm text-red-700">
                  {errors.join(" ")}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <TextField state={state} name="reason" label="填报依据" required hint="如：依据本机关2020年度行政许可台账" />
      <SubmitButton>保存填报的数字</SubmitButton>
    </form>
  );
}

/** A soft finding acknowledged with a reason: by the preparer (草稿), or in turn by the head (待审核). */
export function AcknowledgeForm({
  year,
  ruleId,
  findingKey,
  label,
  placeholder,
}: {
  year: number;
  ruleId: string;
  findingKey: string;
  label: string;
  placeholder: string;
}) {
  const [state, action] = useActionState(acknowledgeFindingAction, initialActionState);
  const errors = state.fieldErrors?.reason;
  const id = `ack-${ruleId}-${findingKey}`;
  return (
    <form action={action} className="mt-2 flex flex-wrap items-start gap-2">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="ruleId" value={ruleId} />
      <input type="hidden" name="key" value={findingKey} />
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name="reason"
        placeholder={placeholder}
        defaultValue={fieldValue(state, "reason")}
        aria-invalid={errors ? true : undefined}
        className="min-w-64 flex-1 rounded border border-stone-400 px-2 py-1 text-sm"
      />
      <button className="rounded border border-amber-600 px-2 py-1 text-sm text-amber-900 hover:bg-amber-50">
        确认
      </button>
      {(errors || (!state.ok && state.message)) && (
        <span role="alert" className="w-full text-sm text-red-700">
          {errors?.join(" ") ?? state.message}
        </span>
      )}
    </form>
  );
}
