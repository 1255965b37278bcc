import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// Issue 12: the submissions board fits a 1366 px window, the application list is usable at 390 px.
// Checked on the boxes the browser lays out (what a person sees), not on pixels of a screenshot.
const run = Date.now().toString(36);

async function insideViewport(page: Page, locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, "starts on screen").toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, "ends on screen").toBeLessThanOrEqual(width + 0.5);
  return box;
}

const noSidewaysScroll = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBeLessThanOrEqual(0);

test("the submissions board fits 1366 px: weeks 40–53, the totals and 春节 weeks as they are", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, "head");
  await page.goto("/office/submissions/board?year=2026"); // 2026 has 53 ISO weeks
  const grid = page.getByTestId("compliance-grid");
  for (const week of [40, 53]) await insideViewport(page, grid.locator(`th[abbr="第${week}周"]`));
  for (const total of ["上报", "采用", "缺报"])
    await insideViewport(page, grid.getByRole("columnheader", { name: total }));
  const office = grid.locator('tr[data-department="党政办公室"]');
  await insideViewport(page, office.locator('td[data-total="missing"]'));
  await insideViewport(page, office.locator('td[data-week="53"]'));
  // The grid's own box does not scroll either.
  expect(await grid.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(
    0,
  );
  await noSidewaysScroll(page);

  // 2022-W05 (31 Jan – 6 Feb, 春节) has no working day: nobody owes an item.
  await page.goto("/office/submissions/board?year=2022");
  await expect(page.locator('[data-testid="compliance-grid"] td[data-week="5"]').first()).toHaveAttribute(
    "data-state",
    /met|exempt/,
  );
  await expect(page.locator('[data-testid="compliance-grid"] td[data-week="5"][data-state="missing"]')).toHaveCount(0);
});

test("the application list at 390 px: 答复期限 and 状态 on screen, names on one line", async ({ page }) => {
  await signIn(page, "officer");
  const applicant = `沁阳市某某农业发展有限公司${run}`;
  await page.goto("/office/applications/new");
  const form = page.getByRole("form", { name: "登记申请" });
  await form.getByLabel("申请方式").selectOption({ label: "当面提交" });
  await form.getByLabel("收到申请日期（即当面提交之日）").fill("2024-05-06");
  await form.getByLabel("申请人类型").selectOption({ label: "法人或其他组织 / 商业企业" });
  await form.getByLabel("申请人姓名或名称").fill(applicant);
  await form.getByLabel("申请公开的内容").fill(`申请公开本镇高标准农田建设项目验收资料（${run}）`);
  await form.getByRole("button", { name: "登记申请" }).click();
  await expect(page).toHaveURL(/\/office\/applications\/\d+$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/office/applications?q=${encodeURIComponent(run)}`);
  const row = page.locator("tbody tr").filter({ hasText: applicant });
  await expect(row).toHaveCount(1);
  await insideViewport(page, row.locator('[data-label="答复期限"]'));
  await insideViewport(page, row.locator('[data-label="状态"]'));
  await expect(row.locator('[data-label="答复期限"]')).toContainText("2024-05-31");
  // The name keeps its words on a line or two, never one character per line.
  const name = await insideViewport(page, row.locator('[data-label="申请人"]'));
  expect(name.width).toBeGreaterThan(200);
  expect(name.height).toBeLessThan(60);
  await noSidewaysScroll(page);
});
