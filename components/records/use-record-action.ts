"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import { initialActionState, type ActionState } from "@/lib/server/action-state";

type FormAction = (state: ActionState, data: FormData) => Promise<ActionState>;

/** A record form's action state; on success with `redirectTo` (e.g. a new record's page) it goes there. */
export function useRecordAction(action: FormAction) {
  const [state, formAction] = useActionState(action, initialActionState);
  const router = useRouter();
  useEffect(() => {
    if (state.ok && state.redirectTo) router.push(state.redirectTo);
  }, [state, router]);
  return [state, formAction] as const;
}
