import Link from "next/link";
import { chineseDate, toIsoDate } from "@/lib/calendar/dates";
import type { loadIntakeQueue, loadOnlineApplicationPage } from "@/lib/online-applications/loaders";
import { applicantKindLabel } from "@/lib/online-applications/operations";
import { DELIVERY_LABELS, MEDIUM_LABELS, type DeliveryMethod, type Medium } from "@/lib/online-applications/labels";
import { OUTCOME_LABELS, type ApplicationOutcome } from "@/lib/applications/labels";
import {
  ConfirmForm,
  CorrectionRequestForm,
  DraftLetterForm,
  ReceiveCorrectionForm,
  SetAsideForm,
  UploadLetterForm,
} from "./intake-forms";

type Data<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

const STATUS = { SUBMITTED: "待确认", ACCEPTED: "已受理", SET_ASIDE: "不作为申请处理" } as const;
const excerpt = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** The intake queue: unconfirmed online applications (flagged after one working day), then decided ones. */
export function IntakeQueue({ data }: { data: Data<typeof loadIntakeQueue> }) {
  return (
    <>
      <h1 className="text-2xl font-bold">网上申请</h1>
      <p className="mt-2 text-stone-700">
        通过互联网渠道提交的申请，以双方确认之日为收到申请之日（条例第三十一条第三项）。请在收到后一个工作日内确认受理，或说明不作为申请处理的理由。
      </p>
      <h2 className="mt-6 text-lg font-semibold">待确认（{data.waiting.length} 件）</h2>
      {data.waiting.length === 0 ? (
        <p className="mt-2 text-stone-700">没有待确认的网上申请。</p>
      ) : (
        <QueueTable rows={data.waiting} caption="待确认的网上申请" />
      )}
      <h2 className="mt-8 text-lg font-semibold">已处理</h2>
      {data.decided.length === 0 ? (
        <p className="mt-2 text-stone-700">暂无。</p>
      ) : (
        <QueueTable rows={data.decided} caption="已处理的网上申请" />
      )}
    </>
  );
}

