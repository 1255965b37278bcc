import Link from "next/link";
import type { loadCountyAgencyReport, loadCountyCharts, loadCountyOverview } from "@/lib/county-oversight/loaders";
import {
  describeTimeliness,
  OVERVIEW_STATUS_LABELS,
  TIMELINESS_LABELS,
  type OverviewStatus,
  type SortKey,
} from "@/lib/county-oversight/overview";
import { FIGURE_COLUMNS } from "@/lib/county-oversight/fields";
import { FindingsPanel } from "@/components/annual-report/findings-panel";
import { ReportView } from "@/components/annual-report/report-view";
import { ApplicationsChart, ReviewsChart, SubmissionsChart, YearCharts } from "@/components/charts/year-charts";

type OverviewData = Awaited<ReturnType<typeof loadCountyOverview>>;

const TIMELINESS_CLASS: Record<string, string> = {
  onTime: "text-green-800",
  late: "text-amber-800",
  overdue: "text-red-700 font-semibold",
  due: "text-stone-800",
  unknown: "text-stone-700",
};

function queryString(params: Record<string, string | number | undefined>) {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") s.set(k, String(v));
  return s.toString();
}

function SortHeader({
  k,
  params,
  href,
  children,
}: {
  k: SortKey;
  params: OverviewData["params"];
  href: (k: SortKey) => string;
  children: React.ReactNode;
}) {
  return (
    <th
      scope="col"
      className="border border-stone-300 px-2 py-1 text-left"
      aria-sort={params.sort === k ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link href={href(k)} className="underline">
        {children}
        {params.sort === k ? (params.dir === "asc" ? " ▲" : " ▼") : ""}
      </Link>
    </th>
  );
}

/** /office/county: one row per agency under the county, sortable and filterable through the URL. */
export function CountyOverviewPage({ data }: { data: OverviewData }) {
  const { params, year } = data;
  const base = { year, status: params.status, timeliness: params.timeliness, q: params.q };
  const sortHref = (key: SortKey) =>
    `/office/county?${queryString({ ...base, sort: key, dir: params.sort === key && params.dir === "asc" ? "desc" : "asc" })}`;
  const years = Array.from({ length: 6 }, (_, i) => Number(data.today.slice(0, 4)) - 1 - i);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-bold">下级机关年度报告督查</h1>
        <span className="text-stone-700">
          {data.county.name} · {year}年度 · 共 {data.total} 个机关
        </span>
        <span className="ml-auto flex gap-2">
          <Link href="/office/county/charts" className="rounded border border-stone-400 bg-white px-3 py-1">
            历年图表
          </Link>
          <Link href="/office/county/import" className="rounded border border-stone-400 bg-white px-3 py-1">
            导入年度报告
          </Link>
          <a
            href={`/office/county/export?${queryString({ ...base, sort: params.sort, dir: params.dir })}`}
            className="rounded border border-stone-400 bg-white px-3 py-1"
          >
            导出 Excel
          </a>
        </span>
      </div>
      <form method="get" action="/office/county" className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col">
          年度
          <select name="year" defaultValue={year} className="rounded border border-stone-400 px-2 py-1">
            {[...new Set([year, ...years])]
              .sort((a, b) => b - a)
              .map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
          </select>
        </label>
        <label className="flex flex-col">
          报告状态
          <select
            name="status"
            defaultValue={params.status ?? ""}
            className="rounded border border-stone-400 px-2 py-1"
          >
            <option value="">全部</option>
            {Object.entries(OVERVIEW_STATUS_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col">
          是否按时
          <select
            name="timeliness"
            defaultValue={params.timeliness ?? ""}
            className="rounded border border-stone-400 px-2 py-1"
          >
            <option value="">全部</option>
            {Object.entries(TIMELINESS_LABELS)
              .filter(([k]) => k !== "unknown")
              .map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
          </select>
        </label>
        <label className="flex flex-col">
          机关名称
          <input name="q" defaultValue={params.q ?? ""} className="rounded border border-stone-400 px-2 py-1" />
        </label>
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-white">
          筛选
        </button>
      </form>

      <section aria-labelledby="reminders" className="rounded border border-amber-300 bg-amber-50 p-3">
        <h2 id="reminders" className="font-semibold">
          提醒
        </h2>
        {data.reminders.length === 0 ? (
          <p className="text-sm">暂无需要提醒的事项。</p>
        ) : (
          <ul className="mt-1 list-disc pl-5 text-sm" data-testid="reminders">
            {data.reminders.map((r) => (
              <li key={`${r.agencyId}-${r.kind}`}>
                <Link href={`/office/county/${r.slug}/${year}`} className="underline">
                  {r.name}
                </Link>
                ：{r.text}
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm" data-testid="county-overview">
          <caption className="sr-only">{year}年度下级机关年度报告情况</caption>
          <thead className="bg-stone-100">
            <tr>
              <SortHeader params={params} href={sortHref} k="name">
                机关
              </SortHeader>
              <SortHeader params={params} href={sortHref} k="status">
                报告状态
              </SortHeader>
              <th scope="col" className="border border-stone-300 px-2 py-1 text-left">
                期限 / 发布日期
              </th>
              <SortHeader params={params} href={sortHref} k="timeliness">
                是否按时
              </SortHeader>
              <SortHeader params={params} href={sortHref} k="findings">
                校验（错误/提示）
              </SortHeader>
              {FIGURE_COLUMNS.map((c) =>
                c.key === "received" || c.key === "closed" ? (
                  <SortHeader key={c.key} params={params} href={sortHref} k={c.key}>
                    {c.label}
                  </SortHeader>
                ) : (
                  <th key={c.key} scope="col" className="border border-stone-300 px-2 py-1 text-right">
                    {c.label}
                  </th>
                ),
              )}
              <SortHeader params={params} href={sortHref} k="lateReplies">
                本年逾期答复
              </SortHeader>
              <SortHeader params={params} href={sortHref} k="openOverdue">
                超期未办结
              </SortHeader>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.agencyId} data-agency={r.slug}>
                <th scope="row" className="border border-stone-300 px-2 py-1 text-left font-normal">
                  <Link href={`/office/county/${r.slug}/${year}`} className="text-brand-700 underline">
                    {r.name}
                  </Link>
                  {!r.onPlatform && <span className="ml-1 text-xs text-stone-700">（未使用本平台）</span>}
                </th>
                <td className="border border-stone-300 px-2 py-1" data-testid="status">
                  {OVERVIEW_STATUS_LABELS[r.status as OverviewStatus]}
                </td>
                <td className="border border-stone-300 px-2 py-1 whitespace-nowrap">
                  {r.deadline ?? "未设定"}
                  {r.publishedOn && <div className="text-stone-700">发布 {r.publishedOn}</div>}
                </td>
                <td className={`border border-stone-300 px-2 py-1 ${TIMELINESS_CLASS[r.timeliness.kind]}`}>
                  {describeTimeliness(r.timeliness)}
                </td>
                <td className="border border-stone-300 px-2 py-1" data-testid="findings">
                  <span className={r.findings.hard ? "font-semibold text-red-700" : ""}>{r.findings.hard}</span> /{" "}
                  <span className={r.findings.soft ? "text-amber-800" : ""}>{r.findings.soft}</span>
                </td>
                {FIGURE_COLUMNS.map((c) => (
                  <td key={c.key} className="border border-stone-300 px-2 py-1 text-right tabular-nums">
                    {r.figures[c.key] ?? "—"}
                  </td>
                ))}
                <td className="border border-stone-300 px-2 py-1 text-right">{r.lateReplies ?? "—"}</td>
                <td
                  className={`border border-stone-300 px-2 py-1 text-right ${r.openOverdue ? "font-semibold text-red-700" : ""}`}
                >
                  {r.openOverdue ?? "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-stone-700">
        已发布或已导入的报告，数字取自报告表格；其余取自台账当前数字。“—”：该机关未使用本平台，无台账。只统计件数，不含申请人信息。
      </p>
    </div>
  );
}

/** /office/county/[slug]/[year]: the agency's report, read-only, its findings and its figures over the years. */
export function CountyAgencyReportPage({ data }: { data: Awaited<ReturnType<typeof loadCountyAgencyReport>> }) {
  const years = [...new Set([...data.years.map((y) => y.year), data.year, data.currentYear - 1])].sort((a, b) => b - a);
  return (
    <div className="space-y-6">
      <nav aria-label="面包屑" className="text-sm">
        <Link href={`/office/county?year=${data.year}`} className="underline">
          下级机关督查
        </Link>{" "}
        › {data.agency.name}
      </nav>
      <h1 className="text-2xl font-bold">
        {data.agency.name} {data.year}年度报告
        <span className="ml-2 text-base font-normal text-stone-700">
          （{OVERVIEW_STATUS_LABELS[data.status]}，只读）
        </span>
      </h1>
      <nav aria-label="年度" className="flex flex-wrap gap-2 text-sm">
        {years.map((y) => (
          <Link
            key={y}
            href={`/office/county/${data.agency.slug}/${y}`}
            aria-current={y === data.year ? "page" : undefined}
            className={`rounded border px-2 py-1 ${y === data.year ? "border-brand-700 font-semibold" : "border-stone-300"}`}
          >
            {y}
          </Link>
        ))}
      </nav>
      {data.hasReport ? (
        <>
          <FindingsPanel
            year={data.year}
            findings={data.findings}
            acknowledging={null}
            cellLabel={(code) => data.cellLabels[code] ?? code}
          />
          <div className="rounded border border-stone-200">
            <ReportView document={data.document} headingLevel={2} traceable={false} />
          </div>
        </>
      ) : (
        <p className="rounded border border-stone-300 bg-white p-3">该机关尚未开始编制{data.year}年度报告。</p>
      )}
      <section aria-labelledby="over-years" className="space-y-3">
        <h2 id="over-years" className="text-lg font-semibold">
          历年数字（已发布的年度报告）
        </h2>
        <YearCharts years={data.years} idPrefix="agency" />
      </section>
    </div>
  );
}

/** /office/county/charts: the county's sum, and each agency side by side. */
export function CountyChartsPage({ data }: { data: Awaited<ReturnType<typeof loadCountyCharts>> }) {
  return (
    <div className="space-y-8">
      <nav aria-label="面包屑" className="text-sm">
        <Link href="/office/county" className="underline">
          下级机关督查
        </Link>{" "}
        › 历年图表
      </nav>
      <h1 className="text-2xl font-bold">{data.county.name}下级机关历年数字</h1>
      <section aria-labelledby="summed" className="space-y-3">
        <h2 id="summed" className="text-lg font-semibold">
          合计（已发布年度报告的机关）
        </h2>
        <YearCharts years={data.summed} idPrefix="county" />
      </section>
      <section aria-labelledby="side-by-side" className="space-y-3">
        <h2 id="side-by-side" className="text-lg font-semibold">
          各机关对比
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {data.perAgency.map((a) => (
            <div key={a.id} className="space-y-3" data-agency={a.slug}>
              <h3 className="font-semibold">
                <Link href={`/office/county/${a.slug}/${a.years.at(-1)?.year ?? ""}`} className="underline">
                  {a.name}
                </Link>
              </h3>
              {a.years.length ? (
                <>
                  <ApplicationsChart years={a.years} id={`${a.slug}-applications`} title={`${a.name}：依申请公开`} />
                  <ReviewsChart years={a.years} id={`${a.slug}-reviews`} title={`${a.name}：复议、诉讼`} />
                  <SubmissionsChart years={a.years} id={`${a.slug}-submissions`} title={`${a.name}：信息上报`} />
                </>
              ) : (
                <p className="text-stone-700">还没有已发布的年度报告。</p>
              )}
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
