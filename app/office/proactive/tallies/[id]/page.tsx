import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/server/page";
import { can } from "@/lib/auth/permissions";
import { recordHistory } from "@/lib/records/history";
import { yearsLockMessage } from "@/lib/records/year-lock";
import { departmentChoices, departmentNames } from "@/lib/records/options";
import { getDecisionTally } from "@/lib/proactive/tallies";
import { TALLY_FIELD_LABELS } from "@/lib/proactive/input";
import { periodLabel } from "@/lib/proactive/period";
import { DECISION_KIND_LABELS, type DecisionKind } from "@/lib/national-format";
import { deleteTallyAction } from "@/lib/proactive/actions";
import { TallyForm } from "@/components/proactive/tally-form";
import { RecordPageHeader } from "@/components/records/record-page";
import { RecordFields } from "@/components/records/record-fields";
import { RecordHistory } from "@/components/records/record-history";
import { DeleteButton } from "@/components/records/delete-button";
import { LockedNotice } from "@/components/records/locked-notice";

export const metadata = { title: "决定数量详情" };

export default async function TallyPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id < 1) notFound();
  const { actor } = await requirePermission("record.read");
  const record = await loadOr404(getDecisionTally(prisma, actor, id));
  const editable = can(actor, "record.update", record);
  const [departments, history, lock, names] = await Promise.all([
    departmentChoices(prisma, actor, record.departmentId),
    recordHistory(prisma, actor.agencyId, "DecisionTally", id),
    yearsLockMessage(prisma, actor.agencyId, [record.year]),
    departmentNames(prisma, actor.agencyId),
  ]);
  const title = `${periodLabel(record)}${DECISION_KIND_LABELS[record.kind]}决定数量`;
  return (
    <>
      <RecordPageHeader
        title={title}
        back={{ href: "/office/proactive/tallies", label: "决定数量" }}
        actions={
          can(actor, "record.delete", record) && (
            <DeleteButton
              action={deleteTallyAction}
              id={record.id}
              version={record.version}
              what="该决定数量记录"
              after="/office/proactive/tallies"
            />
          )
        }
      />
      <LockedNotice message={lock} />
      <RecordFields
        items={[
          ["决定类别", DECISION_KIND_LABELS[record.kind]],
          ["科室", record.department.name],
          ["期间", periodLabel(record)],
          ["决定数量（件）", String(record.count)],
          ["备注", record.note],
        ]}
      />
      {editable && (
        <section aria-labelledby="edit" className="mt-8">
          <h2 id="edit" className="text-lg font-semibold">
            修改
          </h2>
          <TallyForm
            departments={departments}
            defaultYear={record.year}
            record={{ id: record.id, version: record.version }}
            defaults={{
              kind: record.kind,
              departmentId: String(record.departmentId),
              year: String(record.year),
              month: record.month ? String(record.month) : "",
              count: String(record.count),
              note: record.note,
            }}
          />
        </section>
      )}
      <RecordHistory
        entries={history}
        labels={TALLY_FIELD_LABELS}
        formatters={{
          kind: (v) => DECISION_KIND_LABELS[v as DecisionKind] ?? String(v),
          departmentId: (v) => names.get(Number(v)) ?? String(v),
        }}
      />
    </>
  );
}
