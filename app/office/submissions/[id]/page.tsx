import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { loadOr404 } from "@/lib/server/page";
import { can } from "@/lib/auth/permissions";
import { toIsoDate } from "@/lib/calendar/dates";
import { recordHistory } from "@/lib/records/history";
import { yearsLockMessage } from "@/lib/records/year-lock";
import { getSubmission } from "@/lib/submissions/operations";
import { categoryNames, submissionFormOptions } from "@/lib/submissions/options";
import { SUBMISSION_FIELD_LABELS } from "@/lib/submissions/input";
import { formatWeekInput, weekLabel } from "@/lib/submissions/week";
import { deleteSubmissionAction } from "@/lib/submissions/actions";
import { SubmissionForm } from "@/components/submissions/submission-form";
import { AdoptionForm } from "@/components/submissions/adoption-form";
import { RecordPageHeader } from "@/components/records/record-page";
import { RecordFields } from "@/components/records/record-fields";
import { RecordHistory } from "@/components/records/record-history";
import { DeleteButton } from "@/components/records/delete-button";
import { LockedNotice } from "@/components/records/locked-notice";
import { departmentNames } from "@/lib/records/options";

export const metadata = { title: "信息详情" };

type Placement = { outlet: string; adoptedOn: string | null };

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id < 1) notFound();
  const { actor } = await requirePermission("record.read");
  const record = await loadOr404(getSubmission(prisma, actor, id));
  const editable = can(actor, "record.update", record);
  const [options, history, lock, departments, categories] = await Promise.all([
    submissionFormOptions(prisma, actor, {
      departmentId: record.departmentId,
      categoryId: record.categoryId,
      outletIds: record.placements.map((p) => p.outletId),
    }),
    recordHistory(prisma, actor.agencyId, "InfoSubmission", id),
    yearsLockMessage(prisma, actor.agencyId, [record.isoYear]),
    departmentNames(prisma, actor.agencyId),
    categoryNames(prisma, actor.agencyId),
  ]);
  const week = formatWeekInput(record.isoYear, record.isoWeek);
  return (
    <>
      <RecordPageHeader
        title={record.title}
        back={{ href: "/office/submissions", label: "信息上报" }}
        actions={
          can(actor, "record.delete", record) && (
            <DeleteButton
              action={deleteSubmissionAction}
              id={record.id}
              version={record.version}
              what={`信息“${record.title}”`}
              after="/office/submissions"
            />
          )
        }
      />
      <LockedNotice message={lock} />
      <RecordFields
        items={[
          ["科室", record.department.name],
          ["信息类别", record.category.name],
          ["上报周次", weekLabel(record.isoYear, record.isoWeek)],
          ["摘要", record.summary],
        ]}
      />

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
                      editable={editable}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {editable && (
        <section aria-labelledby="edit" className="mt-8">
          <h2 id="edit" className="text-lg font-semibold">
            修改
          </h2>
          <SubmissionForm
            {...options}
            defaultWeek={week}
            record={{ id: record.id, version: record.version }}
            defaults={{
              departmentId: String(record.departmentId),
              categoryId: String(record.categoryId),
              title: record.title,
              summary: record.summary,
              week,
              outletIds: record.placements.map((p) => String(p.outletId)),
            }}
          />
        </section>
      )}

      <RecordHistory
        entries={history}
        labels={SUBMISSION_FIELD_LABELS}
        formatters={{
          departmentId: (v) => departments.get(Number(v)) ?? String(v),
          categoryId: (v) => categories.get(Number(v)) ?? String(v),
          placements: (v) =>
            (v as Placement[]).map((p) => `${p.outlet}${p.adoptedOn ? `（${p.adoptedOn}采用）` : ""}`).join("、") ||
            "（无）",
        }}
      />
    </>
  );
}
