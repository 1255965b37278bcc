import { fieldValue } from "@/components/ui/form";
import type { ActionState } from "@/lib/server/action-state";

/**
 * A table row edited in place: the row's form lives in its first cell (a <form> cannot wrap a <tr>),
 * and the other cells' inputs join it with `form={formId}`. This cell holds the form, the name
 * input with its error, and the row's result message.
 */
export function InlineNameCell({
  formId,
  action,
  state,
  hidden,
  label,
  name,
}: {
  formId: string;
  action: (formData: FormData) => void;
  state: ActionState;
  /** Hidden fields that identify the row (id, kind …). */
  hidden: Record<string, string | number>;
  /** Accessible name of the input, e.g. 科室名称（党政办公室）. */
  label: string;
  name: string;
}) {
  const errors = state.fieldErrors?.name;
  return (
    <td className="px-3 py-2">
      <form id={formId} action={action}>
        {Object.entries(hidden).map(([key, value]) => (
          <input key={key} type="hidden" name={key} value={value} />
        ))}
      </form>
      <label className="sr-only" htmlFor={`${formId}-name`}>
        {label}
      </label>
      <input
        id={`${formId}-name`}
        form={formId}
        name="name"
        defaultValue={fieldValue(state, "name", name)}
        aria-invalid={errors ? true : undefined}
        className="w-full rounded border border-stone-400 px-2 py-1"
      />
      {errors && <p className="mt-1 text-sm text-red-700">{errors.join(" ")}</p>}
      {state.message && (
        <p
          role={state.ok ? "status" : "alert"}
          className={`mt-1 text-sm ${state.ok ? "text-green-800" : "text-red-700"}`}
        >
          {state.message}
        </p>
      )}
    </td>
  );
}

/** The row's save button, submitting the form of its first cell. */
export function SaveCell({ formId }: { formId: string }) {
  return (
    <td className="px-3 py-2">
      <button form={formId} className="rounded border border-stone-400 px-3 py-1 hover:bg-stone-100">
        保存
      </button>
    </td>
  );
}
