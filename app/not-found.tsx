import { connection } from "next/server";
import { SiteHeader } from "@/components/public-site/site-header";
import { ErrorNotice } from "@/components/ui/error-notice";

export const metadata = { title: "页面不存在" };

/** A public URL that names nothing published (a draft report is not found either). */
export default async function NotFound() {
  // Rendered per request, like every page: its scripts need the request's CSP nonce (proxy.ts).
  await connection();
  return (
    <>
      <SiteHeader />
      <main id="main" className="px-4">
        <ErrorNotice title="页面不存在" links={[{ href: "/", label: "返回首页，查看各机关已发布的年度报告" }]}>
          您访问的页面不存在或尚未公开。已发布的年度报告可从首页按机关名称查找。
        </ErrorNotice>
      </main>
    </>
  );
}
