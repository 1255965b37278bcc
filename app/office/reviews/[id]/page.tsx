import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/server/page";
import { can } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/calendar/dates";
import { recordHistory } from "@/lib/records/history";
import { yearsLockMessage } from "@/lib/records/year-lock";
import { departmentChoices, departmentNames } from "@/lib/records/options";
import { applicationChoices, getReviewCase } from "@/lib/reviews/operations";
import { REVIEW_FIELD_LABELS } from "@/lib/reviews/input";
import {
  REVIEW_KIND_LABELS,
  REVIEW_OUTCOME_LABELS,
  REVIEW_PENDING_LABEL,
  type ReviewKind,
  type ReviewOutcome,
} from "@/lib/national-format";
import { deleteReviewCaseAction } from "@/lib/reviews/actions";
import { ReviewForm } from "@/components/reviews/review-form";
import { RecordPageHeader } from "@/components/records/record-page";
import { RecordFields } from "@/components/records/record-fields";
import { RecordHistory } from "@/components/records/record-history";
import { DeleteButton } from "@/components/records/delete-button";
import { LockedNotice } from "@/components/records/locked-notice";

export const metadata = { title: "案件详情" };

export default async function ReviewCasePage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id < 1) notFound();
  const { actor } = await requirePermission("record.read");
  const record = await loadOr404(getReviewCase(prisma, actor, id));
  const editable = can(actor, "record.update", record);
  const [departments, applications, history, lock, names] = await Promise.all([
    departmentChoices(prisma, actor, record.departmentId),
    applicationChoices(prisma, actor),
    recordHistory(prisma, actor.agencyId, "ReviewCase", id),
    yearsLockMessage(prisma, actor.agencyId, [record.filedOn.getUTCFullYear(), record.decidedOn?.getUTCFullYear()]),
    departmentNames(prisma, actor.agencyId),
  ]);
  const regNos = new Map(applications.map((a) => [a.id, a.regNo]));
  const title = `${REVIEW_KIND_LABELS[record.kind]}${record.caseNumber ? ` ${record.caseNumber}` : ""}`;
  return (
    <>
      <RecordPageHeader
        title={title}
        back={{ href: "/office/reviews", label: "行政复议和行政诉讼" }}
        actions={
          can(actor, "record.delete", record) && (
            <DeleteButton
              action={deleteReviewCaseAction}
              id={record.id}
              version={record.version}
              what="该案件"
              after="/office/reviews"
            />
          )
        }
      />
      <LockedNotice message={lock} />
      <RecordFields
        items={[
          ["案件类别", REVIEW_KIND_LABELS[record.kind]],
          ["案号", record.caseNumber],
          ["承办科室", record.department.name],
          ["相关申请", record.application?.regNo],
          ["立案日期", toIsoDate(record.filedOn)],
          ["审理结果", record.outcome ? REVIEW_OUTCOME_LABELS[record.outcome] : REVIEW_PENDING_LABEL],
          ["结案日期", record.decidedOn ? toIsoDate(record.decidedOn) : ""],
          ["备注", record.note],
        ]}
      />
      {editable && (
        <section aria-labelledby="edit" className="mt-8">
          <h2 id="edit" className="text-lg font-semibold">
            修改（含填写审理结果）
          </h2>
          <ReviewForm
            departments={departments}
            applications={applications}
            record={{ id: record.id, version: record.version }}
            defaults={{
              kind: record.kind,
              departmentId: String(record.departmentId),
              applicationId: record.applicationId ? String(record.applicationId) : "",
              caseNumber: record.caseNumber,
              filedOn: toIsoDate(record.filedOn),
              outcome: record.outcome ?? "",
              decidedOn: record.decidedOn ? toIsoDate(record.decidedOn) : "",
              note: record.note,
            }}
          />
        </section>
      )}
      <RecordHistory
        entries={history}
        labels={REVIEW_FIELD_LABELS}
        formatters={{
          kind: (v) => REVIEW_KIND_LABELS[v as ReviewKind] ?? String(v),
          outcome: (v) => REVIEW_OUTCOME_LABELS[v as ReviewOutcome] ?? String(v),
          departmentId: (v) => names.get(Number(v)) ?? String(v),
          applicationId: (v) => regNos.get(Number(v)) ?? String(v),
        }}
      />
    </>
  );
}
