import { expect, test, type APIRequestContext } from "@playwright/test";
import { routeTree, type RouteEntry } from "../scripts/route-tree";
import { signIn } from "./helpers";

/**
 * Hostile values in every query parameter and every path segment of every page and route handler
 * (walked from app/), as a visitor without a session, an officer, the head and the admin: never a
 * 500, never a hang (each answer within 2 s: a request that makes the server work that long is a
 * denial of service, whatever the machine). Server actions get the same values in
 * tests/integration/action-access.test.ts.
 */

/** Every query parameter a page or handler of app/ reads (list filters, the public search, exports, sign-in). */
const PARAMETERS = [
  "page",
  "pageSize",
  "departmentId",
  "status",
  "outcome",
  "from",
  "to",
  "q",
  "year",
  "openOn",
  "kind",
  "isoYear",
  "categoryId",
  "format",
  "deleted",
  "callbackUrl",
];

/** Raw (already percent-encoded where needed) hostile values. */
const HOSTILE = [
  "%00", // NUL: PostgreSQL cannot compare it
  "a%00b",
  "2147483648", // past 32 bits
  "-1",
  "1e3", // a number JavaScript reads and a route should not
  "2026-13-45", // impossible dates
  "0000-00-00",
  "%ff%fe", // percent-escapes that are not UTF-8
  "%",
  "%27%3B%20DROP%20TABLE%20%22User%22%3B--",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "x".repeat(5000),
];

/** Values that stand for a real thing in each dynamic segment, so the other segments' fuzz reaches the page. */
const SAMPLE: Record<string, string> = {
  "[slug]": "baixiang",
  "[year]": "2022",
  "[n]": "1",
  "[file]": "report.txt",
  "[id]": "1",
  "[...nextauth]": "session",
};

function urlsFor(entry: RouteEntry): string[] {
  const segments = entry.route.split("/");
  const base = (replace: (segment: string, index: number) => string) =>
    segments.map((s, i) => (s.startsWith("[") ? replace(s, i) : s)).join("/") || "/";
  const urls: string[] = [];
  for (const value of HOSTILE) {
    urls.push(`${base((s) => SAMPLE[s])}?${PARAMETERS.map((p) => `${p}=${value}`).join("&")}`);
    segments.forEach((s, i) => {
      if (s.startsWith("[")) urls.push(base((other, j) => (j === i ? value : SAMPLE[other])));
    });
  }
  return urls;
}

async function askAll(request: APIRequestContext, method: string, urls: string[], failures: string[], who: string) {
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      const started = Date.now();
      const response =
        method === "GET"
          ? await request.get(url, { maxRedirects: 0 })
          : await request.post(url, { maxRedirects: 0, data: "%00" });
      const took = Date.now() - started;
      if (response.status() >= 500) failures.push(`${who}: ${method} ${url.slice(0, 160)} → ${response.status()}`);
      if (took > 2000) failures.push(`${who}: ${method} ${url.slice(0, 160)} took ${took} ms`);
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

test("no route answers hostile input with a server error or a hang, for any visitor", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const tree = routeTree();
  const failures: string[] = [];
  let asked = 0;
  for (const login of [null, "officer", "head", "admin"]) {
    const context = await browser.newContext({ baseURL });
    if (login) await signIn(await context.newPage(), login);
    for (const entry of tree) {
      const urls = urlsFor(entry);
      // Warm the route once (its first render loads code), then ask.
      await context.request.get(urls[0], { maxRedirects: 0 });
      for (const method of entry.methods) {
        if (entry.route === "/api/auth/[...nextauth]" && method === "POST") continue;
        await askAll(context.request, method, urls, failures, login ?? "no session");
        asked += urls.length;
      }
    }
    await context.close();
  }
  expect(asked).toBeGreaterThan(3000);
  expect(failures).toEqual([]);
});
