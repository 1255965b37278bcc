import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("the office sees 柏香镇's 2022 report compiled from records, validated, in the national layout", async ({
  page,
}) => {
  await signIn(page, "officer");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "年度报告" }).click();
  await page
    .getByRole("row", { name: /2022年/ })
    .getByRole("link", { name: "打开" })
    .click();
  await expect(page).toHaveURL(/\/office\/reports\/2022$/);
  // Every table agrees; the one warning (no 工作考核 paragraph in the published text) was acknowledged by both.
  await expect(page.getByTestId("validation-summary")).toHaveText(
    "错误 0 项（须更正后才能提交审核），提示 1 项（信息员已说明 1 项，负责人已确认 1 项）。",
  );
  const warning = page.getByRole("region", { name: /校验结果/ }).getByRole("listitem");
  await expect(warning.getByText("工作考核、社会评议和责任追究", { exact: true })).toHaveAttribute(
    "title",
    "规则代码：WORK-ASSESSMENT",
  );
  await expect(warning).not.toContainText("WORK-ASSESSMENT");

  const preview = page.locator("article.report");
  await expect(preview.getByRole("heading", { name: "柏香镇2022年政府信息公开工作年度报告" })).toBeVisible();
  // National merged headers: 法人或其他组织 spans its five columns, 自然人 two header rows.
  await expect(preview.locator("th", { hasText: /^法人或其他组织$/ })).toHaveAttribute("colspan", "5");
  await expect(preview.locator("th", { hasText: /^自然人$/ })).toHaveAttribute("rowspan", "2");
  await expect(preview.locator('[data-cell="s3.outcome.total.total"]')).toHaveText("0");
  await expect(preview.locator('[data-cell="s2.fees.amount"]')).toHaveText("0.0000");
  await expect(page.getByText("本年度上报 210 篇，被采用 25 篇。")).toBeVisible();

  const text = await (await page.request.get("/office/reports/2022/files/report.txt")).text();
  expect(text.startsWith("柏香镇2022年政府信息公开工作年度报告\n")).toBe(true);
  expect(text).toContain("各类信息210篇，共采用25篇");
  expect(text).toContain("（七）总计");
});

test("a number in the narrative that contradicts the records is flagged, and can be acknowledged with a reason", async ({
  page,
}) => {
  await signIn(page, "officer");
  await page.goto("/office/reports/2023");
  await expect(page.getByTestId("report-status")).toHaveText("草稿");
  const overview = page.getByRole("textbox", { name: "一、总体情况" });
  const original = await overview.inputValue();
  await overview.fill(`${original}\n本年上报各类信息12篇，共采用3篇。`);
  await page.getByRole("button", { name: "保存正文" }).click();
  await expect(page.getByRole("form", { name: "报告正文" }).getByRole("status")).toHaveText("正文已保存。");
  const findings = page.getByRole("region", { name: /校验结果/ });
  const finding = findings.getByRole("listitem").filter({ hasText: "信息上报记录中的上报篇数" });
  await expect(finding).toContainText("正文数字与表格不符");
  // The demo's 2023 holds 156 weekly submissions (lib/seed/demo-2023.ts).
  await expect(finding).toContainText("（12），但信息上报记录中的上报篇数为 156");
  // Also under the editor of the section it is about.
  await expect(page.getByRole("list", { name: "一、总体情况的校验结果" })).toContainText(
    "信息上报记录中的上报篇数为 156",
  );

  await finding.getByLabel("确认说明").fill("另有12篇在系统外报送");
  await finding.getByRole("button", { name: "确认" }).click();
  await expect(finding).toContainText(/信息员说明（李晓梅，[\d/]+）：另有12篇在系统外报送/);

  await page.getByRole("textbox", { name: "一、总体情况" }).fill(original);
  await page.getByRole("button", { name: "保存正文" }).click();
  await expect(findings.getByRole("listitem").filter({ hasText: "信息上报记录中的上报篇数" })).toHaveCount(0);
});

test("a draft report is not visible to the public, page or download", async ({ request }) => {
  for (const file of ["", "/report.txt", "/report.docx", "/tables.xlsx", "/data.json", "/tables.csv", "/r/1"]) {
    expect((await request.get(`/reports/baixiang/2023${file}`)).status(), file).toBe(404);
  }
});
