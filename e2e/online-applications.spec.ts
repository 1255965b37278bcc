import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { signIn } from "./helpers";

/**
 * The public side of 依申请公开 (issue 15): the 公开指南, the online form with an attachment, the receipt
 * shown once, tracking, the office's confirmation, 补正 asked and answered online, the drafted reply
 * letter downloaded by the citizen — and no applicant data on any other public page.
 */

/** A valid 居民身份证 number of this run (the per-identity limit counts across runs on a kept database). */
function idCardOfRun(): string {
  const body = `1101011990${String(1 + Math.floor(Math.random() * 9)).padStart(2, "0")}1${Math.floor(Math.random() * 10)}${String(Math.floor(Math.random() * 1000)).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body + "10X98765432"[weights.reduce((sum, w, i) => sum + w * Number(body[i]), 0) % 11];
}

const APPLICANT = { name: "线上申请人赵六", idNumber: idCardOfRun(), phone: "13987654321" };

// Every request of these tests comes from 127.0.0.1: earlier runs' attempts on a kept database would
// count against this run's per-address limits.
test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(`DELETE FROM "PublicAttempt"`);
  await client.end();
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join("; ")}`,
    );
}

async function answerChallenge(page: Page) {
  const label = await page.locator('label[for="f-challengeAnswer"]').innerText();
  const digits = "零一二三四五六七八九十";
  const [a, b] = label
    .replace(/^.*：/, "")
    .split("等于")[0]
    .split("加")
    .map((c) => digits.indexOf(c.trim()));
  await page.getByLabel(/^验证题/).fill(String(a + b));
}

async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
}

async function track(page: Page, receipt: { number: string; code: string }) {
  await page.goto("/apply/track");
  await page.getByLabel("申请编号").fill(receipt.number);
  await page.getByLabel("查询码").fill(receipt.code);
  await page.getByRole("button", { name: "查询" }).click();
}

