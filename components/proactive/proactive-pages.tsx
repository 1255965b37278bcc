import Link from "next/link";
import { RecordDetailView } from "@/components/records/record-detail-view";
import { RecordListView } from "@/components/records/record-list-view";
import { RecordPageHeader } from "@/components/records/record-page";
import { currentYearInChina, toIsoDate } from "@/lib/calendar/dates";
import { deleteDocumentAction, deleteFeeAction, deleteTallyAction } from "@/lib/proactive/actions";
import { DOCUMENT_FIELDS, FEE_FIELDS, TALLY_FIELDS } from "@/lib/proactive/fields";
import type {
  loadDocument,
  loadDocumentList,
  loadFee,
  loadFeeList,
  loadTally,
  loadTallyList,
} from "@/lib/proactive/loaders";
import { formatYuan } from "@/lib/proactive/money";
import { periodLabel } from "@/lib/proactive/period";
import {
  DOCUMENT_STATUSES,
  PERIOD_STATUSES,
  documentFormValues,
  feeFormValues,
  tallyFormValues,
} from "@/lib/proactive/schemas";
import {
  DECISION_KIND_LABELS,
  DECISION_KINDS,
  NORMATIVE_DOCUMENT_KIND_LABELS,
  NORMATIVE_DOCUMENT_KINDS,
} from "@/lib/national-format";
import { DocumentForm, RepealForm } from "./document-form";
import { FeeForm } from "./fee-form";
import { PROACTIVE_REGISTERS, ProactiveTabs } from "./proactive-tabs";
import { TallyForm } from "./tally-form";

/** The pages of the proactive-disclosure registers (主动公开): overview, and per register list, record, new. */

type Data<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;
type Departments = { departments: { id: number; name: string }[] };
const select = "mt-1 rounded border border-stone-400 bg-white px-2 py-1";

/** The list's last row: the sum over every matching record (all pages), under the figure's column. */
function TotalRow({ total, labelColumns, value }: { total: number; labelColumns: number; value: React.ReactNode }) {
  return (
    <tr>
      <th scope="row" colSpan={labelColumns} className="px-3 py-2 text-left">
        合计（全部 {total} 条）
      </th>
      <td className="px-3 py-2 text-right font-medium tabular-nums">{value}</td>
      <td />
    </tr>
  );
}

/** The year filter of the tally and fee lists. */
function YearFilter({ value }: { value: string | undefined }) {
  return (
    <label className="flex flex-col">
      年度
      <input type="number" name="year" defaultValue={value ?? ""} className={`${select} w-24`} />
    </label>
  );
}

