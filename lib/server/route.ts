import { getSessionUser } from "@/lib/auth/session";
import { authorize, ForbiddenError, type Action, type Actor, type Scope } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";

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
    if (!user?.actor) return new Response("请先登录。", { status: 401 });
    const params = await context.params;
    const url = new URL(request.url);
    const ctx = { actor: user.actor, params, url };
    try {
      const [action, scope] = await opts.permission(ctx);
      authorize(ctx.actor, action, scope);
      return await opts.run({ ...ctx, request });
    } catch (error) {
      if (error instanceof ForbiddenError) return new Response(error.message, { status: 403 });
      if (error instanceof NotFoundError) return new Response(error.message, { status: 404 });
      throw error;
    }
  };
}
