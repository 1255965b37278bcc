import { RecordDetailView } from "@/components/records/record-detail-view";
import { RecordListView } from "@/components/records/record-list-view";
import { RecordPageHeader } from "@/components/records/record-page";
import { deleteReviewCaseAction } from "@/lib/reviews/actions";
import { REVIEW_FIELDS } from "@/lib/reviews/fields";
import type { loadReviewCase, loadReviewCaseForm, loadReviewCaseList } from "@/lib/reviews/loaders";
import { REVIEW_STATUSES, reviewFormValues } from "@/lib/reviews/schemas";
import { REVIEW_KIND_LABELS, REVIEW_KINDS, REVIEW_OUTCOME_LABELS, REVIEW_OUTCOMES } from "@/lib/national-format";
import { ReviewForm } from "./review-form";

/** The pages of review cases (行政复议、行政诉讼): list, record, new. */

/** The list of review cases, filtered by the URL. */
export function ReviewCaseList({ data }: { data: Awaited<ReturnType<typeof loadReviewCaseList>> }) {
  return (
    <RecordListView
      title="行政复议和行政诉讼"
      description="因政府信息公开工作被申请行政复议、提起行政诉讼的案件；审结的案件计入结案年度，未审结的计入“尚未审结”。"
      basePath="/office/reviews"
      newLabel="登记案件"
      caption="行政复议和行政诉讼案件列表"
      fields={REVIEW_FIELDS}
      data={data}
      filters={{
        statuses: REVIEW_STATUSES,
        outcomes: REVIEW_OUTCOMES.map((o) => ({ value: o, label: REVIEW_OUTCOME_LABELS[o] })),
        dateLabel: "立案日期",
        searchLabel: "案号、登记号或备注",
      }}
    >
      <label className="flex flex-col">
        案件类别
        <select
          name="kind"
          defaultValue={data.values.kind ?? ""}
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
    </RecordListView>
  );
}

/** A review case's page: its fields, the edit form (also for the outcome) while the year is open, its history. */
export function ReviewCaseDetail({ data }: { data: Awaited<ReturnType<typeof loadReviewCase>> }) {
  const { record } = data;
  return (
    <RecordDetailView
      title={`${REVIEW_KIND_LABELS[record.kind]}${record.caseNumber ? ` ${record.caseNumber}` : ""}`}
      back={{ href: "/office/reviews", label: "行政复议和行政诉讼" }}
      fields={REVIEW_FIELDS}
      data={data}
      deleteAction={deleteReviewCaseAction}
      what="该案件"
    >
      {data.editable && (
        <section aria-labelledby="edit" className="mt-8">
          <h2 id="edit" className="text-lg font-semibold">
            修改（含填写审理结果）
          </h2>
          <ReviewForm
            departments={data.departments}
            applications={data.applications}
            record={data.ref}
            defaults={reviewFormValues(record)}
          />
        </section>
      )}
    </RecordDetailView>
  );
}

/** The form of a new case. */
export function NewReviewCase({ data }: { data: Awaited<ReturnType<typeof loadReviewCaseForm>> }) {
  return (
    <>
      <RecordPageHeader
        title="登记行政复议、行政诉讼案件"
        back={{ href: "/office/reviews", label: "行政复议和行政诉讼" }}
      />
      <ReviewForm departments={data.departments} applications={data.applications} />
    </>
  );
}