export function ProactiveOverview() {
  return (
    <>
      <RecordPageHeader title="主动公开">
        年度报告第二部分“主动公开政府信息情况”的数字根据以下记录统计。
      </RecordPageHeader>
      <ul className="mt-6 grid gap-3 sm:grid-cols-3">
        {PROACTIVE_REGISTERS.map((r) => (
          <li key={r.key}>
            <Link
              href={r.href}
              className="block h-full rounded border border-stone-200 bg-white p-4 hover:border-brand-600"
            >
              <span className="font-medium">{r.label}</span>
              <span className="mt-1 block text-sm text-stone-600">{r.note}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function EditSection({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="edit" className="mt-8">
      <h2 id="edit" className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

// ---------------------------------------------------------------- normative documents

export function DocumentList({ data }: { data: Data<typeof loadDocumentList> }) {
  return (
    <RecordListView
      title="主动公开"
      nav={<ProactiveTabs current="documents" />}
      basePath="/office/proactive/documents"
      newLabel="登记文件"
      caption="规章和行政规范性文件列表"
      fields={DOCUMENT_FIELDS}
      data={data}
      filters={{ statuses: DOCUMENT_STATUSES, dateLabel: "印发日期", searchLabel: "文号或标题" }}
    >
      <label className="flex flex-col">
        文件类别
        <select name="kind" defaultValue={data.values.kind ?? ""} className={select}>
          <option value="">全部</option>
          {NORMATIVE_DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {NORMATIVE_DOCUMENT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
    </RecordListView>
  );
}

export function DocumentDetail({ data }: { data: Data<typeof loadDocument> }) {
  const { record } = data;
  const repealedOn = record.repealedOn ? toIsoDate(record.repealedOn) : null;
  return (
    <RecordDetailView
      title={record.title}
      back={{ href: "/office/proactive/documents", label: "规章和行政规范性文件" }}
      fields={DOCUMENT_FIELDS}
      data={data}
      deleteAction={deleteDocumentAction}
      what={`文件“${record.docNumber}”`}
      items={[
        [
          "状态",
          <span key="s" data-testid="document-status">
            {repealedOn ? `已废止（${repealedOn}）` : "现行有效"}
          </span>,
        ],
      ]}
    >
      {data.editable && (
        <>
          <section aria-labelledby="repeal" className="mt-8">
            <h2 id="repeal" className="text-lg font-semibold">
              废止
            </h2>
            <RepealForm id={data.ref.id} version={data.ref.version} repealedOn={repealedOn} />
          </section>
          <EditSection title="修改">
            <DocumentForm departments={data.departments} record={data.ref} defaults={documentFormValues(record)} />
          </EditSection>
        </>
      )}
    </RecordDetailView>
  );
}

export function NewDocument({ data }: { data: Departments }) {
  return (
    <>
      <RecordPageHeader
        title="登记规章、行政规范性文件"
        back={{ href: "/office/proactive/documents", label: "规章和行政规范性文件" }}
      />
      <DocumentForm departments={data.departments} />
    </>
  );
}

// ---------------------------------------------------------------- decision tallies

export function TallyList({ data }: { data: Data<typeof loadTallyList> }) {
  return (
    <RecordListView
      title="主动公开"
      nav={<ProactiveTabs current="tallies" />}
      basePath="/office/proactive/tallies"
      newLabel="填报决定数量"
      caption="决定数量列表"
      fields={TALLY_FIELDS}
      data={data}
      filters={{ statuses: PERIOD_STATUSES, dateLabel: "期间", searchLabel: "备注" }}
      footer={data.page.total > 0 && <TotalRow total={data.page.total} labelColumns={3} value={data.sum} />}
    >
      <label className="flex flex-col">
        决定类别
        <select name="kind" defaultValue={data.values.kind ?? ""} className={select}>
          <option value="">全部</option>
          {DECISION_KINDS.map((k) => (
            <option key={k} value={k}>
              {DECISION_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <YearFilter value={data.values.year} />
    </RecordListView>
  );
}

export function TallyDetail({ data }: { data: Data<typeof loadTally> }) {
  const { record } = data;
  return (
    <RecordDetailView
      title={`${periodLabel(record)}${DECISION_KIND_LABELS[record.kind]}决定数量`}
      back={{ href: "/office/proactive/tallies", label: "决定数量" }}
      fields={TALLY_FIELDS}
      data={data}
      deleteAction={deleteTallyAction}
      what="该决定数量记录"
    >
      {data.editable && (
        <EditSection title="修改">
          <TallyForm
            departments={data.departments}
            defaultYear={record.year}
            record={data.ref}
            defaults={tallyFormValues(record)}
          />
        </EditSection>
      )}
    </RecordDetailView>
  );
}

export function NewTally({ data }: { data: Departments }) {
  return (
    <>
      <RecordPageHeader
        title="填报行政许可、处罚、强制决定数量"
        back={{ href: "/office/proactive/tallies", label: "决定数量" }}
      />
      <TallyForm departments={data.departments} defaultYear={currentYearInChina()} />
    </>
  );
}

// ---------------------------------------------------------------- fee collections

export function FeeList({ data }: { data: Data<typeof loadFeeList> }) {
  return (
    <RecordListView
      title="主动公开"
      nav={<ProactiveTabs current="fees" />}
      basePath="/office/proactive/fees"
      newLabel="登记收费"
      caption="行政事业性收费列表"
      fields={FEE_FIELDS}
      data={data}
      filters={{ statuses: PERIOD_STATUSES, dateLabel: "期间", searchLabel: "收费项目及说明" }}
      footer={
        data.page.total > 0 && <TotalRow total={data.page.total} labelColumns={2} value={formatYuan(data.sumYuan)} />
      }
    >
      <YearFilter value={data.values.year} />
    </RecordListView>
  );
}

export function FeeDetail({ data }: { data: Data<typeof loadFee> }) {
  const { record } = data;
  return (
    <RecordDetailView
      title={`${periodLabel(record)}行政事业性收费`}
      back={{ href: "/office/proactive/fees", label: "行政事业性收费" }}
      fields={FEE_FIELDS}
      data={data}
      deleteAction={deleteFeeAction}
      what="该收费记录"
    >
      {data.editable && (
        <EditSection title="修改">
          <FeeForm
            departments={data.departments}
            defaultYear={record.year}
            record={data.ref}
            defaults={feeFormValues(record)}
          />
        </EditSection>
      )}
    </RecordDetailView>
  );
}

export function NewFee({ data }: { data: Departments }) {
  return (
    <>
      <RecordPageHeader title="登记行政事业性收费" back={{ href: "/office/proactive/fees", label: "行政事业性收费" }} />
      <FeeForm departments={data.departments} defaultYear={currentYearInChina()} />
    </>
  );
}
