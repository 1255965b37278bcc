import { describe, expect, it } from "vitest";
import { formatYuan, parseYuan } from "./money";

describe("fee amounts in yuan", () => {
  it("accepts yuan with up to two decimals, exactly as typed", () => {
    expect(parseYuan("1234.56")).toEqual({ yuan: "1234.56" });
    expect(parseYuan("1,234.5")).toEqual({ yuan: "1234.5" });
    expect(parseYuan("0012")).toEqual({ yuan: "12" });
    expect(parseYuan("0")).toEqual({ yuan: "0" });
    expect(parseYuan(".5")).toEqual({ yuan: "0.5" });
    expect(parseYuan("999999999999.99")).toEqual({ yuan: "999999999999.99" });
  });

  it("refuses negatives, fractions of a fen, words and absurd sizes", () => {
    expect(parseYuan("-1")).toEqual({ error: "金额不能为负数。" });
    expect(parseYuan("12.345")).toEqual({ error: "金额以元为单位，最多保留两位小数（到分）。" });
    expect(parseYuan("12元")).toEqual({ error: "金额应为数字（单位：元），如 1234.56。" });
    expect(parseYuan("1e5")).toHaveProperty("error");
    expect(parseYuan("")).toEqual({ error: "请填写金额。" });
    expect(parseYuan("1000000000000")).toEqual({ error: "金额过大，请核对单位（元）。" });
  });

  it("shows stored amounts with two decimals", () => {
    expect(formatYuan("1234.5")).toBe("1234.50");
    expect(formatYuan("7")).toBe("7.00");
    expect(formatYuan("0.10")).toBe("0.10");
  });
});
