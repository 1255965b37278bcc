"use client";

import { useActionState } from "react";
import { createListEntryAction, updateListEntryAction } from "@/app/office/admin/categories-and-outlets/actions";
import { initialActionState } from "@/lib/server/action-state";
import { fieldValue, FormMessage, SubmitButton, TextField } from "@/components/ui/form";

type Kind = "category" | "outlet";

export function ListEntryCreateForm({ kind, label }: { kind: Kind; label: string }) {
  const [state, action] = useActionState(createListEntryAction, initialActionState);
  return (
    <form action={action} aria-label={`添加${label}`} className="mt-3 flex max-w-lg flex-col gap-3 rounded border border-stone-200 bg-white p-4">
      <FormMessage state={state} />
      <input type="hidden" name="kind" value={kind} />
      <TextField state={state} name="name" label={`${label}名称`} required />
      <div><SubmitButton>添加{label}</SubmitButton></div>
    </form>
  );
}

type Entry = { id: number; name: string; active: boolean; uses: number };

export function ListEntryRow({ kind, label, entry }: { kind: Kind; label: string; entry: Entry }) {
  const [state, action] = useActionState(updateListEntryAction, initialActionState);
  const formId = `${kind}-${entry.id}`;
  const errors = state.fieldErrors?.name;
  return (
    <tr className="border-t border-stone-200 align-top">
      <td className="px-3 py-2">
        <form id={formId} action={action}>
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="id" value={entry.id} />
        </form>
        <label className="sr-only" htmlFor={`${formId}-name`}>{`${label}名称（${entry.name}）`}</label>
        <input id={`${formId}-name`} form={formId} name="name" defaultValue={fieldValue(state, "name", entry.name)}
          aria-invalid={errors ? true : undefined} className="w-full rounded border border-stone-400 px-2 py-1" />
        {errors && <p className="mt-1 text-sm text-red-700">{errors.join(" ")}</p>}
        {state.message && <p role={state.ok ? "status" : "alert"} className={`mt-1 text-sm ${state.ok ? "text-green-800" : "text-red-700"}`}>{state.message}</p>}
      </td>
      <td className="px-3 py-2">
        <input type="checkbox" form={formId} name="active" aria-label={`${entry.name}在用`} defaultChecked={entry.active} />
      </td>
      <td className="px-3 py-2">{entry.uses}</td>
      <td className="px-3 py-2">
        <button form={formId} className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">保存</button>
      </td>
    </tr>
  );
}
