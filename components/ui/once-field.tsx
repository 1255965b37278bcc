"use client";

import { useEffect, useRef } from "react";

/**
 * A create form's one-time token (lib/server/once.ts): the server runs a post with a given token
 * once, and answers a replay with the first answer. A new token after each success (`round`), so
 * a form that stays on the page creates the next record anew. Drawn in the browser after hydration:
 * the same token stays with the form through corrections until the record is created.
 */
export function OnceField({ round }: { round?: unknown }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current) input.current.value = crypto.randomUUID();
  }, [round]);
  return <input ref={input} type="hidden" name="_once" defaultValue="" data-testid="once-token" />;
}
