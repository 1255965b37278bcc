import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

/** Every public page: no serious or critical axe violations. */
const PUBLIC_PAGES = [
  "/",
  "/?q=柏香",
  "/reports/baixiang/2022",
  "/reports/baixiang/2022/r/1",
  "/login",
  "/reports/baixiang/1999",
];

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

for (const path of PUBLIC_PAGES) {
  test(`accessible: ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("the public report works by keyboard alone and on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/");
  // Skip link first, then search, then into the agency's report.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "跳到主要内容" })).toBeFocused();
  await page.getByLabel("按机关名称搜索").focus();
  await page.keyboard.type("柏香镇");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=/);
  const link = page.getByRole("link", { name: "2022年度报告" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/reports\/baixiang\/2022$/);
  await expect(page).toHaveTitle(/柏香镇2022年政府信息公开工作年度报告/);
  expect(await page.locator('meta[name="description"]').getAttribute("content")).toContain("柏香镇人民政府");
  // The page does not scroll sideways on a phone; wide tables scroll inside their own box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
