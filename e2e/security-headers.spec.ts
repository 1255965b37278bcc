import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

function expectSecurityHeaders(response: { headers(): Record<string, string> } | null, path: string) {
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"], path).toMatch(
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/,
  );
  expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
  // Plain http here: no HSTS (the https case is in sign-in-https-proxy.spec.ts).
  expect(headers["strict-transport-security"], path).toBeUndefined();
}

/** Collects the page's CSP violations (a blocked script would break the page silently). */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

test("public pages carry the security headers, from the page cache too", async ({ request }) => {
  for (const path of ["/", "/reports/baixiang/2022", "/reports/baixiang/2022/tables.csv", "/?q=柏香"]) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    expectSecurityHeaders(first, path);
  }
  // Served again from memory: the same headers, and the page's scripts carry its policy's nonce.
  const cached = await request.get("/reports/baixiang/2022");
  expect(cached.headers()["x-public-cache"]).toBe("hit");
  expectSecurityHeaders(cached, "cached report page");
  const nonce = /'nonce-([^']+)'/.exec(cached.headers()["content-security-policy"])![1];
  const html = await cached.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  // Static files carry the fixed headers.
  const robots = await request.get("/robots.txt");
  expect(robots.headers()["x-content-type-options"]).toBe("nosniff");
  expect(robots.headers()["x-frame-options"]).toBe("DENY");
});

test("sign-in and back-office pages carry them and run without a CSP violation", async ({ page }) => {
  const violations = await watchViolations(page);
  expectSecurityHeaders(await page.goto("/login"), "/login");
  await signIn(page, "head");
  for (const path of ["/office", "/office/applications", "/office/reports/2022", "/"]) {
    const response = await page.goto(path);
    expectSecurityHeaders(response, path);
    expect(await violations(), path).toEqual([]);
  }
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  expectSecurityHeaders(missing, "404 page");
  expect(await violations(), "404 page").toEqual([]);
});

test("the back office cannot be framed by another page", async ({ page }) => {
  await signIn(page, "head");
  await page.setContent(`<iframe id="f" src="${new URL("/office", page.url()).href}"></iframe>`);
  const frame = page.frameLocator("#f");
  await expect(frame.getByTestId("current-user")).toHaveCount(0);
});
