import {
  addDays,
  fromIsoDate,
  isoWeekMonday,
  isoWeekOf,
  isoWeeksInYear,
  monthDayOf,
  todayInChina,
  toIsoDate,
} from "@/lib/calendar/dates";

/** An ISO week as `<input type="week">` writes it: "2026-W09". */
export function formatWeekInput(isoYear: number, isoWeek: number): string {
  return `${isoYear}-W${String(isoWeek).padStart(2, "0")}`;
}

/** "2026-W09" → { isoYear, isoWeek }, or a Chinese message saying what is wrong. */
export function parseWeekInput(text: string): { isoYear: number; isoWeek: number } | { error: string } {
  const match = /^(\d{4})-W(\d{1,2})$/.exec(text.trim());
  if (!match) return { error: "上报周次格式应为“年-W周”，如 2026-W09。" };
  const isoYear = Number(match[1]);
  const isoWeek = Number(match[2]);
  if (isoYear < 2000 || isoYear > 2100) return { error: "年份不正确。" };
  const weeks = isoWeeksInYear(isoYear);
  if (isoWeek < 1 || isoWeek > weeks) return { error: `${isoYear}年共 ${weeks} 周，周次应在 1–${weeks} 之间。` };
  return { isoYear, isoWeek };
}

/** "2026年第9周（2月23日–3月1日）": the week and its Monday–Sunday, for people. */
export function weekLabel(isoYear: number, isoWeek: number): string {
  const monday = isoWeekMonday(isoYear, isoWeek);
  const mondayIso = toIsoDate(monday);
  const md = (iso: string) => `${monthDayOf(iso).month}月${monthDayOf(iso).day}日`;
  return `${isoYear}年第${isoWeek}周（${md(mondayIso)}–${md(addDays(mondayIso, 6))}）`;
}

type WeekWhere = {
  OR: (
    { isoYear: { gt: number } | { lt: number } } | { isoYear: number; isoWeek: { gte: number } | { lte: number } }
  )[];
};

/**
 * The date-range filter of a submission list: the submissions whose ISO week contains `from` …
 * the week that contains `to` (a submission has a week, not a date).
 */
export function weekRangeWhere(range: { from?: string; to?: string }): WeekWhere[] {
  const out: WeekWhere[] = [];
  if (range.from) {
    const { year, week } = isoWeekOf(fromIsoDate(range.from));
    out.push({ OR: [{ isoYear: { gt: year } }, { isoYear: year, isoWeek: { gte: week } }] });
  }
  if (range.to) {
    const { year, week } = isoWeekOf(fromIsoDate(range.to));
    out.push({ OR: [{ isoYear: { lt: year } }, { isoYear: year, isoWeek: { lte: week } }] });
  }
  return out;
}

/** The ISO week of today (in China), for defaults and for telling past weeks from future ones. */
export function currentIsoWeek(now = new Date()): { year: number; week: number } {
  return isoWeekOf(fromIsoDate(todayInChina(now)));
}
