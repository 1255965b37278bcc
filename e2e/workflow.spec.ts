import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

test.describe.configure({ mode: "serial" });

async function as(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, login);
  await page.goto("/office/reports/2022");
  return page;
}

async function step(page: Page, form: string, fields: Record<string, string> = {}) {
  const scope = page.getByRole("form", { name: form });
  for (const [label, value] of Object.entries(fields)) await scope.getByLabel(label).fill(value);
  await scope.getByRole("button", { name: form }).click();
}

const status = (page: Page) => page.getByTestId("workflow-status");

test("submit, return, fix, approve, publish, read and download, correct: the whole way out of the office", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const problems = `2022年，本镇信息公开工作仍存在不足（修订${Date.now().toString(36)}）。`;

  // The demo 2022 report is published; the head reopens it to correct it.
  const head = await as(browser, "head");
  await step(head, "重新开放（更正）", { 原因: "补充第五部分" });
  await expect(status(head)).toHaveText("草稿");

  const officer = await as(browser, "officer");
  await expect(officer.getByRole("form", { name: "批准" })).toHaveCount(0);
  await step(officer, "提交审核");
  await expect(status(officer)).toHaveText("待审核");
  await expect(officer.getByRole("form", { name: "发布更正" })).toHaveCount(0);

  await head.reload();
  await expect(head.getByTestId("validation-summary")).toHaveText("全部表格通过校验。");
  await step(head, "退回", { 退回意见: "第五部分请写明下一步措施。" });
  await expect(status(head)).toHaveText("草稿");

  await officer.reload();
  await expect(officer.getByTestId("return-comment")).toHaveText("负责人退回意见：第五部分请写明下一步措施。");
  await officer.getByRole("textbox", { name: "五、存在的主要问题及改进情况" }).fill(problems);
  await officer.getByRole("button", { name: "保存正文" }).click();
  await expect(officer.getByRole("form", { name: "报告正文" }).getByRole("status")).toHaveText("正文已保存。");
  await step(officer, "提交审核");
  await expect(status(officer)).toHaveText("待审核");

  await head.reload();
  await step(head, "批准");
  await expect(status(head)).toHaveText("已批准");
  await step(head, "发布更正", { "更正说明（向社会公开）": "补充存在的主要问题及改进情况。" });
  await expect(status(head)).toHaveText("已发布");

  // An anonymous visitor finds it from the home page, reads it, downloads every format.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/");
  await visitor.getByLabel("按机关名称搜索").fill("柏香");
  await visitor.getByRole("button", { name: "搜索" }).click();
  await visitor.getByRole("link", { name: "2022年度报告" }).click();
  await expect(visitor).toHaveURL(/\/reports\/baixiang\/2022$/);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("柏香镇2022年政府信息公开工作年度报告");
  await expect(visitor.getByText(problems)).toBeVisible();
  await expect(visitor.getByRole("navigation", { name: "下载" }).getByRole("link")).toHaveCount(5);
  const downloads: [string, (body: Buffer, type: string) => void][] = [
    ["report.txt", (b) => expect(b.toString("utf8")).toContain(problems)],
    [
      "report.docx",
      (b, t) => (expect(b.subarray(0, 2).toString()).toBe("PK"), expect(t).toContain("wordprocessingml")),
    ],
    ["tables.xlsx", (b, t) => (expect(b.subarray(0, 2).toString()).toBe("PK"), expect(t).toContain("spreadsheetml"))],
    ["data.json", (b) => expect(JSON.parse(b.toString("utf8")).title).toBe("柏香镇2022年政府信息公开工作年度报告")],
    ["tables.csv", (b) => expect(b.toString("utf8").split("\r\n")[0]).toBe("section,row,column,value")],
  ];
  for (const [file, check] of downloads) {
    const response = await visitor.request.get(`/reports/baixiang/2022/${file}`);
    expect(response.status(), file).toBe(200);
    check(await response.body(), response.headers()["content-type"]);
  }
  const revisionBefore = Number(
    (await visitor.request.get("/reports/baixiang/2022/data.json")).headers()["x-report-revision"],
  );

  // The head publishes a correction; the visitor sees the latest and every earlier revision.
  await head.reload();
  await step(head, "重新开放（更正）", { 原因: "更正错别字" });
  await step(head, "提交审核");
  await step(head, "批准");
  await step(head, "发布更正", { "更正说明（向社会公开）": "更正第五部分的错别字。" });
  await expect(status(head)).toHaveText("已发布");

  await visitor.goto("/reports/baixiang/2022");
  const history = visitor.getByRole("region", { name: "版本记录" });
  await expect(history.getByRole("listitem")).toHaveCount(revisionBefore + 1);
  await expect(history).toContainText("更正说明：更正第五部分的错别字。");
  await expect(history).toContainText("更正说明：补充存在的主要问题及改进情况。");
  await history.getByRole("link", { name: "第1版" }).click();
  await expect(visitor).toHaveURL(/\/reports\/baixiang\/2022\/r\/1$/);
  await expect(visitor.getByRole("note")).toContainText("这是第1版");
  await expect(visitor.getByText(problems)).toHaveCount(0);
});
