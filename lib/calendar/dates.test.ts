import { describe, expect, it } from "vitest";
import { fromIsoDate, isoWeekMonday, isoWeekOf, isoWeeksInYear, toIsoDate } from "./dates";

describe("ISO weeks", () => {
  it("finds Mondays of ISO weeks, across year boundaries", () => {
    expect(toIsoDate(isoWeekMonday(2022, 1))).toBe("2022-01-03");
    expect(toIsoDate(isoWeekMonday(2022, 52))).toBe("2022-12-26");
    expect(toIsoDate(isoWeekMonday(2026, 1))).toBe("2025-12-29");
    expect(toIsoDate(isoWeekMonday(2020, 53))).toBe("2020-12-28");
  });

  it("puts a date in its ISO week-year", () => {
    expect(isoWeekOf(fromIsoDate("2022-01-01"))).toEqual({ year: 2021, week: 52 });
    expect(isoWeekOf(fromIsoDate("2022-01-03"))).toEqual({ year: 2022, week: 1 });
    expect(isoWeekOf(fromIsoDate("2025-12-31"))).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf(fromIsoDate("2020-12-31"))).toEqual({ year: 2020, week: 53 });
  });

  it("knows 53-week years", () => {
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2022)).toBe(52);
  });
});
