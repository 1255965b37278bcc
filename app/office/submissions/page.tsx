import Link from "next/link";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { canExport, flattenSearchParams, parseListQuery } from "@/lib/records/list";
import { departmentChoices } from "@/lib/records/options";
import {
  listSubmissions,
  submissionListQuery,
  SUBMISSION_STATUSES,
  type SubmissionRecord,
} from "@/lib/submissions/operations";
import { formatWeekInput } from "@/lib/submissions/week";
import { FilterBar } from "@/components/records/filter-bar";
import { Pagination } from "@/components/records/pagination";
import { RecordTable, type RecordColumn } from "@/components/records/record-table";
import { NewRecordLink, RecordPageHeader } from "@/components/records/record-page";

export const metadata = { title: "信息上报" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const COLUMNS: RecordColumn<SubmissionRecord>[] = [
  { header: "标题", cell: (r) => r.title },
  { header: "上报周", cell: (r) => formatWeekInput(r.isoYear, r.isoWeek), className: "whitespace-nowrap" },
  { header: "科室", cell: (r) => r.department.name },
  { header: "信息类别", cell: (r) => r.category.name },
  { header: "报送渠道", cell: (r) => r.placements.map((p) => p.outlet.name).join("、") },
  {
    header: "采用",
    cell: (r) =>
      r.placements
        .filter((p) => p.adoptedOn)
        .map((p) => p.outlet.name)
        .join("、") || "—",
  },
];

export default async function SubmissionsPage({ searchParams }: Props) {
  const { actor } = await requirePermission("record.read");
  const raw = await searchParams;
  const query = parseListQuery(raw, submissionListQuery);
  const [page, departments, categories] = await Promise.all([
    listSubmissions(prisma, actor, query),
    departmentChoices(prisma, actor),
    prisma.submissionCategory.findMany({
      where: { agencyId: actor.agencyId },
      orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    }),
  ]);
  const values = flattenSearchParams(raw);
  return (
    <>
      <RecordPageHeader
        title="信息上报"
        actions={
          <>
            <Link
              href="/office/submissions/board"
              className="rounded border border-stone-400 bg-white px-4 py-2 hover:bg-stone-100"
            >
              上报情况看板
            </Link>
            <NewRecordLink href="/office/submissions/new" label="上报信息" />
          </>
        }
      >
        各科室每周至少上报一篇信息；信息按上报周（ISO 周）计入年度。
      </RecordPageHeader>
      <FilterBar
        action="/office/submissions"
        values={values}
        departments={departments.length > 1 ? departments : undefined}
        statuses={SUBMISSION_STATUSES}
        dateLabel="上报周"
        searchLabel="标题或摘要"
        exportBase={canExport(actor) ? "/office/submissions/export" : undefined}
      >
        <label className="flex flex-col">
          信息类别
          <select
            name="categoryId"
            defaultValue={values.categoryId ?? ""}
            className="mt-1 rounded border border-stone-400 bg-white px-2 py-1"
          >
            <option value="">全部</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </FilterBar>
      <RecordTable
        caption="信息上报列表"
        columns={COLUMNS}
        rows={page.rows}
        href={(r) => `/office/submissions/${r.id}`}
      />
      <Pagination
        basePath="/office/submissions"
        params={values}
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
      />
    </>
  );
}
