import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { authorize, ForbiddenError, roleMay, type Action, type Actor, type Scope } from "@/lib/auth/permissions";
import { ConflictError, DomainValidationError, LockedError, NotFoundError, uniqueViolationFields } from "@/lib/errors";
import { formDataToObject, nulFieldErrors, zodFieldErrors } from "./form";
import { onceToken, runOnce } from "./once";
import { isDatabaseUnavailable } from "@/lib/health/unavailable";

export type { ActionState } from "./action-state";
import type { ActionState } from "./action-state";

/** What an action works with: the actor, the parsed input, and the raw form (for its files). */
type ActionContext<T> = { actor: Actor; input: T; formData: FormData };

/**
 * Builds a server action from: a zod schema for its input, the permission it needs (the
 * action and scope are computed from the input, e.g. the department of the record being
 * edited), and the operation. Server actions are public endpoints; this is the one place
 * that checks the session, validates and authorizes every one of them.
 */
export type ActionDefinition<S extends z.ZodType, R> = {
  schema: S;
  /**
   * The permission(s) `permission` may ask, declared up front: a role that has none of them is refused
   * before the input is even read, and the role × action matrix test reads them
   * (tests/integration/action-access.test.ts).
   */
  requires: Action | readonly Action[];
  permission: (ctx: ActionContext<z.infer<S>>) => Promise<[Action, Scope]> | [Action, Scope];
  run: (ctx: ActionContext<z.infer<S>>) => Promise<R>;
  /** What to tell the user on success (or where to send them). */
  success?: (result: R, ctx: ActionContext<z.infer<S>>) => Omit<ActionState, "ok">;
  /** Allowed while an admin's password reset awaits the user's new password (only setting it is). */
  whilePasswordResetPending?: boolean;
  /**
   * A create: the form's one-time token (lib/server/once.ts) makes a replayed post return the first
   * answer instead of creating again. The name tells the actions apart (e.g. "reviews.create").
   */
  once?: string;
};

/**
 * What stands behind each server action, for the tests that ask every action: a defineAction's
 * definition, or a public action's schema (lib/server/public-action.ts).
 */
export type RegisteredAction =
  { kind: "signed-in"; definition: ActionDefinition<z.ZodType, unknown> } | { kind: "public"; schema: z.ZodType };
const registry = new WeakMap<object, RegisteredAction>();
export function registerAction(action: object, entry: RegisteredAction): void {
  registry.set(action, entry);
}
export function registeredAction(action: unknown): RegisteredAction | undefined {
  return typeof action === "function" ? registry.get(action) : undefined;
}
export function actionDefinition(action: unknown): ActionDefinition<z.ZodType, unknown> | undefined {
  const entry = registeredAction(action);
  return entry?.kind === "signed-in" ? entry.definition : undefined;
}

export function defineAction<S extends z.ZodType, R>(opts: ActionDefinition<S, R>) {
  const handle = actionHandler(opts);
  const action = async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    const user = await getSessionUser();
    if (user?.mustChangePassword && !opts.whilePasswordResetPending) {
      return {
        ok: false,
        message: "管理员已重置您的密码，请先设置新密码后再操作。",
        values: withoutSecrets(formDataToObject(formData)),
        nonce: crypto.randomUUID(),
      };
    }
    return handle(user?.actor ?? null, formData);
  };
  registerAction(action, { kind: "signed-in", definition: opts as unknown as ActionDefinition<z.ZodType, unknown> });
  return action;
}

/**
 * The action for a given actor (null: no valid session): parse → authorize → run → one result
 * shape. What defineAction runs after resolving the session; tests call it with real actors.
 */
export function actionHandler<S extends z.ZodType, R>(opts: ActionDefinition<S, R>) {
  return async (actor: Actor | null, formData: FormData): Promise<ActionState> => {
    const state = await respond(actor, formData);
    return { ...state, nonce: crypto.randomUUID() };
  };

  async function respond(actor: Actor | null, formData: FormData): Promise<ActionState> {
    const values = formDataToObject(formData);
    const echo = withoutSecrets(values);
    if (!actor) return { ok: false, message: "登录已失效，请重新登录。", values: echo };
    const required = [opts.requires].flat();
    if (!required.some((action) => roleMay(actor.role, action))) {
      return { ok: false, message: new ForbiddenError(required[0]).message, values: echo };
    }

    const withNul = nulFieldErrors(values);
    if (withNul) return { ok: false, message: "请更正标出的内容。", fieldErrors: withNul, values: echo };
    const parsed = opts.schema.safeParse(values);
    if (!parsed.success) {
      return { ok: false, message: "请更正标出的内容。", fieldErrors: zodFieldErrors(parsed.error), values: echo };
    }
    const ctx = { actor, input: parsed.data as z.infer<S>, formData };
    const attempt = async (): Promise<ActionState> => {
      try {
        const result = await opts.run(ctx);
        return { ok: true, ...(opts.success?.(result, ctx) ?? { message: "已保存。" }) };
      } catch (error) {
        return { ...toErrorState(error), values: echo };
      }
    };
    try {
      const [action, scope] = await opts.permission(ctx);
      if (!required.includes(action)) throw new Error(`A server action asked ${action} but declares ${required}.`);
      authorize(ctx.actor, action, scope);
    } catch (error) {
      return { ...toErrorState(error), values: echo };
    }
    const token = opts.once ? onceToken(values) : null;
    if (!token) return attempt();
    const state = await runOnce(token, { userId: actor.userId, action: opts.once! }, attempt);
    return state.ok ? state : { ...state, values: echo };
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
  // A unique key that raced in outside a record kind's own mapping: redo it, nothing typed is lost.
  if (uniqueViolationFields(error))
    return {
      ok: false,
      message: "与已有记录重复，可能他人刚刚保存了相同的内容。请刷新后核对。您填写的内容仍保留在表单中。",
    };
  if (isDatabaseUnavailable(error))
    return { ok: false, message: "数据库暂时不可用，请稍后再提交。您填写的内容仍保留在表单中。" };
  // Next's redirect()/notFound() must propagate.
  if (error && typeof error === "object" && "digest" in error) throw error;
  console.error(error);
  return { ok: false, message: "保存失败：服务器内部错误，请稍后重试。您填写的内容仍保留在表单中。" };
}

function withoutSecrets(values: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}
