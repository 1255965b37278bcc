import { describe, expect, it } from "vitest";
import { futurePeriodProblem, periodLabel, periodWhere } from "./period";

describe("periods of tallies and fees", () => {
  it("labels a month or a whole year", () => {
    expect(periodLabel({ year: 2026, month: 3 })).toBe("2026年3月");
    expect(periodLabel({ year: 2026, month: null })).toBe("2026年全年");
  });

  it("filters by overlap with the date range: months inside it and whole years touching it", () => {
    expect(periodWhere({ from: "2026-03-15", to: "2026-05-01" })).toEqual([
      { OR: [{ year: { gt: 2026 } }, { year: 2026, month: null }, { year: 2026, month: { gte: 3 } }] },
      { OR: [{ year: { lt: 2026 } }, { year: 2026, month: null }, { year: 2026, month: { lte: 5 } }] },
    ]);
    expect(periodWhere({})).toEqual([]);
  });

  it("refuses a year or month still to come", () => {
    expect(futurePeriodProblem({ year: 2099, month: null }, "2026-12-04")).toEqual({
      field: "year",
      message: "年度不能晚于今年（2026年）。",
    });
    expect(futurePeriodProblem({ year: 2026, month: 12 }, "2026-11-30")).toMatchObject({ field: "month" });
    expect(futurePeriodProblem({ year: 2026, month: 11 }, "2026-11-30")).toBeNull();
    expect(futurePeriodProblem({ year: 2026, month: null }, "2026-01-02")).toBeNull();
  });
});
