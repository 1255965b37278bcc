import { describe, expect, it } from "vitest";
import {
  ACCEPT,
  editDistance,
  keySimilarity,
  labelKey,
  labelSimilarity,
  splitMarker,
  splitSegments,
} from "./normalise";

describe("labelKey", () => {
  it("folds full-width forms and drops spaces, punctuation and quotes", () => {
    expect(labelKey("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")).toBe(
      "二部分公开区分处理的只计这一情形不计其他情形",
    );
    expect(labelKey("(二) 部分公开(区分处理的,只计这一情形,不计其他情形)")).toBe(
      labelKey("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    );
    expect(labelKey("3.危及“三安全一稳定”")).toBe("3危及三安全一稳定");
    expect(labelKey("本年增/减")).toBe("本年增减");
    expect(labelKey("１２３")).toBe("123");
  });
});

describe("splitMarker", () => {
  it("reads the leading number in each style", () => {
    expect(splitMarker("一、本年新收政府信息公开申请数量")).toEqual({
      marker: { kind: "cn", n: 1 },
      text: "本年新收政府信息公开申请数量",
    });
    expect(splitMarker("（七）总计")).toEqual({ marker: { kind: "paren", n: 7 }, text: "总计" });
    expect(splitMarker("(七) 总计")).toEqual({ marker: { kind: "paren", n: 7 }, text: "总计" });
    expect(splitMarker("(7)总计").marker).toEqual({ kind: "paren", n: 7 });
    expect(splitMarker("2.重复申请")).toEqual({ marker: { kind: "num", n: 2 }, text: "重复申请" });
    expect(splitMarker("２．重复申请").marker).toEqual({ kind: "num", n: 2 });
    expect(splitMarker("2、重复申请").marker).toEqual({ kind: "num", n: 2 });
    expect(splitMarker("自然人")).toEqual({ text: "自然人" });
    expect(splitMarker("2022年").marker).toBeUndefined();
  });
});

describe("splitSegments", () => {
  it("splits a run of row labels at each number", () => {
    expect(splitSegments("(三) 不予公开 1.属于国家秘密")).toEqual(["(三) 不予公开", "1.属于国家秘密"]);
    expect(splitSegments("三、本年度办理结果（三）不予公开1.属于国家秘密")).toEqual([
      "三、本年度办理结果",
      "(三)不予公开",
      "1.属于国家秘密",
    ]);
    expect(splitSegments("公开 2.其他法律法规禁止公开")).toEqual(["公开", "2.其他法律法规禁止公开"]);
    expect(splitSegments("3.危及“三安全一稳定”")).toEqual(["3.危及“三安全一稳定”"]);
    expect(splitSegments("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")).toHaveLength(1);
  });
});

describe("similarity", () => {
  it("counts edits", () => {
    expect(editDistance("其他法律法规禁止公开", "其他法律行政法规禁止公开")).toBe(2);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("accepts small typos and local additions, not different labels", () => {
    expect(labelSimilarity("2.其他法律法规禁止公开", "2.其他法律行政法规禁止公开")).toBeGreaterThanOrEqual(ACCEPT);
    expect(
      labelSimilarity("本年收费金额（单位：万元，保留4位小数）", "本年收费金额（单位：万元）"),
    ).toBeGreaterThanOrEqual(ACCEPT);
    expect(labelSimilarity("行政规范文件", "行政规范性文件")).toBeGreaterThanOrEqual(ACCEPT);
    expect(labelSimilarity("行政许可", "行政处罚")).toBeLessThan(ACCEPT);
    expect(labelSimilarity("三、本年度办理结果", "三、收到和处理政府信息公开申请情况")).toBeLessThan(ACCEPT);
    expect(labelSimilarity("其他", "其他结果")).toBeLessThan(ACCEPT);
  });

  it("holds numbers apart: 2. is not 3., even for the same words", () => {
    expect(labelSimilarity("3.其他", "3.其他")).toBe(1);
    expect(labelSimilarity("2.其他", "3.其他")).toBeLessThan(labelSimilarity("3.其他", "3.其他"));
    expect(labelSimilarity("2.重复申请", "3.要求提供公开出版物")).toBeLessThan(ACCEPT);
    expect(labelSimilarity("总计", "（七）总计")).toBeGreaterThanOrEqual(ACCEPT); // a missing number is fine
  });

  it("matches containment only for labels of some length", () => {
    expect(keySimilarity("规范性文件", "行政规范性文件")).toBeGreaterThan(0.9);
    expect(keySimilarity("总计", "七总计")).toBeLessThan(ACCEPT);
  });
});
