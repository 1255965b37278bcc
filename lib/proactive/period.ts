import { monthDayOf, yearOf, type IsoDate } from "@/lib/calendar/dates";

/** A year, or one month of it (month null = the whole year): the period of a tally or fee record. */
export type Period = { year: number; month: number | null };

/** The 条例 took effect on 2008-05-01: no disclosure record or report is older. */
export const FIRST_RECORD_YEAR = 2008;

/**
 * Why a tally or fee period cannot be true on `today` (a year or month still to come), as a field
 * message, or null. Counts of a period that has not begun cannot have been made yet.
 */
export function futurePeriodProblem(p: Period, today: IsoDate): { field: "year" | "month"; message: string } | null {
  const [year, month] = [yearOf(today), monthDayOf(today).month];
  if (p.year > year) return { field: "year", message: `年度不能晚于今年（${year}年）。` };
  if (p.year === year && p.month !== null && p.month > month)
    return { field: "month", message: `${p.year}年${p.month}月尚未到来，不能填报。` };
  return null;
}

export function periodLabel(p: Period): string {
  return p.month ? `${p.year}年${p.month}月` : `${p.year}年全年`;
}

type YearMonthWhere = Record<string, unknown>;

/**
 * The date-range filter of a list of yearly/monthly records: those whose period overlaps
 * [from, to] — a month overlapping the range, or a whole-year record of a year overlapping it.
 */
export function periodWhere(range: { from?: string; to?: string }): YearMonthWhere[] {
  const out: YearMonthWhere[] = [];
  if (range.from) {
    const [y, m] = [yearOf(range.from), monthDayOf(range.from).month];
    out.push({ OR: [{ year: { gt: y } }, { year: y, month: null }, { year: y, month: { gte: m } }] });
  }
  if (range.to) {
    const [y, m] = [yearOf(range.to), monthDayOf(range.to).month];
    out.push({ OR: [{ year: { lt: y } }, { year: y, month: null }, { year: y, month: { lte: m } }] });
  }
  return out;
}
