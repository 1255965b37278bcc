import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { toIsoDate } from "@/lib/calendar/dates";
import { canExport, flattenSearchParams, parseListQuery } from "@/lib/records/list";
import { departmentChoices } from "@/lib/records/options";
import { listReviewCases, reviewListQuery, type ReviewCaseRecord } from "@/lib/reviews/operations";
import { REVIEW_STATUSES } from "@/lib/reviews/input";
import {
  REVIEW_KIND_LABELS,
  REVIEW_KINDS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  REVIEW_PENDING_LABEL,
} from "@/lib/national-format";
import { FilterBar } from "@/components/records/filter-bar";
import { Pagination } from "@/components/records/pagination";
import { RecordTable, type RecordColumn } from "@/components/records/record-table";
import { NewRecordLink, RecordPageHeader } from "@/components/records/record-page";

export const metadata = { title: "行政复议和行政诉讼" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const COLUMNS: RecordColumn<ReviewCaseRecord>[] = [
  { header: "案号", cell: (r) => r.caseNumber || `（未填案号，#${r.id}）` },
  { header: "案件类别", cell: (r) => REVIEW_KIND_LABELS[r.kind] },
  { header: "承办科室", cell: (r) => r.department.name },
  { header: "立案日期", cell: (r) => toIsoDate(r.filedOn), className: "whitespace-nowrap" },
  { header: "审理结果", cell: (r) => (r.outcome ? REVIEW_OUTCOME_LABELS[r.outcome] : REVIEW_PENDING_LABEL) },
  { header: "结案日期", cell: (r) => (r.decidedOn ? toIsoDate(r.decidedOn) : "—"), className: "whitespace-nowrap" },
  { header: "相关申请", cell: (r) => r.application?.regNo ?? "—" },
];

export default async function ReviewCasesPage({ searchParams }: Props) {
  const { actor } = await requirePermission("record.read");
  const raw = await searchParams;
  const query = parseListQuery(raw, reviewListQuery);
  const [page, departments] = await Promise.all([
    listReviewCases(prisma, actor, query),
    departmentChoices(prisma, actor),
  ]);
  const values = flattenSearchParams(raw);
  return (
    <>
      <RecordPageHeader
        title="行政复议和行政诉讼"
        actions={<NewRecordLink href="/office/reviews/new" label="登记案件" />}
      >
        因政府信息公开工作被申请行政复议、提起行政诉讼的案件；审结的案件计入结案年度，未审结的计入“尚未审结”。
      </RecordPageHeader>
      <FilterBar
        action="/office/reviews"
        values={values}
        departments={departments.length > 1 ? departments : undefined}
        statuses={REVIEW_STATUSES}
        outcomes={REVIEW_OUTCOMES.map((o) => ({ value: o, label: REVIEW_OUTCOME_LABELS[o] }))}
        dateLabel="立案日期"
        searchLabel="案号、登记号或备注"
        exportBase={canExport(actor) ? "/office/reviews/export" : undefined}
      >
        <label className="flex flex-col">
          案件类别
          <select
            name="kind"
            defaultValue={values.kind ?? ""}
            className="mt-1 rounded border border-stone-400 bg-white px-2 py-1"
          >
            <option value="">全部</option>
            {REVIEW_KINDS.map((k) => (
              <option key={k} value={k}>
                {REVIEW_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </FilterBar>
      <RecordTable
        caption="行政复议和行政诉讼案件列表"
        columns={COLUMNS}
        rows={page.rows}
        href={(r) => `/office/reviews/${r.id}`}
      />
      <Pagination
        basePath="/office/reviews"
        params={values}
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
      />
    </>
  );
}
