import type { ActionState } from "@/lib/server/action-state";
import { SelectField } from "@/components/ui/form";
import { OnceField } from "@/components/ui/once-field";

/**
 * The record being edited and the version it was read at (the server refuses a stale save); for a new
 * record, the form's one-time token (a replayed create returns the first answer).
 */
export function RecordVersionFields({ record }: { record?: { id: number; version: number } }) {
  if (!record) return <OnceField />;
  return (
    <>
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
    </>
  );
}

/** The department a record belongs to; preselected when the user has only one (an officer). */
export function DepartmentField(props: {
  state: ActionState;
  departments: { id: number; name: string }[];
  defaultValue?: string;
  label?: string;
}) {
  const fallback = props.departments.length === 1 ? String(props.departments[0].id) : "";
  return (
    <SelectField
      state={props.state}
      name="departmentId"
      label={props.label ?? "科室"}
      required
      defaultValue={props.defaultValue ?? fallback}
      placeholder="请选择"
      options={props.departments.map((d) => ({ value: String(d.id), label: d.name }))}
    />
  );
}
