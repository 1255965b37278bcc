"use client";

import { SiteHeader } from "@/components/public-site/site-header";
import { ErrorNotice } from "@/components/ui/error-notice";

/** An unexpected failure on a public page: no stack, a way back, a way to retry. */
export default function PublicError({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="px-4">
        <ErrorNotice title="页面暂时无法显示" links={[{ href: "/", label: "返回首页" }]}>
          <p>服务器处理时出现问题，请稍后再试。</p>
          <button onClick={reset} className="mt-4 rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100">
            重试
          </button>
        </ErrorNotice>
      </main>
    </>
  );
}
