import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/server/page";
import { can } from "@/lib/auth/permissions";
import { recordHistory } from "@/lib/records/history";
import { yearsLockMessage } from "@/lib/records/year-lock";
import { departmentChoices, departmentNames } from "@/lib/records/options";
import { getFeeCollection } from "@/lib/proactive/fees";
import { FEE_FIELD_LABELS } from "@/lib/proactive/input";
import { periodLabel } from "@/lib/proactive/period";
import { formatYuan } from "@/lib/proactive/money";
import { deleteFeeAction } from "@/lib/proactive/actions";
import { FeeForm } from "@/components/proactive/fee-form";
import { RecordPageHeader } from "@/components/records/record-page";
import { RecordFields } from "@/components/records/record-fields";
import { RecordHistory } from "@/components/records/record-history";
import { DeleteButton } from "@/components/records/delete-button";
import { LockedNotice } from "@/components/records/locked-notice";

export const metadata = { title: "收费记录详情" };

export default async function FeePage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id < 1) notFound();
  const { actor } = await requirePermission("record.read");
  const record = await loadOr404(getFeeCollection(prisma, actor, id));
  const editable = can(actor, "record.update", record);
  const [departments, history, lock, names] = await Promise.all([
    departmentChoices(prisma, actor, record.departmentId),
    recordHistory(prisma, actor.agencyId, "FeeCollection", id),
    yearsLockMessage(prisma, actor.agencyId, [record.year]),
    departmentNames(prisma, actor.agencyId),
  ]);
  return (
    <>
      <RecordPageHeader
        title={`${periodLabel(record)}行政事业性收费`}
        back={{ href: "/office/proactive/fees", label: "行政事业性收费" }}
        actions={
          can(actor, "record.delete", record) && (
            <DeleteButton
              action={deleteFeeAction}
              id={record.id}
              version={record.version}
              what="该收费记录"
              after="/office/proactive/fees"
            />
          )
        }
      />
      <LockedNotice message={lock} />
      <RecordFields
        items={[
          ["科室", record.department.name],
          ["期间", periodLabel(record)],
          ["收费金额（元）", formatYuan(record.amount)],
          ["收费项目及说明", record.description],
        ]}
      />
      {editable && (
        <section aria-labelledby="edit" className="mt-8">
          <h2 id="edit" className="text-lg font-semibold">
            修改
          </h2>
          <FeeForm
            departments={departments}
            defaultYear={record.year}
            record={{ id: record.id, version: record.version }}
            defaults={{
              departmentId: String(record.departmentId),
              year: String(record.year),
              month: record.month ? String(record.month) : "",
              amount: formatYuan(record.amount),
              description: record.description,
            }}
          />
        </section>
      )}
      <RecordHistory
        entries={history}
        labels={FEE_FIELD_LABELS}
        formatters={{
          departmentId: (v) => names.get(Number(v)) ?? String(v),
          amount: (v) => formatYuan(String(v)),
        }}
      />
    </>
  );
}
