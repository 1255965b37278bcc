"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import {
  acknowledgeFindingAction,
  createReportAction,
  regenerateOverviewAction,
  removeManualFigureAction,
  saveNarrativeAction,
  setManualFigureAction,
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

type NarrativeProps = {
  year: number;
  version: number;
  overview: string;
  problems: string;
  otherMatters: string;
  editable: boolean;
};

export function NarrativeForm(props: NarrativeProps) {
  const [state, action] = useActionState(saveNarrativeAction, initialActionState);
  const [regenState, regenerate] = useActionState(regenerateOverviewAction, initialActionState);
  const fields = [
    { name: "overview", label: "一、总体情况", value: props.overview, rows: 14 },
    { name: "problems", label: "五、存在的主要问题及改进情况", value: props.problems, rows: 6 },
    { name: "otherMatters", label: "六、其他需要报告的事项", value: props.otherMatters, rows: 3 },
  ];
  return (
    <div className="space-y-3">
      <form action={action} className="space-y-4" aria-label="报告正文">
        <FormMessage state={state} />
        <input type="hidden" name="year" value={props.year} />
        <input type="hidden" name="version" value={props.version} />
        {fields.map((field) => {
          const errors = state.fieldErrors?.[field.name];
          return (
            <div key={field.name}>
              <label htmlFor={`n-${field.name}`} className="block font-medium">
                {field.label}
              </label>
              <textarea
                id={`n-${field.name}`}
                name={field.name}
                rows={field.rows}
                readOnly={!props.editable}
                defaultValue={fieldValue(state, field.name, field.value)}
                aria-invalid={errors ? true : undefined}
                className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 font-serif leading-7 read-only:bg-stone-100"
              />
              {errors && <p className="text-sm text-red-700">{errors.join(" ")}</p>}
            </div>
          );
        })}
        {props.editable && <SubmitButton>保存正文</SubmitButton>}
      </form>
      {props.editable && (
        <form action={regenerate} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="year" value={props.year} />
          <input type="hidden" name="version" value={props.version} />
          <SubmitButton variant="secondary">根据本年度记录重新生成“总体情况”初稿</SubmitButton>
          <span className="text-sm text-stone-600">（会替换当前“总体情况”的内容）</span>
          <FormMessage state={regenState} />
        </form>
      )}
    </div>
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

export function AcknowledgeForm({ year, ruleId, cellCode }: { year: number; ruleId: string; cellCode: string }) {
  const [state, action] = useActionState(acknowledgeFindingAction, initialActionState);
  const errors = state.fieldErrors?.reason;
  return (
    <form action={action} className="mt-2 flex flex-wrap items-start gap-2">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="ruleId" value={ruleId} />
      <input type="hidden" name="cellCode" value={cellCode} />
      <label className="sr-only" htmlFor={`ack-${ruleId}-${cellCode}`}>
        确认说明
      </label>
      <input
        id={`ack-${ruleId}-${cellCode}`}
        name="reason"
        placeholder="填写说明后确认（如：上年报告数字有误，已核实）"
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
