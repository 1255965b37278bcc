import { redirect } from "next/navigation";
import { SiteHeader } from "@/components/public-site/site-header";
import { LoginForm } from "@/components/auth/login-form";
import { getSessionUser } from "@/lib/auth/session";

export const metadata = { title: "工作人员登录", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getSessionUser()) redirect("/office");
  const { callbackUrl } = await searchParams;
  // Only same-site paths: never bounce a user to another host after sign-in.
  const next = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/office";
  return (
    <>
      <SiteHeader right={<span />} />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-2xl font-bold">工作人员登录</h1>
        <p className="mt-2 text-sm text-stone-700">科室信息员、办公室负责人和管理员使用本单位分配的账号登录。</p>
        <LoginForm next={next} />
      </main>
    </>
  );
}
