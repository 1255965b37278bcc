import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
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
  await scope.getByRole("button", { name: form, exact: true }).click();
}

/** A step that asks for confirmation first: the dialog lists the standing warnings with their acknowledgements. */
async function confirmedStep(page: Page, form: string, fields: Record<string, string> = {}) {
  await step(page, form, fields);
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("list", { name: "尚存的提示" })).toContainText("工作考核、社会评议和责任追究");
  await expect(dialog).toContainText("信息员说明：2022年度报告按已发布的原文录入，未作改动。");
  return dialog;
}

async function confirm(dialog: Locator, form: string) {
  await dialog.getByRole("button", { name: `确认${form}` }).click();
  await expect(dialog).toBeHidden();
}

/** The head acknowledges, in turn, the warning the officer explained; approval waits for it. */
async function headAcknowledges(head: Page, reason: string) {
  await expect(head.getByTestId("blocked-approve")).toContainText("还有 1 项提示未经负责人确认");
  const warning = head
    .getByRole("region", { name: /校验结果/ })
    .getByRole("listitem")
    .filter({ hasText: "工作考核" });
  await expect(warning).toContainText("信息员说明（李晓梅");
  await warning.getByLabel("负责人确认意见").fill(reason);
  await warning.getByRole("button", { name: "确认" }).click();
  await expect(warning).toContainText(`负责人确认（王建华，`);
  await expect(head.getByTestId("blocked-approve")).toHaveCount(0);
}

const status = (page: Page) => page.getByTestId("workflow-status");

test("submit, return, fix, approve, publish, read and download, correct: the whole way out of the office", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const problems = `2022年，本镇信息公开工作仍存在不足（修订${Date.now().toString(36)}）。`;

  // The demo 2022 report is published; the head reopens it to correct it, after confirming.
  const head = await as(browser, "head");
  const reopening = await confirmedStep(head, "重新开放（更正）", { 原因: "补充第五部分" });
  await expect(reopening).toContainText("负责人确认：已核实，按原文发布。");
  await confirm(reopening, "重新开放（更正）");
  await expect(status(head)).toHaveText("草稿");

  const officer = await as(browser, "officer");
  await expect(officer.getByRole("form", { name: "批准" })).toHaveCount(0);
  await step(officer, "提交审核");
  await expect(status(officer)).toHaveText("待审核");
  await expect(officer.getByRole("form", { name: "发布更正" })).toHaveCount(0);

  // The head's 工作台 says a report is waiting.
  await head.goto("/office");
  const waiting = head.getByRole("region", { name: "待处理的年度报告" });
  await expect(waiting).toContainText("2022年度报告（更正）：待审核");
  await waiting.getByRole("link", { name: "2022年度报告（更正）" }).click();
  await expect(head).toHaveURL(/\/office\/reports\/2022$/);
  // Each review is the head's own: the acknowledgement of the last one does not carry over.
  await expect(head.getByTestId("validation-summary")).toContainText("信息员已说明 1 项，负责人已确认 0 项");
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
  await headAcknowledges(head, "已核实，原文未报告，下年度补充。");
  const approving = await confirmedStep(head, "批准");
  await expect(approving).toContainText("负责人确认：已核实，原文未报告，下年度补充。");
  await approving.getByRole("button", { name: "取消" }).click();
  await expect(status(head)).toHaveText("待审核"); // nothing happens without the confirmation
  await confirm(await confirmedStep(head, "批准"), "批准");
  await expect(status(head)).toHaveText("已批准");
  await confirm(
    await confirmedStep(head, "发布更正", { "更正说明（向社会公开）": "补充存在的主要问题及改进情况。" }),
    "发布更正",
  );
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
    [
      "tables.csv",
      (b) => {
        // A byte-order mark, so that Excel on Chinese Windows reads UTF-8.
        expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(b.toString("utf8").split("\r\n")[0]).toBe("\uFEFFsection,row,column,value");
      },
    ],
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
  await confirm(await confirmedStep(head, "重新开放（更正）", { 原因: "更正错别字" }), "重新开放（更正）");
  await step(head, "提交审核");
  await headAcknowledges(head, "已核实。");
  await confirm(await confirmedStep(head, "批准"), "批准");
  await confirm(
    await confirmedStep(head, "发布更正", { "更正说明（向社会公开）": "更正第五部分的错别字。" }),
    "发布更正",
  );
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
