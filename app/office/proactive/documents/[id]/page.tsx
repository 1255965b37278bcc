import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/server/page";
import { can } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/calendar/dates";
import { recordHistory } from "@/lib/records/history";
import { yearsLockMessage } from "@/lib/records/year-lock";
import { departmentChoices, departmentNames } from "@/lib/records/options";
import { getNormativeDocument } from "@/lib/proactive/documents";
import { DOCUMENT_FIELD_LABELS } from "@/lib/proactive/input";
import { NORMATIVE_DOCUMENT_KIND_LABELS, type NormativeDocumentKind } from "@/lib/national-format";
import { deleteDocumentAction } from "@/lib/proactive/actions";
import { DocumentForm, RepealForm } from "@/components/proactive/document-form";
import { RecordPageHeader } from "@/components/records/record-page";
import { RecordFields } from "@/components/records/record-fields";
import { RecordHistory } from "@/components/records/record-history";
import { DeleteButton } from "@/components/records/delete-button";
import { LockedNotice } from "@/components/records/locked-notice";

export const metadata = { title: "文件详情" };

export default async function DocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id < 1) notFound();
  const { actor } = await requirePermission("record.read");
  const record = await loadOr404(getNormativeDocument(prisma, actor, id));
  const editable = can(actor, "record.update", record);
  const [departments, history, lock, names] = await Promise.all([
    departmentChoices(prisma, actor, record.departmentId),
    recordHistory(prisma, actor.agencyId, "NormativeDocument", id),
    yearsLockMessage(prisma, actor.agencyId, [record.issuedOn.getUTCFullYear(), record.repealedOn?.getUTCFullYear()]),
    departmentNames(prisma, actor.agencyId),
  ]);
  const repealedOn = record.repealedOn ? toIsoDate(record.repealedOn) : null;
  return (
    <>
      <RecordPageHeader
        title={record.title}
        back={{ href: "/office/proactive/documents", label: "规章和行政规范性文件" }}
        actions={
          can(actor, "record.delete", record) && (
            <DeleteButton
              action={deleteDocumentAction}
              id={record.id}
              version={record.version}
              what={`文件“${record.docNumber}”`}
              after="/office/proactive/documents"
            />
          )
        }
      />
      <LockedNotice message={lock} />
      <RecordFields
        items={[
          ["文号", record.docNumber],
          ["文件类别", NORMATIVE_DOCUMENT_KIND_LABELS[record.kind]],
          ["起草科室", record.department.name],
          ["印发日期", toIsoDate(record.issuedOn)],
          [
            "状态",
            <span key="s" data-testid="document-status">
              {repealedOn ? `已废止（${repealedOn}）` : "现行有效"}
            </span>,
          ],
        ]}
      />
      {editable && (
        <>
          <section aria-labelledby="repeal" className="mt-8">
            <h2 id="repeal" className="text-lg font-semibold">
              废止
            </h2>
            <RepealForm id={record.id} version={record.version} repealedOn={repealedOn} />
          </section>
          <section aria-labelledby="edit" className="mt-8">
            <h2 id="edit" className="text-lg font-semibold">
              修改
            </h2>
            <DocumentForm
              departments={departments}
              record={{ id: record.id, version: record.version }}
              defaults={{
                kind: record.kind,
                departmentId: String(record.departmentId),
                docNumber: record.docNumber,
                title: record.title,
                issuedOn: toIsoDate(record.issuedOn),
              }}
            />
          </section>
        </>
      )}
      <RecordHistory
        entries={history}
        labels={DOCUMENT_FIELD_LABELS}
        formatters={{
          kind: (v) => NORMATIVE_DOCUMENT_KIND_LABELS[v as NormativeDocumentKind] ?? String(v),
          departmentId: (v) => names.get(Number(v)) ?? String(v),
        }}
      />
    </>
  );
}