function QueueTable({
  rows,
  caption,
}: {
  rows: (Data<typeof loadIntakeQueue>["decided"][number] & { overdue?: boolean })[];
  caption: string;
}) {
  return (
    <div className="mt-2 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th className="p-2">申请编号</th>
            <th className="p-2">提交日期</th>
            <th className="p-2">申请人</th>
            <th className="p-2">所需信息</th>
            <th className="p-2">状态</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-stone-200">
              <td className="p-2">
                <Link className="text-brand-700 underline" href={`/office/online-applications/${row.id}`}>
                  {row.number}
                </Link>
              </td>
              <td className="p-2">{toIsoDate(row.submittedOn)}</td>
              <td className="p-2">{row.name}</td>
              <td className="p-2">{excerpt(row.requestText)}</td>
              <td className="p-2">
                {STATUS[row.status]}
                {row.application && `（${row.application.regNo}）`}
                {row.overdue && (
                  <strong className="ml-2 rounded bg-red-100 px-2 py-0.5 text-red-800">超过1个工作日未确认</strong>
                )}
                {row.corrections.length > 0 && (
                  <strong className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-amber-900">补正待确认</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One online application: what the applicant sent, and the office's next step. */
export function OnlineApplicationDetail({ data }: { data: Data<typeof loadOnlineApplicationPage> }) {
  const { row, today } = data;
  const app = row.application;
  const person = row.applicantKind === "PERSON";
  const facts: [string, string][] = [
    ["申请编号", row.number],
    ["状态", STATUS[row.status]],
    ["网上提交日期", toIsoDate(row.submittedOn)],
    ["申请人类型", applicantKindLabel(row.applicantKind)],
    [person ? "姓名" : "名称", row.name],
    ...(person
      ? ([["证件", `${row.idType} ${row.idNumber}`]] as [string, string][])
      : ([
          ["统一社会信用代码", row.creditCode],
          ["法定代表人", row.legalRepresentative],
          ["联系人", row.contactPerson],
        ] as [string, string][])),
    ["联系电话", row.phone],
    ["电子邮箱", row.email || "—"],
    ["通信地址", `${row.address}${row.postcode ? `（${row.postcode}）` : ""}`],
    ["获取方式", DELIVERY_LABELS[row.deliveryMethod as DeliveryMethod]],
    ["载体形式", MEDIUM_LABELS[row.medium as Medium]],
  ];
  return (
    <>
      <p>
        <Link className="text-brand-700 underline" href="/office/online-applications">
          ← 网上申请
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">网上申请 {row.number}</h1>
      <dl className="mt-4 grid max-w-3xl gap-2 rounded border border-stone-200 bg-white p-4 sm:grid-cols-[10rem_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <dt className="font-medium">所需政府信息</dt>
        <dd className="whitespace-pre-wrap">{row.requestText}</dd>
      </dl>
      {row.attachments.length > 0 && (
        <section className="mt-4">
          <h2 className="text-lg font-semibold">附件</h2>
          <ul className="mt-2 list-disc pl-6">
            {row.attachments.map((a) => (
              <li key={a.id}>
                <a className="text-brand-700 underline" href={`/office/online-applications/attachments/${a.id}`}>
                  {a.filename}
                </a>{" "}
                （{a.contentType}，{Math.ceil(a.size / 1024)} KB{a.correctionId ? "，补正材料" : ""}）
              </li>
            ))}
          </ul>
        </section>
      )}

      {data.mayConfirm && (
        <section className="mt-6">
          <h2 className="text-lg font-semibold">确认受理</h2>
          <ConfirmForm id={row.id} today={today} person={person} departments={data.departments} />
          <h2 className="mt-6 text-lg font-semibold">不作为政府信息公开申请处理</h2>
          <SetAsideForm id={row.id} />
        </section>
      )}
      {row.status === "SET_ASIDE" && (
        <p className="mt-6">
          已于 {row.decidedOn ? chineseDate(toIsoDate(row.decidedOn)) : "—"} 不作为申请处理。理由：{row.setAsideReason}
        </p>
      )}

      {app && (
        <section className="mt-6 space-y-3">
          <h2 className="text-lg font-semibold">登记与办理</h2>
          <p>
            登记号{" "}
            <Link className="text-brand-700 underline" href={`/office/applications/${app.id}`}>
              {app.regNo}
            </Link>
            ，承办科室 {app.department.name}，收到申请日期 {toIsoDate(app.receivedOn)}，答复期限{" "}
            <span data-testid="office-due">{app.dueOn ? toIsoDate(app.dueOn) : "（暂停计算）"}</span>
            {app.repliedOn &&
              `，已于 ${toIsoDate(app.repliedOn)} 答复（${app.outcome ? OUTCOME_LABELS[app.outcome as ApplicationOutcome] : ""}）`}
            。
          </p>
          {row.correctionRequest && (
            <p>
              已告知补正：{row.correctionRequest}
              {row.correctionDueOn && `（期限 ${toIsoDate(row.correctionDueOn)}）`}{" "}
              <a className="text-brand-700 underline" href={`/office/online-applications/${row.id}/correction-notice`}>
                下载补正通知书
              </a>
            </p>
          )}
          {row.corrections.map((c) => (
            <div key={c.id} className="max-w-3xl rounded border border-amber-200 bg-amber-50 p-3">
              <p className="font-medium">
                申请人补正（{c.receivedOn ? `已于 ${toIsoDate(c.receivedOn)} 确认收到` : "待确认"}）
              </p>
              <p className="whitespace-pre-wrap">{c.text}</p>
              {!c.receivedOn && data.mayHandle && (
                <ReceiveCorrectionForm id={row.id} correctionId={c.id} today={today} />
              )}
            </div>
          ))}
          {data.mayHandle && !app.repliedOn && !row.correctionRequest && (
            <>
              <h3 className="mt-4 font-semibold">告知补正</h3>
              <CorrectionRequestForm id={row.id} today={today} />
            </>
          )}
          {data.mayHandle && (
            <>
              <h3 className="mt-4 font-semibold">答复书</h3>
              {app.replyLetters.length > 0 && (
                <ul className="list-disc pl-6">
                  {app.replyLetters.map((l) => (
                    <li key={l.id}>
                      <a className="text-brand-700 underline" href={`/office/online-applications/letters/${l.id}`}>
                        {l.filename}
                      </a>
                      （{l.drafted ? "系统起草" : "上传"}）
                    </li>
                  ))}
                </ul>
              )}
              <DraftLetterForm id={row.id} today={today} outcome={app.outcome} />
              {app.repliedOn && <UploadLetterForm id={row.id} />}
            </>
          )}
        </section>
      )}
    </>
  );
}
