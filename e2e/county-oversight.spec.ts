import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import pg from "pg";
import ExcelJS from "exceljs";
import { signIn } from "./helpers";

/** The county's desk over the demo data (lib/seed/county.ts): 柏香镇, 紫陵镇, 西向镇 and 山王庄镇 (imported). */
const YEAR = 2025;

async function anApplicationOf(slug: string): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(
      `SELECT d.id FROM "DisclosureApplication" d JOIN "Agency" a ON a.id = d."agencyId" WHERE a.slug = $1 LIMIT 1`,
      [slug],
    );
    return rows[0].id;
  } finally {
    await client.end();
  }
}

test("the county sees every agency under it, sorts by findings, opens a draft's hard finding, exports xlsx", async ({
  page,
}) => {
  await signIn(page, "county");
  await page.getByRole("navigation", { name: "后台导航" }).getByRole("link", { name: "下级机关督查" }).click();
  await page.goto(`/office/county?year=${YEAR}`);
  const table = page.getByTestId("county-overview");
  for (const name of ["柏香镇人民政府", "紫陵镇人民政府", "西向镇人民政府", "山王庄镇人民政府"])
    await expect(table.getByRole("link", { name })).toBeVisible();
  await expect(table.locator('tr[data-agency="ziling"] [data-testid="status"]')).toHaveText("待审核");
  await expect(table.locator('tr[data-agency="xixiang"] [data-testid="status"]')).toHaveText("草稿");

  // 2024: the imported agency and the late publication.
  await page.goto("/office/county?year=2024");
  await expect(table.locator('tr[data-agency="shanwangzhuang"] [data-testid="status"]')).toHaveText("已导入");
  await expect(table.locator('tr[data-agency="ziling"]')).toContainText("逾期发布（晚 21 天）");
  await expect(page.getByTestId("reminders")).toContainText("超过答复期限");

  // Sort by findings, most first: 西向镇's draft with its hard finding comes first.
  await page.goto(`/office/county?year=${YEAR}`);
  await page.getByRole("link", { name: /校验/ }).click();
  await expect(page).toHaveURL(/sort=findings&dir=asc/);
  await page.getByRole("link", { name: /校验/ }).click();
  await expect(page).toHaveURL(/sort=findings&dir=desc/);
  await expect(table.locator("tbody tr").first()).toHaveAttribute("data-agency", "xixiang");

  // Export what the page shows, as it is sorted.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 Excel" }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(1).value).toBe("机关");
  expect(sheet.getRow(2).getCell(1).value).toBe("西向镇人民政府");
  expect(sheet.rowCount).toBe(5);

  // The county's sum and each agency side by side, over the years.
  await page.getByRole("link", { name: "历年图表" }).click();
  await expect(page.getByTestId("county-charts").locator("svg[role=img]")).toHaveCount(3);
  for (const slug of ["baixiang", "ziling", "xixiang", "shanwangzhuang"])
    await expect(page.locator(`[data-agency="${slug}"] svg[role=img]`)).toHaveCount(3);
  await page.goBack();

  // The draft, read-only, with its hard finding and its figures over the years.
  await table.getByRole("link", { name: "西向镇人民政府" }).click();
  await expect(page).toHaveURL(new RegExp(`/office/county/xixiang/${YEAR}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("草稿，只读");
  await expect(page.getByTestId("validation-summary")).toContainText("错误");
  await expect(page.locator("li[data-rule]").filter({ hasText: "错误" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /确认|提交|批准|保存/ })).toHaveCount(0); // read-only
  await expect(page.getByTestId("agency-charts").locator("svg[role=img]")).toHaveCount(3);
});

test("a township's officer cannot open the overview; the county cannot open an application", async ({ page }) => {
  await signIn(page, "officer");
  // The township's own office has its charts over the years (柏香镇 published 2022).
  await page.goto("/office/reports");
  await expect(page.getByTestId("office-charts").locator("svg[role=img]")).toHaveCount(3);
  expect((await page.goto("/office/county"))?.status()).toBe(403);
  expect((await page.goto("/office/county/ziling/2024"))?.status()).toBe(403);
  expect((await page.request.get("/office/county/export?year=2024")).status()).toBe(403);

  await signIn(page, "county");
  const id = await anApplicationOf("ziling");
  const response = await page.goto(`/office/applications/${id}`);
  expect([403, 404]).toContain(response?.status());
  expect((await page.goto("/office/applications"))?.status()).toBe(403);
  // Nor another county's agency, nor its own.
  expect((await page.goto("/office/county/qinyang/2024"))?.status()).toBe(404);
});

test("the public report page shows the charts, drawn on the server, accessible, as of the revision", async ({
  page,
  browser,
}) => {
  // Without JavaScript: the charts are in the HTML the server sends.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto("/reports/ziling/2024");
  const charts = plain.getByTestId("public-charts");
  await expect(charts.locator("svg[role=img]")).toHaveCount(3);
  await expect(charts.getByRole("table").first()).toContainText("2023");
  await context.close();

  await page.goto("/reports/ziling/2024");
  const results = await new AxeBuilder({ page }).include('[data-testid="public-charts"]').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // The 2023 report's page, as of its publication: 2024 was not published yet, so it has no 2024 column.
  await page.goto("/reports/ziling/2023/r/1");
  await expect(page.getByTestId("public-charts").getByRole("table").first()).not.toContainText("2024");
  // 柏香镇 has published 2022 only: one year, no gaps invented.
  await page.goto("/reports/baixiang/2022");
  await expect(page.getByTestId("public-charts").getByRole("table").first()).toContainText("2022");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("public-charts").locator("svg").first()).toBeVisible();
});
