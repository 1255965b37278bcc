import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo12345";

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("登录名").fill(login);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/office$/);
}
