import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const findings = (page: Page) => page.getByRole("region", { name: /校验结果/ }).getByRole("listitem");
const blocked = (page: Page) => page.getByTestId("blocked-submit");

test("a 2020 report (2019 format) with an empty 五, template prompts and blank hand-entered figures cannot be submitted; each finding names its field; entering them lets it through", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "officer");
  await page.goto("/office/reports/2020");
  await page.getByRole("button", { name: "编制2020年度报告" }).click();
  await expect(page.getByTestId("report-status")).toHaveText("草稿");
  await expect(page.getByText("格式：国办公开办函〔2019〕60号")).toBeVisible();

  // An empty 五: named, linked to its editor, and shown under it.
  const empty = findings(page).filter({ hasText: "「五、存在的主要问题及改进情况」未填写" });
  await expect(empty).toContainText("错误正文未填写");
  await expect(empty.getByRole("link", { name: "五、存在的主要问题及改进情况" })).toHaveAttribute(
    "href",
    "#n-problems",
  );
  await expect(page.getByRole("list", { name: "五、存在的主要问题及改进情况的校验结果" })).toContainText(
    "错误（正文未填写）",
  );
  // The draft's prompts, each by section and paragraph.
  const prompts = findings(page).filter({ hasText: "仍是模板提示" });
  await expect(prompts).toHaveCount(2);
  await expect(prompts.first()).toContainText(
    "「一、总体情况」第 4 段仍是模板提示「（请补充本年度政府信息管理、公开平台建设情况。）」",
  );
  // The figures records cannot give: blank (not 0) in the report, each named by table, row and column.
  const figures = findings(page).filter({ hasText: "尚未填写：本系统记录无法得出这一数字" });
  await expect(figures).toHaveCount(17);
  const published = figures.filter({ hasText: "规范性文件 行「本年新公开数量」列" });
  await expect(published).toContainText("数字未填写");
  await expect(published.getByRole("link")).toHaveAttribute("href", "#cell-s2.normative.published");
  await expect(page.locator('[data-cell="s2.normative.published"]')).toHaveText("待填");
  await expect(page.locator('[data-cell="s2.normative.made"]')).toHaveText("0");
  await expect(blocked(page)).toHaveText("提交审核：还有 20 项错误（见“校验结果”），更正后才能进行。");
  await expect(page.getByRole("form", { name: "提交审核" }).getByRole("button")).toHaveCount(0);

  // 五 written: still refused (the prompts, the figures).
  await page.getByRole("textbox", { name: "五、存在的主要问题及改进情况" }).fill("2020年信息公开的主动性有待加强。");
  await page.getByRole("button", { name: "保存正文" }).click();
  await expect(empty).toHaveCount(0);
  await expect(blocked(page)).toContainText("还有 19 项错误");

  // The prompts replaced: still refused (the figures).
  const overview = page.getByRole("textbox", { name: "一、总体情况" });
  const text = (await overview.inputValue())
    .replace(/（请补充本年度政府信息管理[^）]*）/, "本年度规范政府信息发布审核。")
    .replace(/（请补充监督检查[^）]*）/, "组织业务培训1次。");
  await overview.fill(text);
  await page.getByRole("button", { name: "保存正文" }).click();
  await expect(prompts).toHaveCount(0);
  await expect(blocked(page)).toContainText("还有 17 项错误");

  // The figures, entered in one form: a malformed one is refused at its field and nothing is lost.
  const form = page.getByRole("form", { name: "填报空白数字" });
  await expect(form.getByLabel("表二 规范性文件 / 本年新公开数量")).toBeVisible();
  for (const input of await form.locator('input[name^="figure:"]').all()) await input.fill("0");
  await form.getByLabel("表二 规范性文件 / 本年新公开数量").fill("若干");
  await form.getByLabel("填报依据").fill("依据本镇2020年度政务公开台账");
  await form.getByRole("button", { name: "保存填报的数字" }).click();
  await expect(form.getByLabel("表二 规范性文件 / 本年新公开数量")).toHaveAttribute("aria-invalid", "true");
  await expect(form).toContainText("请填写非负整数。");
  await expect(form.getByLabel("表二 规范性文件 / 本年新公开数量")).toHaveValue("若干");
  await expect(blocked(page)).toContainText("还有 17 项错误");
  await expect(form.locator('input[name^="figure:"]')).toHaveCount(17);

  await form.getByLabel("表二 规范性文件 / 本年新公开数量").fill("2");
  await form.getByRole("button", { name: "保存填报的数字" }).click();
  await expect(page.getByRole("form", { name: "填报空白数字" })).toHaveCount(0);
  await expect(page.locator('[data-cell="s2.normative.published"]')).toHaveText("2*");
  await expect(page.getByTestId("validation-summary")).toHaveText("全部表格通过校验。");

  // Now it goes through.
  await page.getByRole("form", { name: "提交审核" }).getByRole("button", { name: "提交审核", exact: true }).click();
  await expect(page.getByTestId("workflow-status")).toHaveText("待审核");
});

test("the current year's report cannot be submitted before the year is over", async ({ page }) => {
  await signIn(page, "officer");
  const year = Number(
    new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()),
  );
  await page.goto(`/office/reports/${year}`);
  await page.getByRole("button", { name: `编制${year}年度报告` }).click();
  await expect(page.getByTestId("report-status")).toHaveText("草稿");
  // The township's date comes from its county, with the basis: not 条例第四十九条's 1月31日.
  await expect(page.getByTestId("deadline")).toContainText(`${year + 1}-01-20`);
  await expect(page.getByTestId("deadline-basis")).toHaveText(
    "依据：沁阳市人民政府规定的乡镇报送期限（条例第四十九条未规定乡镇的期限）",
  );
  // Whatever else it lacks, the year itself is not over.
  const overview = page.getByRole("textbox", { name: "一、总体情况" });
  await overview.fill("本年度工作情况。工作纳入年度考核，未发生社会评议不满意和责任追究情况。");
  await page.getByRole("textbox", { name: "五、存在的主要问题及改进情况" }).fill("无明显问题。");
  await page.getByRole("button", { name: "保存正文" }).click();
  await expect(blocked(page)).toHaveText(
    `提交审核：${year}年度报告须在${year + 1}年1月1日起提交：该年度尚未结束，各科室仍在录入本年度记录（提交后将锁定该年度的记录）。`,
  );
});
