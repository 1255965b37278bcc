import { daysBetween } from "@/lib/calendar/dates";
import type { AgencyLevel } from "@/lib/generated/prisma/enums";

/**
 * When the report of `year` is due, and why. 条例第四十九条: 县级以上人民政府部门 submit their report to the
 * government's disclosure authority and publish it by 1月31日; 县级以上地方人民政府 publish their own report by
 * 3月31日. It sets no date for a 乡(镇)人民政府: the county (the parent government) sets it. An agency may set
 * itself an earlier internal target on top.
 */
export type ReportDeadline = {
  label: string;
  basis: string; // why this date, in Chinese
  date?: string; // ISO date; absent when nobody has set it yet
  daysLeft?: number;
  overdue: boolean;
};

export type MonthDay = { month: number; day: number };

/** What decides an agency's dates: its level, its parent's date for townships, its own internal target. */
export type DeadlineContext = {
  level: AgencyLevel;
  parent: { name: string; townshipDeadline: MonthDay | null } | null;
  internal: MonthDay | null;
};

const pad = (n: number) => String(n).padStart(2, "0");
const dateIn = (year: number, { month, day }: MonthDay) => `${year}-${pad(month)}-${pad(day)}`;

const ARTICLE_49_DEPARTMENTS =
  "条例第四十九条：县级以上人民政府部门应当在每年1月31日前提交上一年度年度报告并向社会公布";
const ARTICLE_49_GOVERNMENTS =
  "条例第四十九条：县级以上地方人民政府应当在每年3月31日前向社会公布本级政府上一年度年度报告";

/** The date and basis that bind an agency of `level` for the report of `year` (without its internal target). */
export function statutoryDeadline(year: number, context: Omit<DeadlineContext, "internal">) {
  switch (context.level) {
    case "COUNTY_GOVERNMENT":
    case "CITY_GOVERNMENT":
      return { label: "法定公布期限", basis: ARTICLE_49_GOVERNMENTS, date: `${year + 1}-03-31` };
    case "TOWNSHIP_GOVERNMENT": {
      const county = context.parent?.name ?? "县级人民政府";
      const set = context.parent?.townshipDeadline;
      return set
        ? {
            label: "报送期限",
            basis: `${county}规定的乡镇报送期限（条例第四十九条未规定乡镇的期限）`,
            date: dateIn(year + 1, set),
          }
        : { label: "报送期限", basis: `乡镇的报送期限由${county}确定，尚未设定` };
    }
    default:
      return { label: "法定期限", basis: ARTICLE_49_DEPARTMENTS, date: `${year + 1}-01-31` };
  }
}

export function reportDeadlines(
  year: number,
  context: DeadlineContext,
  today: string,
  published: boolean,
): ReportDeadline[] {
  const list: Omit<ReportDeadline, "daysLeft" | "overdue">[] = [statutoryDeadline(year, context)];
  if (context.internal)
    list.unshift({ label: "本机关内部期限", basis: "本机关设定的内部期限", date: dateIn(year + 1, context.internal) });
  return list.map((d) => {
    if (!d.date) return { ...d, overdue: false };
    const daysLeft = daysBetween(today, d.date);
    return { ...d, daysLeft, overdue: !published && daysLeft < 0 };
  });
}

export function describeDeadline(d: ReportDeadline, published: boolean): string {
  if (!d.date || d.daysLeft === undefined) return "未设定";
  if (published) return `${d.date}（已发布）`;
  if (d.daysLeft > 0) return `${d.date}（还剩 ${d.daysLeft} 天）`;
  if (d.daysLeft === 0) return `${d.date}（今天截止）`;
  return `${d.date}（已逾期 ${-d.daysLeft} 天）`;
}

/** The first day the report of `year` may be submitted: the year must be over (1 January of the next year). */
export function submissionOpensOn(year: number): string {
  return `${year + 1}-01-01`;
}

/** Why `year`'s report cannot be submitted on `today`: its year is not over (the records are still being entered). */
export function submissionNotYetOpen(year: number, today: string): string | undefined {
  const opens = submissionOpensOn(year);
  if (today >= opens) return undefined;
  const [y, m, d] = opens.split("-").map(Number);
  return `${year}年度报告须在${y}年${m}月${d}日起提交：该年度尚未结束，各科室仍在录入本年度记录（提交后将锁定该年度的记录）。`;
}
