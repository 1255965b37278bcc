import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { canExport, flattenSearchParams, parseListQuery } from "@/lib/records/list";
import { departmentChoices } from "@/lib/records/options";
import { listDecisionTallies, tallyListQuery, type DecisionTallyRecord } from "@/lib/proactive/tallies";
import { PERIOD_STATUSES } from "@/lib/proactive/input";
import { periodLabel } from "@/lib/proactive/period";
import { DECISION_KIND_LABELS, DECISION_KINDS } from "@/lib/national-format";
import { FilterBar } from "@/components/records/filter-bar";
import { Pagination } from "@/components/records/pagination";
import { RecordTable, type RecordColumn } from "@/components/records/record-table";
import { NewRecordLink, RecordPageHeader } from "@/components/records/record-page";
import { ProactiveTabs } from "@/components/proactive/proactive-tabs";

export const metadata = { title: "行政许可、处罚、强制决定数量" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const COLUMNS: RecordColumn<DecisionTallyRecord>[] = [
  { header: "期间", cell: (r) => periodLabel(r), className: "whitespace-nowrap" },
  { header: "决定类别", cell: (r) => DECISION_KIND_LABELS[r.kind] },
  { header: "科室", cell: (r) => r.department.name },
  { header: "决定数量（件）", cell: (r) => r.count, className: "text-right" },
  { header: "备注", cell: (r) => r.note || "—" },
];

const select = "mt-1 rounded border border-stone-400 bg-white px-2 py-1";

export default async function TalliesPage({ searchParams }: Props) {
  const { actor } = await requirePermission("record.read");
  const raw = await searchParams;
  const query = parseListQuery(raw, tallyListQuery);
  const [page, departments] = await Promise.all([
    listDecisionTallies(prisma, actor, query),
    departmentChoices(prisma, actor),
  ]);
  const values = flattenSearchParams(raw);
  return (
    <>
      <RecordPageHeader
        title="主动公开"
        actions={<NewRecordLink href="/office/proactive/tallies/new" label="填报决定数量" />}
      />
      <ProactiveTabs current="tallies" />
      <FilterBar
        action="/office/proactive/tallies"
        values={values}
        departments={departments.length > 1 ? departments : undefined}
        statuses={PERIOD_STATUSES}
        dateLabel="期间"
        searchLabel="备注"
        exportBase={canExport(actor) ? "/office/proactive/tallies/export" : undefined}
      >
        <label className="flex flex-col">
          决定类别
          <select name="kind" defaultValue={values.kind ?? ""} className={select}>
            <option value="">全部</option>
            {DECISION_KINDS.map((k) => (
              <option key={k} value={k}>
                {DECISION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          年度
          <input type="number" name="year" defaultValue={values.year ?? ""} className={`${select} w-24`} />
        </label>
      </FilterBar>
      <RecordTable
        caption="决定数量列表"
        columns={COLUMNS}
        rows={page.rows}
        href={(r) => `/office/proactive/tallies/${r.id}`}
        footer={
          page.total > 0 && (
            <tr>
              <th scope="row" colSpan={3} className="px-3 py-2 text-left">
                合计（全部 {page.total} 条）
              </th>
              <td className="px-3 py-2 text-right font-medium">{page.sum}</td>
              <td />
            </tr>
          )
        }
      />
      <Pagination
        basePath="/office/proactive/tallies"
        params={values}
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
      />
    </>
  );
}
