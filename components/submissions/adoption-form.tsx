"use client";

import { useActionState } from "react";
import { setAdoptionAction } from "@/lib/submissions/actions";
import { initialActionState } from "@/lib/server/action-state";
import { fieldValue } from "@/components/ui/form";

/** One outlet's adoption (采用) of a submission: the date, or empty to clear it. */
export function AdoptionForm(props: {
  id: number;
  version: number;
  outletId: number;
  outletName: string;
  adoptedOn: string | null;
  editable: boolean;
}) {
  const [state, action] = useActionState(setAdoptionAction, initialActionState);
  // A locked year's record is read-only: the date as text, no disabled form that looks editable.
  if (!props.editable) return <span>{props.adoptedOn ? `采用日期 ${props.adoptedOn}` : "未采用"}</span>;
  const inputId = `adopted-${props.outletId}`;
  const errors = state.fieldErrors?.adoptedOn;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={props.id} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="outletId" value={props.outletId} />
      <label htmlFor={inputId} className="sr-only">{`${props.outletName}采用日期`}</label>
      <input
        id={inputId}
        type="date"
        name="adoptedOn"
        defaultValue={fieldValue(state, "adoptedOn", props.adoptedOn ?? "")}
        aria-invalid={errors ? true : undefined}
        className="rounded border border-stone-400 bg-white px-2 py-1"
      />
      <button className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">保存</button>
      {errors && <span className="text-sm text-red-700">{errors.join(" ")}</span>}
      {state.message && (
        <span
          role={state.ok ? "status" : "alert"}
          className={`text-sm ${state.ok ? "text-green-800" : "text-red-700"}`}
        >
          {state.message}
        </span>
      )}
    </form>
  );
}