test("a citizen applies online and receives the reply; the office handles it", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  // The office publishes its 公开指南.
  await signIn(page, "head");
  await page.goto("/office/guide");
  await page.getByLabel("政府信息公开工作机构名称").fill("柏香镇党政办公室");
  await page.getByLabel("办公地址").fill("柏香镇人民路1号");
  await page.getByLabel("办公时间").fill("工作日 8:30–12:00，14:30–17:30");
  await page.getByLabel("联系电话").fill("0391-1234567");
  await page.getByLabel("传真").fill("0391-1234568");
  await page.getByRole("button", { name: "发布新版本" }).click();
  await expect(page.getByRole("status")).toContainText(/已发布第\d+版公开指南/);

  // The public: guide → form.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.goto("/agencies/baixiang/guide");
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("柏香镇人民政府政府信息公开指南");
  await expect(citizen.getByTestId("guide-version")).toContainText("发布");
  await expect(citizen.getByText("0391-1234568")).toBeVisible();
  await citizen.getByRole("link", { name: "在线申请" }).click();
  await expect(citizen).toHaveURL(/\/apply\/baixiang$/);

  // A mistake first: everything typed stays, the message is at the field.
  await citizen.getByLabel("姓名").fill(APPLICANT.name);
  await citizen.getByLabel("证件号码").fill("123");
  await citizen.getByLabel("联系电话").fill(APPLICANT.phone);
  await citizen.getByLabel("通信地址").fill("柏香镇某村2组");
  await citizen.getByLabel("邮政编码").fill("454550");
  await citizen.getByLabel(/所需政府信息的名称/).fill("2025年柏香镇农村低保资金发放明细");
  await citizen.getByLabel("邮寄").check();
  await citizen.getByLabel("纸质").check();
  await citizen.getByRole("checkbox").check();
  await answerChallenge(citizen);
  await citizen.getByRole("button", { name: "提交申请" }).click();
  await expect(citizen.getByText("居民身份证号码应为 18 位")).toBeVisible();
  await expect(citizen.getByLabel("姓名")).toHaveValue(APPLICANT.name);

  await citizen.getByLabel("证件号码").fill(APPLICANT.idNumber);
  await citizen.getByLabel("附件（可选）").setInputFiles({
    name: "身份证.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"),
  });
  await answerChallenge(citizen);
  await citizen.getByRole("button", { name: "提交申请" }).click();
  await expect(citizen.getByRole("heading", { name: /回执/ })).toBeVisible();
  await expect(citizen.getByText("以双方确认之日为收到申请之日").first()).toBeVisible();
  const receipt = {
    number: (await citizen.getByTestId("receipt-number").innerText()).trim(),
    code: (await citizen.getByTestId("receipt-code").innerText()).trim(),
  };

  await track(citizen, receipt);
  await expect(citizen.getByTestId("track-stage")).toHaveText("已提交，待确认");
  // A wrong code reveals nothing.
  await track(citizen, { number: receipt.number, code: "AAAA-BBBB-CCCC" });
  await expect(citizen.getByText("申请编号或查询码不正确")).toBeVisible();
  await expect(citizen.getByTestId("track-stage")).toHaveCount(0);

  // The office: dashboard count, confirm into the registered application.
  await page.goto("/office");
  await expect(page.getByTestId("online-intake-count")).toContainText("待确认");
  await page.goto("/office/online-applications");
  await page.getByRole("link", { name: receipt.number }).click();
  await expect(page.getByText(APPLICANT.idNumber)).toBeVisible();
  const attachment = page.getByRole("link", { name: "身份证.pdf" });
  const attachmentResponse = await page.request.get((await attachment.getAttribute("href"))!);
  expect(attachmentResponse.headers()["content-disposition"]).toMatch(/^attachment;/);
  await page.getByLabel("承办科室").selectOption({ label: "党政办公室" });
  await page.getByRole("button", { name: "确认受理" }).click();
  // The confirmation form gives way to the registration.
  await expect(page.getByText(/^登记号/)).toBeVisible();
  // The registered application (channel 互联网渠道) leads back to the online application.
  const onlinePage = page.url();
  await page.getByRole("link", { name: /^\d{4}-\d{4}$/ }).click();
  await expect(page.getByText("互联网渠道").first()).toBeVisible();
  await page.getByRole("link", { name: /查看网上申请/ }).click();
  await expect(page).toHaveURL(onlinePage);

  // 补正 requested (once: 条例第三十条 一次性告知).
  await page.getByLabel("补正期限").fill("2099-12-31");
  await page.getByLabel(/需要补正的事项/).fill("请写明所需信息涉及的村组");
  await page.getByRole("button", { name: "告知补正" }).click();
  await expect(page.getByText("已告知补正：请写明所需信息涉及的村组")).toBeVisible();
  await expect(page.getByRole("button", { name: "告知补正" })).toHaveCount(0);
  const notice = await page.request.get(
    (await page.getByRole("link", { name: "下载补正通知书" }).getAttribute("href"))!,
  );
  expect(notice.headers()["content-disposition"]).toMatch(/^attachment;.*docx/);

  // The citizen sees it and corrects online with the same code.
  await track(citizen, receipt);
  await expect(citizen.getByTestId("track-stage")).toHaveText("需要补正");
  await expect(citizen.getByTestId("track-correction")).toHaveText("请写明所需信息涉及的村组");
  await citizen.getByLabel("补正内容").fill("柏香村一组至五组");
  await citizen.getByRole("button", { name: "提交补正" }).click();
  await expect(citizen.getByText("补正已提交")).toBeVisible();

  // The office receives the correction: the clock restarts.
  await page.reload();
  await expect(page.getByText("柏香村一组至五组")).toBeVisible();
  await page.getByRole("button", { name: "确认收到补正" }).click();
  await expect(page.getByText(/已于 .* 确认收到/)).toBeVisible();
  const officeDue = (await page.getByTestId("office-due").innerText()).trim();
  expect(officeDue).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  await track(citizen, receipt);
  await expect(citizen.getByTestId("track-stage")).toHaveText("已受理");
  await expect(citizen.getByTestId("track-due")).toHaveText(officeDue);

  // The reply, drafted from the outcome.
  await page.getByLabel("办理结果").selectOption("GRANTED");
  await page.getByLabel(/答复内容/).fill("现将2025年柏香村一组至五组低保资金发放明细随本告知书提供。");
  await page.getByRole("button", { name: /起草答复书/ }).click();
  await expect(page.getByRole("status")).toContainText("已起草答复书");

  await track(citizen, receipt);
  await expect(citizen.getByTestId("track-stage")).toHaveText("已答复");
  const [download] = await Promise.all([
    citizen.waitForEvent("download"),
    citizen.getByRole("button", { name: "下载答复书" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/予以公开告知书.*\.docx$/);
  // The office's pages of the flow pass axe too.
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/office/online-applications");
  expect(await seriousViolations(page)).toEqual([]);

  // No other public response carries the applicant's data.
  for (const path of [
    "/",
    "/?q=柏香",
    "/reports/baixiang/2022",
    "/reports/baixiang/2022/report.txt",
    "/reports/baixiang/2022/data.json",
    "/agencies/baixiang/guide",
    "/apply/baixiang",
    "/apply/track",
  ]) {
    const response = await request.get(path);
    const body = await response.text();
    if (path.startsWith("/apply") || path.startsWith("/agencies")) {
      // Never kept by the public page cache, nor by the browser or a proxy.
      expect(response.headers()["x-public-cache"], path).toBeUndefined();
      expect(response.headers()["cache-control"], path).toContain("no-store");
    }
    for (const secret of Object.values(APPLICANT)) expect(body, `${path} contains ${secret}`).not.toContain(secret);
  }
  await citizenContext.close();
});

for (const path of ["/agencies/baixiang/guide", "/apply/baixiang", "/apply/track"]) {
  test(`accessible and fits a 390 px phone: ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
    await fitsPhone(page);
  });
}

test("the form's errors are accessible too", async ({ page }) => {
  await page.goto("/apply/baixiang");
  await page.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText("请阅读并确认申请声明")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await fitsPhone(page);
});
