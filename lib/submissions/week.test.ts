import { describe, expect, it } from "vitest";
import { currentIsoWeek, formatWeekInput, parseWeekInput, weekLabel, weekRangeWhere } from "./week";

describe("week input", () => {
  it("round-trips <input type=week> values", () => {
    expect(formatWeekInput(2026, 9)).toBe("2026-W09");
    expect(parseWeekInput("2026-W09")).toEqual({ isoYear: 2026, isoWeek: 9 });
    expect(parseWeekInput(" 2020-W53 ")).toEqual({ isoYear: 2020, isoWeek: 53 });
  });

  it("refuses weeks a year does not have, and other shapes, in Chinese", () => {
    expect(parseWeekInput("2022-W53")).toEqual({ error: "2022年共 52 周，周次应在 1–52 之间。" });
    expect(parseWeekInput("2022-W00")).toHaveProperty("error");
    expect(parseWeekInput("2022-09")).toEqual({ error: "上报周次格式应为“年-W周”，如 2026-W09。" });
  });

  it("labels a week with its Monday and Sunday, across the year end", () => {
    expect(weekLabel(2026, 1)).toBe("2026年第1周（12月29日–1月4日）");
    expect(weekLabel(2022, 52)).toBe("2022年第52周（12月26日–1月1日）");
  });

  it("takes today's week in China time", () => {
    // 2025-12-28 20:00 UTC is already Monday 29 Dec in China: ISO week 1 of 2026.
    expect(currentIsoWeek(new Date("2025-12-28T20:00:00Z"))).toEqual({ year: 2026, week: 1 });
  });
});

describe("the date-range filter of submissions", () => {
  it("turns dates into the weeks that contain them", () => {
    expect(weekRangeWhere({ from: "2026-01-01", to: "2026-03-04" })).toEqual([
      { OR: [{ isoYear: { gt: 2026 } }, { isoYear: 2026, isoWeek: { gte: 1 } }] },
      { OR: [{ isoYear: { lt: 2026 } }, { isoYear: 2026, isoWeek: { lte: 10 } }] },
    ]);
    expect(weekRangeWhere({})).toEqual([]);
  });
});
