"use client";

import type { ActionState } from "@/lib/server/action-state";
import { useRecordAction } from "./use-record-action";

/**
 * Delete with a confirmation. The action (the kind's, from its feature module) checks the version
 * (someone else's edit wins) and audits; on success it names the list to return to.
 */
export function DeleteButton({
  action,
  id,
  version,
  what,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  id: number;
  version: number;
  what: string;
}) {
  const [state, formAction] = useRecordAction(action);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!confirm(`确定删除${what}？删除后可在审计日志中查到。`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button className="rounded bg-red-700 px-3 py-1.5 text-white hover:bg-red-800">删除</button>
      {!state.ok && state.message && (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {state.message}
        </p>
      )}
    </form>
  );
}
