import { SiteHeader } from "@/components/public-site/site-header";
import { ErrorNotice } from "@/components/ui/error-notice";

export const metadata = { title: "没有访问权限" };

/** Outside the office layout: a signed-in user without any role in an agency lands here. */
export default function Forbidden() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="px-4">
        <ErrorNotice
          title="没有访问权限"
          links={[
            { href: "/", label: "返回首页" },
            { href: "/login", label: "换一个账号登录" },
          ]}
        >
          您的账号尚未被分配到任何机关，或无权打开此页面。如需开通，请联系本单位管理员。
        </ErrorNotice>
      </main>
    </>
  );
}
