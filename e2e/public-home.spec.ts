import { expect, test } from "@playwright/test";

test("the public home lists agencies under their parent, and search filters them", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("各机关政府信息公开工作年度报告");
  await expect(page.getByRole("heading", { name: "沁阳市人民政府所属机关" })).toBeVisible();
  await expect(page.getByText("柏香镇人民政府", { exact: true })).toBeVisible();

  await page.getByLabel("按机关名称搜索").fill("不存在的机关");
  await page.getByRole("button", { name: "搜索" }).click();
  await expect(page.getByText("没有找到名称包含“不存在的机关”的机关。")).toBeVisible();
});
