import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a public page that does not exist says so inside the site, with the way home", async ({ page }) => {
  const response = await page.goto("/reports/no-such-agency/2023");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await expect(page.getByRole("link", { name: "政府信息公开工作年度报告" })).toBeVisible();
  await page.getByRole("link", { name: /返回首页/ }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("in the office, a missing record and an impossible id are a 404 inside the office layout", async ({ page }) => {
  await signIn(page, "officer");
  for (const path of ["/office/reviews/999999", "/office/applications/2147483648", "/office/submissions/1e3"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "记录不存在" }), path).toBeVisible();
    await expect(page.getByRole("navigation", { name: "后台导航" }), path).toBeVisible();
  }
  await page.getByRole("link", { name: "返回工作台" }).click();
  await expect(page).toHaveURL(/\/office$/);
});

test("in the office, a page the role may not open is a 403 that names the role, inside the office layout", async ({
  page,
}) => {
  await signIn(page, "admin");
  const response = await page.goto("/office/applications");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "没有访问权限" })).toBeVisible();
  await expect(page.getByText(/角色是管理员/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "后台导航" })).toBeVisible();
});
