import { describe, expect, it } from "vitest";
import { ROUTE_ACCESS, expectedAccess, type RouteRule } from "../lib/auth/route-access";
import type { Actor } from "../lib/auth/permissions";
import { routeTree } from "./route-tree";

describe("the route tree and the access table", () => {
  const tree = routeTree();

  it("finds the pages and handlers of app/", () => {
    const routes = tree.map((r) => r.route);
    expect(routes).toContain("/office/applications/[id]");
    expect(tree.find((r) => r.route === "/office/reports/import/read")).toMatchObject({
      type: "handler",
      methods: ["POST"],
    });
    expect(tree.find((r) => r.route === "/api/auth/[...nextauth]")?.methods).toEqual(["GET", "POST"]);
  });

  it("every route has a rule, and every rule a route (a new route without a rule fails here)", () => {
    const routes = [...new Set(tree.map((r) => r.route))].sort();
    expect(routes).toEqual(Object.keys(ROUTE_ACCESS).sort());
  });

  it("every route handler exports at least one method", () => {
    for (const handler of tree.filter((r) => r.type === "handler"))
      expect(handler.methods, handler.route).not.toEqual([]);
  });
});

describe("expectedAccess", () => {
  const officer: Actor = { userId: 1, agencyId: 7, role: "OFFICER", departmentId: 3, inDisclosureOffice: false };
  const head: Actor = { userId: 2, agencyId: 7, role: "HEAD", departmentId: null, inDisclosureOffice: false };
  const admin: Actor = { userId: 3, agencyId: 7, role: "ADMIN", departmentId: null, inDisclosureOffice: false };
  const record: RouteRule = { kind: "record", action: "record.read" };

  it("sends visitors without a session to sign in, except on public routes", () => {
    expect(expectedAccess({ kind: "public" }, { actor: null })).toBe("ok");
    expect(expectedAccess({ kind: "session" }, { actor: null })).toBe("sign-in");
    expect(expectedAccess(record, { actor: null, target: { agencyId: 7, departmentId: 3 } })).toBe("sign-in");
  });

  it("decides a record by its department and agency", () => {
    expect(expectedAccess(record, { actor: officer, target: { agencyId: 7, departmentId: 3 } })).toBe("ok");
    expect(expectedAccess(record, { actor: officer, target: { agencyId: 7, departmentId: 4 } })).toBe("forbidden");
    expect(expectedAccess(record, { actor: head, target: { agencyId: 7, departmentId: 4 } })).toBe("ok");
    expect(expectedAccess(record, { actor: head, target: { agencyId: 8, departmentId: 9 } })).toBe("not-found");
  });

  it("follows the permission map for agency pages", () => {
    expect(expectedAccess({ kind: "agency", action: "user.manage" }, { actor: admin })).toBe("ok");
    expect(expectedAccess({ kind: "agency", action: "user.manage" }, { actor: head })).toBe("forbidden");
    expect(expectedAccess({ kind: "agency", action: "report.read" }, { actor: officer })).toBe("forbidden");
    expect(expectedAccess({ kind: "agency", action: "record.read" }, { actor: officer })).toBe("ok");
  });
});
