import { loadPage } from "@/lib/server/page";
import { CALENDAR_KIND_LABELS } from "@/lib/admin/calendar";
import { loadCalendar } from "@/lib/admin/loaders";
import { weekdayLabel } from "@/lib/calendar/dates";
import { deleteCalendarOverrideAction } from "@/lib/admin/calendar-actions";
import { CalendarOverrideForm } from "@/components/admin/calendar-forms";
import { DeleteButton } from "@/components/records/delete-button";

export const metadata = { title: "工作日历" };

const ACTION_LABELS: Record<string, string> = { create: "添加", update: "修改", delete: "删除" };

export default async function CalendarPage() {
  const { overrides, changes, coverage, missing } = await loadPage(loadCalendar);
  return (
    <>
      <h1 className="text-2xl font-bold">工作日历</h1>
      <p className="mt-1 text-stone-700">
        政府信息公开申请的答复期限按工作日计算：周末和法定节假日不计，调休上班日计入。国务院节假日安排已收录
        <strong data-testid="calendar-coverage">
          {" "}
          {coverage.firstYear}–{coverage.lastYear}{" "}
        </strong>
        年；本机关另有放假或上班安排的，在此逐日调整。 调整后，所有办理中申请的答复期限自动重新计算。
      </p>
      {missing.length > 0 && (
        <p role="alert" className="mt-3 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {missing.join("、")}{" "}
          年的国务院节假日安排尚未收录，该年只按周末计算答复期限。国务院放假通知发布后，请升级系统的节假日数据（chinese-days），
          或在下方逐日添加该年的放假日和调休上班日。
        </p>
      )}

      <h2 className="mt-8 text-lg font-semibold">添加或修改调整</h2>
      <CalendarOverrideForm />

      <h2 className="mt-8 text-lg font-semibold">本机关的调整</h2>
      <div className="mt-3 overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">本机关的日历调整</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-3 py-2">
                日期
              </th>
              <th scope="col" className="px-3 py-2">
                调整为
              </th>
              <th scope="col" className="px-3 py-2">
                说明
              </th>
              <th scope="col" className="px-3 py-2">
                操作
              </th>
            </tr>
          </thead>
          <tbody>
            {overrides.map((o) => (
              <tr key={o.id} className="border-t border-stone-200">
                <th scope="row" className="px-3 py-2 font-normal">
                  {o.date}（{weekdayLabel(o.date)}）
                </th>
                <td className="px-3 py-2">{CALENDAR_KIND_LABELS[o.kind]}</td>
                <td className="px-3 py-2">{o.note || "—"}</td>
                <td className="px-3 py-2">
                  <DeleteButton
                    action={deleteCalendarOverrideAction}
                    id={o.id}
                    version={0}
                    what={` ${o.date} 的调整`}
                  />
                </td>
              </tr>
            ))}
            {overrides.length === 0 && (
              <tr>
                <td colSpan={4} className="px-3 py-4 text-stone-600">
                  暂无调整，完全按国务院节假日安排计算。
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="calendar-changes" className="mt-8">
        <h2 id="calendar-changes" className="text-lg font-semibold">
          调整记录
        </h2>
        <p className="text-sm text-stone-600">每次调整后答复期限发生变化的办理中申请（原期限 → 新期限）。</p>
        <ol className="mt-2 space-y-2">
          {changes.map((c) => (
            <li key={c.id} className="rounded border border-stone-200 bg-white px-3 py-2 text-sm">
              <div>
                <strong>
                  {ACTION_LABELS[c.action] ?? c.action} {c.date}
                  {c.kind ? ` ${CALENDAR_KIND_LABELS[c.kind]}` : ""}
                </strong>
                {c.note && <span className="text-stone-600">（{c.note}）</span>}　{c.userName ?? "系统"}　
                <time dateTime={c.at.toISOString()}>{c.at.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" })}</time>
              </div>
              {c.movedCases.length === 0 ? (
                <p className="text-stone-600">没有办理中申请的答复期限变化。</p>
              ) : (
                <ul className="mt-1 list-disc pl-5" aria-label={`${c.date} 调整影响的申请`}>
                  {c.movedCases.map((m) => (
                    <li key={m.id}>
                      {m.regNo}：{m.oldDueOn ?? "暂停计时"} → {m.newDueOn ?? "暂停计时"}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
          {changes.length === 0 && <li className="text-sm text-stone-600">暂无调整记录。</li>}
        </ol>
      </section>
    </>
  );
}
