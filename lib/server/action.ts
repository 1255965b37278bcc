import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { authorize, ForbiddenError, type Action, type Actor, type Scope } from "@/lib/auth/permissions";
import { ConflictError, DomainValidationError, LockedError, NotFoundError } from "@/lib/errors";
import { formDataToObject, zodFieldErrors } from "./form";

export type { ActionState } from "./action-state";
import type { ActionState } from "./action-state";

type ActionContext<T> = { actor: Actor; input: T };

/**
 * Builds a server action from: a zod schema for its input, the permission it needs (the
 * action and scope are computed from the input, e.g. the department of the record being
 * edited), and the operation. Server actions are public endpoints; this is the one place
 * that checks the session, validates and authorizes every one of them.
 */
export function defineAction<S extends z.ZodType, R>(opts: {
  schema: S;
  permission: (ctx: ActionContext<z.infer<S>>) => Promise<[Action, Scope]> | [Action, Scope];
  run: (ctx: ActionContext<z.infer<S>>) => Promise<R>;
  /** What to tell the user on success (or where to send them). */
  success?: (result: R, ctx: ActionContext<z.infer<S>>) => Omit<ActionState, "ok">;
}) {
  return async (previous: ActionState, formData: FormData): Promise<ActionState> => {
    const state = await respond(previous, formData);
    return { ...state, nonce: crypto.randomUUID() };
  };

  async function respond(_previous: ActionState, formData: FormData): Promise<ActionState> {
    const values = formDataToObject(formData);
    const echo = withoutSecrets(values);
    const user = await getSessionUser();
    if (!user?.actor) return { ok: false, message: "登录已失效，请重新登录。", values: echo };

    const parsed = opts.schema.safeParse(values);
    if (!parsed.success) {
      return { ok: false, message: "请更正标出的内容。", fieldErrors: zodFieldErrors(parsed.error), values: echo };
    }
    const ctx = { actor: user.actor, input: parsed.data as z.infer<S> };
    try {
      const [action, scope] = await opts.permission(ctx);
      authorize(ctx.actor, action, scope);
      const result = await opts.run(ctx);
      return { ok: true, ...(opts.success?.(result, ctx) ?? { message: "已保存。" }) };
    } catch (error) {
      return { ...toErrorState(error), values: echo };
    }
  }
}

export function toErrorState(error: unknown): ActionState {
  if (error instanceof DomainValidationError)
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  if (
    error instanceof ForbiddenError ||
    error instanceof ConflictError ||
    error instanceof NotFoundError ||
    error instanceof LockedError
  ) {
    return { ok: false, message: error.message };
  }
  // Next's redirect()/notFound() must propagate.
  if (error && typeof error === "object" && "digest" in error) throw error;
  console.error(error);
  return { ok: false, message: "保存失败：服务器内部错误，请稍后重试。您填写的内容仍保留在表单中。" };
}

function withoutSecrets(values: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}
