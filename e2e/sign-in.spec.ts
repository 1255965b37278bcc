import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const nav = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "后台导航" });

test("each demo role signs in and sees its own navigation", async ({ page }) => {
  const expectations = [
    { login: "officer", name: "李晓梅", sees: ["工作台", "修改密码"], hidden: ["科室管理", "用户管理"] },
    { login: "head", name: "王建华", sees: ["工作台", "修改密码"], hidden: ["科室管理", "用户管理"] },
    { login: "admin", name: "张伟", sees: ["工作台", "科室管理", "用户管理", "修改密码"], hidden: [] },
  ];
  for (const role of expectations) {
    await signIn(page, role.login, undefined, { form: true });
    await expect(page.getByTestId("current-user")).toContainText(role.name);
    for (const label of role.sees) await expect(nav(page).getByRole("link", { name: label })).toBeVisible();
    for (const label of role.hidden) await expect(nav(page).getByRole("link", { name: label })).toHaveCount(0);
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
  }
});

test("an officer is refused the admin pages", async ({ page }) => {
  await signIn(page, "officer2", undefined, { form: true });
  for (const path of ["/office/admin/users", "/office/admin/departments"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "没有访问权限" })).toBeVisible();
  }
});

test("a wrong password shows an error and keeps the login name", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("登录名").fill("officer2");
  await page.getByLabel("密码").fill("not-the-password1");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("登录名或密码不正确。");
  await expect(page.getByLabel("登录名")).toHaveValue("officer2");
  await expect(page.getByLabel("密码")).toHaveValue("");
  await expect(page.locator("body")).not.toContainText("not-the-password1");
});

test("logout ends the session: the back office asks to sign in again", async ({ page }) => {
  await signIn(page, "head", undefined, { form: true });
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/office");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Foffice/);
});

test("the admin creates a department and a user, who can then sign in", async ({ page }) => {
  const suffix = Date.now().toString(36);
  await signIn(page, "admin", undefined, { form: true });
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "科室管理" }).click();
  const addDepartment = page.getByRole("form", { name: "添加科室" });
  await addDepartment.getByLabel("科室名称").fill(`文化服务中心${suffix}`);
  await addDepartment.getByRole("button", { name: "添加科室" }).click();
  await expect(addDepartment.getByRole("status")).toHaveText("科室已添加。");
  await expect(page.getByLabel(`科室名称（文化服务中心${suffix}）`)).toHaveValue(`文化服务中心${suffix}`);
  // Renamed in place: a name another department has is refused in the row, with the typed value kept.
  const row = page.getByRole("row").filter({ has: page.getByLabel(`科室名称（文化服务中心${suffix}）`) });
  await row.getByLabel(`科室名称（文化服务中心${suffix}）`).fill("党政办公室");
  await row.getByRole("button", { name: "保存" }).click();
  await expect(row.getByText("已有名为“党政办公室”的科室。")).toBeVisible();
  await expect(row.getByLabel(`科室名称（文化服务中心${suffix}）`)).toHaveValue("党政办公室");
  await row.getByLabel(`科室名称（文化服务中心${suffix}）`).fill(`文化服务中心${suffix}`);
  await row.getByRole("button", { name: "保存" }).click();
  await expect(row.getByRole("status")).toHaveText("科室已更新。");

  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "用户管理" }).click();
  const newUser = page.getByRole("form", { name: "新建用户" });
  await newUser.getByLabel("姓名").fill("钱文");
  await newUser.getByLabel("登录名").fill(`qian${suffix}`);
  await newUser.getByLabel("角色").selectOption("OFFICER");
  await newUser.getByLabel("所属科室（信息员必填）").selectOption({ label: `文化服务中心${suffix}` });
  // Bad input first: a weak password is refused at its field and the typed values stay.
  await newUser.getByLabel("初始密码").fill("short");
  await newUser.getByRole("button", { name: "创建用户" }).click();
  await expect(newUser.getByText("密码至少 8 位。")).toBeVisible();
  await expect(newUser.getByLabel("姓名")).toHaveValue("钱文");
  await expect(newUser.getByLabel("登录名")).toHaveValue(`qian${suffix}`);
  await expect(newUser.getByLabel("所属科室（信息员必填）")).toHaveValue(/\d+/);

  await newUser.getByLabel("初始密码").fill("culture2024");
  await newUser.getByRole("button", { name: "创建用户" }).click();
  await expect(newUser.getByRole("status")).toHaveText("用户“钱文”已创建。");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, `qian${suffix}`, "culture2024", { form: true });
  await expect(page.getByTestId("current-user")).toContainText(`钱文（信息员 · 文化服务中心${suffix}）`);
});
