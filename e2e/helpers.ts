import { expect, type BrowserContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo12345";

/**
 * The session cookies of each demo login, once it has signed in through the form in this worker:
 * later tests as the same person start from them instead of typing the form again (seconds per test).
 * A session a test signed out of is revoked on the server; the next test then finds itself at the
 * login page and signs in through the form again.
 */
const sessions = new Map<string, Awaited<ReturnType<BrowserContext["cookies"]>>>();

/**
 * Signs in as a person would (through the login form), or resumes this login's session of an earlier
 * test; `form: true` always goes through the form (the tests of signing in).
 */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD, opts: { form?: boolean } = {}) {
  const kept = password === DEMO_PASSWORD && !opts.form ? sessions.get(login) : undefined;
  if (kept) {
    await page.context().clearCookies();
    await page.context().addCookies(kept);
    await page.goto("/office");
    if (/\/office$/.test(page.url())) return;
    sessions.delete(login);
  }
  await page.goto("/login");
  await page.getByLabel("登录名").fill(login);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/office$/);
  if (password === DEMO_PASSWORD) sessions.set(login, await page.context().cookies());
}
