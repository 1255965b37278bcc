"use client";

import { fieldValue } from "@/components/ui/form";
import type { ActionState } from "@/lib/server/action-state";

/** A group of radio buttons with its legend and the Chinese message for the group beside it. */
export function ChoiceGroup(props: {
  state: ActionState;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  required?: boolean;
  onChange?: (value: string) => void;
}) {
  const id = `f-${props.name}`;
  const errors = props.state.fieldErrors?.[props.name];
  const checked = fieldValue(props.state, props.name, props.defaultValue ?? "");
  return (
    <fieldset
      id={id}
      aria-describedby={errors?.length ? `${id}-err` : undefined}
      data-invalid={errors?.length ? true : undefined}
      className="rounded border border-stone-300 px-3 py-2 data-[invalid]:border-red-600 data-[invalid]:bg-red-50"
    >
      <legend className="px-1 font-medium">
        {props.label}
        {props.required && (
          <span className="text-red-700" aria-hidden>
            {" "}
            *
          </span>
        )}
      </legend>
      <div className="flex flex-wrap gap-x-5 gap-y-2">
        {props.options.map((o) => (
          <label key={`${props.state.nonce}-${o.value}`} className="flex min-h-6 items-center gap-2">
            <input
              type="radio"
              name={props.name}
              value={o.value}
              defaultChecked={checked === o.value}
              onChange={() => props.onChange?.(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <ul id={`${id}-err`} className="mt-1 text-sm text-red-700">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
