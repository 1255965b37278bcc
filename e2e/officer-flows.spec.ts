import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 12: officers find every step. A marker unique to this run keeps repeated runs apart.
const run = Date.now().toString(36);

/** Today in China, as the forms take dates. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

async function registerApplication(page: Page, applicant: string, receivedOn = "2024-03-04") {
  await page.goto("/office/applications/new");
  const form = page.getByRole("form", { name: "登记申请" });
  await form.getByLabel("申请方式").selectOption({ label: "当面提交" });
  await form.getByLabel("收到申请日期（即当面提交之日）").fill(receivedOn);
  await form.getByLabel("申请人类型").selectOption({ label: "自然人" });
  await form.getByLabel("申请人姓名或名称").fill(applicant);
  await form.getByLabel("申请公开的内容").fill(`申请公开本镇农田水利项目资料（${run}）`);
  await form.getByRole("button", { name: "登记申请" }).click();
  await expect(page).toHaveURL(/\/office\/applications\/\d+$/);
  return (await page.getByRole("heading", { level: 1 }).textContent())!.replace("政府信息公开申请 ", "");
}

test("an officer asks for an extension, the head approves it from the 工作台, the due date moves", async ({ page }) => {
  // The head approves today, so the case must still be running today (an extension after the deadline is
  // refused): received today. The dates themselves are computed by hand in lib/applications/deadline-pauses.test.ts.
  await signIn(page, "officer");
  const regNo = await registerApplication(page, `延期${run}`, today());
  const detailUrl = page.url();
  const dueBefore = (await page.getByTestId("due-on").textContent())!.slice(0, 10);
  expect(dueBefore).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // The officer cannot approve, but can ask, with the days told to the applicant.
  const form = page.getByRole("form", { name: "记录办理事项" });
  await expect(form.getByLabel("办理事项").locator("option", { hasText: "负责人批准延期答复" })).toHaveCount(0);
  await form.getByLabel("办理事项").selectOption({ label: "申请延期答复（报负责人批准）" });
  await form.getByLabel(/^日期/).fill(today());
  await form.getByLabel("延长的工作日数").fill("10");
  await form.getByLabel("说明").fill("需调取归档资料");
  await form.getByRole("button", { name: "记录" }).click();
  await expect(form.getByRole("status")).toContainText("已记录");
  await expect(page.getByTestId("due-on")).toContainText(dueBefore);
  await expect(page.getByTestId("deadline-explanation")).toContainText(
    `申请延期 10 个工作日（${today()}），待负责人批准`,
  );
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  // The head sees it waiting on the 工作台 and approves it there.
  await signIn(page, "head");
  const waiting = page.getByRole("region", { name: "待批准的延期答复申请" });
  const item = waiting.getByRole("listitem").filter({ hasText: regNo });
  await expect(item).toContainText(`申请延期 10 个工作日（需调取归档资料）；现答复期限 ${dueBefore}`);
  await item.getByRole("button", { name: "批准延期 10 个工作日" }).click();
  await expect(waiting.getByRole("status")).toContainText(`已批准 ${regNo} 延期答复，答复期限为 `);
  await expect(item).toHaveCount(0);
  const dueAfter = (await waiting.getByRole("status").textContent())!.match(/答复期限为 (\d{4}-\d{2}-\d{2})/)![1];
  expect(dueAfter > dueBefore).toBe(true);
  await page.goto(detailUrl);
  await expect(page.getByTestId("due-on")).toContainText(dueAfter);
  await expect(page.getByTestId("deadline-explanation")).toContainText(`延期 10 个工作日（负责人批准，${today()}）`);
  await expect(page.getByRole("list", { name: "办理过程" })).toContainText(
    "负责人批准延期答复（第三十三条）延长 10 个工作日",
  );
});

test("a record of a locked year renders read-only: no edit form, no 删除", async ({ page }) => {
  // The demo 2022 report is published: its records are locked.
  await signIn(page, "officer");
  await page.goto("/office/submissions?isoYear=2022");
  await page.getByRole("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/office\/submissions\/\d+$/);
  await expect(page.getByRole("note")).toContainText("2022年度报告已提交审核或已发布，该年度的记录已锁定");
  await expect(page.getByRole("button", { name: "删除" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /保存/ })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByRole("main")).toContainText(/采用日期 2022-|未采用/);
});

test("deleting an application returns to the list with a message", async ({ page }) => {
  await signIn(page, "officer");
  const applicant = `删除${run}`;
  const regNo = await registerApplication(page, applicant);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "删除" }).click();
  await expect(page).toHaveURL(/\/office\/applications\?deleted=1$/);
  await expect(page.getByRole("status")).toContainText("已删除该记录");
  await expect(page.getByRole("navigation").first()).toBeVisible();
  await page.goto(`/office/applications?q=${encodeURIComponent(regNo)}`);
  await expect(page.getByRole("table", { name: "政府信息公开申请列表" })).toContainText("没有符合条件的申请。");
});
