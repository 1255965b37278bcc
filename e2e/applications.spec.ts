import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// A marker unique to this run, so repeated runs on the same database do not see each other's cases.
const run = Date.now().toString(36);
const applicant = `赵六${run}`;
const request = `申请公开本镇2023年度道路维修工程的招标文件和验收报告（${run}）`;

const timelineForm = (page: Page) => page.getByRole("form", { name: "记录办理事项" });

async function recordEvent(
  page: Page,
  kind: string,
  on: string,
  extra?: (form: ReturnType<typeof timelineForm>) => Promise<unknown>,
) {
  const form = timelineForm(page);
  await form.getByLabel("办理事项").selectOption({ label: kind });
  await form.getByLabel(/^(答复)?日期\s*\*?$/).fill(on);
  await extra?.(form);
  await form.getByRole("button", { name: "记录" }).click();
  await expect(form.getByRole("status")).toContainText("已记录");
}

test("an officer registers an application, follows its deadline through the timeline, edits it and sees its history; another department cannot see it", async ({
  page,
}) => {
  await signIn(page, "officer");
  await page.goto("/office/applications/new");
  const form = page.getByRole("form", { name: "登记申请" });

  // The form names the date that counts for the channel (条例第三十一条) and explains the rule.
  await form.getByLabel("申请方式").selectOption({ label: "邮政快递、挂号信等需签收的邮寄方式" });
  await expect(form.getByLabel("收到申请日期（即本机关签收之日）")).toBeVisible();
  await expect(form.getByText("以本机关签收之日为收到申请之日")).toBeVisible();

  // A signed-for date before the postmark is refused beside the field; everything typed stays.
  await form.getByLabel("寄出日期（邮戳日期）").fill("2024-03-05");
  await form.getByLabel("收到申请日期（即本机关签收之日）").fill("2024-03-04");
  await form.getByLabel("申请人类型").selectOption({ label: "自然人" });
  await form.getByLabel("申请人姓名或名称").fill(applicant);
  await form.getByLabel("联系方式（电话、地址或电子邮箱）").fill("13912345678");
  await form.getByLabel("申请公开的内容").fill(request);
  await form.getByRole("button", { name: "登记申请" }).click();
  await expect(form.getByRole("alert")).toHaveText("请更正标出的内容。");
  const received = form.getByLabel("收到申请日期（即本机关签收之日）");
  await expect(received).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("收到申请日期不能早于寄出日期（邮戳日期）（2024-03-05）。")).toBeVisible();
  await expect(form.getByLabel("申请人姓名或名称")).toHaveValue(applicant);
  await expect(form.getByLabel("申请公开的内容")).toHaveValue(request);
  await expect(form.getByLabel("申请方式")).toHaveValue("REGISTERED_MAIL");
  await expect(form.getByLabel("寄出日期（邮戳日期）")).toHaveValue("2024-03-05");

  await received.fill("2024-03-06");
  await form.getByRole("button", { name: "登记申请" }).click();
  await expect(page).toHaveURL(/\/office\/applications\/\d+$/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^政府信息公开申请 2024-\d{4}$/);
  const regNo = (await heading.textContent())!.replace("政府信息公开申请 ", "");
  const detailUrl = page.url();
  await expect(page.getByTestId("due-on")).toContainText("2024-04-03（周三）");
  await expect(page.getByTestId("deadline-explanation")).toContainText("收到申请：2024-03-06（周三）");

  // It is in the list.
  await page.goto(`/office/applications?q=${encodeURIComponent(run)}`);
  const row = page.getByRole("row", { name: new RegExp(regNo) });
  await expect(row).toContainText(applicant);
  await row.getByRole("link", { name: regNo }).click();
  await expect(page).toHaveURL(detailUrl);

  // 补正: the clock stops, and restarts when the correction arrives.
  await recordEvent(page, "补正告知（第三十条）", "2024-03-08");
  await expect(page.getByTestId("due-on")).toContainText("暂停计时");
  await recordEvent(page, "收到补正", "2024-03-12");
  await expect(page.getByTestId("due-on")).toContainText("2024-04-10（周三）");
  await expect(page.getByTestId("deadline-explanation")).toContainText(
    "收到补正：2024-03-12（周二），答复期限重新计算（第三十条）",
  );
  await expect(page.getByTestId("deadline-explanation")).toContainText("期间节假日不计：清明 2024-04-04 至 04-06");

  // The reply needs its outcome.
  await recordEvent(page, "答复", "2024-03-25", (f) =>
    f.getByLabel("办理结果").selectOption({ label: "（一）予以公开" }),
  );
  await expect(page.getByTestId("deadline-standing")).toHaveText("2024-03-25 按期答复");
  await expect(page.getByRole("list", { name: "办理过程" })).toContainText("办理结果：（一）予以公开");

  // Edit the registration.
  const edit = page.getByRole("form", { name: "修改登记信息" });
  await edit.getByLabel("申请公开的内容").fill(`${request}（补充：含监理报告）`);
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(edit.getByRole("status")).toHaveText("登记信息已保存。");

  // The history shows every change, before → after.
  const history = page.getByRole("region", { name: "修改记录" });
  await expect(history).toContainText(`申请公开的内容：${request} → ${request}（补充：含监理报告）`);
  await expect(history).toContainText("新增办理事项：答复（2024-03-25）");
  await expect(history).toContainText("办理结果：（空） → （一）予以公开");
  await expect(history).toContainText("创建");

  // The applicant never shows on the public side.
  expect(await (await page.request.get("/")).text()).not.toContain(applicant);

  // Another department's officer neither finds nor opens it.
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, "officer2");
  await page.goto(`/office/applications?q=${encodeURIComponent(regNo)}`);
  await expect(page.getByRole("table", { name: "政府信息公开申请列表" })).toContainText("没有符合条件的申请。");
  const response = await page.goto(detailUrl);
  expect(response?.status()).toBe(403);
  await expect(page.locator("body")).not.toContainText(applicant);
});

