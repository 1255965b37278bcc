"use client";

import { OnceField } from "@/components/ui/once-field";
import { useActionState } from "react";
import { createDepartmentAction, updateDepartmentAction } from "@/lib/admin/actions";
import { initialActionState } from "@/lib/server/action-state";
import { CheckboxField, FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { InlineNameCell, SaveCell } from "./inline-row";

export function DepartmentCreateForm() {
  const [state, action] = useActionState(createDepartmentAction, initialActionState);
  return (
    <form
      action={action}
      aria-label="添加科室"
      className="mt-3 max-w-lg space-y-4 rounded border border-stone-200 bg-white p-4"
    >
      <OnceField round={state.ok && state.nonce} />
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
  return (
    <tr className="border-t border-stone-200 align-top">
      <InlineNameCell
        formId={formId}
        action={action}
        state={state}
        hidden={{ id: department.id }}
        label={`科室名称（${department.name}）`}
        name={department.name}
      />
      <td className="px-3 py-2">
        <input
          type="checkbox"
          form={formId}
          name="isDisclosureOffice"
          aria-label={`${department.name}为信息公开工作机构`}
          defaultChecked={department.isDisclosureOffice}
        />
      </td>
      <td className="px-3 py-2">
        <input
          type="checkbox"
          form={formId}
          name="active"
          aria-label={`${department.name}在用`}
          defaultChecked={department.active}
        />
      </td>
      <td className="px-3 py-2">{department.members}</td>
      <SaveCell formId={formId} />
    </tr>
  );
}
