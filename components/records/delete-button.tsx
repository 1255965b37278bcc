"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/server/action-state";
import { initialActionState } from "@/lib/server/action-state";

/** Delete with a confirmation; the action checks the version (someone else's edit wins) and audits. */
export function DeleteButton({
  action,
  id,
  version,
  what,
  after,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  id: number;
  version: number;
  what: string;
  after: string;
}) {
  const [state, formAction] = useActionState(action, initialActionState);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.push(after);
  }, [state, router, after]);
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
