import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Records of 2026, so the demo 2022 report (and its 210 submissions) stays as the other tests expect.
const tag = () => Date.now().toString(36).slice(-6);

async function expectFieldError(page: Page, label: string, message: string) {
  const field = page.getByLabel(label);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(`#${await field.getAttribute("id")}-err`)).toHaveText(message);
}

test("an officer reports a weekly item, is told what is missing, edits it, records its adoption and sees the board", async ({
  page,
}) => {
  const title = `召开人居环境整治推进会${tag()}`;
  await signIn(page, "officer");
  await page.goto("/office/submissions/new");
  await page.getByLabel("信息类别").selectOption({ label: "公文" });
  await page.getByRole("textbox", { name: "标题", exact: true }).fill(title);
  await page.getByLabel("摘要").fill("部署全镇人居环境整治工作。");
  await page.getByLabel("上报周次").fill("2026-W10");
  await page.getByRole("button", { name: "保存" }).click();

  // No outlet chosen: refused, the message beside the group, everything typed still there.
  await expect(page.getByRole("form", { name: "上报信息" }).getByRole("alert")).toHaveText("请更正标出的内容。");
  await expect(page.getByRole("group", { name: "报送渠道" })).toContainText("请至少选择一个报送渠道。");
  await expect(page.getByRole("textbox", { name: "标题", exact: true })).toHaveValue(title);
  await expect(page.getByLabel("摘要")).toHaveValue("部署全镇人居环境整治工作。");
  await expect(page.getByLabel("上报周次")).toHaveValue("2026-W10");
  await expect(page.getByLabel("信息类别")).toHaveValue(/\d+/);

  await page.getByRole("checkbox", { name: "《焦作日报》" }).check();
  await page.getByRole("checkbox", { name: "《政府工作信息》" }).check();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/office\/submissions\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const detail = page.url();

  await page.goto(`/office/submissions?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("2026-W10");
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("党政办公室");

  await page.goto(detail);
  const edit = page.getByRole("form", { name: "修改信息" });
  await edit.getByRole("textbox", { name: "标题", exact: true }).fill(`${title}（修改）`);
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(edit.getByRole("status")).toHaveText("修改已保存。");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title}（修改）`);

  await page.getByLabel("《焦作日报》采用日期").fill("2026-03-06");
  await page
    .getByRole("row", { name: /《焦作日报》/ })
    .getByRole("button", { name: "保存" })
    .click();
  await expect(page.getByRole("row", { name: /《焦作日报》/ }).getByRole("status")).toHaveText("已记录采用情况。");

  const history = page.getByRole("region", { name: "修改记录" });
  await expect(history).toContainText(`标题：${title} → ${title}（修改）`);
  await expect(history).toContainText(/报送渠道：.*→ .*《焦作日报》（2026-03-06采用）/);
  await expect(history).toContainText("创建");

  await page.goto("/office/submissions/board?year=2026");
  const row = page.locator('[data-testid="compliance-grid"] tr[data-department="党政办公室"]');
  await expect(row).toHaveCount(1);
  await expect(page.locator('[data-testid="compliance-grid"] tr[data-department]')).toHaveCount(1); // only the officer's department
  await expect(row.locator('td[data-week="10"]')).toHaveAttribute("data-state", "met");
  await expect(row.locator('td[data-week="10"]')).toContainText(/篇，采用\d+篇$/);
  await expect(page.getByRole("list", { name: "缺报情况" })).toContainText("党政办公室：应报");
});

test("an officer records a review case; an outcome without its date is refused with the typed values kept", async ({
  page,
}) => {
  const caseNumber = `沁政复〔2026〕${tag()}号`;
  await signIn(page, "officer");
  await page.goto("/office/reviews/new");
  // The create form carries its one-time token (a replayed post returns the first answer).
  await expect(page.getByTestId("once-token")).toHaveValue(/^[0-9a-f]{8}-[0-9a-f-]{27}$/);
  await page.getByLabel("案件类别").selectOption({ label: "行政复议" });
  await page.getByLabel("案号").fill(caseNumber);
  await page.getByLabel("立案日期").fill("2026-03-02");
  await page.getByLabel("审理结果").selectOption({ label: "结果维持" });
  await page.getByRole("button", { name: "登记案件" }).click();

  await expectFieldError(page, "结案日期", "已选择审理结果，请同时填写结案日期。");
  await expect(page.getByLabel("案号")).toHaveValue(caseNumber);
  await expect(page.getByLabel("立案日期")).toHaveValue("2026-03-02");
  await expect(page.getByLabel("审理结果")).toHaveValue("UPHELD");

  await page.getByLabel("结案日期").fill("2026-04-20");
  await page.getByRole("button", { name: "登记案件" }).click();
  await expect(page).toHaveURL(/\/office\/reviews\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`行政复议 ${caseNumber}`);

  await page.goto(`/office/reviews?q=${encodeURIComponent(caseNumber)}`);
  await expect(page.getByRole("row", { name: new RegExp(caseNumber) })).toContainText("结果维持");
});

