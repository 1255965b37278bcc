import { prisma } from "@/lib/db";
import { requirePermission } from "@/lib/auth/session";
import { canExport, flattenSearchParams, parseListQuery } from "@/lib/records/list";
import { departmentChoices } from "@/lib/records/options";
import { yearOf } from "@/lib/calendar/dates";
import { agencyCalendar } from "@/lib/calendar/agency-calendar";
import { applicationListQuery, listApplications } from "@/lib/applications/queries";
import { APPLICATION_OUTCOMES, LIST_STATUS_LABELS, LIST_STATUSES, OUTCOME_LABELS } from "@/lib/applications/labels";
import { todayInChina } from "@/lib/calendar/dates";
import { FilterBar } from "@/components/records/filter-bar";
import { Pagination } from "@/components/records/pagination";
import { NewRecordLink, RecordPageHeader } from "@/components/records/record-page";
import { ApplicationTable } from "@/components/applications/application-table";

export const metadata = { title: "依申请公开" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUSES = LIST_STATUSES.map((s) => ({ value: s, label: LIST_STATUS_LABELS[s] }));
const OUTCOMES = APPLICATION_OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));

export default async function ApplicationsPage({ searchParams }: Props) {
  const { actor } = await requirePermission("record.read");
  const raw = await searchParams;
  const query = parseListQuery(raw, applicationListQuery);
  const today = todayInChina();
  const calendar = await agencyCalendar(prisma, actor.agencyId);
  const [page, departments] = await Promise.all([
    listApplications(prisma, actor, query, { today, calendar }),
    departmentChoices(prisma, actor),
  ]);
  const values = flattenSearchParams(raw);
  const years = Array.from({ length: 8 }, (_, i) => yearOf(today) - i);
  const select = "mt-1 rounded border border-stone-400 bg-white px-2 py-1";
  return (
    <>
      <RecordPageHeader title="依申请公开" actions={<NewRecordLink href="/office/applications/new" label="登记申请" />}>
        上年度未办结的申请继续在此办理，无需重新登记；选择“在此日期未办结”可查看某一日仍在办理的申请。
      </RecordPageHeader>
      <FilterBar
        action="/office/applications"
        values={values}
        departments={departments.length > 1 ? departments : undefined}
        statuses={STATUSES}
        outcomes={OUTCOMES}
        dateLabel="收到申请日期"
        searchLabel="登记号、申请内容或申请人"
        exportBase={canExport(actor) ? "/office/applications/export" : undefined}
      >
        <label className="flex flex-col">
          收到年度
          <select name="year" defaultValue={values.year ?? ""} className={select}>
            <option value="">全部</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          在此日期未办结
          <input type="date" name="openOn" defaultValue={values.openOn ?? ""} className={select} />
        </label>
      </FilterBar>
      <ApplicationTable rows={page.rows} />
      <Pagination
        basePath="/office/applications"
        params={values}
        page={page.page}
        pageSize={page.pageSize}
        total={page.total}
      />
    </>
  );
}
