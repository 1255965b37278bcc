/** The one error/result shape every server action returns to its form (safe for client code). */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** What the user typed, echoed back so nothing is lost on an error (never passwords). */
  values?: Record<string, string | string[]>;
  /** Set on success when the page should go somewhere. */
  redirectTo?: string;
  /**
   * New on every response. React resets a form after its action runs; selects and checkboxes
   * only take their echoed default again when remounted, so they are keyed by this.
   */
  nonce?: string;
};

export const initialActionState: ActionState = { ok: false };
