/**
 * Calendar dates without time zones. A date column (PostgreSQL `date`) arrives from Prisma as a
 * Date at 00:00 UTC; these helpers keep everything in UTC so no local offset shifts a day.
 */

/** "YYYY-MM-DD" of a Date read from a date column (or any Date, taken in UTC). */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A Date for a date column from "YYYY-MM-DD". */
export function fromIsoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** Monday of ISO week `week` of ISO week-year `year`. */
export function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const jan4Weekday = (jan4.getUTCDay() + 6) % 7; // Monday = 0
  return new Date(Date.UTC(year, 0, 4 - jan4Weekday + (week - 1) * 7));
}

/** ISO week-year and week of a date. */
export function isoWeekOf(date: Date): { year: number; week: number } {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday + 3); // Thursday of this week decides the year
  const year = d.getUTCFullYear();
  const week = 1 + Math.round((d.getTime() - isoWeekMonday(year, 1).getTime() - 3 * 86_400_000) / (7 * 86_400_000));
  return { year, week };
}

/** Number of ISO weeks in an ISO week-year (52 or 53). */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).week;
}

/** Today's date in China (Asia/Shanghai), "YYYY-MM-DD": deadlines follow the office's calendar day. */
export function todayInChina(now = new Date()): string {
  return now.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
}
