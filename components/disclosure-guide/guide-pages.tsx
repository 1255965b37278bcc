import Link from "next/link";
import { SiteHeader } from "@/components/public-site/site-header";
import { chineseDate, toIsoDate } from "@/lib/calendar/dates";
import type { loadGuideEditor, loadPublicGuide } from "@/lib/disclosure-guide/loaders";
import { GuideForm } from "./guide-form";

type Data<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

/** The office's editor of the 公开指南. */
export function GuideEditor({ data }: { data: Data<typeof loadGuideEditor> }) {
  const g = data.latest;
  const slug = data.slug;
  return (
    <>
      <h1 className="text-2xl font-bold">政府信息公开指南</h1>
      <p className="mt-2 text-stone-700">
        {g
          ? `现行为第${g.version}版（${chineseDate(toIsoDate(g.publishedOn))}发布）。修改后发布即生成新版本，旧版本保留可查。`
          : "尚未发布公开指南（条例第十二条）。"}{" "}
        <a className="text-brand-700 underline" href={`/agencies/${slug}/guide`}>
          查看公开页面
        </a>
      </p>
      <GuideForm
        values={{
          officeName: g?.officeName ?? "",
          address: g?.address ?? "",
          postcode: g?.postcode ?? "",
          hours: g?.hours ?? "",
          phone: g?.phone ?? "",
          fax: g?.fax ?? "",
          email: g?.email ?? "",
          website: g?.website ?? "",
          body: g?.body ?? data.bodyTemplate,
        }}
      />
    </>
  );
}

/** The public page of an agency's 公开指南, with the online application channel. */
export function PublicGuide({ data }: { data: Data<typeof loadPublicGuide> }) {
  const { agency, guide, versions } = data;
  const contact: [string, string][] = guide
    ? [
        ["政府信息公开工作机构", guide.officeName],
        ["办公地址", `${guide.address}${guide.postcode ? `（邮政编码 ${guide.postcode}）` : ""}`],
        ["办公时间", guide.hours],
        ["联系电话", guide.phone],
        ["传真", guide.fax || "—"],
        ["电子邮箱", guide.email || "—"],
        ["网站", guide.website || "—"],
      ]
    : [];
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <nav aria-label="面包屑" className="text-sm text-stone-700">
          <Link href="/" className="underline">
            首页
          </Link>{" "}
          › {agency.name} › 政府信息公开指南
        </nav>
        <h1 className="mt-3 text-2xl font-bold">{agency.name}政府信息公开指南</h1>
        {guide ? (
          <>
            <p className="mt-2 text-stone-700" data-testid="guide-version">
              第{guide.version}版，{chineseDate(toIsoDate(guide.publishedOn))}发布
              {!data.latest && (
                <>
                  {"（已有更新的版本，"}
                  <a className="underline" href={`/agencies/${agency.slug}/guide`}>
                    查看现行版本
                  </a>
                  {"）"}
                </>
              )}
            </p>
            <section aria-labelledby="g-contact" className="mt-6">
              <h2 id="g-contact" className="text-lg font-semibold">
                政府信息公开工作机构
              </h2>
              <dl className="mt-2 grid gap-2 rounded border border-stone-200 bg-white p-4 sm:grid-cols-[10rem_1fr]">
                {contact.map(([label, value]) => (
                  <div key={label} className="contents">
                    <dt className="font-medium">{label}</dt>
                    <dd className="break-words">{value}</dd>
                  </div>
                ))}
              </dl>
            </section>
            <section aria-labelledby="g-body" className="mt-6 space-y-3">
              <h2 id="g-body" className="text-lg font-semibold">
                指南
              </h2>
              {guide.body.split(/\n\s*\n/).map((p, i) => (
                <p key={i} className="whitespace-pre-wrap">
                  {p}
                </p>
              ))}
            </section>
          </>
        ) : (
          <p className="mt-2 text-stone-700">本机关尚未在本平台发布公开指南。</p>
        )}
        <section aria-labelledby="g-apply" className="mt-6 rounded border border-brand-600 bg-white p-4">
          <h2 id="g-apply" className="text-lg font-semibold">
            网上申请
          </h2>
          <p className="mt-1">
            可通过互联网渠道提交政府信息公开申请，以双方确认之日为收到申请之日（条例第三十一条第三项）。
          </p>
          <p className="mt-2 flex flex-wrap gap-3">
            <Link
              className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
              href={`/apply/${agency.slug}`}
            >
              在线申请
            </Link>
            <Link
              className="rounded border border-stone-400 px-4 py-2 font-medium hover:bg-stone-100"
              href="/apply/track"
            >
              查询办理进度
            </Link>
          </p>
        </section>
        {versions.length > 1 && (
          <section aria-labelledby="g-versions" className="mt-6">
            <h2 id="g-versions" className="text-lg font-semibold">
              历史版本
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {versions.map((v) => (
                <li key={v.version}>
                  <a className="underline" href={`/agencies/${agency.slug}/guide?v=${v.version}`}>
                    第{v.version}版（{chineseDate(toIsoDate(v.publishedOn))}发布）
                  </a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
