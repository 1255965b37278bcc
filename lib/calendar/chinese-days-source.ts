// The State Council holiday arrangements as shipped by the `chinese-days` package.
//
// We read the package's data file rather than calling isWorkday()/getDayDetail(): those parse
// "YYYY-MM-DD" as UTC midnight and then read it in local time, so in a process west of UTC (e.g.
// TZ=America/New_York) they answer for the previous day (isWorkday("2024-09-30") → false). The data
// file is the same arrangement (both are built from the package's generator) with plain date keys.
// Values look like "National Day,国庆节,3": English name, Chinese name, statutory days of that holiday.
import data from "chinese-days/dist/chinese-days.json";
import { toDayNumber, yearOf } from "@/lib/calendar/dates";

export type SourceDay = { kind: "HOLIDAY" | "MAKEUP_WORKDAY"; name: string };

type RawArrangement = { holidays: Record<string, string>; workdays: Record<string, string> };

function chineseName(value: string): string {
  return value.split(",")[1] ?? value;
}

function load(raw: RawArrangement) {
  const days = new Map<number, SourceDay>();
  const years = new Set<number>();
  for (const [date, value] of Object.entries(raw.holidays)) {
    days.set(toDayNumber(date), { kind: "HOLIDAY", name: chineseName(value) });
    years.add(yearOf(date));
  }
  for (const [date, value] of Object.entries(raw.workdays)) {
    days.set(toDayNumber(date), { kind: "MAKEUP_WORKDAY", name: chineseName(value) });
  }
  // Every year's notice includes 元旦, so "has a holiday" means "the year is covered".
  const sorted = [...years].sort((a, b) => a - b);
  return { days, firstYear: sorted[0], lastYear: sorted[sorted.length - 1], years };
}

const source = load(data as RawArrangement);

/** Holiday or make-up working day on that day number, per the package; undefined for ordinary days. */
export function sourceDay(dayNumber: number): SourceDay | undefined {
  return source.days.get(dayNumber);
}

export type CalendarCoverage = { firstYear: number; lastYear: number };

/**
 * The years whose holiday arrangement the package knows (2004–2026 in chinese-days 1.5.7). For any
 * other year it knows nothing and only weekends are days off, so deadlines there need checking.
 */
export function calendarCoverage(): CalendarCoverage {
  return { firstYear: source.firstYear, lastYear: source.lastYear };
}

export function isYearCovered(year: number): boolean {
  return source.years.has(year);
}
