import Link from "next/link";
import { SiteHeader } from "@/components/public-site/site-header";
import type { loadApplyForm } from "@/lib/online-applications/loaders";
import { ApplyForm } from "./apply-form";
import { TrackForm } from "./track-form";

/** The public pages of online applications: the form of one agency, and tracking. */

export function ApplyPage({ data }: { data: Awaited<ReturnType<typeof loadApplyForm>> }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-bold">向{data.agency.name}申请政府信息公开</h1>
        <p className="mt-2 text-stone-700">
          依据《中华人民共和国政府信息公开条例》第二十七条至第二十九条，公民、法人或者其他组织可以通过互联网渠道向行政机关申请获取政府信息。
          标 * 的为必填项。办理程序见
          <a className="text-brand-700 underline" href={`/agencies/${data.agency.slug}/guide`}>
            政府信息公开指南
          </a>
          。已提交的申请请到
          <Link className="text-brand-700 underline" href="/apply/track">
            查询办理进度
          </Link>
          。
        </p>
        <ApplyForm agency={data.agency} challenge={data.challenge} />
      </main>
    </>
  );
}

export function TrackPage() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-2xl font-bold">查询政府信息公开申请办理进度</h1>
        <p className="mt-2 text-stone-700">
          请输入回执上的申请编号和查询码。为保护申请人信息，申请编号或查询码不正确时不显示任何内容，多次输错将被暂时限制查询。
        </p>
        <TrackForm />
      </main>
    </>
  );
}
