// China's working-day calendar: weekends off, statutory holidays off, 调休 make-up days on (from the
// chinese-days package), and per-agency overrides that win over all of it.
//
// Counting convention (same as the statutory periods): addWorkingDays(d, n) is the n-th working day
// AFTER d, and workingDaysBetween(a, b) counts the working days d with a < d ≤ b. So the day something
// happens is never one of its own days, and addWorkingDays(a, n) = b ⇔ workingDaysBetween(a, b) = n
// whenever b is a working day.
import { fromDayNumber, toDayNumber, weekdayOfDayNumber, yearOf, type IsoDate } from "@/lib/calendar/dates";
import { calendarCoverage, isYearCovered, sourceDay, type CalendarCoverage } from "@/lib/calendar/chinese-days-source";

export { calendarCoverage, isYearCovered, type CalendarCoverage };

export type DayKind =
  | "WORKDAY" // an ordinary Monday–Friday
  | "WEEKEND"
  | "HOLIDAY" // statutory holiday (法定节假日, incl. the weekend days inside a holiday block)
  | "MAKEUP_WORKDAY" // 调休: a weekend day that is a working day
  | "OVERRIDE_HOLIDAY" // the agency's own day off
  | "OVERRIDE_WORKDAY"; // the agency's own working day

/** `name`: the holiday (国庆节) for HOLIDAY / MAKEUP_WORKDAY, the override's note for overrides. */
export type DayInfo = { date: IsoDate; kind: DayKind; working: boolean; name: string | null };

/** Mirrors the CalendarOverride model (CalendarDayKind). */
export type CalendarOverride = { date: IsoDate; kind: "HOLIDAY" | "WORKDAY"; note?: string };

export type WorkingCalendar = {
  isWorkingDay(date: IsoDate): boolean;
  dayInfo(date: IsoDate): DayInfo;
  /** n > 0: the n-th working day after `date`; n < 0: before it; n = 0: `date` itself. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** `date` if it is a working day, else the next one. */
  workingDayOnOrAfter(date: IsoDate): IsoDate;
  /** Working days d with a < d ≤ b; negative (mirrored) when b is before a. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
  /** Days off in [from, to], with the reason (kind and name). */
  nonWorkingDaysIn(from: IsoDate, to: IsoDate): DayInfo[];
  /** Days in [from, to] that are not plain weekdays/weekends: holidays, 调休 days and overrides. */
  specialDaysIn(from: IsoDate, to: IsoDate): DayInfo[];
  /** Does the holiday source know the year of `date`? (Overrides do not change this.) */
  isCovered(date: IsoDate): boolean;
  coverage: CalendarCoverage;
};

const KINDS: readonly DayKind[] = [
  "WORKDAY",
  "WEEKEND",
  "HOLIDAY",
  "MAKEUP_WORKDAY",
  "OVERRIDE_HOLIDAY",
  "OVERRIDE_WORKDAY",
];
const WORKING_KINDS = new Set<DayKind>(["WORKDAY", "MAKEUP_WORKDAY", "OVERRIDE_WORKDAY"]);
const IS_WORKING_CODE = KINDS.map((kind) => WORKING_KINDS.has(kind));
const OVERRIDE_CODE = { HOLIDAY: KINDS.indexOf("OVERRIDE_HOLIDAY"), WORKDAY: KINDS.indexOf("OVERRIDE_WORKDAY") };

// Day kinds are cached as KINDS indices in 512-day chunks: a deadline walks ~30–60 days, so a lookup
// must be an array read. Base chunks (package + weekends) are shared; each calendar copies the chunks
// it touches and applies its overrides.
const CHUNK = 512;
const baseChunks = new Map<number, Uint8Array>();

function baseChunk(chunkIndex: number): Uint8Array {
  let chunk = baseChunks.get(chunkIndex);
  if (!chunk) {
    chunk = new Uint8Array(CHUNK);
    for (let i = 0; i < CHUNK; i++) {
      const day = chunkIndex * CHUNK + i;
      const listed = sourceDay(day);
      const weekday = weekdayOfDayNumber(day);
      const kind: DayKind = listed ? listed.kind : weekday === 0 || weekday === 6 ? "WEEKEND" : "WORKDAY";
      chunk[i] = KINDS.indexOf(kind);
    }
    baseChunks.set(chunkIndex, chunk);
  }
  return chunk;
}

export function createWorkingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const byDay = new Map<number, CalendarOverride>();
  for (const override of overrides) byDay.set(toDayNumber(override.date), override); // last one wins

  const chunks = new Map<number, Uint8Array>();
  let lastIndex = NaN;
  let lastChunk: Uint8Array = new Uint8Array(0);
  const codeOf = (day: number): number => {
    const chunkIndex = Math.floor(day / CHUNK);
    if (chunkIndex === lastIndex) return lastChunk[day - chunkIndex * CHUNK];
    let chunk = chunks.get(chunkIndex);
    if (!chunk) {
      chunk = byDay.size ? Uint8Array.from(baseChunk(chunkIndex)) : baseChunk(chunkIndex);
      for (const [overrideDay, override] of byDay) {
        const i = overrideDay - chunkIndex * CHUNK;
        if (i >= 0 && i < CHUNK) chunk[i] = OVERRIDE_CODE[override.kind];
      }
      chunks.set(chunkIndex, chunk);
    }
    lastIndex = chunkIndex;
    lastChunk = chunk;
    return chunk[day - chunkIndex * CHUNK];
  };
  const kindOf = (day: number): DayKind => KINDS[codeOf(day)];
  const isWorking = (day: number): boolean => IS_WORKING_CODE[codeOf(day)];

  const info = (day: number): DayInfo => {
    const kind = kindOf(day);
    const name = byDay.get(day)?.note || sourceDay(day)?.name || null;
    return { date: fromDayNumber(day), kind, working: WORKING_KINDS.has(kind), name };
  };

  const addWorkingDays = (date: IsoDate, n: number): IsoDate => {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    let day = toDayNumber(date);
    const step = n < 0 ? -1 : 1;
    for (let left = Math.abs(n); left > 0;) {
      day += step;
      if (isWorking(day)) left--;
    }
    return fromDayNumber(day);
  };

  const workingDaysBetween = (a: IsoDate, b: IsoDate): number => {
    const [from, to] = [toDayNumber(a), toDayNumber(b)];
    const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let day = low + 1; day <= high; day++) if (isWorking(day)) count++;
    return count === 0 ? 0 : sign * count;
  };

  const daysIn = (from: IsoDate, to: IsoDate, keep: (kind: DayKind) => boolean): DayInfo[] => {
    const out: DayInfo[] = [];
    for (let day = toDayNumber(from), end = toDayNumber(to); day <= end; day++) {
      if (keep(kindOf(day))) out.push(info(day));
    }
    return out;
  };

  return {
    isWorkingDay: (date) => isWorking(toDayNumber(date)),
    dayInfo: (date) => info(toDayNumber(date)),
    addWorkingDays,
    workingDayOnOrAfter: (date) => (isWorking(toDayNumber(date)) ? date : addWorkingDays(date, 1)),
    workingDaysBetween,
    nonWorkingDaysIn: (from, to) => daysIn(from, to, (kind) => !WORKING_KINDS.has(kind)),
    specialDaysIn: (from, to) => daysIn(from, to, (kind) => kind !== "WORKDAY" && kind !== "WEEKEND"),
    isCovered: (date) => isYearCovered(yearOf(date)),
    coverage: calendarCoverage(),
  };
}
