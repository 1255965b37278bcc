import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

/** What an office writes in place of the draft's prompts （请补充……）. */
const COMPLETIONS: [RegExp, string][] = [
  [/（请补充本年度政府信息管理[^）]*）/, "本年度规范政府信息发布审核，政务公开专栏按时更新。"],
  [/（请补充监督检查[^）]*）/, "组织政府信息公开业务培训1次。"],
  [
    /（请补充本年度政府信息公开工作考核[^）]*）/,
    "政府信息公开工作纳入年度考核，考核结果为良好；未开展社会评议，未发生责任追究情况。",
  ],
];

const overview = (page: Page) => page.getByRole("textbox", { name: "一、总体情况" });
const saved = (page: Page) =>
  expect(page.getByRole("form", { name: "报告正文" }).getByRole("status")).toHaveText("正文已保存。");

test("regenerating the draft replaces the editor's text (undoable); saving stores it, the page and the published revision show it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, "officer");
  await page.goto("/office/reports/2021");
  await page.getByRole("button", { name: "编制2021年度报告" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("草稿");

  // An old text, saved: it says 5 applications where the records have none.
  const old = "旧文本：本年收到政府信息公开申请5件。";
  await overview(page).fill(old);
  await page.getByRole("button", { name: "保存正文" }).click();
  await saved(page);
  await expect(page.locator("article.report")).toContainText(old);

  // Regenerate: the editor shows the new draft at once, not after a reload, and says it is not saved yet.
  await page.getByRole("button", { name: "根据本年度记录重新生成“总体情况”初稿" }).click();
  await expect(overview(page)).toHaveValue(/2021年共收到政府信息公开申请0件/);
  await expect(overview(page)).not.toHaveValue(/旧文本/);
  await expect(page.getByTestId("narrative-draft-message")).toContainText("尚未保存，可撤销");
  await expect(page.getByTestId("narrative-unsaved")).toHaveText("有未保存的修改：一、总体情况");

  // Undoable: back to the text before, then regenerate again.
  await page.getByRole("button", { name: "撤销重新生成" }).click();
  await expect(overview(page)).toHaveValue(old);
  await page.getByRole("button", { name: "根据本年度记录重新生成“总体情况”初稿" }).click();
  await expect(overview(page)).toHaveValue(/2021年共收到政府信息公开申请0件/);
  expect(await overview(page).inputValue()).toContain("本年度未发生因政府信息公开工作引起的行政复议、行政诉讼案件。");

  // The office completes the draft's prompts and writes 五; saving stores exactly what the editor shows.
  let text = await overview(page).inputValue();
  for (const [prompt, words] of COMPLETIONS) text = text.replace(prompt, words);
  expect(text).not.toMatch(/请补充/);
  await overview(page).fill(text);
  await page.getByRole("textbox", { name: "五、存在的主要问题及改进情况" }).fill("2021年信息公开的主动性有待加强。");
  await page.getByRole("button", { name: "保存正文" }).click();
  await saved(page);
  await expect(page.getByTestId("narrative-unsaved")).toHaveCount(0);
  await expect(overview(page)).toHaveValue(text);
  await expect(page.getByTestId("validation-summary")).toHaveText("全部表格通过校验。");

  // The page (after a reload too) shows the new text; the replaced one is gone for good.
  await page.reload();
  await expect(overview(page)).toHaveValue(text);
  await expect(page.locator("article.report")).toContainText("2021年共收到政府信息公开申请0件");
  await expect(page.locator("article.report")).not.toContainText("旧文本");

  await page.getByRole("form", { name: "提交审核" }).getByRole("button", { name: "提交审核", exact: true }).click();
  await expect(page.getByTestId("workflow-status")).toHaveText("待审核");

  // The head approves and publishes, each after a confirmation; the published revision has the new text.
  const head = await (await browser.newContext()).newPage();
  await signIn(head, "head");
  await head.goto("/office/reports/2021");
  for (const step of ["批准", "发布"]) {
    await head.getByRole("form", { name: step }).getByRole("button", { name: step, exact: true }).click();
    const dialog = head.getByRole("dialog");
    await expect(dialog).toContainText("本报告没有尚存的提示。");
    await dialog.getByRole("button", { name: `确认${step}` }).click();
    await expect(head.getByTestId("workflow-status")).toHaveText(step === "批准" ? "已批准" : "已发布");
  }

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/reports/baixiang/2021");
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("柏香镇2021年政府信息公开工作年度报告");
  await expect(visitor.getByText("2021年共收到政府信息公开申请0件", { exact: false })).toBeVisible();
  await expect(visitor.getByText("未发生责任追究情况", { exact: false })).toBeVisible();
  await expect(visitor.getByText("旧文本")).toHaveCount(0);
  const published = await (await visitor.request.get("/reports/baixiang/2021/report.txt")).text();
  expect(published).toContain("政府信息公开工作纳入年度考核");
  expect(published).not.toContain("旧文本");
});
