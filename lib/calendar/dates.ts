// Calendar dates as ISO strings "YYYY-MM-DD". No time zones anywhere: a date is a day on the wall
// calendar in China, never an instant. Internally a date is a "day number" (days since 1970-01-01),
// which makes adding days and comparing cheap and avoids Date objects in hot loops.

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
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
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

/** A `@db.Date` value as Prisma returns it (UTC midnight) → ISO date. */
export function isoFromUtcDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
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
