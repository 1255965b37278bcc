import { monthDayOf, yearOf } from "@/lib/calendar/dates";

/** A year, or one month of it (month null = the whole year): the period of a tally or fee record. */
export type Period = { year: number; month: number | null };

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
