import { describe, expect, it } from "vitest";
import { manualValueProblem } from "./manual-figure-rules";

const township = { level: "TOWNSHIP_GOVERNMENT" as const, feeDecimals: 4 };
const city = { level: "CITY_GOVERNMENT" as const, feeDecimals: 6 };

describe("hand-entered report figures", () => {
  it("refuses a count no agency can reach, in Chinese", () => {
    expect(manualValueProblem({ code: "s2.normative.issued", kind: "count" }, "99999999999", city)).toBe(
      "数字过大（超过 9,999,999），请核对。",
    );
    expect(manualValueProblem({ code: "s2.normative.issued", kind: "count" }, "12", city)).toBeUndefined();
    expect(manualValueProblem({ code: "s2.licensing.itemsChange", kind: "delta" }, "-3", city)).toBeUndefined();
  });

  it("refuses 规章 from a township or county body (立法法), but takes 0 and takes them from a city government", () => {
    const cell = { code: "s2.rule.issued", kind: "count" as const };
    expect(manualValueProblem(cell, "3", township)).toContain("乡镇人民政府不制定规章");
    expect(manualValueProblem(cell, "3", { ...township, level: "COUNTY_DEPARTMENT" })).toContain("县级人民政府部门");
    expect(manualValueProblem(cell, "0", township)).toBeUndefined();
    expect(manualValueProblem(cell, "3", city)).toBeUndefined();
  });

  it("refuses more decimals than the report prints instead of rounding them away", () => {
    const cell = { code: "s2.fees.amount", kind: "money" as const };
    expect(manualValueProblem(cell, "1.234567", township)).toContain("保留 4 位小数");
    expect(manualValueProblem(cell, "1.2345", township)).toBeUndefined();
    expect(manualValueProblem(cell, "1.234567", city)).toBeUndefined();
    expect(manualValueProblem(cell, "-1", township)).toBe("金额须为非负数（单位：万元，最多 4 位小数）。");
    expect(manualValueProblem(cell, "123456789", township)).toBe("金额过大，请核对单位（万元）。");
  });
});
