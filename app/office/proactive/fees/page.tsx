import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { canExport, flattenSearchParams, parseListQuery } from "@/lib/records/list";
import { departmentChoices } from "@/lib/records/options";
import { feeListQuery, listFeeCollections, type FeeCollectionRecord } from "@/lib/proactive/fees";
import { PERIOD_STATUSES } from "@/lib/proactive/input";
import { periodLabel } from "@/lib/proactive/period";
import { formatYuan } from "@/lib/proactive/money";
import { FilterBar } from "@/components/records/filter-bar";
import { Pagination } from "@/components/records/pagination";
import { RecordTable, type RecordColumn } from "@/components/records/record-table";
import { NewRecordLink, RecordPageHeader } from "@/components/records/record-page";
import { ProactiveTabs } from "@/components/proactive/proactive-tabs";

export const metadata = { title: "行政事业性收费" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const COLUMNS: RecordColumn<FeeCollectionRecord>[] = [
  { header: "期间", cell: (r) => periodLabel(r), className: "whitespace-nowrap" },
  { header: "科室", cell: (r) => r.department.name },
  { header: "收费金额（元）", cell: (r) => formatYuan(r.amount), className: "text-right tabular-nums" },
  { header: "收费项目及说明", cell: (r) => r.description || "—" },
];

export default async function FeesPage({ searchParams }: Props) {
  const { actor } = await requirePermission("record.read");
  const raw = await searchParams;
  const query = parseListQuery(raw, feeListQuery);
  const [page, departments] = await Promise.all([
    listFeeCollections(prisma, actor, query),
    departmentChoices(prisma, actor),
  ]);
  const values = flattenSearchParams(raw);
  return (
    <>
      <RecordPageHeader
        title="主动公开"
        actions={<NewRecordLink href="/office/proactive/fees/new" label="登记收费" />}
      />
      <ProactiveTabs current="fees" />
      <FilterBar
        action="/office/proactive/fees"
        values={values}
        departments={departments.length > 1 ? departments : undefined}
        statuses={PERIOD_STATUSES}
        dateLabel="期间"
        searchLabel="收费项目及说明"
        exportBase={canExport(actor) ? "/office/proactive/fees/export" : undefined}
      >
        <label className="flex flex-col">
          年度
          <input
            type="number"
            name="year"
            defaultValue={values.year ?? ""}
            className="mt-1 w-24 rounded border border-stone-400 bg-white px-2 py-1"
          />
        </label>
      </FilterBar>
      <RecordTable
        caption="行政事业性收费列表"
        columns={COLUMNS}
        rows={page.rows}
        href={(r) => `/office/proactive/fees/${r.id}`}
        footer={
          page.total > 0 && (
            <tr>
              <th scope="row" colSpan={2} className="px-3 py-2 text-left">
                合计（全部 {page.total} 条）
              </th>
              <td className="px-3 py-2 text-right font-medium tabular-nums">{formatYuan(page.sumYuan)}</td>
              <td />
            </tr>
          )
        }
      />
      <Pagination
        basePath="/office/proactive/fees"
        params={values}
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
      />
    </>
  );
}
