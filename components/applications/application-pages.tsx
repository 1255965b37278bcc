import { RecordDetailView } from "@/components/records/record-detail-view";
import { RecordListView } from "@/components/records/record-list-view";
import { RecordPageHeader } from "@/components/records/record-page";
import { deleteApplicationAction } from "@/lib/applications/actions";
import { APPLICATION_FIELDS } from "@/lib/applications/fields";
import { APPLICATION_OUTCOMES, LIST_STATUS_LABELS, LIST_STATUSES, OUTCOME_LABELS } from "@/lib/applications/labels";
import type { loadApplication, loadApplicationForm, loadApplicationList } from "@/lib/applications/loaders";
import { applicationFormValues } from "@/lib/applications/schemas";
import { ApplicationForm } from "./application-form";
import { DeadlinePanel } from "./deadline-panel";
import { EventForm } from "./event-form";
import { EventList } from "./event-list";
import { StandingLabel } from "./standing-label";
import { OnlineApplicationLink } from "@/components/online-applications/online-link";

/** The pages of disclosure applications (依申请公开): list, record with its timeline, new. */

type Data<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

const STATUSES = LIST_STATUSES.map((s) => ({ value: s, label: LIST_STATUS_LABELS[s] }));
const OUTCOMES = APPLICATION_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));
const excerpt = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);
const select = "mt-1 rounded border border-stone-400 bg-white px-2 py-1";

export function ApplicationList({ data }: { data: Data<typeof loadApplicationList> }) {
  return (
    <RecordListView
      title="依申请公开"
      description="上年度未办结的申请继续在此办理，无需重新登记；选择“在此日期未办结”可查看某一日仍在办理的申请。"
      basePath="/office/applications"
      newLabel="登记申请"
      caption="政府信息公开申请列表"
      empty="没有符合条件的申请。"
      fields={APPLICATION_FIELDS}
      cells={{
        applicantName: (r) => r.applicantName ?? "—",
        requestText: (r) => excerpt(r.requestText),
        standing: (r) => <StandingLabel standing={r.standing} />,
      }}
      data={data}
      filters={{
        statuses: STATUSES,
        outcomes: OUTCOMES,
        dateLabel: "收到申请日期",
        searchLabel: "登记号、申请内容或申请人",
      }}
    >
      <label className="flex flex-col">
        收到年度
        <select name="year" defaultValue={data.values.year ?? ""} className={select}>
          <option value="">全部</option>
          {data.years.map((y) => (
            <option key={y} value={y}>
              {y}年
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col">
        在此日期未办结
        <input type="date" name="openOn" defaultValue={data.values.openOn ?? ""} className={select} />
      </label>
    </RecordListView>
  );
}

export function ApplicationDetail({ data }: { data: Data<typeof loadApplication> }) {
  const app = data.record;
  return (
    <RecordDetailView
      title={`政府信息公开申请 ${app.regNo}`}
      back={{ href: "/office/applications", label: "依申请公开" }}
      fields={APPLICATION_FIELDS}
      data={data}
      deleteAction={deleteApplicationAction}
      what={`申请 ${app.regNo}`}
      lockMessage={data.lockMessage}
      above={<DeadlinePanel deadline={data.deadline} />}
    >
      {app.channel === "ONLINE" && <OnlineApplicationLink applicationId={app.id} />}
      <section aria-labelledby="timeline" className="mt-8">
        <h2 id="timeline" className="text-lg font-semibold">
          办理过程
        </h2>
        <EventList application={app} editable={data.recordsEvents} mayApproveExtension={data.mayApproveExtension} />
        {data.recordsEvents && (
          <EventForm
            applicationId={app.id}
            version={app.version}
            mayApproveExtension={data.mayApproveExtension}
            replied={app.repliedOn !== null}
          />
        )}
      </section>
      {data.editable && (
        <section aria-labelledby="edit" className="mt-8">
          <h2 id="edit" className="text-lg font-semibold">
            修改登记信息
          </h2>
          <ApplicationForm departments={data.departments} record={data.ref} defaults={applicationFormValues(app)} />
        </section>
      )}
    </RecordDetailView>
  );
}

export function NewApplication({ data }: { data: Data<typeof loadApplicationForm> }) {
  return (
    <>
      <RecordPageHeader title="登记政府信息公开申请" back={{ href: "/office/applications", label: "依申请公开" }}>
        登记号按收到申请的年度自动编号；答复期限按工作日（含国务院节假日安排和本机关日历调整）自动计算。
      </RecordPageHeader>
      <ApplicationForm departments={data.departments} />
    </>
  );
}
