import { expect, test } from "@playwright/test";
import { startTlsProxy } from "./tls-proxy";
import { DEMO_PASSWORD } from "./helpers";

const port = Number(process.env.E2E_PORT ?? 3100);

/**
 * The documented set-up behind an https reverse proxy: NEXTAUTH_URL unset, AUTH_TRUST_HOST=true, the
 * proxy trusted (TRUSTED_PROXIES). next-auth then names its cookie __Secure-next-auth.session-token,
 * which the back office's gate (proxy.ts) must find.
 */
test("signs in behind a TLS-terminating proxy and reaches the back office", async ({ browser }) => {
  const proxy = await startTlsProxy(port);
  const context = await browser.newContext({ baseURL: proxy.origin, ignoreHTTPSErrors: true });
  try {
    const page = await context.newPage();
    const response = await page.goto("/office");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Foffice$/);
    expect(response?.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);

    await page.getByLabel("登录名").fill("officer2");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(`${proxy.origin}/office`);
    await expect(page.getByTestId("current-user")).toContainText("信息员");

    const names = (await context.cookies()).map((c) => c.name);
    expect(names).toContain("__Secure-next-auth.session-token");
    expect(names).not.toContain("next-auth.session-token");
    expect((await context.cookies()).find((c) => c.name === "__Secure-gk-device")).toMatchObject({
      secure: true,
      httpOnly: true,
    });

    // A page of the back office and a server action work through the proxy too.
    await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "修改密码" }).click();
    await page.getByLabel("当前密码").fill("wrong-current-1");
    await page.getByLabel(/^新密码/).fill("another-pass-9");
    await page.getByLabel("再次输入新密码").fill("another-pass-9");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page.getByText("当前密码不正确。")).toBeVisible();

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/office");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Foffice$/);

    // The public pages answered from the web server's memory get HSTS over https too (and not over http).
    for (let i = 0; i < 2; i++) {
      const report = await context.request.get("/reports/baixiang/2022");
      expect(report.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);
      expect(report.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
    const cached = await context.request.get("/reports/baixiang/2022");
    expect(cached.headers()["x-public-cache"]).toBe("hit");
    expect(cached.headers()["strict-transport-security"]).toMatch(/^max-age=\d+/);
  } finally {
    await context.close();
    await proxy.close();
  }
});

test("without the proxy, a client's own X-Forwarded-Proto gets no https treatment", async ({ request }) => {
  const response = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});
