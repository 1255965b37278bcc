import { getSessionUser } from "@/lib/auth/session";
import { authorize, ForbiddenError, type Action, type Actor, type Scope } from "@/lib/auth/permissions";
import { ConflictError, DomainValidationError, LockedError, NotFoundError } from "@/lib/errors";

/**
 * Builds a back-office route handler (exports, downloads): the session, the permission the
 * handler declares, then the handler. 401 without a session, 403 when the permission module
 * denies, 404 for a missing record. Route handlers are public endpoints like server actions.
 */
export function defineRoute<P>(opts: {
  permission: (ctx: { actor: Actor; params: P; url: URL }) => [Action, Scope] | Promise<[Action, Scope]>;
  run: (ctx: { actor: Actor; params: P; url: URL; request: Request }) => Promise<Response>;
}) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const user = await getSessionUser();
    const text = { "Content-Type": "text/plain; charset=utf-8" };
    if (!user?.actor) return new Response("请先登录。", { status: 401, headers: text });
    if (user.mustChangePassword) {
      return new Response("管理员已重置您的密码，请先设置新密码。", { status: 403, headers: text });
    }
    const params = await context.params;
    const url = new URL(request.url);
    const ctx = { actor: user.actor, params, url };
    try {
      const [action, scope] = await opts.permission(ctx);
      authorize(ctx.actor, action, scope);
      return await opts.run({ ...ctx, request });
    } catch (error) {
      const status =
        error instanceof ForbiddenError
          ? 403
          : error instanceof NotFoundError
            ? 404
            : error instanceof ConflictError || error instanceof LockedError
              ? 409
              : error instanceof DomainValidationError
                ? 400
                : null;
      if (status === null) throw error;
      return new Response((error as Error).message, {
        status,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    }
  };
}
