import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { ROUTE_ACCESS, expectedAccess, type Expected } from "../lib/auth/route-access";
import { routeTree, type RouteEntry } from "../scripts/route-tree";
import { signIn } from "./helpers";
import { prepareFixtures, type Fixtures, type RecordKind } from "./route-fixtures";

/**
 * The role × route matrix: every page and route handler of app/ (walked from the tree, so a new route
 * is asked too), as every kind of visitor — nobody, an officer of the disclosure office, an officer of
 * another department, the head, the admin, the head of another agency — on records of their own
 * department and of another. Each answer must be the one lib/auth/route-access.ts derives from the
 * permission map.
 */

const RECORD_ROUTES: Record<string, RecordKind> = {
  "/office/applications/[id]": "applications",
  "/office/reviews/[id]": "reviews",
  "/office/submissions/[id]": "submissions",
  "/office/proactive/documents/[id]": "documents",
  "/office/proactive/fees/[id]": "fees",
  "/office/proactive/tallies/[id]": "tallies",
};

/** Concrete values for the dynamic segments of routes that are not records. */
const SEGMENTS: Record<string, string> = {
  "[slug]": "baixiang",
  "[year]": "2022",
  "[n]": "1",
  "[file]": "report.txt",
  "[...nextauth]": "session",
};

type Request = { url: string; method: string; target?: { agencyId: number; departmentId: number } };

/** Values nobody holds, for `lookup` routes (lib/auth/route-access.ts). */
const UNKNOWN: Record<string, string> = { "[id]": "2147483647", "[slug]": "no-such-agency" };

function requestsFor(entry: RouteEntry, fixtures: Fixtures): Request[] {
  const method = entry.methods.includes("GET") ? "GET" : entry.methods[0];
  const kind = RECORD_ROUTES[entry.route];
  if (kind) {
    return fixtures.records[kind].map((r) => ({
      url: entry.route.replace("[id]", String(r.id)),
      method,
      target: { agencyId: r.agencyId, departmentId: r.departmentId },
    }));
  }
  const lookup = ROUTE_ACCESS[entry.route]?.kind === "lookup";
  const url = entry.route.replace(/\[[^\]]+\]/g, (segment) => {
    const value = (lookup ? UNKNOWN[segment] : undefined) ?? SEGMENTS[segment];
    if (!value) throw new Error(`No sample value for ${segment} in ${entry.route}: add one to SEGMENTS.`);
    return value;
  });
  return [{ url, method }];
}

async function send(request: APIRequestContext, origin: string, { url, method }: Request): Promise<APIResponse> {
  if (method === "GET") return request.get(url, { maxRedirects: 0 });
  // A POST handler gets a small, harmless body of the kind it reads (a form with one text file).
  return request.post(url, {
    maxRedirects: 0,
    headers: { origin },
    multipart: { file: { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.from("空") } },
  });
}

function answerOf(response: APIResponse, type: RouteEntry["type"]): Expected | string {
  const status = response.status();
  const location = response.headers()["location"] ?? "";
  if (status === 401 || (status >= 300 && status < 400 && /\/login(\?|$)/.test(location))) return "sign-in";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status >= 500) return `error ${status}`;
  // A handler may refuse its harmless sample body (400) once it has let the visitor in.
  if (status < 400 || (type === "handler" && status < 500)) return "ok";
  return `status ${status}`;
}

test("every route answers every visitor as the permission map says", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const fixtures = await prepareFixtures();
  const tree = routeTree();
  expect(tree.length).toBeGreaterThan(40);
  const mismatches: string[] = [];
  let asked = 0;
  for (const visitor of fixtures.visitors) {
    const context = await browser.newContext({ baseURL });
    if (visitor.login) await signIn(await context.newPage(), visitor.login);
    for (const entry of tree) {
      const rule = ROUTE_ACCESS[entry.route];
      expect(rule, `${entry.route} has no rule in lib/auth/route-access.ts`).toBeDefined();
      for (const req of requestsFor(entry, fixtures)) {
        if (entry.route === "/api/auth/[...nextauth]" && req.method !== "GET") continue;
        const expected = expectedAccess(rule, { actor: visitor.actor, target: req.target });
        const got = answerOf(await send(context.request, baseURL!, req), entry.type);
        asked++;
        if (got !== expected)
          mismatches.push(`${visitor.name}: ${req.method} ${req.url} → ${got}, expected ${expected}`);
      }
    }
    await context.close();
  }
  expect(asked).toBeGreaterThan(250);
  expect(mismatches).toEqual([]);
});
