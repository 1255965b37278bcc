"use client";

import { OnceField } from "@/components/ui/once-field";
import { useActionState } from "react";
import { createListEntryAction, updateListEntryAction } from "@/lib/admin/list-actions";
import { initialActionState } from "@/lib/server/action-state";
import { FormMessage, SubmitButton, TextField } from "@/components/ui/form";
import { InlineNameCell, SaveCell } from "./inline-row";

type Kind = "category" | "outlet";

export function ListEntryCreateForm({ kind, label }: { kind: Kind; label: string }) {
  const [state, action] = useActionState(createListEntryAction, initialActionState);
  return (
    <form
      action={action}
      aria-label={`添加${label}`}
      className="mt-3 flex max-w-lg flex-col gap-3 rounded border border-stone-200 bg-white p-4"
    >
      <OnceField round={state.ok && state.nonce} />
      <FormMessage state={state} />
      <input type="hidden" name="kind" value={kind} />
      <TextField state={state} name="name" label={`${label}名称`} required />
      <div>
        <SubmitButton>添加{label}</SubmitButton>
      </div>
    </form>
  );
}

type Entry = { id: number; name: string; active: boolean; uses: number };

export function ListEntryRow({ kind, label, entry }: { kind: Kind; label: string; entry: Entry }) {
  const [state, action] = useActionState(updateListEntryAction, initialActionState);
  const formId = `${kind}-${entry.id}`;
  return (
    <tr className="border-t border-stone-200 align-top">
      <InlineNameCell
        formId={formId}
        action={action}
        state={state}
        hidden={{ kind, id: entry.id }}
        label={`${label}名称（${entry.name}）`}
        name={entry.name}
      />
      <td className="px-3 py-2">
        <input
          type="checkbox"
          form={formId}
          name="active"
          aria-label={`${entry.name}在用`}
          defaultChecked={entry.active}
        />
      </td>
      <td className="px-3 py-2">{entry.uses}</td>
      <SaveCell formId={formId} />
    </tr>
  );
}
