import { RecordTable, type RecordColumn } from "@/components/records/record-table";
import { toIsoDate } from "@/lib/calendar/dates";
import { OUTCOME_LABELS } from "@/lib/applications/labels";
import type { ApplicationListRow } from "@/lib/applications/queries";
import type { CaseStanding } from "@/lib/applications/case-status";

const STANDING_TONE: Record<CaseStanding["kind"], string> = {
  OPEN: "text-stone-900",
  PAUSED: "text-amber-800",
  OVERDUE: "font-semibold text-red-700",
  REPLIED_ON_TIME: "text-green-800",
  REPLIED_LATE: "text-red-700",
};

export function StandingLabel({ standing }: { standing: CaseStanding }) {
  return <span className={STANDING_TONE[standing.kind]}>{standing.label}</span>;
}

const excerpt = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

const COLUMNS: RecordColumn<ApplicationListRow>[] = [
  { header: "登记号", cell: (r) => r.regNo, className: "whitespace-nowrap" },
  { header: "收到申请", cell: (r) => toIsoDate(r.receivedOn), className: "whitespace-nowrap" },
  { header: "申请人", cell: (r) => r.applicantName ?? "—" },
  { header: "申请公开的内容", cell: (r) => excerpt(r.requestText) },
  { header: "承办科室", cell: (r) => r.department.name },
  { header: "答复期限", cell: (r) => (r.dueOn ? toIsoDate(r.dueOn) : "—"), className: "whitespace-nowrap" },
  { header: "状态", cell: (r) => <StandingLabel standing={r.standing} /> },
  { header: "办理结果", cell: (r) => (r.outcome ? OUTCOME_LABELS[r.outcome] : "—") },
];

export function ApplicationTable({ rows }: { rows: ApplicationListRow[] }) {
  return (
    <RecordTable
      caption="政府信息公开申请列表"
      columns={COLUMNS}
      rows={rows}
      href={(r) => `/office/applications/${r.id}`}
      empty="没有符合条件的申请。"
    />
  );
}
