import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isWorkday } from "chinese-days";
import {
  addDays,
  compareDates,
  daysBetween,
  fromDayNumber,
  isIsoDate,
  toIsoDate,
  toDayNumber,
  weekday,
  weekdayLabel,
} from "@/lib/calendar/dates";
import { calendarCoverage, createWorkingCalendar } from "@/lib/calendar/working-days";

const calendar = createWorkingCalendar();

describe("dates", () => {
  it("parses, formats and steps ISO dates without time zones", () => {
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-09-27", "2024-10-08")).toBe(11);
    expect(weekday("2024-09-29")).toBe(0);
    expect(weekdayLabel("2024-09-27")).toBe("周五");
    expect(fromDayNumber(toDayNumber("1999-12-31"))).toBe("1999-12-31");
    expect(compareDates("2024-01-02", "2024-01-10")).toBe(-1);
    expect(toIsoDate(new Date(Date.UTC(2024, 9, 8)))).toBe("2024-10-08");
  });

  it("day numbers agree with Date (the arithmetic replaces it in hot loops)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 85_000 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(day)).toBe(iso);
        expect(toDayNumber(iso)).toBe(day);
      }),
    );
  });

  it("rejects things that are not calendar dates", () => {
    for (const bad of [
      "2023-02-29",
      "2024-13-01",
      "2024-00-10",
      "2024-04-31",
      "2024-1-5",
      "2024-10-08T00:00:00Z",
      "2024-+1-05",
      "",
      "0099-01-01",
    ]) {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => calendar.isWorkingDay(bad)).toThrow(RangeError);
    }
  });
});

describe("chinese-days as the source", () => {
  it("covers 2004–2026 (chinese-days 1.5.7)", () => {
    expect(calendarCoverage()).toEqual({ firstYear: 2004, lastYear: 2026 });
    expect(calendar.isCovered("2026-12-31")).toBe(true);
    expect(calendar.isCovered("2027-01-01")).toBe(false);
    expect(calendar.isCovered("2003-12-31")).toBe(false);
  });

  it("knows 国庆 2024: 10-01..10-07 off, Sun 09-29 and Sat 10-12 are make-up working days", () => {
    expect(calendar.dayInfo("2024-09-29")).toEqual({
      date: "2024-09-29",
      kind: "MAKEUP_WORKDAY",
      working: true,
      name: "国庆节",
    });
    expect(calendar.dayInfo("2024-10-12")).toMatchObject({ kind: "MAKEUP_WORKDAY", working: true });
    const off = calendar.nonWorkingDaysIn("2024-09-28", "2024-10-13");
    expect(off.map((d) => `${d.date.slice(5)} ${d.kind} ${d.name ?? ""}`)).toEqual([
      "09-28 WEEKEND ",
      ...["01", "02", "03", "04", "05", "06", "07"].map((d) => `10-${d} HOLIDAY 国庆节`),
      "10-13 WEEKEND ",
    ]);
  });

  it("knows 春节 2025: 01-28..02-04 off, Sun 01-26 and Sat 02-08 worked", () => {
    expect(
      calendar.nonWorkingDaysIn("2025-01-28", "2025-02-04").every((d) => d.kind === "HOLIDAY" && d.name === "春节"),
    ).toBe(true);
    expect(calendar.isWorkingDay("2025-01-26")).toBe(true);
    expect(calendar.isWorkingDay("2025-02-08")).toBe(true);
    expect(calendar.isWorkingDay("2025-02-05")).toBe(true);
  });

  it("treats years it does not know as weekends only (2027-01-01 is a Friday → a working day)", () => {
    expect(calendar.isWorkingDay("2027-01-01")).toBe(true);
    expect(calendar.dayInfo("2027-01-02").kind).toBe("WEEKEND");
  });

  // chinese-days' own date functions read dates in local time and are wrong west of UTC, which is
  // why we read its data file instead; the cross-check is only meaningful where they are right.
  it.skipIf(new Date().getTimezoneOffset() > 0)("agrees with chinese-days' isWorkday on every day 2004–2026", () => {
    for (let day = toDayNumber("2004-01-01"); day <= toDayNumber("2026-12-31"); day++) {
      const iso = fromDayNumber(day);
      const [y, m, d] = iso.split("-").map(Number);
      expect(calendar.isWorkingDay(iso), iso).toBe(isWorkday(new Date(y, m - 1, d)));
    }
  });
});

describe("counting working days", () => {
  it("counts from the day after: the 1st working day after Fri 2024-09-27 is make-up Sun 09-29", () => {
    expect(calendar.addWorkingDays("2024-09-27", 1)).toBe("2024-09-29");
    expect(calendar.addWorkingDays("2024-09-30", 1)).toBe("2024-10-08");
    expect(calendar.addWorkingDays("2024-10-08", -1)).toBe("2024-09-30");
    expect(calendar.addWorkingDays("2024-10-05", 0)).toBe("2024-10-05");
    expect(calendar.workingDaysBetween("2024-09-27", "2024-10-08")).toBe(3); // 09-29, 09-30, 10-08
    expect(calendar.workingDaysBetween("2024-10-08", "2024-09-27")).toBe(-3);
    expect(calendar.workingDaysBetween("2024-10-01", "2024-10-07")).toBe(0);
    expect(calendar.workingDayOnOrAfter("2024-10-03")).toBe("2024-10-08");
    expect(calendar.workingDayOnOrAfter("2024-10-08")).toBe("2024-10-08");
  });

  // Backwards, workingDaysBetween counts (end, start]: the start day, not the end, so it needs a working start.
  it("addWorkingDays and workingDaysBetween are inverse", () => {
    const date = fc.integer({ min: toDayNumber("2003-06-01"), max: toDayNumber("2028-06-30") }).map(fromDayNumber);
    fc.assert(
      fc.property(date, fc.integer({ min: -60, max: 60 }), (start, n) => {
        const end = calendar.addWorkingDays(start, n);
        if (n !== 0) expect(calendar.isWorkingDay(end)).toBe(true);
        if (n >= 0 || calendar.isWorkingDay(start)) expect(calendar.workingDaysBetween(start, end)).toBe(n);
      }),
    );
  });
});

describe("agency overrides", () => {
  const local = createWorkingCalendar([
    { date: "2024-03-15", kind: "HOLIDAY", note: "防汛" },
    { date: "2024-03-09", kind: "WORKDAY" },
    { date: "2024-10-03", kind: "WORKDAY", note: "值班" },
  ]);

  it("win over the package and name the reason", () => {
    expect(local.dayInfo("2024-03-15")).toEqual({
      date: "2024-03-15",
      kind: "OVERRIDE_HOLIDAY",
      working: false,
      name: "防汛",
    });
    expect(local.dayInfo("2024-03-09")).toMatchObject({ kind: "OVERRIDE_WORKDAY", working: true, name: null });
    expect(local.isWorkingDay("2024-10-03")).toBe(true);
    expect(local.specialDaysIn("2024-03-08", "2024-03-16").map((d) => d.date)).toEqual(["2024-03-09", "2024-03-15"]);
  });

  it("do not leak into other calendars", () => {
    expect(calendar.isWorkingDay("2024-03-15")).toBe(true);
    expect(calendar.isWorkingDay("2024-03-09")).toBe(false);
  });

  it("the last override for a date wins", () => {
    const twice = createWorkingCalendar([
      { date: "2024-03-11", kind: "HOLIDAY" },
      { date: "2024-03-11", kind: "WORKDAY" },
    ]);
    expect(twice.dayInfo("2024-03-11").kind).toBe("OVERRIDE_WORKDAY");
  });
});
