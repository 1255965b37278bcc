import { can, type Action, type Actor } from "./permissions";

/**
 * Who may open each route of app/ (pages and route handlers), stated against the permission map.
 * The route tree and this table must agree (scripts/route-access.test.ts walks app/): a new route
 * without a rule fails the tests. e2e/route-access.spec.ts asks every route as every kind of visitor
 * and checks the answer against `expectedAccess`.
 *
 * - `public`: anyone, no session needed.
 * - `session`: any signed-in user (the office shell, one's own account).
 * - `agency`: the action on the actor's own agency (lists, report pages, admin pages).
 * - `record`: the action on one record, whose department decides (an officer: own department only).
 * - `lookup`: something looked up by a value the tests ask with but nobody holds (an unknown id or
 *   agency): once the visitor is admitted (the action on their own agency) the
 *   answer is "not found", never a hint that the thing exists; a role that may never open it is refused first.
 * Server actions carry their rule in their definition (`requires`, lib/server/action.ts).
 */
export type RouteRule =
  | { kind: "public" }
  | { kind: "session" }
  | { kind: "agency"; action: Action }
  | { kind: "record"; action: Action }
  | { kind: "lookup"; action: Action };

const publicRoute: RouteRule = { kind: "public" };
const session: RouteRule = { kind: "session" };
const agency = (action: Action): RouteRule => ({ kind: "agency", action });
const record = (action: Action): RouteRule => ({ kind: "record", action });
const lookup = (action: Action): RouteRule => ({ kind: "lookup", action });

/** Keyed by the route's path as app/ spells it (dynamic segments in brackets). */
export const ROUTE_ACCESS: Record<string, RouteRule> = {
  "/": publicRoute,
  "/login": publicRoute,
  "/login/new-password": session,
  "/healthz": publicRoute,
  "/api/auth/[...nextauth]": publicRoute,
  "/reports/[slug]/[year]": publicRoute,
  "/reports/[slug]/[year]/r/[n]": publicRoute,
  "/reports/[slug]/[year]/[file]": publicRoute,
  "/agencies/[slug]/guide": publicRoute,
  "/apply/[slug]": publicRoute,
  "/apply/track": publicRoute,
  "/apply/track/letter": publicRoute,

  "/office": session,
  "/office/account": session,

  "/office/admin/agency": agency("agency.settings"),
  "/office/admin/calendar": agency("calendar.manage"),
  "/office/admin/categories-and-outlets": agency("agency.settings"),
  "/office/admin/departments": agency("department.manage"),
  "/office/admin/users": agency("user.manage"),

  "/office/applications": agency("record.read"),
  "/office/applications/new": agency("record.create"),
  "/office/applications/export": agency("record.export"),
  "/office/applications/[id]": record("record.read"),

  "/office/proactive": agency("record.read"),
  "/office/proactive/documents": agency("record.read"),
  "/office/proactive/documents/new": agency("record.create"),
  "/office/proactive/documents/export": agency("record.export"),
  "/office/proactive/documents/[id]": record("record.read"),
  "/office/proactive/fees": agency("record.read"),
  "/office/proactive/fees/new": agency("record.create"),
  "/office/proactive/fees/export": agency("record.export"),
  "/office/proactive/fees/[id]": record("record.read"),
  "/office/proactive/tallies": agency("record.read"),
  "/office/proactive/tallies/new": agency("record.create"),
  "/office/proactive/tallies/export": agency("record.export"),
  "/office/proactive/tallies/[id]": record("record.read"),

  "/office/reviews": agency("record.read"),
  "/office/reviews/new": agency("record.create"),
  "/office/reviews/export": agency("record.export"),
  "/office/reviews/[id]": record("record.read"),

  "/office/submissions": agency("record.read"),
  "/office/submissions/new": agency("record.create"),
  "/office/submissions/export": agency("record.export"),
  "/office/submissions/board": agency("record.read"),
  "/office/submissions/[id]": record("record.read"),

  "/office/reports": agency("report.read"),
  "/office/reports/[year]": agency("report.read"),
  "/office/reports/[year]/files/[file]": agency("report.read"),
  "/office/reports/import": agency("report.edit"),
  "/office/reports/import/read": agency("report.edit"),

  "/office/guide": agency("guide.publish"),
  "/office/online-applications": agency("online.intake"),
  "/office/online-applications/[id]": lookup("record.read"),
  "/office/online-applications/[id]/correction-notice": lookup("record.read"),
  "/office/online-applications/attachments/[id]": lookup("record.read"),
  "/office/online-applications/by-application/[id]": lookup("record.read"),
  "/office/online-applications/letters/[id]": lookup("record.read"),

  "/office/county": agency("oversight.overview"),
  "/office/county/charts": agency("oversight.overview"),
  "/office/county/export": agency("oversight.overview"),
  "/office/county/[slug]/[year]": agency("oversight.overview"),
  "/office/county/import": agency("oversight.import"),
  "/office/county/import/read": agency("oversight.import"),
};

/** Who asks: nobody signed in, or an actor; for a record route, where the record lives. */
export type Visit = {
  actor: Actor | null;
  /** For `record` routes: the record's agency and department. */
  target?: { agencyId: number; departmentId: number };
};

/**
 * The answer a route must give: "ok", "sign-in" (pages send to the login page, handlers answer 401),
 * "forbidden" (403) or "not-found" (404: a record of another agency is not admitted to exist).
 */
export type Expected = "ok" | "sign-in" | "forbidden" | "not-found";

export function expectedAccess(rule: RouteRule, visit: Visit): Expected {
  if (rule.kind === "public") return "ok";
  const { actor } = visit;
  if (!actor) return "sign-in";
  if (rule.kind === "session") return "ok";
  if (rule.kind === "lookup") {
    const admitted = can(actor, rule.action, { agencyId: actor.agencyId, departmentId: actor.departmentId });
    return admitted ? "not-found" : "forbidden";
  }
  if (rule.kind === "agency") {
    // A list or page of the actor's own agency: an officer's department scope is their own department.
    return can(actor, rule.action, { agencyId: actor.agencyId, departmentId: actor.departmentId }) ? "ok" : "forbidden";
  }
  const target = visit.target;
  if (!target) throw new Error("A record route needs the record's agency and department.");
  if (target.agencyId !== actor.agencyId) return "not-found";
  return can(actor, rule.action, target) ? "ok" : "forbidden";
}
