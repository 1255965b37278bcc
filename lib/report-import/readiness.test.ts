import { describe, expect, it } from "vitest";
import { sameAgency } from "./agency";
import { BAIXIANG_2022_TEXT } from "./fixtures/seed";
import { parseReportText } from "./parse";
import { importReadiness } from "./readiness";

const report = (text: string) => {
  const result = parseReportText(text);
  if (!result.ok) throw new Error(result.error);
  return result.report;
};
const NOW = 2024;
const BAIXIANG = { name: "柏香镇人民政府", reportTitleName: "柏香镇" };

describe("importReadiness", () => {
  it("accepts the 柏香镇 report for 柏香镇", () => {
    expect(importReadiness(report(BAIXIANG_2022_TEXT), BAIXIANG, NOW)).toEqual({ problems: [] });
  });

  it("asks to confirm a title naming another agency", () => {
    expect(importReadiness(report(BAIXIANG_2022_TEXT), { name: "紫陵镇人民政府" }, NOW).agencyMismatch).toBe(
      "报告标题中的机关“柏香镇”与本机关“紫陵镇人民政府”不一致；如确为本机关的报告（如机构更名），请勾选确认后再导入。",
    );
  });

  it("refuses a report without a year, of this year, or with cells it could not read", () => {
    expect(
      importReadiness(report(BAIXIANG_2022_TEXT.replace("2022年政府", "年政府")), BAIXIANG, NOW).problems[0],
    ).toContain("未能从标题识别报告年度");
    expect(importReadiness(report(BAIXIANG_2022_TEXT), BAIXIANG, 2022).problems[0]).toContain("报告年度 2022 不正确");
    const words = report(BAIXIANG_2022_TEXT.replace("行政许可\t0", "行政许可\t若干"));
    expect(importReadiness(words, BAIXIANG, NOW).problems).toEqual([
      "以下单元格未能读取：表二 第二十条第（五）项 行政许可 行「本年处理决定数量」列（「若干」不是数字）。请在文本中更正后再导入，未读取的数字不会按 0 保存。",
    ]);
  });
});

describe("sameAgency", () => {
  it("takes 柏香镇 for 柏香镇人民政府, not for another", () => {
    expect(sameAgency("柏香镇", { name: "柏香镇人民政府" })).toBe(true);
    expect(sameAgency("柏香镇人民政府", { name: "柏香镇人民政府" })).toBe(true);
    expect(sameAgency("沁阳市 教育局", { name: "沁阳市教育局" })).toBe(true);
    expect(sameAgency("柏香镇", { name: "紫陵镇人民政府", reportTitleName: "紫陵镇" })).toBe(false);
  });
});
