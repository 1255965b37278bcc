// The county's overview of the agencies under it, as pure rules: a row's status and timeliness against the
// deadline, the sort and filter of the list, and the reminders. The figures come from SQL (query.ts).
import { daysBetween } from "@/lib/calendar/dates";

export type OverviewStatus = "NOT_STARTED" | "DRAFT" | "SUBMITTED" | "APPROVED" | "PUBLISHED" | "IMPORTED";

export const OVERVIEW_STATUS_LABELS: Record<OverviewStatus, string> = {
  NOT_STARTED: "未开始",
  DRAFT: "草稿",
  SUBMITTED: "待审核",
  APPROVED: "已批准",
  PUBLISHED: "已发布",
  IMPORTED: "已导入",
};

/** On time / late: published (days after the deadline); overdue: not published, past it; due: not yet. */
export type Timeliness =
  | { kind: "onTime"; days: number }
  | { kind: "late"; days: number }
  | { kind: "overdue"; days: number }
  | { kind: "due"; days: number }
  | { kind: "unknown" };

export const TIMELINESS_LABELS: Record<Timeliness["kind"], string> = {
  onTime: "按时",
  late: "逾期发布",
  overdue: "已逾期",
  due: "未到期",
  unknown: "—",
};

export type KeyFigureColumns = {
  received: number | null;
  closed: number | null;
  carriedForward: number | null;
  reconsideration: number | null;
  litigation: number | null;
  corrected: number | null;
  submitted: number | null;
  adopted: number | null;
};

export type OverviewRow = {
  agencyId: number;
  slug: string;
  name: string;
  onPlatform: boolean;
  status: OverviewStatus;
  /** The day (in China) the first revision was published; null when not published in this system. */
  publishedOn: string | null;
  deadline: string | null;
  timeliness: Timeliness;
  findings: { hard: number; soft: number };
  figures: KeyFigureColumns;
  /** Where the figures come from: the report's tables (published or imported), else the records now. */
  figuresFrom: "report" | "records" | "none";
  lateReplies: number | null;
  openOverdue: number | null;
};

export function overviewStatus(report: { status: string; source: string } | null): OverviewStatus {
  if (!report) return "NOT_STARTED";
  if (report.source === "IMPORTED") return "IMPORTED";
  return report.status as OverviewStatus;
}

export function timeliness(
  deadline: string | null | undefined,
  status: OverviewStatus,
  publishedOn: string | null,
  today: string,
): Timeliness {
  if (!deadline) return { kind: "unknown" };
  if (publishedOn) {
    const days = daysBetween(deadline, publishedOn);
    return days > 0 ? { kind: "late", days } : { kind: "onTime", days: -days };
  }
  if (status === "IMPORTED") return { kind: "unknown" }; // published elsewhere, on a date the text need not say
  const left = daysBetween(today, deadline);
  return left < 0 ? { kind: "overdue", days: -left } : { kind: "due", days: left };
}

export function describeTimeliness(t: Timeliness): string {
  switch (t.kind) {
    case "onTime":
      return t.days ? `按时（提前 ${t.days} 天）` : "按时（当天）";
    case "late":
      return `逾期发布（晚 ${t.days} 天）`;
    case "overdue":
      return `已逾期 ${t.days} 天`;
    case "due":
      return `还剩 ${t.days} 天`;
    default:
      return "—";
  }
}

export const SORT_KEYS = [
  "name",
  "status",
  "timeliness",
  "findings",
  "received",
  "closed",
  "lateReplies",
  "openOverdue",
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type OverviewQuery = {
  sort: SortKey;
  dir: "asc" | "desc";
  status?: OverviewStatus;
  timeliness?: Timeliness["kind"];
  q?: string;
};

const STATUS_ORDER: OverviewStatus[] = ["NOT_STARTED", "DRAFT", "SUBMITTED", "APPROVED", "PUBLISHED", "IMPORTED"];
/** Worst first when descending: overdue, late, due soon … */
function lateness(t: Timeliness): number {
  if (t.kind === "overdue") return 20_000 + t.days;
  if (t.kind === "late") return 10_000 + t.days;
  if (t.kind === "due") return -t.days;
  if (t.kind === "onTime") return -10_000 - t.days;
  return -20_000;
}

function sortValue(row: OverviewRow, key: SortKey): number | string {
  switch (key) {
    case "name":
      return row.name;
    case "status":
      return STATUS_ORDER.indexOf(row.status);
    case "timeliness":
      return lateness(row.timeliness);
    case "findings":
      // Hard findings weigh more than any number of soft ones.
      return row.findings.hard * 10_000 + row.findings.soft;
    case "received":
    case "closed":
      return row.figures[key] ?? -1;
    default:
      return row[key] ?? -1;
  }
}

export function filterAndSort(rows: OverviewRow[], query: OverviewQuery): OverviewRow[] {
  const q = query.q?.trim();
  const kept = rows.filter(
    (row) =>
      (!query.status || row.status === query.status) &&
      (!query.timeliness || row.timeliness.kind === query.timeliness) &&
      (!q || row.name.includes(q)),
  );
  const sign = query.dir === "desc" ? -1 : 1;
  return kept.sort((a, b) => {
    const x = sortValue(a, query.sort);
    const y = sortValue(b, query.sort);
    const c = typeof x === "string" ? x.localeCompare(String(y), "zh-CN") : x - (y as number);
    return c !== 0 ? sign * c : a.name.localeCompare(b.name, "zh-CN");
  });
}

export type Reminder = { agencyId: number; slug: string; name: string; kind: "report" | "cases"; text: string };

/**
 * Who needs a reminder: reports not published (nor imported) whose deadline has passed or is within
 * `soonDays`, and agencies with open applications past their deadline.
 */
export function reminders(rows: OverviewRow[], year: number, soonDays = 30): Reminder[] {
  const list: Reminder[] = [];
  for (const row of rows) {
    const t = row.timeliness;
    if (t.kind === "overdue" || (t.kind === "due" && t.days <= soonDays)) {
      const what =
        row.status === "NOT_STARTED" || row.status === "DRAFT"
          ? "尚未提交"
          : row.status === "SUBMITTED"
            ? "待审核，尚未发布"
            : "已批准，尚未发布";
      list.push({
        agencyId: row.agencyId,
        slug: row.slug,
        name: row.name,
        kind: "report",
        text: `${year}年度报告${what}：${t.kind === "overdue" ? `已逾期 ${t.days} 天` : `距报送期限 ${row.deadline} 还剩 ${t.days} 天`}`,
      });
    }
    if (row.openOverdue)
      list.push({
        agencyId: row.agencyId,
        slug: row.slug,
        name: row.name,
        kind: "cases",
        text: `有 ${row.openOverdue} 件依申请公开办件已超过答复期限仍未办结`,
      });
  }
  return list;
}
