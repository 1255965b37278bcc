// When an outlet's adoption (采用) of a weekly submission can have happened: not before the week the item
// was reported for, not after today, and within the item's year — an adoption counts in the year of the
// submission (docs/counting-rules.md), so a late one is accepted only until the following 31 January, by
// which the year's figures are compiled. Pure: unit-tested beside.
import { addDays, isoWeekMonday, toIsoDate, yearOf, type IsoDate } from "@/lib/calendar/dates";

export function adoptionDateProblem(
  submission: { isoYear: number; isoWeek: number },
  adoptedOn: IsoDate,
  today: IsoDate,
): string | null {
  const monday = toIsoDate(isoWeekMonday(submission.isoYear, submission.isoWeek));
  const sunday = addDays(monday, 6);
  const latest = `${yearOf(sunday) + (yearOf(sunday) > submission.isoYear ? 0 : 1)}-01-31`;
  if (adoptedOn < monday)
    return `采用日期不能早于该信息的上报周（${submission.isoYear}年第${submission.isoWeek}周自 ${monday} 起）。`;
  if (adoptedOn > today) return `采用日期不能晚于今天（${today}）。`;
  if (adoptedOn > latest)
    return `采用日期 ${adoptedOn} 已超出该信息所属年度（${submission.isoYear}年，采用最迟记录到 ${latest}），请核对日期。`;
  return null;
}
