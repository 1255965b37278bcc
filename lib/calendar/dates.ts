// The one date module. Calendar dates are ISO strings "YYYY-MM-DD": a day on the wall calendar in
// China, never an instant. Internally a date is a "day number" (days since 1970-01-01), which makes
// adding days and comparing cheap and avoids Date objects in hot loops. A PostgreSQL `date` column
// arrives from Prisma as a Date at 00:00 UTC: `toIsoDate`/`fromIsoDate` convert at that boundary, in
// UTC, so no server time zone ever shifts a day. "Today" and "this year" are China's (UTC+8, no
// daylight saving), whatever the server's zone. ESLint refuses Date getters outside this file.

export type IsoDate = string;

const WEEKDAY_LABELS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Plain arithmetic (H. Hinnant's days_from_civil / civil_from_days) instead of Date: these run in the
// working-day loops, and Date parsing/formatting costs microseconds per call.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Day number of an ISO date; throws RangeError on anything that is not a real calendar date. */
export function toDayNumber(date: IsoDate): number {
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const year = digits(date, 0, 4);
    const month = digits(date, 5, 7);
    const day = digits(date, 8, 10);
    const monthLength = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
    if (year >= 1000 && monthLength && day >= 1 && day <= monthLength) return daysFromCivil(year, month, day);
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

/** The decimal number in date[from, to), or NaN if any character is not a digit. */
function digits(date: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = date.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function isIsoDate(value: string): boolean {
  try {
    toDayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** A `@db.Date` value as Prisma returns it (UTC midnight), or any instant taken in UTC → ISO date. */
export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** A Date for a `@db.Date` column from an ISO date (UTC midnight). */
export function fromIsoDate(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** The ISO date, or null for null. */
export function toIsoDateOrNull(date: Date | null | undefined): IsoDate | null {
  return date ? toIsoDate(date) : null;
}

/** The report year of a date column's value (null stays null). */
export function yearOfDate(date: Date | null | undefined): number | null {
  return date ? yearOf(toIsoDate(date)) : null;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Today's date in China (UTC+8): deadlines and report years follow the office's calendar day. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The current year in China. */
export function currentYearInChina(now: Date = new Date()): number {
  return yearOf(todayInChina(now));
}

/** An instant as China's wall-clock date and time, "YYYY-MM-DD HH:mm". */
export function formatChinaDateTime(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/** "2023年3月5日" for an ISO date (or the date part of an ISO instant, read in China). */
export function chineseDate(iso: IsoDate): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** Month (1–12) and day of an ISO date. */
export function monthDayOf(date: IsoDate): { month: number; day: number } {
  return { month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

// ---------------------------------------------------------------- ISO weeks (weekly submissions)

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

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function weekday(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** "周五" */
export function weekdayLabel(date: IsoDate): string {
  return WEEKDAY_LABELS[weekday(date)];
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Works for valid ISO dates because the format sorts lexically. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
