import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { toIsoDate } from "@/lib/calendar/dates";
import { canExport, flattenSearchParams, parseListQuery } from "@/lib/records/list";
import { departmentChoices } from "@/lib/records/options";
import { documentListQuery, listNormativeDocuments, type NormativeDocumentRecord } from "@/lib/proactive/documents";
import { DOCUMENT_STATUSES } from "@/lib/proactive/input";
import { NORMATIVE_DOCUMENT_KIND_LABELS, NORMATIVE_DOCUMENT_KINDS } from "@/lib/national-format";
import { FilterBar } from "@/components/records/filter-bar";
import { Pagination } from "@/components/records/pagination";
import { RecordTable, type RecordColumn } from "@/components/records/record-table";
import { NewRecordLink, RecordPageHeader } from "@/components/records/record-page";
import { ProactiveTabs } from "@/components/proactive/proactive-tabs";

export const metadata = { title: "规章和行政规范性文件" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const COLUMNS: RecordColumn<NormativeDocumentRecord>[] = [
  { header: "文件标题", cell: (r) => r.title },
  { header: "文号", cell: (r) => r.docNumber },
  { header: "文件类别", cell: (r) => NORMATIVE_DOCUMENT_KIND_LABELS[r.kind] },
  { header: "起草科室", cell: (r) => r.department.name },
  { header: "印发日期", cell: (r) => toIsoDate(r.issuedOn), className: "whitespace-nowrap" },
  { header: "状态", cell: (r) => (r.repealedOn ? `已废止（${toIsoDate(r.repealedOn)}）` : "现行有效") },
];

export default async function DocumentsPage({ searchParams }: Props) {
  const { actor } = await requirePermission("record.read");
  const raw = await searchParams;
  const query = parseListQuery(raw, documentListQuery);
  const [page, departments] = await Promise.all([
    listNormativeDocuments(prisma, actor, query),
    departmentChoices(prisma, actor),
  ]);
  const values = flattenSearchParams(raw);
  return (
    <>
      <RecordPageHeader
        title="主动公开"
        actions={<NewRecordLink href="/office/proactive/documents/new" label="登记文件" />}
      />
      <ProactiveTabs current="documents" />
      <FilterBar
        action="/office/proactive/documents"
        values={values}
        departments={departments.length > 1 ? departments : undefined}
        statuses={DOCUMENT_STATUSES}
        dateLabel="印发日期"
        searchLabel="文号或标题"
        exportBase={canExport(actor) ? "/office/proactive/documents/export" : undefined}
      >
        <label className="flex flex-col">
          文件类别
          <select
            name="kind"
            defaultValue={values.kind ?? ""}
            className="mt-1 rounded border border-stone-400 bg-white px-2 py-1"
          >
            <option value="">全部</option>
            {NORMATIVE_DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {NORMATIVE_DOCUMENT_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </FilterBar>
      <RecordTable
        caption="规章和行政规范性文件列表"
        columns={COLUMNS}
        rows={page.rows}
        href={(r) => `/office/proactive/documents/${r.id}`}
      />
      <Pagination
        basePath="/office/proactive/documents"
        params={values}
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
      />
    </>
  );
}
