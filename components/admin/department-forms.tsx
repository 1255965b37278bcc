"use client";

import { useActionState } from "react";
import { createDepartmentAction, updateDepartmentAction } from "@/app/office/admin/actions";
import { initialActionState } from "@/lib/server/action-state";
import { CheckboxField, fieldValue, FormMessage, SubmitButton, TextField } from "@/components/ui/form";

export function DepartmentCreateForm() {
  const [state, action] = useActionState(createDepartmentAction, initialActionState);
  return (
    <form action={action} aria-label="添加科室" className="mt-3 max-w-lg space-y-4 rounded border border-stone-200 bg-white p-4">
      <FormMessage state={state} />
      <TextField state={state} name="name" label="科室名称" required />
      <CheckboxField state={state} name="isDisclosureOffice" label="信息公开工作机构" />
      <SubmitButton>添加科室</SubmitButton>
    </form>
  );
}

type Department = { id: number; name: string; isDisclosureOffice: boolean; active: boolean; members: number };

export function DepartmentRow({ department }: { department: Department }) {
  const [state, action] = useActionState(updateDepartmentAction, initialActionState);
  const formId = `dept-${department.id}`;
  const errors = state.fieldErrors?.name;
  return (
    <tr className="border-t border-stone-200 align-top">
      <td className="px-3 py-2">
        <form id={formId} action={action}>
          <input type="hidden" name="id" value={department.id} />
        </form>
        <label className="sr-only" htmlFor={`${formId}-name`}>{`科室名称（${department.name}）`}</label>
        <input id={`${formId}-name`} form={formId} name="name" defaultValue={fieldValue(state, "name", department.name)}
          aria-invalid={errors ? true : undefined} className="w-full rounded border border-stone-400 px-2 py-1" />
        {errors && <p className="mt-1 text-sm text-red-700">{errors.join(" ")}</p>}
        {state.message && <p role={state.ok ? "status" : "alert"} className={`mt-1 text-sm ${state.ok ? "text-green-800" : "text-red-700"}`}>{state.message}</p>}
      </td>
      <td className="px-3 py-2">
        <input type="checkbox" form={formId} name="isDisclosureOffice" aria-label={`${department.name}为信息公开工作机构`} defaultChecked={department.isDisclosureOffice} />
      </td>
      <td className="px-3 py-2">
        <input type="checkbox" form={formId} name="active" aria-label={`${department.name}在用`} defaultChecked={department.active} />
      </td>
      <td className="px-3 py-2">{department.members}</td>
      <td className="px-3 py-2">
        <button form={formId} className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">保存</button>
      </td>
    </tr>
  );
}