test("an officer registers a normative document and repeals it; the history keeps both states", async ({ page }) => {
  const docNumber = `柏政〔2026〕${tag()}号`;
  await signIn(page, "officer");
  await page.goto("/office/proactive/documents/new");
  await page.getByLabel("文件类别").selectOption({ label: "行政规范性文件" });
  await page.getByLabel("文号").fill(docNumber);
  await page.getByLabel("文件标题").fill("柏香镇农村人居环境整治管理办法");
  await page.getByLabel("印发日期").fill("2026-02-10");
  await page.getByRole("button", { name: "登记文件" }).click();
  await expect(page).toHaveURL(/\/office\/proactive\/documents\/\d+$/);
  await expect(page.getByTestId("document-status")).toHaveText("现行有效");

  await page.getByRole("form", { name: "废止文件" }).getByLabel("废止日期").fill("2026-02-01");
  await page.getByRole("button", { name: "废止", exact: true }).click();
  await expectFieldError(page, "废止日期", "废止日期不能早于印发日期（2026-02-10）。");
  await page.getByRole("form", { name: "废止文件" }).getByLabel("废止日期").fill("2026-09-30");
  await page.getByRole("button", { name: "废止", exact: true }).click();
  await expect(page.getByTestId("document-status")).toHaveText("已废止（2026-09-30）");
  await expect(page.getByRole("region", { name: "修改记录" })).toContainText("（废止）");
  await expect(page.getByRole("region", { name: "修改记录" })).toContainText("废止日期：（空） → 2026-09-30");

  await page.goto(`/office/proactive/documents?q=${encodeURIComponent(docNumber)}`);
  await expect(page.getByRole("row", { name: /农村人居环境整治管理办法/ })).toContainText("已废止（2026-09-30）");
});

test("an officer tallies decisions and records a fee to the fen; a bad amount is refused and kept", async ({
  page,
}) => {
  await signIn(page, "officer");
  const month = String((Date.now() % 12) + 1);
  await page.goto("/office/proactive/tallies/new");
  await page.getByLabel("决定类别").selectOption({ label: "行政处罚" });
  await page.getByLabel("年度").fill("2026");
  await page.getByLabel("月份").selectOption(month);
  await page.getByLabel("决定数量（件）").fill("-3");
  await page.getByRole("button", { name: "保存" }).click();
  await expectFieldError(page, "决定数量（件）", "决定数量不能为负数。");
  await expect(page.getByLabel("月份")).toHaveValue(month);
  await page.getByLabel("决定数量（件）").fill("7");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/office\/proactive\/tallies\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`2026年${month}月行政处罚决定数量`);
  const tally = page.url();
  await page.goto("/office/proactive/tallies?year=2026&kind=PENALTY");
  await expect(page.getByRole("row", { name: new RegExp(`2026年${month}月`) })).toContainText("7");

  const description = `农村宅基地审批工本费${tag()}`;
  await page.goto("/office/proactive/fees/new");
  await page.getByLabel("收费金额（元）").fill("1234.567");
  await page.getByLabel("年度").fill("2026");
  await page.getByLabel("月份").selectOption("3");
  await page.getByLabel("收费项目及说明").fill(description);
  await page.getByRole("button", { name: "保存" }).click();
  await expectFieldError(page, "收费金额（元）", "金额以元为单位，最多保留两位小数（到分）。");
  await expect(page.getByLabel("收费金额（元）")).toHaveValue("1234.567");
  await expect(page.getByLabel("收费项目及说明")).toHaveValue(description);
  await expect(page.getByLabel("月份")).toHaveValue("3");
  await page.getByLabel("收费金额（元）").fill("1234.5");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/office\/proactive\/fees\/\d+$/);
  await expect(page.getByText("1234.50", { exact: true }).first()).toBeVisible();

  await page.goto(`/office/proactive/fees?q=${encodeURIComponent(description)}`);
  await expect(page.getByRole("row", { name: /2026年3月/ })).toContainText("1234.50");
  const csv = await (
    await page.request.get(`/office/proactive/fees/export?q=${encodeURIComponent(description)}&format=csv`)
  ).text();
  expect(csv).toContain(`1234.50,${description}`);

  // Deleting asks first, and the record is gone from the list.
  await page.goto(tally);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "删除" }).click();
  await expect(page).toHaveURL(/\/office\/proactive\/tallies\?deleted=1$/);
  await expect(page.getByRole("status")).toContainText("已删除该记录");
  await page.goto("/office/proactive/tallies?year=2026&kind=PENALTY");
  await expect(page.getByRole("row", { name: new RegExp(`2026年${month}月`) })).toHaveCount(0);
});
