import Link from "next/link";
import { RecordDetailView } from "@/components/records/record-detail-view";
import { RecordListView } from "@/components/records/record-list-view";
import { RecordPageHeader } from "@/components/records/record-page";
import { toIsoDate } from "@/lib/calendar/dates";
import { deleteSubmissionAction } from "@/lib/submissions/actions";
import { SUBMISSION_FIELDS } from "@/lib/submissions/fields";
import type {
  loadComplianceBoard,
  loadSubmission,
  loadSubmissionForm,
  loadSubmissionList,
} from "@/lib/submissions/loaders";
import { SUBMISSION_STATUSES, submissionFormValues } from "@/lib/submissions/schemas";
import { AdoptionForm } from "./adoption-form";
import { ComplianceGrid, MissingWeeksSummary, OutletTotals } from "./compliance-board";
import { SubmissionForm } from "./submission-form";

/** The pages of weekly information submissions (信息上报): list, record, new, compliance board. */

type Data<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export function SubmissionList({ data }: { data: Data<typeof loadSubmissionList> }) {
  return (
    <RecordListView
      title="信息上报"
      description="各科室每周至少上报一篇信息；信息按上报周（ISO 周）计入年度。"
      basePath="/office/submissions"
      newLabel="上报信息"
      caption="信息上报列表"
      fields={SUBMISSION_FIELDS}
      data={data}
      nav={
        <p className="mt-3">
          <Link
            href="/office/submissions/board"
            className="inline-block rounded border border-stone-400 bg-white px-4 py-2 hover:bg-stone-100"
          >
            上报情况看板
          </Link>
        </p>
      }
      filters={{ statuses: SUBMISSION_STATUSES, dateLabel: "上报周", searchLabel: "标题或摘要" }}
    >
      <label className="flex flex-col">
        信息类别
        <select
          name="categoryId"
          defaultValue={data.values.categoryId ?? ""}
          className="mt-1 rounded border border-stone-400 bg-white px-2 py-1"
        >
          <option value="">全部</option>
          {data.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
    </RecordListView>
  );
}

export function SubmissionDetail({ data }: { data: Data<typeof loadSubmission> }) {
  const { record } = data;
  const form = submissionFormValues(record);
  return (
    <RecordDetailView
      title={record.title}
      back={{ href: "/office/submissions", label: "信息上报" }}
      fields={SUBMISSION_FIELDS}
      data={data}
      deleteAction={deleteSubmissionAction}
      what={`信息“${record.title}”`}
    >
      <section aria-labelledby="adoption" className="mt-8">
        <h2 id="adoption" className="text-lg font-semibold">
          报送和采用
        </h2>
        <p className="text-sm text-stone-600">信息被报送渠道采用后，填写采用日期并保存；清空日期即取消采用记录。</p>
        <div className="mt-2 overflow-x-auto rounded border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  报送渠道
                </th>
                <th scope="col" className="px-3 py-2">
                  采用日期
                </th>
              </tr>
            </thead>
            <tbody>
              {record.placements.map((p) => (
                <tr key={p.outletId} className="border-t border-stone-200">
                  <th scope="row" className="px-3 py-2 font-normal">
                    {p.outlet.name}
                  </th>
                  <td className="px-3 py-2">
                    <AdoptionForm
                      id={record.id}
                      version={record.version}
                      outletId={p.outletId}
                      outletName={p.outlet.name}
                      adoptedOn={p.adoptedOn ? toIsoDate(p.adoptedOn) : null}
                      editable={data.editable}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {data.editable && (
        <section aria-labelledby="edit" className="mt-8">
          <h2 id="edit" className="text-lg font-semibold">
            修改
          </h2>
          <SubmissionForm
            departments={data.departments}
            categories={data.categories}
            outlets={data.outlets}
            defaultWeek={form.week}
            record={data.ref}
            defaults={form}
          />
        </section>
      )}
    </RecordDetailView>
  );
}

export function NewSubmission({ data }: { data: Data<typeof loadSubmissionForm> }) {
  return (
    <>
      <RecordPageHeader title="上报信息" back={{ href: "/office/submissions", label: "信息上报" }} />
      <SubmissionForm {...data} />
    </>
  );
}

export function SubmissionBoard({ data }: { data: Data<typeof loadComplianceBoard> }) {
  const { year, board, years } = data;
  return (
    <>
      <RecordPageHeader title={`${year}年信息上报情况`} back={{ href: "/office/submissions", label: "信息上报" }}>
        每个科室每周应至少上报一篇信息。本年度共上报 <strong data-testid="board-submitted">{board.submitted}</strong>{" "}
        篇， 被采用 <strong data-testid="board-adopted">{board.adopted}</strong> 篇。
      </RecordPageHeader>
      <form method="get" className="mt-4 flex items-end gap-2 text-sm">
        <label className="flex flex-col">
          年度
          <select name="year" defaultValue={year} className="mt-1 rounded border border-stone-400 bg-white px-2 py-1">
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <button className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">查看</button>
      </form>
      <section aria-labelledby="grid" className="mt-6">
        <h2 id="grid" className="text-lg font-semibold">
          各科室每周上报
        </h2>
        <p className="text-sm text-stone-600">
          数字为该周上报篇数；<span className="rounded bg-red-600 px-1 font-bold text-white">✕</span>{" "}
          为缺报（已到期未上报）；
          <span className="rounded bg-amber-50 px-1 text-amber-900">…</span> 为本周尚未上报；空白为未到期。
        </p>
        <ComplianceGrid board={board} />
        <MissingWeeksSummary board={board} />
      </section>
      <section aria-labelledby="outlets" className="mt-8">
        <h2 id="outlets" className="text-lg font-semibold">
          按报送渠道
        </h2>
        <p className="text-sm text-stone-600">一篇信息报送多个渠道时，在每个渠道各计一次。</p>
        <OutletTotals board={board} />
      </section>
    </>
  );
}
