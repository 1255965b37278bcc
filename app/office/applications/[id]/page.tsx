import { forbidden, notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { toIsoDate, yearOf } from "@/lib/calendar/dates";
import { recordHistory } from "@/lib/records/history";
import { departmentChoices, departmentNames } from "@/lib/records/options";
import { yearsLockMessage } from "@/lib/records/year-lock";
import { agencyCalendar } from "@/lib/calendar/agency-calendar";
import { deadlineOf } from "@/lib/applications/case-deadline";
import { APPLICATION_ENTITY, canReadPersonalData, getApplication } from "@/lib/applications/operations";
import {
  APPLICANT_TYPE_LABELS,
  APPLICATION_FIELD_LABELS,
  CHANNEL_LABELS,
  OUTCOME_LABELS,
  PERSONAL_FIELDS,
  type ApplicantType,
  type ApplicationOutcome,
} from "@/lib/applications/labels";
import { todayInChina } from "@/lib/calendar/dates";
import type { ApplicationChannel } from "@/lib/generated/prisma/enums";
import { deleteApplicationAction } from "@/lib/applications/actions";
import { RecordPageHeader } from "@/components/records/record-page";
import { RecordFields } from "@/components/records/record-fields";
import { RecordHistory } from "@/components/records/record-history";
import { DeleteButton } from "@/components/records/delete-button";
import { LockedNotice } from "@/components/records/locked-notice";
import { DeadlinePanel } from "@/components/applications/deadline-panel";
import { EventList } from "@/components/applications/event-list";
import { EventForm } from "@/components/applications/event-form";
import { ApplicationForm } from "@/components/applications/application-form";

export const metadata = { title: "申请详情" };

const date = (d: Date | null) => (d ? toIsoDate(d) : "");

export default async function ApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id < 1) notFound();
  const { actor } = await requirePermission("record.read");
  const app = await getApplication(prisma, actor, id).catch((error: unknown) => {
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const personal = canReadPersonalData(actor, app);
  const editable = can(actor, "record.update", app) && personal;
  const mayApproveExtension = can(actor, "application.extension.approve", app);
  const [calendar, history, lock, departments, names] = await Promise.all([
    agencyCalendar(prisma, actor.agencyId),
    recordHistory(prisma, actor.agencyId, APPLICATION_ENTITY, id),
    yearsLockMessage(prisma, actor.agencyId, [
      yearOf(date(app.receivedOn)),
      app.repliedOn ? yearOf(date(app.repliedOn)) : null,
    ]),
    departmentChoices(prisma, actor, app.departmentId),
    departmentNames(prisma, actor.agencyId),
  ]);
  const deadline = deadlineOf(app, calendar, todayInChina());
  const visibleHistory = personal
    ? history
    : history.map((e) => ({ ...e, changes: e.changes.filter((c) => !PERSONAL_FIELDS.has(c.field)) }));

  return (
    <>
      <RecordPageHeader
        title={`政府信息公开申请 ${app.regNo}`}
        back={{ href: "/office/applications", label: "依申请公开" }}
        actions={
          can(actor, "record.delete", app) && (
            <DeleteButton
              action={deleteApplicationAction}
              id={app.id}
              version={app.version}
              what={`申请 ${app.regNo}`}
              after="/office/applications"
            />
          )
        }
      />
      <LockedNotice
        message={lock && (app.repliedOn ? lock : `${lock}不改变该年度统计的办理事项（如在本年度补正、答复）仍可记录。`)}
      />
      <DeadlinePanel deadline={deadline} />
      <RecordFields
        items={[
          ["登记号", app.regNo],
          ["承办科室", app.department.name],
          ["申请方式", CHANNEL_LABELS[app.channel]],
          ["提交日期", date(app.submittedOn)],
          ["收到申请日期", date(app.receivedOn)],
          ["申请人类型", APPLICANT_TYPE_LABELS[app.applicantType]],
          ["申请人", personal ? app.applicantName : "（无权查看）"],
          ["联系方式", personal ? app.applicantContact : "（无权查看）"],
          ["申请公开的内容", app.requestText],
          ["答复日期", date(app.repliedOn)],
          ["办理结果", app.outcome ? OUTCOME_LABELS[app.outcome] : ""],
          ["信息处理费（元）", app.feeAmount?.toString() ?? ""],
        ]}
      />

      <section aria-labelledby="timeline" className="mt-8">
        <h2 id="timeline" className="text-lg font-semibold">
          办理过程
        </h2>
        <EventList application={app} editable={editable} mayApproveExtension={mayApproveExtension} />
        {editable && (
          <EventForm
            applicationId={app.id}
            version={app.version}
            mayApproveExtension={mayApproveExtension}
            replied={app.repliedOn !== null}
          />
        )}
      </section>

      {editable && (
        <section aria-labelledby="edit" className="mt-8">
          <h2 id="edit" className="text-lg font-semibold">
            修改登记信息
          </h2>
          <ApplicationForm
            departments={departments}
            record={{ id: app.id, version: app.version }}
            defaults={{
              departmentId: String(app.departmentId),
              channel: app.channel,
              submittedOn: date(app.submittedOn),
              receivedOn: date(app.receivedOn),
              applicantType: app.applicantType,
              applicantName: app.applicantName ?? "",
              applicantContact: app.applicantContact ?? "",
              requestText: app.requestText,
            }}
          />
        </section>
      )}

      <RecordHistory
        entries={visibleHistory}
        labels={APPLICATION_FIELD_LABELS}
        formatters={{
          departmentId: (v) => names.get(Number(v)) ?? String(v),
          channel: (v) => CHANNEL_LABELS[v as ApplicationChannel] ?? String(v),
          applicantType: (v) => APPLICANT_TYPE_LABELS[v as ApplicantType] ?? String(v),
          outcome: (v) => OUTCOME_LABELS[v as ApplicationOutcome] ?? String(v),
        }}
      />
    </>
  );
}
