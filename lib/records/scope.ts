import { authorize, visibleDepartment, type Action, type Actor } from "@/lib/auth/permissions";
import { ForbiddenError } from "@/lib/errors";

/**
 * The `where` fragment that limits a record list to what the actor may see: the agency, and
 * for an officer their own department. A role that sees no records gets a ForbiddenError.
 */
export function recordScope(actor: Actor): { agencyId: number; departmentId?: number } {
  const department = visibleDepartment(actor);
  if (department === "none") throw new ForbiddenError("record.read");
  return department === null ? { agencyId: actor.agencyId } : { agencyId: actor.agencyId, departmentId: department };
}

/** Authorizes an action on one existing record (its agency and department). */
export function authorizeRecord(
  actor: Actor,
  action: Action,
  record: { agencyId: number; departmentId: number },
): void {
  authorize(actor, action, { agencyId: record.agencyId, departmentId: record.departmentId });
}

/**
 * The scope a record's server action or route declares to `defineAction`/`defineRoute`: the
 * department it targets when known (e.g. from the input), else the actor's own. The domain
 * operation then authorizes again on the record it actually loads.
 */
export function actionScope(
  actor: Actor,
  departmentId?: number | null,
): { agencyId: number; departmentId: number | null } {
  return { agencyId: actor.agencyId, departmentId: departmentId ?? actor.departmentId };
}
