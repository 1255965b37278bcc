import type { IsoDate } from "@/lib/calendar/dates";

/**
 * Today's date in China (UTC+8, no daylight saving), whatever the server's time zone: the statutory
 * periods are counted on the calendar the office works by.
 */
export function chinaToday(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
