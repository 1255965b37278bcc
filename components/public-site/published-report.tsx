import type { Metadata } from "next";
import { SiteHeader } from "@/components/public-site/site-header";
import { ReportView } from "@/components/annual-report/report-view";
import { EXPORTS } from "@/lib/annual-report/exports";
import { reportTitle } from "@/lib/national-format";
import { chineseDate, todayInChina } from "@/lib/calendar/dates";
import type { PublishedView } from "@/lib/public-site/published";
import { YearCharts } from "@/components/charts/year-charts";

const day = (iso: string) => chineseDate(todayInChina(new Date(iso)));

export function publishedMetadata(view: PublishedView | null): Metadata {
  if (!view) return { title: "页面不存在", robots: { index: false } };
  const title = reportTitle(view.document.titleName, view.year);
  const description = `${view.agency.name}${view.year}年政府信息公开工作年度报告：主动公开、依申请公开、行政复议和行政诉讼情况，存在的主要问题及改进情况。`;
  return {
    title: view.latest ? title : `${title}（第${view.revision.number}版）`,
    description,
    alternates: { canonical: `/reports/${view.agency.slug}/${view.year}` },
    openGraph: { title, description, type: "article" },
    robots: view.latest ? undefined : { index: false },
  };
}

/** A published revision in the official layout, with its downloads and every other revision. */
export function PublishedReport({ view }: { view: PublishedView }) {
  const base = `/reports/${view.agency.slug}/${view.year}`;
  return (
    <>
      <div className="no-print">
        <SiteHeader />
      </div>
      <main id="main" className="mx-auto max-w-5xl px-2 py-6 sm:px-4">
        <nav aria-label="面包屑" className="no-print text-sm text-stone-700">
          <a href="/" className="underline">
            首页
          </a>{" "}
          › {view.agency.name} › {view.year}年度报告
          <span className="ml-3 inline-flex flex-wrap gap-3">
            <a href={`/agencies/${view.agency.slug}/guide`} className="underline">
              政府信息公开指南
            </a>
            <a href={`/apply/${view.agency.slug}`} className="underline">
              申请政府信息公开
            </a>
          </span>
        </nav>
        {!view.latest && (
          <p role="note" className="no-print mt-3 rounded border border-amber-400 bg-amber-50 px-3 py-2">
            这是第{view.revision.number}版（{day(view.revision.publishedAt)}发布），已有更新的版本。
            <a href={base} className="ml-1 underline">
              查看最新版本
            </a>
          </p>
        )}
        <div className="no-print mt-3 flex flex-wrap items-center gap-2 text-sm">
          <span>
            发布日期：{day(view.revision.publishedAt)}
            {view.revision.number > 1 ? `（第${view.revision.number}版）` : ""}
          </span>
          {view.latest && (
            <nav aria-label="下载" className="flex flex-wrap items-center gap-2 sm:ml-auto">
              <span className="text-stone-700">下载：</span>
              {EXPORTS.map((e) => (
                <a
                  key={e.file}
                  href={`${base}/${e.file}`}
                  className="rounded border border-stone-500 bg-white px-2 py-1 hover:bg-stone-100"
                >
                  {e.label}
                </a>
              ))}
            </nav>
          )}
        </div>
        <div className="mt-4 rounded border border-stone-200">
          <ReportView document={view.document} traceable={false} />
        </div>
        <section aria-labelledby="over-years" className="mt-8 space-y-3">
          <h2 id="over-years" className="text-lg font-semibold">
            历年数字
          </h2>
          <p className="text-sm text-stone-700">
            取自{view.agency.name}已发布的各年度报告{view.latest ? "" : `（截至第${view.revision.number}版发布时）`}
            ；未发布年度报告的年度留空。
          </p>
          <YearCharts years={view.years} idPrefix="public" />
        </section>
        {view.revisions.length > 1 && (
          <section aria-labelledby="revisions" className="no-print mt-8">
            <h2 id="revisions" className="text-lg font-semibold">
              版本记录
            </h2>
            <ol className="mt-2 space-y-2">
              {view.revisions.map((r) => (
                <li key={r.number} className="rounded border border-stone-200 bg-white px-3 py-2">
                  <a
                    href={`${base}/r/${r.number}`}
                    className="font-medium underline"
                    aria-current={r.number === view.revision.number ? "page" : undefined}
                  >
                    第{r.number}版
                  </a>
                  <span className="ml-2 text-stone-700">{day(r.publishedAt)}</span>
                  {r.changeNote && <p className="mt-1 text-stone-800">更正说明：{r.changeNote}</p>}
                </li>
              ))}
            </ol>
          </section>
        )}
      </main>
    </>
  );
}
