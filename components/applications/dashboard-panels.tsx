import Link from "next/link";
import { toIsoDate } from "@/lib/calendar/dates";
import type { ApplicationDashboard, DashboardCase } from "@/lib/applications/dashboard";
import { StandingLabel } from "./standing-label";

function Panel({
  id,
  title,
  count,
  cases,
  more,
  empty,
  tone,
}: {
  id: string;
  title: string;
  count: number;
  cases: DashboardCase[];
  more: string;
  empty: string;
  tone: string;
}) {
  return (
    <section aria-labelledby={id} className={`rounded border-t-4 bg-white p-4 shadow-sm ${tone}`}>
      <h3 id={id} className="font-semibold">
        {title}
        <span className="ml-2 text-2xl" data-testid={`${id}-count`}>
          {count}
        </span>
      </h3>
      {cases.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600">{empty}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {cases.map((c) => (
            <li key={c.id}>
              <Link className="text-brand-700 underline" href={`/office/applications/${c.id}`}>
                {c.regNo}
              </Link>
              <span className="ml-2 text-stone-600">{c.department.name}</span>
              <span className="ml-2">期限 {c.dueOn ? toIsoDate(c.dueOn) : "—"}</span>
              <span className="ml-2">
                <StandingLabel standing={c.standing} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {count > cases.length && (
        <Link className="mt-2 inline-block text-sm text-brand-700 underline" href={more}>
          在列表中查看全部
        </Link>
      )}
    </section>
  );
}

/** 依申请公开 on the office home: due soon, overdue, replied late this year. */
export function ApplicationDashboardPanels({
  dashboard,
  scopeLabel,
}: {
  dashboard: ApplicationDashboard;
  scopeLabel: string;
}) {
  return (
    <section aria-labelledby="applications-dashboard" className="mt-8">
      <h2 id="applications-dashboard" className="text-lg font-semibold">
        依申请公开办理情况（{scopeLabel}）
      </h2>
      <p className="text-sm text-stone-600">
        办理中 {dashboard.open} 件（含上年度结转）。期限按工作日计算；
        <Link className="text-brand-700 underline" href="/office/applications?status=open">
          查看全部办理中的申请
        </Link>
      </p>
      {dashboard.lapsed.count > 0 && (
        <div
          role="note"
          aria-label="等待期限已过的申请"
          className="mt-3 rounded border border-red-300 bg-red-50 p-3 text-sm"
        >
          <p className="font-semibold text-red-800">
            等待申请人或第三方的期限已过，需要处理的申请 {dashboard.lapsed.count} 件：
          </p>
          <ul className="mt-1 space-y-1">
            {dashboard.lapsed.cases.map((c) => (
              <li key={c.id}>
                <Link className="text-brand-700 underline" href={`/office/applications/${c.id}`}>
                  {c.regNo}
                </Link>
                <span className="ml-2 text-stone-600">{c.department.name}</span>
                <span className="ml-2">
                  <StandingLabel standing={c.standing} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-3 grid gap-3 md:grid-cols-3">
        <Panel
          id="due-soon"
          title="5个工作日内到期"
          count={dashboard.dueSoon.count}
          cases={dashboard.dueSoon.cases}
          tone="border-amber-500"
          more="/office/applications?status=dueSoon"
          empty={`没有在 ${dashboard.soonUntil} 前到期的申请。`}
        />
        <Panel
          id="overdue"
          title="已逾期未答复"
          count={dashboard.overdue.count}
          cases={dashboard.overdue.cases}
          tone="border-red-600"
          more="/office/applications?status=overdue"
          empty="没有逾期未答复的申请。"
        />
        <Panel
          id="replied-late"
          title="本年度逾期答复"
          count={dashboard.repliedLate.count}
          cases={dashboard.repliedLate.cases}
          tone="border-stone-500"
          more="/office/applications?status=repliedLate"
          empty="本年度没有逾期答复的申请。"
        />
      </div>
    </section>
  );
}