test("the admin's calendar adjustment moves the due date of open cases, and shows which", async ({ page }) => {
  await signIn(page, "officer");
  await page.goto("/office/applications/new");
  const form = page.getByRole("form", { name: "登记申请" });
  await form.getByLabel("申请方式").selectOption({ label: "当面提交" });
  await form.getByLabel("收到申请日期（即当面提交之日）").fill("2024-03-06");
  await form.getByLabel("申请人类型").selectOption({ label: "法人或其他组织 / 商业企业" });
  await form.getByLabel("申请人姓名或名称").fill(`某某建材有限公司${run}`);
  await form.getByLabel("申请公开的内容").fill(`申请公开本镇砂石开采许可（${run}）`);
  await form.getByRole("button", { name: "登记申请" }).click();
  await expect(page.getByTestId("due-on")).toContainText("2024-04-03（周三）");
  const regNo = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("政府信息公开申请 ", "");
  const detailUrl = page.url();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, "admin");
  await page.goto("/office/admin/calendar");
  await expect(page.getByTestId("calendar-coverage")).toHaveText(/\d{4}–\d{4}/);
  const adjust = page.getByRole("form", { name: "添加日历调整" });
  await adjust.getByLabel(/^日期/).fill("2024-03-27");
  await adjust.getByLabel(/^调整为/).selectOption("HOLIDAY");
  await adjust.getByLabel(/^说明/).fill("防汛值守调休");
  await adjust.getByRole("button", { name: "保存调整" }).click();
  await expect(adjust.getByRole("status")).toContainText("答复期限已随之重新计算");
  const changes = page.getByRole("region", { name: "调整记录" });
  await expect(changes.getByRole("list", { name: "2024-03-27 调整影响的申请" }).first()).toContainText(
    `${regNo}：2024-04-03 → 2024-04-07`,
  );

  // Undo it, so the demo calendar stays as it was.
  page.once("dialog", (dialog) => dialog.accept());
  await page
    .getByRole("row", { name: /2024-03-27/ })
    .getByRole("button", { name: "删除" })
    .click();
  await expect(changes.getByText(`${regNo}：2024-04-07 → 2024-04-03`)).toBeVisible();
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, "officer");
  await page.goto(detailUrl);
  await expect(page.getByTestId("due-on")).toContainText("2024-04-03（周三）");
  await expect(page.getByRole("region", { name: "修改记录" })).toContainText(
    "日历调整：2024-03-27 设为休息日（防汛值守调休）",
  );
});
