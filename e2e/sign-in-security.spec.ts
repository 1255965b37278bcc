import { expect, test, type Page } from "@playwright/test";
import { createAccount } from "./accounts";
import { signIn } from "./helpers";
import { rawSignIn, strangerAddress } from "./raw-sign-in";

const port = Number(process.env.E2E_PORT ?? 3100);
const PASSWORD = "owner-pass-2024";
const LOCKED = /登录失败次数过多/;

async function tryForm(page: Page, login: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("登录名").fill(login);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

test("a stranger's wrong passwords do not keep the owner's browser out", async ({ page, browser }) => {
  const owner = await createAccount({ role: "HEAD", password: PASSWORD });
  // The owner signs in once from their own browser (it keeps a device cookie), and signs out.
  await signIn(page, owner.login, PASSWORD, { form: true });
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  // A stranger elsewhere guesses until refused: even the right password is refused to them now.
  const stranger = strangerAddress();
  for (let i = 0; i < 5; i++) {
    const guess = await rawSignIn({ port, login: owner.login, password: `guess-${i}-x1`, localAddress: stranger });
    expect(guess.error).toBe("登录名或密码不正确。");
  }
  const refused = await rawSignIn({ port, login: owner.login, password: PASSWORD, localAddress: stranger });
  expect(refused.signedIn).toBe(false);
  expect(refused.error).toMatch(LOCKED);

  // Another browser that never signed in as this login is refused too …
  const otherBrowser = await browser.newContext();
  const other = await otherBrowser.newPage();
  await tryForm(other, owner.login, PASSWORD);
  await expect(other.getByRole("main").getByRole("alert")).toHaveText(LOCKED);
  await otherBrowser.close();

  // … but the owner's own browser gets in.
  await signIn(page, owner.login, PASSWORD, { form: true });
  await expect(page.getByTestId("current-user")).toContainText(owner.displayName);
});

test("a spoofed X-Forwarded-For does not reset the per-address limit", async () => {
  const victim = await createAccount({ role: "OFFICER", password: PASSWORD, departmentName: "党政办公室" });
  const sprayer = strangerAddress();
  // 20 failures on 20 logins, each claiming to come from a new address.
  for (let i = 0; i < 20; i++) {
    const attempt = await rawSignIn({
      port,
      login: `nobody-${i}-${Date.now()}`,
      password: "spray-123",
      localAddress: sprayer,
      headers: { "x-forwarded-for": `198.51.100.${i + 1}`, "x-real-ip": `203.0.113.${i + 1}` },
    });
    expect(attempt.error).toBe("登录名或密码不正确。");
  }
  const next = await rawSignIn({
    port,
    login: victim.login,
    password: PASSWORD,
    localAddress: sprayer,
    headers: { "x-forwarded-for": "192.0.2.200" },
  });
  expect(next.signedIn).toBe(false);
  expect(next.error).toMatch(LOCKED);
});

test("a login name with a NUL byte is refused like any wrong login", async () => {
  const attempt = await rawSignIn({
    port,
    login: "head\u0000",
    password: "demo12345",
    localAddress: strangerAddress(),
  });
  expect(attempt.status).toBeLessThan(500);
  expect(attempt.error).toBe("登录名或密码不正确。");
});

test("after sign-in the browser stays on this site, whatever callbackUrl says", async ({ page, context }) => {
  const account = await createAccount({ role: "HEAD", password: PASSWORD });
  const origin = `http://localhost:${port}`;
  // As sent in the query string, unencoded: the browser and the page read them as a person would type them.
  for (const payload of [
    "/\\evil.example/x",
    "/%09/evil.example",
    "//evil.example/",
    "/%5Cevil.example",
    "https://evil.example",
  ]) {
    await context.clearCookies();
    await page.goto(`/login?callbackUrl=${payload}`);
    await page.getByLabel("登录名").fill(account.login);
    await page.getByLabel("密码").fill(PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page).toHaveURL(/\/office$/);
    expect(new URL(page.url()).origin, payload).toBe(origin);
  }
  // A path of this site is kept.
  await context.clearCookies();
  await page.goto("/office/reports");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Foffice%2Freports/);
  await page.getByLabel("登录名").fill(account.login);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/office\/reports$/);
});

test("a copied session cookie stops working when its owner signs out", async ({ page, browser }) => {
  const account = await createAccount({ role: "HEAD", password: PASSWORD });
  await signIn(page, account.login, PASSWORD, { form: true });
  const copied = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
  expect(copied).toHaveLength(1);

  // The copy works while the session lives …
  const thief = await browser.newContext();
  await thief.addCookies(copied);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/office");
  await expect(thiefPage.getByTestId("current-user")).toContainText(account.displayName);

  // … and not after the owner signs out.
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await thiefPage.goto("/office");
  await expect(thiefPage).toHaveURL(/\/login/);
  const download = await thief.request.get("/office/applications/export?format=csv");
  expect(download.status()).toBe(401);
  await thief.close();
});

test("posts from another site are refused with 403, an oversized body with 413, never 500", async ({ page }) => {
  await signIn(page, "head", undefined, { form: true });
  const crossSite = await page.request.post("/office/account", {
    headers: { origin: "http://evil.example", "next-action": "7f".repeat(21), "content-type": "text/plain" },
    data: "[]",
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("其他网站");

  const huge = await page.request.post("/office/reports/import", {
    headers: { origin: new URL(page.url()).origin, "next-action": "7f".repeat(21), "content-type": "text/plain" },
    data: "x".repeat(5 * 1024 * 1024),
  });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toContain("提交的内容过大");
});

test("after an admin reset, the user is told and must set a new password first", async ({ page, browser }) => {
  const user = await createAccount({ role: "OFFICER", password: PASSWORD, departmentName: "党政办公室" });
  await signIn(page, "admin", undefined, { form: true });
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "用户管理" }).click();
  const row = page.getByRole("row").filter({ hasText: user.login });
  await row.getByLabel(`${user.displayName}的新密码`).fill("given-by-admin-1");
  await row.getByRole("button", { name: "重置" }).click();
  await expect(row.getByRole("status")).toContainText("下次登录时须改设自己的密码");

  const userContext = await browser.newContext();
  const userPage = await userContext.newPage();
  await userPage.goto("/login");
  await userPage.getByLabel("登录名").fill(user.login);
  await userPage.getByLabel("密码").fill("given-by-admin-1");
  await userPage.getByRole("button", { name: "登录" }).click();
  await expect(userPage).toHaveURL(/\/login\/new-password$/);
  await expect(userPage.getByRole("status")).toContainText("管理员已于");
  await expect(userPage.getByRole("status")).toContainText("重置了您的密码");
  // Nothing else opens until then.
  await userPage.goto("/office/applications");
  await expect(userPage).toHaveURL(/\/login\/new-password$/);
  expect((await userContext.request.get("/office/applications/export?format=csv")).status()).toBe(403);

  await userPage.getByLabel("当前密码").fill("given-by-admin-1");
  await userPage.getByLabel(/^新密码/).fill("my-own-pass-7");
  await userPage.getByLabel("再次输入新密码").fill("my-own-pass-7");
  await userPage.getByRole("button", { name: "修改密码" }).click();
  await expect(userPage).toHaveURL(/\/login/);
  await signIn(userPage, user.login, "my-own-pass-7");
  await expect(userPage.getByTestId("current-user")).toContainText(user.displayName);
  await userContext.close();
});
