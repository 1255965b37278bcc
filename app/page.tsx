import type { SearchParamsProps } from "@/lib/server/page";
import { SiteHeader } from "@/components/public-site/site-header";
import { loadPublicHome } from "@/lib/public-site/agencies";

export const metadata = { title: "各机关政府信息公开工作年度报告" };
// Plain links: the public site is documents, each served from the web server's page cache.
export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: SearchParamsProps) {
  const { q, groups } = await loadPublicHome(await searchParams);
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <h1 className="text-2xl font-bold">各机关政府信息公开工作年度报告</h1>
        <p className="mt-2 text-stone-700">
          依据《中华人民共和国政府信息公开条例》第四十九条、第五十条，各行政机关每年公布上一年度政府信息公开工作年度报告。
        </p>
        <form role="search" className="mt-6 flex max-w-xl gap-2" action="/">
          <label htmlFor="q" className="sr-only">
            按机关名称搜索
          </label>
          <input
            id="q"
            name="q"
            defaultValue={q}
            placeholder="输入机关名称，如：柏香镇"
            className="w-full rounded border border-stone-400 bg-white px-3 py-2"
          />
          <button className="shrink-0 rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700">
            搜索
          </button>
        </form>
        {groups.length === 0 ? (
          <p className="mt-8 text-stone-700">没有找到名称包含“{q}”的机关。</p>
        ) : (
          groups.map((group) => (
            <section key={group.parentName ?? "-"} className="mt-8" aria-labelledby={`g-${group.parentName ?? "top"}`}>
              <h2
                id={`g-${group.parentName ?? "top"}`}
                className="border-b border-stone-300 pb-1 text-lg font-semibold text-stone-800"
              >
                {group.parentName ? `${group.parentName}所属机关` : "机关"}
              </h2>
              <ul className="mt-3 grid gap-3 sm:grid-cols-2">
                {group.agencies.map((agency) => (
                  <li key={agency.slug} className="rounded border border-stone-200 bg-white p-4">
                    <div className="font-semibold">{agency.name}</div>
                    <div className="text-sm text-stone-600">{agency.levelLabel}</div>
                    <p className="mt-1 flex flex-wrap gap-3 text-sm">
                      <a className="text-brand-800 underline" href={`/agencies/${agency.slug}/guide`}>
                        政府信息公开指南
                      </a>
                      <a className="text-brand-800 underline" href={`/apply/${agency.slug}`}>
                        申请政府信息公开
                      </a>
                    </p>
                    {agency.publishedYears.length ? (
                      <ul className="mt-2 flex flex-wrap gap-2" aria-label={`${agency.name}已发布的年度报告`}>
                        {agency.publishedYears.map((year) => (
                          <li key={year}>
                            <a
                              className="rounded bg-brand-50 px-2 py-1 text-sm text-brand-800 underline-offset-4 hover:underline"
                              href={`/reports/${agency.slug}/${year}`}
                            >
                              {year}年度报告
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="mt-2 text-sm text-stone-600">暂无已发布的年度报告。</p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </main>
    </>
  );
}
