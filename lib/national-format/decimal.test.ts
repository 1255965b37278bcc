import { describe, expect, it } from "vitest";
import { addDecimals, isNonNegativeDecimal, roundDecimal, yuanToWan } from "./decimal";

describe("decimal", () => {
  it("converts yuan to 万元 exactly", () => {
    expect(yuanToWan("1234.56")).toBe("0.123456");
    expect(yuanToWan("100")).toBe("0.01");
    expect(yuanToWan("123456789.01")).toBe("12345.678901");
    expect(yuanToWan("0")).toBe("0");
  });

  it("rounds half away from zero to the given decimals", () => {
    expect(roundDecimal("0.12345", 4)).toBe("0.1235");
    expect(roundDecimal("0.12344", 4)).toBe("0.1234");
    expect(roundDecimal("0.99995", 4)).toBe("1.0000");
    expect(roundDecimal("1", 2)).toBe("1.00");
    expect(roundDecimal("2.5", 0)).toBe("3");
    expect(roundDecimal("-0.00004", 4)).toBe("0.0000");
    expect(roundDecimal("-1.25", 1)).toBe("-1.3");
  });

  it("adds exactly and recognises non-negative decimals", () => {
    expect(addDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(addDecimals(["0.123456", "1"])).toBe("1.123456");
    expect(isNonNegativeDecimal("0.5")).toBe(true);
    expect(isNonNegativeDecimal("-0.5")).toBe(false);
    expect(isNonNegativeDecimal("1e3")).toBe(false);
    expect(isNonNegativeDecimal("")).toBe(false);
  });
});
