import { describe, expect, it } from "vitest";
import { BAIXIANG_2022_TEXT } from "./fixtures/seed";
import { findTitle, locateSections, parseTitle } from "./sections";
import { tokenizeText } from "./tokenize";

describe("locateSections", () => {
  const lines = tokenizeText(BAIXIANG_2022_TEXT);
  const spans = locateSections(lines);

  it("finds the six headings of the seed in order, not the rows 一、二、三、四 of table 三", () => {
    expect(spans.map((s) => [s.section, s.headingLine])).toEqual([
      ["一", 5],
      ["二", 19],
      ["三", 36],
      ["四", 68],
      ["五", 75],
      ["六", 79],
    ]);
    expect(lines[spans[2].end].raw).toBe("四、政府信息公开行政复议、行政诉讼情况");
  });

  it("accepts heading variants: half-width numbers, spaces, a missing character", () => {
    const text = [
      "标题",
      "一．总体情况",
      "x",
      "二、 主动公开政府信息情况",
      "x",
      "三、收到和处理政府信息公开申请",
      "x",
    ].join("\n");
    expect(locateSections(tokenizeText(text)).map((s) => s.section)).toEqual(["一", "二", "三"]);
  });

  it("starts a table section without a heading at its table", () => {
    const text = [
      "一、总体情况",
      "正文",
      "第二十条第（一）项",
      "信息内容\t本年制发件数",
      "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况",
      "行政复议\t行政诉讼",
      "0\t0",
    ].join("\n");
    expect(locateSections(tokenizeText(text)).map((s) => [s.section, s.start, s.end])).toEqual([
      ["一", 1, 2],
      ["二", 2, 4],
      ["三", 4, 5],
      ["四", 5, 7],
    ]);
  });
});

describe("titles", () => {
  it("reads the agency and year in the usual orders", () => {
    expect(parseTitle("柏香镇2022年政府信息公开工作年度报告")).toEqual({ titleName: "柏香镇", year: 2022 });
    expect(parseTitle("2022年柏香镇政府信息公开工作年度报告")).toEqual({ titleName: "柏香镇", year: 2022 });
    expect(parseTitle("柏香镇人民政府2022年度政府信息公开工作年度报告")).toEqual({
      titleName: "柏香镇人民政府",
      year: 2022,
    });
    expect(parseTitle("柏香镇政府信息公开工作2022年度报告")).toEqual({ titleName: "柏香镇", year: 2022 });
    expect(parseTitle("沁阳市教育局 二〇二〇年 政府信息公开工作年度报告")).toEqual({
      titleName: "沁阳市教育局",
      year: 2020,
    });
    expect(parseTitle("关于印发工作要点的通知")).toBeUndefined();
  });

  it("skips a web page's menu above the title", () => {
    const lines = tokenizeText(
      [
        "首页 > 政务公开 > 年度报告",
        "柏香镇2022年政府信息公开工作年度报告",
        "发布时间：2023-01-20",
        "一、总体情况",
      ].join("\n"),
    );
    expect(findTitle(lines, 3)).toEqual({
      title: "柏香镇2022年政府信息公开工作年度报告",
      line: 2,
      titleName: "柏香镇",
      year: 2022,
    });
  });
});
