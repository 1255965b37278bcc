import { daysBetween } from "@/lib/calendar/dates";

/**
 * When the report of `year` is due: 条例第四十九条 — by 1月31日 of the next year; an agency may set an
 * earlier internal deadline (e.g. the county wants townships' reports by 1月20日 to consolidate).
 */
export type ReportDeadline = { label: string; date: string; daysLeft: number; overdue: boolean };

const pad = (n: number) => String(n).padStart(2, "0");

export function reportDeadlines(
  year: number,
  internal: { month: number | null; day: number | null },
  today: string,
  published: boolean,
): ReportDeadline[] {
  const list = [{ label: "法定公布期限（条例第四十九条）", date: `${year + 1}-01-31` }];
  if (internal.month && internal.day)
    list.unshift({ label: "上级报送期限", date: `${year + 1}-${pad(internal.month)}-${pad(internal.day)}` });
  return list.map((d) => {
    const daysLeft = daysBetween(today, d.date);
    return { ...d, daysLeft, overdue: !published && daysLeft < 0 };
  });
}

export function describeDeadline(d: ReportDeadline, published: boolean): string {
  if (published) return `${d.date}（已发布）`;
  if (d.daysLeft > 0) return `${d.date}（还剩 ${d.daysLeft} 天）`;
  if (d.daysLeft === 0) return `${d.date}（今天截止）`;
  return `${d.date}（已逾期 ${-d.daysLeft} 天）`;
}
