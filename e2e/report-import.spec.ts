import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { renderDocx } from "../lib/national-format/render-docx";
import { layoutReport, printedDocument, seededFigures } from "../lib/report-import/fixtures/layouts";
import { signIn } from "./helpers";

const fixtures = path.join(import.meta.dirname, "..", "lib", "report-import", "fixtures", "layouts");

test("the office reads several published reports at once — Word, PDF, a scan — on the server, and imports one", async ({
  page,
}) => {
  // 柏香镇's 2019 report as Word (a year no other test reads: its 结转 would meet 2020's, which has no report);
  // another agency's 2020 report printed to PDF; a scanned PDF.
  const report = layoutReport("V2019", seededFigures(3), { feeDecimals: 4, blankRate: 0.3, titleName: "柏香镇" });
  const docx = await renderDocx({ ...printedDocument(report), year: 2019 });
  await signIn(page, "officer");
  await page.goto("/office/reports/import");
  await page.getByLabel("选择报告文件（可多选）").setInputFiles([
    { name: "柏香镇2019.docx", mimeType: "application/octet-stream", buffer: docx },
    {
      name: "测试县2020.pdf",
      mimeType: "application/pdf",
      buffer: readFileSync(path.join(fixtures, "v2019-chromium.pdf")),
    },
    { name: "扫描件.pdf", mimeType: "application/pdf", buffer: readFileSync(path.join(fixtures, "scanned.pdf")) },
  ]);
  await expect(page.getByTestId("batch-progress")).toHaveText(
    "已读取 3 / 3 个文件：通过 2 份，有错误 0 份，未能（完整）读取 1 份",
    { timeout: 60_000 },
  );
  const results = page.getByRole("table", { name: "读取结果" });
  await expect(results.getByRole("row", { name: /柏香镇2019\.docx/ })).toContainText("Word柏香镇2019198/198 格");
  await expect(results.getByRole("row", { name: /测试县2020\.pdf/ })).toContainText("PDF测试县2020198/198 格");
  await expect(results.getByRole("row", { name: /扫描件\.pdf/ })).toContainText("扫描件，无文字层");

  await page.getByRole("button", { name: "查看并导入：柏香镇2019.docx" }).click();
  await expect(page.getByLabel(/报告全文（读自“柏香镇2019\.docx”/)).toHaveValue(
    /^柏香镇2019年政府信息公开工作年度报告/,
  );
  await expect(page.getByTestId("import-agency")).toHaveText("柏香镇");
  await expect(page.getByTestId("import-year")).toHaveText("2019");
  await page.getByRole("button", { name: "确认导入为 2019 年度报告" }).click();
  await expect(page).toHaveURL(/\/office\/reports\/2019$/);
});
