"use client";

import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/server/action-state";

/**
 * The one form pattern: every field shows its label, the value the user typed (echoed back
 * by the server action on error), and the Chinese message for that field right beside it.
 */
export function fieldValue(state: ActionState, name: string, fallback = ""): string {
  const v = state.values?.[name];
  return Array.isArray(v) ? (v[0] ?? fallback) : (v ?? fallback);
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm text-red-700">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

const inputClass =
  "mt-1 w-full rounded border px-3 py-2 bg-white aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50 border-stone-400";

export function TextField(props: {
  state: ActionState;
  name: string;
  label: string;
  defaultValue?: string;
  type?: "text" | "password" | "date" | "number" | "email" | "week";
  required?: boolean;
  hint?: string;
  autoComplete?: string;
  multiline?: boolean;
}) {
  const id = `f-${props.name}`;
  const errors = props.state.fieldErrors?.[props.name];
  const value = props.type === "password" ? "" : fieldValue(props.state, props.name, props.defaultValue ?? "");
  const described =
    [errors?.length ? `${id}-err` : null, props.hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: props.name,
    defaultValue: value,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": described,
    required: props.required,
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {props.label}
        {props.required && (
          <span className="text-red-700" aria-hidden>
            {" "}
            *
          </span>
        )}
      </label>
      {props.multiline ? (
        <textarea {...common} rows={4} />
      ) : (
        <input {...common} type={props.type ?? "text"} autoComplete={props.autoComplete} />
      )}
      {props.hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {props.hint}
        </p>
      )}
      <FieldErrors id={`${id}-err`} errors={errors} />
    </div>
  );
}

export function SelectField(props: {
  state: ActionState;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  required?: boolean;
  placeholder?: string;
}) {
  const id = `f-${props.name}`;
  const errors = props.state.fieldErrors?.[props.name];
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {props.label}
        {props.required && (
          <span className="text-red-700" aria-hidden>
            {" "}
            *
          </span>
        )}
      </label>
      <select
        key={props.state.nonce}
        id={id}
        name={props.name}
        defaultValue={fieldValue(props.state, props.name, props.defaultValue ?? "")}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-err` : undefined}
        className={inputClass}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-err`} errors={errors} />
    </div>
  );
}

export function CheckboxField(props: { state: ActionState; name: string; label: string; defaultChecked?: boolean }) {
  const echoed = props.state.values ? fieldValue(props.state, props.name) === "on" : props.defaultChecked;
  return (
    <label className="flex items-center gap-2">
      <input key={props.state.nonce} type="checkbox" name={props.name} defaultChecked={echoed} />
      {props.label}
    </label>
  );
}

/** Values of a repeated field (checkbox group) as echoed back, else the defaults. */
export function fieldValues(state: ActionState, name: string, fallback: string[] = []): string[] {
  const v = state.values?.[name];
  if (!state.values) return fallback;
  return Array.isArray(v) ? v : v ? [v] : [];
}

/** A fieldset of choices under one name: its legend, the choices, and the group's messages beside it. */
function GroupFieldset(props: {
  state: ActionState;
  name: string;
  label: string;
  required?: boolean;
  choicesClassName: string;
  children: React.ReactNode;
}) {
  const id = `f-${props.name}`;
  const errors = props.state.fieldErrors?.[props.name];
  return (
    <fieldset
      id={id}
      data-invalid={errors?.length ? true : undefined}
      aria-describedby={errors?.length ? `${id}-err` : undefined}
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
      <div className={props.choicesClassName}>{props.children}</div>
      <FieldErrors id={`${id}-err`} errors={errors} />
    </fieldset>
  );
}

/** A group of checkboxes sharing one name (e.g. the outlets an item was sent to); errors beside the group. */
export function CheckboxGroupField(props: {
  state: ActionState;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValues?: string[];
  required?: boolean;
}) {
  const checked = new Set(fieldValues(props.state, props.name, props.defaultValues ?? []));
  return (
    <GroupFieldset {...props} choicesClassName="flex flex-wrap gap-x-5 gap-y-1">
      {props.options.map((o) => (
        <label key={`${props.state.nonce}-${o.value}`} className="flex items-center gap-2">
          <input type="checkbox" name={props.name} value={o.value} defaultChecked={checked.has(o.value)} />
          {o.label}
        </label>
      ))}
    </GroupFieldset>
  );
}

/** A group of radio buttons (one choice) with its legend; errors beside the group. */
export function RadioGroupField(props: {
  state: ActionState;
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  required?: boolean;
  onChange?: (value: string) => void;
}) {
  const checked = fieldValue(props.state, props.name, props.defaultValue ?? "");
  return (
    <GroupFieldset {...props} choicesClassName="flex flex-wrap gap-x-5 gap-y-2">
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
    </GroupFieldset>
  );
}

/** The form-level message: success in green, failure in red, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded border px-3 py-2 ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-800"}`}
    >
      {state.message}
    </p>
  );
}

export function SubmitButton({
  children,
  variant = "primary",
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
}) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand-600 text-white hover:bg-brand-700",
    secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button type="submit" disabled={pending} className={`rounded px-4 py-2 font-medium disabled:opacity-60 ${styles}`}>
      {pending ? "正在提交…" : children}
    </button>
  );
}
